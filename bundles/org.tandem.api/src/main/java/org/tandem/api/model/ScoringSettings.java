package org.tandem.api.model;

/**
 * How a model wants to be scored.
 *
 * @param strategy           the id of its default scoring strategy, e.g. {@code weighted}
 * @param minimumRespondents submitted respondents each perspective needs before results are shown
 * @since 1.0
 */
public record ScoringSettings(String strategy, int minimumRespondents) {

    /** Weighted scoring, results shown from one respondent per perspective. */
    public static final ScoringSettings DEFAULT = new ScoringSettings("weighted", 1);
}
