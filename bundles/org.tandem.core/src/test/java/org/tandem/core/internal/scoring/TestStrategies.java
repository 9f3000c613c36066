package org.tandem.core.internal.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.Verdicts;

/** Scoring strategies of the tests' own, each registered as a service of a bundle of its own. */
public final class TestStrategies {

    private TestStrategies() {
    }

    /** The same card whatever was answered: an overall score, no dimensions, and the verdict band. */
    record Constant(double overall, String band) implements ScoringStrategy {
        @Override
        public ScoreCard score(ScoringInput input) {
            return new ScoreCard(input.assessmentId(), overall, List.of(), List.of(),
                    new Verdict(band, List.of(), band), null, input.responses().size(), null);
        }
    }

    /** Whatever {@code card} makes of the input: invalid cards, null. */
    record Returning(Function<ScoringInput, ScoreCard> card) implements ScoringStrategy {
        @Override
        public ScoreCard score(ScoringInput input) {
            return card.apply(input);
        }
    }

    /**
     * Weighted scoring as {@code org.tandem.scoring.weighted} does it, from the API's shared rules.
     * The tests keep their own copy of those few lines rather than depending on that bundle: the test
     * kit, which the bundle's tests use, depends on this one for the model reader.
     */
    public static final class Weighted implements ScoringStrategy {
        @Override
        public ScoreCard score(ScoringInput input) {
            ValueModel model = input.model();
            List<DimensionScore> dimensions = DimensionScoring.score(input);
            Map<String, Double> overall = DimensionScoring.overall(model, dimensions);
            Map<String, Double> byDimension = new LinkedHashMap<>();
            dimensions.forEach(d -> byDimension.put(d.dimension(), d.score()));
            List<PerspectiveScore> perspectives = model.perspectives().stream()
                    .filter(p -> overall.containsKey(p.id()))
                    .map(p -> new PerspectiveScore(p.id(), overall.get(p.id()), null, (int) input.responses().stream()
                            .filter(r -> r.perspective().equals(p.id())).count()))
                    .toList();
            return new ScoreCard(input.assessmentId(), overall.get(""), perspectives, dimensions,
                    Verdicts.verdict(model, overall.get(""), byDimension), null, input.responses().size(), null);
        }
    }

    /** The weighted strategy, keeping every input it was given. */
    static final class Recording implements ScoringStrategy {
        final List<ScoringInput> inputs = new CopyOnWriteArrayList<>();
        private final Weighted weighted = new Weighted();

        @Override
        public ScoreCard score(ScoringInput input) {
            inputs.add(input);
            return weighted.score(input);
        }
    }

    /**
     * Weighted means with each dimension's score lowered by its shift (not below 0), the overall
     * index and the verdict made from the lowered scores. Refuses an assessment nobody answered.
     */
    record Shifted(Map<String, Double> shifts) implements ScoringStrategy {
        static final String NOTHING = "no submitted responses to shift";

        @Override
        public ScoreCard score(ScoringInput input) {
            if (input.responses().isEmpty()) {
                throw new IllegalArgumentException(NOTHING);
            }
            ValueModel model = input.model();
            List<DimensionScore> dimensions = DimensionScoring.score(input).stream().map(d -> shift(model, d)).toList();
            Map<String, Double> overall = DimensionScoring.overall(model, dimensions);
            Map<String, Double> byDimension = new LinkedHashMap<>();
            dimensions.forEach(d -> byDimension.put(d.dimension(), d.score()));
            return new ScoreCard(input.assessmentId(), overall.get(""), List.of(), dimensions,
                    Verdicts.verdict(model, overall.get(""), byDimension), null, input.responses().size(), null);
        }

        private DimensionScore shift(ValueModel model, DimensionScore d) {
            if (d.score() == null) {
                return d;
            }
            double shifted = Math.max(0, d.score() - shifts.getOrDefault(d.dimension(), 0.0));
            return new DimensionScore(d.dimension(), shifted, d.perspectives(), d.gap(), Verdicts.band(model, shifted),
                    d.level());
        }
    }
}
