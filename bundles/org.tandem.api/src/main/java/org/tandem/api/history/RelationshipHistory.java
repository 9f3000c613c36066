package org.tandem.api.history;

import java.util.List;

/**
 * A relationship's assessments over time, compared on the dimensions every one of their models shares.
 *
 * @param assessmentId the assessment the history leads up to (the last entry)
 * @param entries      the assessments, oldest first, the current one last
 * @param dimensions   the dimension ids compared: those of the current model that every entry's model has, in
 *                     the current model's order
 * @param leftOut      the dimensions not compared, and why
 * @param skipped      earlier assessments of the relationship that are not entries, and why (open, no published card, sealed: too few respondents)
 * @param changes      what changed since the previous entry, per compared dimension and side; empty for a first assessment
 * @since 1.0
 */
public record RelationshipHistory(String assessmentId, List<HistoryEntry> entries, List<String> dimensions,
        List<LeftOut> leftOut, List<Skipped> skipped, List<Change> changes) {

    public RelationshipHistory {
        entries = List.copyOf(entries);
        dimensions = List.copyOf(dimensions);
        leftOut = List.copyOf(leftOut);
        skipped = List.copyOf(skipped);
        changes = List.copyOf(changes);
    }

    /** Whether this is the relationship's first assessment with results: nothing to compare with. */
    public boolean first() {
        return entries.size() < 2;
    }

    /** The entry before the current one, or null. */
    public HistoryEntry previous() {
        return entries.size() < 2 ? null : entries.get(entries.size() - 2);
    }

    /**
     * A dimension left out of the comparison.
     *
     * @param dimension the dimension id
     * @param missingIn the models ({@code id@version}) of entries that do not have it
     */
    public record LeftOut(String dimension, List<String> missingIn) {
        public LeftOut {
            missingIn = List.copyOf(missingIn);
        }
    }

    /**
     * An earlier assessment of the relationship that is not in the history.
     *
     * @param assessmentId the assessment
     * @param name         its relationship's name
     * @param reason       {@code open} (its results are not final), {@code unpublished} (closed without a card) or
     *                     {@code sealed} (a required side has fewer respondents than the model asks)
     */
    public record Skipped(String assessmentId, String name, String reason) {
    }

    /**
     * A score that changed since the previous entry.
     *
     * @param dimension   the dimension id
     * @param perspective the side, or null for the dimension's score (the mean of the sides)
     * @param previous    the score in the previous entry, or null when it had none
     * @param current     the score now, or null
     * @param delta       current minus previous, or null when either is null
     */
    public record Change(String dimension, String perspective, Double previous, Double current, Double delta) {
    }
}
