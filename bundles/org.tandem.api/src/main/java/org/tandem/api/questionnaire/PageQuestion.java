package org.tandem.api.questionnaire;

import java.util.List;
import org.tandem.api.model.QuestionType;

/**
 * A question as one respondent sees it.
 *
 * @param id       the question id
 * @param type     the kind of answer
 * @param text     the text for this perspective and language
 * @param help     help text; may be empty
 * @param required whether a submitted response must answer it
 * @param options  the answers to pick from (scale points, yes/no, choices); empty for number and text
 * @param min      lowest number accepted (number questions), or null
 * @param max      highest number accepted (number questions), or null
 * @param answer   the current answer, or null
 * @since 1.0
 */
public record PageQuestion(String id, QuestionType type, String text, String help, boolean required,
        List<Option> options, Double min, Double max, String answer) {

    public PageQuestion {
        options = List.copyOf(options);
    }

    /**
     * An answer to pick.
     *
     * @param value the answer value stored
     * @param label what the respondent reads (may be the value itself for unlabelled scale points)
     */
    public record Option(String value, String label) {
    }
}
