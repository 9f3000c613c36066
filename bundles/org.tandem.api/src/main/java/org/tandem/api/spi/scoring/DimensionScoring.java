package org.tandem.api.spi.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;

/**
 * The aggregation most strategies start from. For each dimension: each respondent's score is the
 * weighted mean of their scored answers to its questions (unanswered questions are left out, not
 * counted as 0); a perspective's score is the mean of its respondents' scores, so each respondent
 * counts the same, and its spread their standard deviation; the dimension's score is the mean of
 * the perspectives' scores, so each side counts the same whatever its number of respondents; the
 * gap is the highest minus the lowest perspective score. Only performance questions count
 * ({@link QuestionRole}); expectation and importance answers feed {@link InsightScoring}.
 * <p>
 * Stateless and thread safe.
 *
 * @since 1.0
 */
public final class DimensionScoring {

    private DimensionScoring() {
    }

    /** Every dimension of the model scored from {@code input}, in model order, with its band. */
    public static List<DimensionScore> score(ScoringInput input) {
        ValueModel model = input.model();
        List<DimensionScore> scores = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            List<PerspectiveScore> perspectives = new ArrayList<>();
            for (Perspective p : model.perspectives()) {
                if (!asked(d, p.id(), QuestionRole.PERFORMANCE)) {
                    continue;
                }
                List<Double> respondents = new ArrayList<>();
                for (ScoringInput.Answers r : input.responses()) {
                    if (r.perspective().equals(p.id())) {
                        respondent(model, d, r).ifPresent(respondents::add);
                    }
                }
                perspectives.add(new PerspectiveScore(p.id(), mean(respondents), spread(respondents), respondents.size()));
            }
            Double score = mean(perspectives.stream().map(PerspectiveScore::score).filter(s -> s != null).toList());
            scores.add(new DimensionScore(d.id(), score, perspectives, gap(perspectives),
                    Verdicts.band(model, score), null));
        }
        return scores;
    }

    /**
     * The overall index of each perspective and of the whole (first entry, key {@code ""}): the
     * mean of dimension scores weighted by the dimensions' weights, unscored dimensions left out.
     */
    public static Map<String, Double> overall(ValueModel model, List<DimensionScore> dimensions) {
        Map<String, Double> overall = new LinkedHashMap<>();
        overall.put("", weighted(model, dimensions, DimensionScore::score));
        for (Perspective p : model.perspectives()) {
            if (dimensions.stream().anyMatch(d -> d.perspectives().stream().anyMatch(s -> s.perspective().equals(p.id())))) {
                // not DimensionScore.scoreOf: it throws when the perspective's score is null (no respondents)
                overall.put(p.id(), weighted(model, dimensions, d -> d.perspectives().stream()
                        .filter(s -> s.perspective().equals(p.id())).findFirst().map(PerspectiveScore::score)
                        .orElse(null)));
            }
        }
        return overall;
    }

    /**
     * One respondent's score of one dimension, if they answered any of its scored performance
     * questions (expectation and importance answers are not part of the score; since 1.1).
     */
    public static Optional<Double> respondent(ValueModel model, Dimension d, ScoringInput.Answers r) {
        return respondent(model, d, r, QuestionRole.PERFORMANCE);
    }

    /**
     * One respondent's weighted mean of their scored answers to the dimension's questions of
     * {@code role}, if they answered any.
     *
     * @since 1.1
     */
    public static Optional<Double> respondent(ValueModel model, Dimension d, ScoringInput.Answers r, QuestionRole role) {
        double sum = 0;
        double weights = 0;
        for (Question q : d.questions()) {
            if (!q.askedOf(r.perspective()) || q.role() != role) {
                continue;
            }
            Optional<Double> s = AnswerScores.score(model, q, r.answers().get(q.id()));
            if (s.isPresent()) {
                sum += q.weight() * s.get();
                weights += q.weight();
            }
        }
        return weights == 0 ? Optional.empty() : Optional.of(sum / weights);
    }

    /**
     * Whether any question of {@code role} in the dimension is asked of {@code perspective}.
     *
     * @since 1.1
     */
    public static boolean asked(Dimension d, String perspective, QuestionRole role) {
        return d.questions().stream().anyMatch(q -> q.role() == role && q.askedOf(perspective));
    }

    /** The mean, or null for none. */
    public static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The population standard deviation, 0 for one value, null for none. */
    public static Double spread(List<Double> values) {
        Double mean = mean(values);
        if (mean == null) {
            return null;
        }
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        return Math.sqrt(variance);
    }

    private static Double gap(List<PerspectiveScore> perspectives) {
        List<Double> scored = perspectives.stream().map(PerspectiveScore::score).filter(s -> s != null).toList();
        if (scored.size() < 2) {
            return null;
        }
        return scored.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - scored.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static Double weighted(ValueModel model, List<DimensionScore> dimensions,
            java.util.function.Function<DimensionScore, Double> score) {
        double sum = 0;
        double weights = 0;
        for (DimensionScore d : dimensions) {
            Double s = score.apply(d);
            Optional<Dimension> dimension = model.dimension(d.dimension());
            if (s != null && dimension.isPresent()) {
                sum += dimension.get().weight() * s;
                weights += dimension.get().weight();
            }
        }
        return weights == 0 ? null : sum / weights;
    }
}
