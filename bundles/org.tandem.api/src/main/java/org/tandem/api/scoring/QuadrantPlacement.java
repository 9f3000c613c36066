package org.tandem.api.scoring;

/**
 * One side's view of one dimension set against its counterpart's.
 *
 * @param dimension      the dimension id
 * @param perspective    the side
 * @param counterpart    the side on the other end of the relationship
 * @param own            the side's own score of the dimension, 0-100, or null when it has none
 * @param other          the counterpart's score, 0-100, or null when it has none
 * @param quadrant       where the two scores fall, or null when either is missing
 * @param expected       the score the side expected its counterpart to give (its expectation
 *                       answers, 0-100), or null when the model asks none or nobody answered them
 * @param expectationGap {@code expected - other}: above 0 the side thought the counterpart saw it
 *                       better than it does; null when either is missing
 * @since 1.1
 */
public record QuadrantPlacement(String dimension, String perspective, String counterpart, Double own, Double other,
        Quadrant quadrant, Double expected, Double expectationGap) {

    /**
     * Whether the side misread its counterpart: it expected a score on the other side of the
     * threshold from the one given (it expected high and got low, or the reverse).
     */
    public boolean misjudged(double threshold) {
        return expected != null && other != null && (expected > threshold) != (other > threshold);
    }
}
