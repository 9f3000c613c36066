package org.tandem.api.model;

/**
 * An option of a single-choice question.
 *
 * @param id     the answer value
 * @param label  what the respondent reads
 * @param points the option's score, 0 (worst) to 100 (best)
 * @since 1.0
 */
public record Choice(String id, LocalizedText label, double points) {
}
