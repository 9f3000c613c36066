package org.tandem.api.history;

/**
 * The spread of a score over a group of relationships. Quartiles are interpolated linearly between
 * the sorted scores: the quartile {@code p} (0.25, 0.5, 0.75) of {@code n} sorted scores
 * {@code x[0..n-1]} lies at position {@code h = (n - 1) p}, and is
 * {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])} (Hyndman and Fan's method 7, as in
 * spreadsheets' {@code QUARTILE.INC}); the median is the usual one.
 *
 * The lowest and highest scores are left out on purpose: each is one client's score.
 *
 * @param count  how many relationships have a score
 * @param q1     the lower quartile
 * @param median the median
 * @param q3     the upper quartile
 * @since 1.0
 */
public record Statistics(int count, double q1, double median, double q3) {
}
