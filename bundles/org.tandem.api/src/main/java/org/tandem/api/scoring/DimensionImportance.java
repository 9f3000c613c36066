package org.tandem.api.scoring;

import java.util.List;

/**
 * How much one dimension matters to each side, from the model's importance questions.
 *
 * @param dimension    the dimension id
 * @param perspectives each side's importance 0-100 ({@link PerspectiveScore#score()}), with its
 *                     spread and respondents, in model order; only sides asked about its importance
 * @param gap          the importance gap: highest minus lowest side, or null with fewer than two
 *                     sides answering
 * @since 1.1
 */
public record DimensionImportance(String dimension, List<PerspectiveScore> perspectives, Double gap) {

    public DimensionImportance {
        perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
    }

    /** The importance {@code perspective} gives it, or null. */
    public Double importanceOf(String perspective) {
        return perspectives.stream().filter(p -> p.perspective().equals(perspective)).findFirst()
                .map(PerspectiveScore::score).orElse(null);
    }

    /** Whether the sides' priorities differ: one side puts it above {@code threshold}, another at or below. */
    public boolean prioritiesDiffer(double threshold) {
        List<Double> scored = perspectives.stream().map(PerspectiveScore::score).filter(s -> s != null).toList();
        return scored.stream().anyMatch(s -> s > threshold) && scored.stream().anyMatch(s -> s <= threshold);
    }
}
