package org.tandem.questionnaire.internal;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Question;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ValueModel;
import org.tandem.questionnaire.internal.Messages.Key;

/**
 * Whether one answer fits its question's type and range. Answers are compared exactly as stored:
 * the values the pages offer ({@code "4"}, {@code "yes"}, a choice id), or a plain decimal number.
 */
final class AnswerCheck {

    /** The longest text answer, in characters (code points, so an emoji counts once). */
    static final int MAX_TEXT_LENGTH = 10_000;

    static final String YES = "yes";
    static final String NO = "no";

    /** Plain decimals only: {@code Double.parseDouble} would also take "NaN", "1e3" or "0x1p3". */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ValueModel model;
    private final Messages messages;

    AnswerCheck(ValueModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** What is wrong with the non-blank {@code answer} to {@code question}, or null when it fits. */
    String problem(Question question, String answer) {
        return switch (question.type()) {
            case SCALE -> scale(question, answer);
            case YES_NO -> YES.equals(answer) || NO.equals(answer) ? null : messages.get(Key.YES_NO);
            case CHOICE -> choice(question, answer);
            case NUMBER -> number(question, answer);
            case TEXT -> text(answer);
        };
    }

    private String scale(Question question, String answer) {
        Scale scale = scale(model, question);
        for (int point = scale.min(); point <= scale.max(); point++) {
            if (String.valueOf(point).equals(answer)) {
                return null;
            }
        }
        return messages.get(Key.SCALE, scale.min(), scale.max());
    }

    private String choice(Question question, String answer) {
        if (question.choices().stream().anyMatch(c -> c.id().equals(answer))) {
            return null;
        }
        return messages.get(Key.CHOICE, question.choices().stream().map(Choice::id).collect(Collectors.joining(", ")));
    }

    private String number(Question question, String answer) {
        Double min = question.min();
        Double max = question.max();
        if (NUMBER.matcher(answer).matches()) {
            double value = Double.parseDouble(answer);
            if ((min == null || value >= min) && (max == null || value <= max)) {
                return null;
            }
        }
        if (min != null && max != null) {
            return messages.get(Key.NUMBER_RANGE, Messages.number(min), Messages.number(max));
        } else if (min != null) {
            return messages.get(Key.NUMBER_AT_LEAST, Messages.number(min));
        } else if (max != null) {
            return messages.get(Key.NUMBER_AT_MOST, Messages.number(max));
        }
        return messages.get(Key.NUMBER);
    }

    private String text(String answer) {
        int length = answer.codePointCount(0, answer.length());
        return length <= MAX_TEXT_LENGTH ? null : messages.get(Key.TEXT_TOO_LONG, MAX_TEXT_LENGTH, length);
    }

    /** The scale of a scale question; a model that passed the reader always has it. */
    static Scale scale(ValueModel model, Question question) {
        return model.scale(question.scale()).orElseThrow(() -> new IllegalArgumentException("Question "
                + question.id() + " uses scale \"" + question.scale() + "\", which model " + model.key()
                + " does not define; fix the model (the model reader refuses such documents)."));
    }
}
