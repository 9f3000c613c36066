package org.tandem.scoring.maturity.internal;

import java.util.ArrayList;
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
 * Maturity scoring: each dimension's score (as weighted scoring computes it) becomes a level from 1
 * to 5 (below 20, 40, 60, 80, and 80 or more); the relationship reaches a level only when every
 * dimension reaches it, so its level, and its verdict, follow its weakest dimension. A dimension
 * nobody scored counts as level 1.
 */
@Component(service = ScoringStrategy.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ScoringStrategyProperties(id = "maturity", name = "Maturity levels",
        description = "Levels 1-5 per dimension; the relationship is as mature as its weakest value")
public class MaturityScoringStrategy implements ScoringStrategy {

    /** The level of a 0-100 score: 1 below 20, 2 below 40, 3 below 60, 4 below 80, else 5. */
    static int level(double score) {
        return score >= 80 ? 5 : 1 + (int) Math.floor(Math.max(0, score) / 20);
    }

    @Override
    public ScoreCard score(ScoringInput input) {
        ValueModel model = input.model();
        List<DimensionScore> dimensions = new ArrayList<>();
        Map<String, Double> byDimension = new LinkedHashMap<>();
        Double weakest = null;
        for (DimensionScore d : DimensionScoring.score(input)) {
            Integer level = d.score() == null ? null : level(d.score());
            dimensions.add(new DimensionScore(d.dimension(), d.score(), d.perspectives(), d.gap(), d.band(), level));
            byDimension.put(d.dimension(), d.score());
            double score = d.score() == null ? 0 : d.score();
            weakest = weakest == null ? score : Math.min(weakest, score);
        }
        Map<String, Double> overall = DimensionScoring.overall(model, dimensions);
        boolean answered = overall.get("") != null;
        Double gated = answered ? weakest : null;
        List<PerspectiveScore> perspectives = model.perspectives().stream()
                .filter(p -> overall.containsKey(p.id()))
                .map(p -> new PerspectiveScore(p.id(), overall.get(p.id()), null, (int) input.responses().stream()
                        .filter(r -> r.perspective().equals(p.id())).count()))
                .toList();
        return new ScoreCard(input.assessmentId(), overall.get(""), perspectives, dimensions,
                Verdicts.verdict(model, gated, byDimension), gated == null ? null : level(gated),
                input.responses().size(), null, InsightScoring.insights(input, dimensions));
    }
}
