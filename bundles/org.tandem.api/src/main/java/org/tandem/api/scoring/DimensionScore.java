package org.tandem.api.scoring;

import java.util.List;

/**
 * The score of one dimension.
 *
 * @param dimension     the dimension id
 * @param score         0-100, the mean of the perspectives' scores (each side counts the same,
 *                      whatever its number of respondents), or null when nobody answered
 * @param perspectives  each perspective's score, in model order
 * @param gap           the perception gap: highest minus lowest perspective score, or null with
 *                      fewer than two perspectives scored
 * @param band          the band the score falls in (it picks the recommendation), or null
 * @param level         maturity level 1-5 for strategies that compute levels, else null
 * @since 1.0
 */
public record DimensionScore(String dimension, Double score, List<PerspectiveScore> perspectives, Double gap,
        String band, Integer level) {

    public DimensionScore {
        perspectives = List.copyOf(perspectives);
    }

    /** The score of {@code perspective}, or null. */
    public Double scoreOf(String perspective) {
        return perspectives.stream().filter(p -> p.perspective().equals(perspective)).findFirst()
                .map(PerspectiveScore::score).orElse(null);
    }
}
