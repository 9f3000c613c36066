package org.tandem.api.questionnaire;

/**
 * A problem with one answer, worded for the respondent.
 *
 * @param question the question id
 * @param message  what is wrong, in the respondent's language
 * @since 1.0
 */
public record AnswerProblem(String question, String message) {
}
