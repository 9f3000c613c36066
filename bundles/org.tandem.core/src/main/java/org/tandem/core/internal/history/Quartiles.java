package org.tandem.core.internal.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tandem.api.history.Statistics;

/** Median, quartiles and percentile ranks, as {@link Statistics} and {@code Standing} define them. */
public final class Quartiles {

    private Quartiles() {
    }

    /** Quartiles of {@code scores} (not empty, in any order). */
    public static Statistics of(List<Double> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        List<Double> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        return new Statistics(sorted.size(), quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** The quantile {@code p} of sorted scores: linear between closest ranks at position (n - 1) p. */
    static double quantile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        double lower = sorted.get(low);
        if (low + 1 >= sorted.size()) {
            return lower;
        }
        return lower + (h - low) * (sorted.get(low + 1) - lower);
    }

    /**
     * The percentile rank of {@code score} among {@code others}: the share with a lower score, ties
     * counting half, times 100; 50 when there are no others.
     */
    public static double percentileRank(double score, List<Double> others) {
        if (others.isEmpty()) {
            return 50;
        }
        double below = 0;
        for (double other : others) {
            if (other < score) {
                below += 1;
            } else if (other == score) {
                below += 0.5;
            }
        }
        return 100 * below / others.size();
    }
}
