package org.tandem.api.scoring;

/**
 * Where one side's view of a dimension falls against its counterpart's: each is high (above
 * {@link Insights#threshold()}) or low (at or below it).
 *
 * @since 1.1
 */
public enum Quadrant {
    /** Both sides score it high. */
    AGREED_STRENGTH,
    /** Both sides score it low. */
    AGREED_WEAKNESS,
    /** This side scores it high, its counterpart low: what this side does not see. */
    BLIND_SPOT,
    /** This side scores it low, its counterpart high: a strength this side does not credit. */
    UNDERVALUED;

    /** The quadrant of an own score and the counterpart's score against {@code threshold}. */
    public static Quadrant of(double own, double other, double threshold) {
        boolean ownHigh = own > threshold;
        boolean otherHigh = other > threshold;
        if (ownHigh) {
            return otherHigh ? AGREED_STRENGTH : BLIND_SPOT;
        }
        return otherHigh ? UNDERVALUED : AGREED_WEAKNESS;
    }
}
