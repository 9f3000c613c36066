package com.acme.advisory.scoring.penalty.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.ScoringStrategyProperties;
import org.tandem.api.spi.scoring.Verdicts;

/**
 * Weighted scoring with a penalty for strong disagreement: a risk that one side does not see is a
 * risk nobody manages, so a dimension the two sides judge very differently cannot score as well as
 * its average says.
 * <p>
 * The rule: each dimension is first scored as Tandem's weighted scoring does it
 * ({@link DimensionScoring}: the mean of the sides' scores, each side counting the same). When its
 * perception gap (highest minus lowest side) is above {@value #TOLERATED_GAP} points, half of the
 * excess is subtracted: {@code score - (gap - 25) / 2}, never below 0. A gap of 25 or less, or a
 * dimension only one side scored, is left as it is. Example: customer 100, provider 25: mean 62.5,
 * gap 75, penalty (75 - 25) / 2 = 25, score 37.5.
 * <p>
 * The penalised dimension scores pick each dimension's band, make the overall index (the model's
 * dimension weights) and the verdict with the model's floors ({@link Verdicts}). The sides' own
 * scores, per dimension and overall, are what each side said: they are not penalised.
 * <p>
 * Stateless and thread safe.
 */
@Component(service = ScoringStrategy.class)
@ScoringStrategyProperties(id = "cloud-penalty", name = "Weighted with a disagreement penalty",
        description = "Weighted means; a dimension loses half of its perception gap above 25 points")
public class PenaltyScoringStrategy implements ScoringStrategy {

    /** The perception gap, in points, that costs nothing. */
    static final double TOLERATED_GAP = 25;

    /** The share of the gap above {@link #TOLERATED_GAP} that is subtracted. */
    static final double PENALTY_RATE = 0.5;

    /** The penalty for a dimension with this perception gap (null: fewer than two sides scored). */
    static double penalty(Double gap) {
        return gap == null || gap <= TOLERATED_GAP ? 0 : (gap - TOLERATED_GAP) * PENALTY_RATE;
    }

    @Override
    public ScoreCard score(ScoringInput input) {
        ValueModel model = input.model();
        List<DimensionScore> dimensions = new ArrayList<>();
        Map<String, Double> byDimension = new LinkedHashMap<>();
        for (DimensionScore d : DimensionScoring.score(input)) {
            Double score = d.score() == null ? null : Math.max(0, d.score() - penalty(d.gap()));
            dimensions.add(new DimensionScore(d.dimension(), score, d.perspectives(), d.gap(),
                    Verdicts.band(model, score), null));
            byDimension.put(d.dimension(), score);
        }
        Map<String, Double> overall = DimensionScoring.overall(model, dimensions);
        List<PerspectiveScore> perspectives = model.perspectives().stream()
                .filter(p -> overall.containsKey(p.id()))
                .map(p -> new PerspectiveScore(p.id(), overall.get(p.id()), null, (int) input.responses().stream()
                        .filter(r -> r.perspective().equals(p.id())).count()))
                .toList();
        return new ScoreCard(input.assessmentId(), overall.get(""), perspectives, dimensions,
                Verdicts.verdict(model, overall.get(""), byDimension), null, input.responses().size(), null);
    }
}
