package org.tandem.api.model;

import java.util.List;

/**
 * When a question is shown: another, earlier question's answer meets a test.
 *
 * @param question the id of the earlier question
 * @param operator {@link Operator#EQUALS} (answer is one of {@code values}), {@link Operator#AT_LEAST}
 *                 or {@link Operator#AT_MOST} (numeric answer compared with the single value)
 * @param values   the values compared with; never empty
 * @since 1.0
 */
public record Condition(String question, Operator operator, List<String> values) {

    public Condition {
        values = List.copyOf(values);
    }

    /** How the answer is compared. */
    public enum Operator {
        EQUALS, AT_LEAST, AT_MOST
    }

    /** Whether {@code answer} (null when unanswered) meets the condition; unanswered never does. */
    public boolean test(String answer) {
        if (answer == null) {
            return false;
        }
        return switch (operator) {
            case EQUALS -> values.contains(answer);
            case AT_LEAST, AT_MOST -> {
                try {
                    double a = Double.parseDouble(answer);
                    double v = Double.parseDouble(values.get(0));
                    yield operator == Operator.AT_LEAST ? a >= v : a <= v;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
        };
    }
}
