package org.tandem.api.scoring;

/**
 * One perspective's score of one dimension (or overall).
 *
 * @param perspective the perspective id
 * @param score       0-100, or null when nobody of this perspective answered a scored question
 * @param spread      standard deviation of the respondents' scores (0 for one respondent), or null
 * @param respondents how many respondents' answers the score is made of
 * @since 1.0
 */
public record PerspectiveScore(String perspective, Double score, Double spread, int respondents) {
}
