package org.tandem.api.questionnaire;

import java.util.List;

/**
 * One questionnaire page: a dimension's questions as one respondent sees them.
 *
 * @param dimension   the dimension id
 * @param title       its title in the respondent's language
 * @param description its description; may be empty
 * @param questions   the questions shown, in order
 * @since 1.0
 */
public record Page(String dimension, String title, String description, List<PageQuestion> questions) {
    public Page {
        questions = List.copyOf(questions);
    }
}
