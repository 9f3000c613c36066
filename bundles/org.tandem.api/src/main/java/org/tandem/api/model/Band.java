package org.tandem.api.model;

/**
 * A classification of a 0-100 score: from {@code min} (inclusive) to {@code max} (exclusive; the
 * last band includes 100). Bands classify the overall index into the verdict and each dimension's
 * score for its recommendation.
 *
 * @param id          unique within the model
 * @param min         lower bound, inclusive
 * @param max         upper bound, exclusive except for 100
 * @param title       the verdict, e.g. "Strategisk partner" / "Strategic partner"
 * @param description what the verdict means; may be empty
 * @param floor       the score every dimension must reach for this verdict, or null for none:
 *                    a partnership is permeated by all its values, not by their average
 * @since 1.0
 */
public record Band(String id, double min, double max, LocalizedText title, LocalizedText description, Double floor) {

    /** Whether {@code score} falls in this band. */
    public boolean contains(double score) {
        return score >= min && (score < max || (max >= 100 && score <= 100));
    }
}
