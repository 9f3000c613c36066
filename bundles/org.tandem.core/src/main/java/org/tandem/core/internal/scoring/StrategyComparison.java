package org.tandem.core.internal.scoring;

import java.util.function.Supplier;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.scoring.Comparison;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;

/** One row of a comparison: an assessment's verdicts under two strategies and its largest dimension change. */
final class StrategyComparison {

    private StrategyComparison() {
    }

    static Comparison.Row row(Assessment a, Supplier<ScoreCard> first, Supplier<ScoreCard> second) {
        ScoreCard one;
        ScoreCard two;
        try {
            one = first.get();
            two = second.get();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            return new Comparison.Row(a.id(), a.relationship().name(), null, null, null, 0, e.getMessage());
        }
        String largest = null;
        double change = 0;
        for (DimensionScore d : one.dimensions()) {
            Double before = d.score();
            Double after = two.dimension(d.dimension()).map(DimensionScore::score).orElse(null);
            if (before != null && after != null && Math.abs(after - before) > Math.abs(change)) {
                largest = d.dimension();
                change = after - before;
            }
        }
        return new Comparison.Row(a.id(), a.relationship().name(), one.verdict().band(), two.verdict().band(), largest,
                change, null);
    }
}
