package org.tandem.api.scoring;

import java.util.List;

/**
 * What a score card shows beyond the scores: each side's blind spots against its counterpart and
 * how much each dimension matters to each side.
 *
 * @param threshold    the score a view must be above to count as high: {@link #MIDPOINT}, the middle
 *                     of every scale once it is read as 0-100
 * @param quadrants    for each dimension (model order) and each side with a counterpart, where it
 *                     falls; empty when the model pairs no perspectives
 * @param importance   for each dimension the model asks the importance of, each side's importance
 *                     and the gap; empty when it asks none
 * @param expectations whether the model asks expectation questions, so {@link QuadrantPlacement#expected()}
 *                     can be given
 * @since 1.1
 */
public record Insights(double threshold, List<QuadrantPlacement> quadrants, List<DimensionImportance> importance,
        boolean expectations) {

    /** 50: the middle of a scale read as 0-100 (3 on 1-5). A view at the midpoint is not high. */
    public static final double MIDPOINT = 50;

    /** No insights: the model asks nothing they are made of, or the card predates them. */
    public static final Insights NONE = new Insights(MIDPOINT, List.of(), List.of(), false);

    public Insights {
        quadrants = quadrants == null ? List.of() : List.copyOf(quadrants);
        importance = importance == null ? List.of() : List.copyOf(importance);
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return quadrants.isEmpty() && importance.isEmpty();
    }

    /** The placements of {@code perspective}, in dimension order. */
    public List<QuadrantPlacement> quadrantsOf(String perspective) {
        return quadrants.stream().filter(q -> q.perspective().equals(perspective)).toList();
    }
}
