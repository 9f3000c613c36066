package org.tandem.api.spi.scoring;

import java.util.Optional;
import java.util.regex.Pattern;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Question;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ValueModel;

/**
 * The score 0-100 of one answer, as every strategy reads answers: a scale point on its scale, yes
 * 100 and no 0, a choice's points, a number on its min-max range; reverse-scored questions flipped.
 * Free text, unanswered questions, numbers without a range and answers that do not fit are not
 * scored (empty).
 * <p>
 * Stateless and thread safe.
 *
 * @since 1.0
 */
public final class AnswerScores {

    /** Plain decimals only ({@code 12}, {@code -3.5}): parseDouble also takes "1e3", "Infinity", "0x1p3", "4d". */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AnswerScores() {
    }

    /** The score of {@code answer} (null or blank: unanswered) to {@code question} of {@code model}. */
    public static Optional<Double> score(ValueModel model, Question question, String answer) {
        if (answer == null || answer.isBlank() || question.type() == null) {
            return Optional.empty();
        }
        Optional<Double> raw = switch (question.type()) {
            case SCALE -> model.scale(question.scale()).flatMap(s -> scale(s, answer.strip()));
            case YES_NO -> switch (answer.strip()) {
                case "yes" -> Optional.of(100.0);
                case "no" -> Optional.of(0.0);
                default -> Optional.empty();
            };
            case CHOICE -> question.choices().stream().filter(c -> c.id().equals(answer.strip())).findFirst()
                    .map(Choice::points);
            case NUMBER -> number(question, answer.strip());
            case TEXT -> Optional.empty();
        };
        return raw.map(s -> question.reverse() ? 100 - s : s);
    }

    private static Optional<Double> scale(Scale scale, String answer) {
        try {
            int point = Integer.parseInt(answer);
            // only the point as written ("4"), not "+4", "04" or other digits parseInt takes
            if (point < scale.min() || point > scale.max() || !String.valueOf(point).equals(answer)) {
                return Optional.empty();
            }
            return Optional.of(100.0 * (point - scale.min()) / (scale.max() - scale.min()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(Question question, String answer) {
        if (question.min() == null || question.max() == null || !(question.max() > question.min())) {
            return Optional.empty();
        }
        if (!PLAIN_DECIMAL.matcher(answer).matches()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(answer);
            double clamped = Math.max(question.min(), Math.min(question.max(), value));
            return Optional.of(100.0 * (clamped - question.min()) / (question.max() - question.min()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
