package org.tandem.api.spi.scoring;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;

/**
 * The insights every strategy shares, computed from the dimension scores a strategy gave and the
 * expectation and importance answers:
 * <ul>
 * <li>for each dimension and each side with a counterpart, its {@link Quadrant}: its own score and
 * the counterpart's score against {@link Insights#MIDPOINT} (high means above it), and, when the
 * model asks expectation questions, the score it expected from the counterpart (the mean of its
 * respondents' expectation answers, each respondent counting the same) and the gap between that
 * and what the counterpart gave;</li>
 * <li>for each dimension with importance questions, each side's importance (the mean of its
 * respondents' importance answers) and the gap between the highest and the lowest side.</li>
 * </ul>
 * Tandem computes these for a card whose strategy left them out, so a strategy calls this only to
 * put its own numbers in their place.
 * <p>
 * Stateless and thread safe.
 *
 * @since 1.1
 */
public final class InsightScoring {

    private InsightScoring() {
    }

    /** The insights of {@code input} given the strategy's {@code dimensions}; {@link Insights#NONE} when there are none. */
    public static Insights insights(ScoringInput input, List<DimensionScore> dimensions) {
        ValueModel model = input.model();
        double threshold = Insights.MIDPOINT;
        List<QuadrantPlacement> quadrants = new ArrayList<>();
        List<DimensionImportance> importance = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            DimensionScore score = dimensions.stream().filter(s -> s.dimension().equals(d.id())).findFirst().orElse(null);
            for (Perspective p : model.perspectives()) {
                if (p.counterpart() != null && model.perspective(p.counterpart()).isPresent()) {
                    quadrants.add(placement(input, d, score, p));
                }
            }
            List<PerspectiveScore> sides = new ArrayList<>();
            for (Perspective p : model.perspectives()) {
                if (DimensionScoring.asked(d, p.id(), QuestionRole.IMPORTANCE)) {
                    sides.add(side(input, d, p.id(), QuestionRole.IMPORTANCE));
                }
            }
            if (!sides.isEmpty()) {
                importance.add(new DimensionImportance(d.id(), sides, gap(sides)));
            }
        }
        if (quadrants.isEmpty() && importance.isEmpty()) {
            return Insights.NONE;
        }
        return new Insights(threshold, quadrants, importance, model.asks(QuestionRole.EXPECTATION));
    }

    private static QuadrantPlacement placement(ScoringInput input, Dimension d, DimensionScore score, Perspective p) {
        Double own = score == null ? null : scoreOf(score, p.id());
        Double other = score == null ? null : scoreOf(score, p.counterpart());
        Quadrant quadrant = own == null || other == null ? null : Quadrant.of(own, other, Insights.MIDPOINT);
        Double expected = DimensionScoring.asked(d, p.id(), QuestionRole.EXPECTATION)
                ? side(input, d, p.id(), QuestionRole.EXPECTATION).score() : null;
        Double gap = expected == null || other == null ? null : expected - other;
        return new QuadrantPlacement(d.id(), p.id(), p.counterpart(), own, other, quadrant, expected, gap);
    }

    /** Not DimensionScore.scoreOf alone: a side may be missing from the card, or scored null. */
    private static Double scoreOf(DimensionScore score, String perspective) {
        return score.perspectives().stream().filter(s -> s.perspective().equals(perspective)).findFirst()
                .map(PerspectiveScore::score).orElse(null);
    }

    private static PerspectiveScore side(ScoringInput input, Dimension d, String perspective, QuestionRole role) {
        List<Double> respondents = new ArrayList<>();
        for (ScoringInput.Answers r : input.responses()) {
            if (r.perspective().equals(perspective)) {
                DimensionScoring.respondent(input.model(), d, r, role).ifPresent(respondents::add);
            }
        }
        return new PerspectiveScore(perspective, DimensionScoring.mean(respondents), DimensionScoring.spread(respondents),
                respondents.size());
    }

    private static Double gap(List<PerspectiveScore> sides) {
        List<Double> scored = sides.stream().map(PerspectiveScore::score).filter(s -> s != null).toList();
        return scored.size() < 2 ? null : scored.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - scored.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
}
