package ${package}.scoring.internal;

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
 * ${consultancy}'s scoring of the ${modelId} model. As generated it scores as Tandem's weighted
 * strategy does: each dimension is the mean of the sides' scores ({@link DimensionScoring}), the
 * overall index weighs the dimensions by the model's weights, and the verdict is the band of the
 * overall index unless a dimension lies below the band's floor ({@link Verdicts}). Change
 * {@link #score(ScoringInput)} to your own rule, and its test with numbers worked out by hand.
 * <p>
 * Stateless and thread safe.
 */
@Component(service = ScoringStrategy.class)
@ScoringStrategyProperties(id = "${modelId}-weighted", name = "${consultancy}: ${modelId}",
        description = "Weighted means per dimension and side; the verdict needs every dimension above its floor")
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
                Verdicts.verdict(model, overall.get(""), byDimension), null, input.responses().size(), null);
    }
}
