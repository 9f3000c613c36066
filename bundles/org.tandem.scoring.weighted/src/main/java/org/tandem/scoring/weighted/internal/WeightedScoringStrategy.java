package org.tandem.scoring.weighted.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.InsightScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.ScoringStrategyProperties;
import org.tandem.api.spi.scoring.Verdicts;

/**
 * Weighted scoring: per dimension and perspective the weighted mean of scored answers (reverse
 * items flipped, unanswered ones left out), normalised to 0-100; the overall index from the
 * dimension weights; the perception gap and the spread within each side; and the model's bands
 * give the verdict, a band with a floor only when every dimension reaches it.
 */
@Component(service = ScoringStrategy.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ScoringStrategyProperties(id = "weighted", name = "Weighted",
        description = "Weighted means per dimension and side; the verdict needs every value above its floor")
public class WeightedScoringStrategy implements ScoringStrategy {

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
                Verdicts.verdict(model, overall.get(""), byDimension), null, input.responses().size(), null, InsightScoring.insights(input, dimensions));
    }
}
