package org.tandem.api.history;

import java.time.Instant;
import java.util.List;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.scoring.DimensionScore;

/**
 * One assessment of a relationship, as its history shows it.
 *
 * @param assessmentId the assessment
 * @param name         its relationship's name
 * @param model        the model version it pinned
 * @param created      when it was created
 * @param closed       when it was closed, or null while open
 * @param live         whether the scores are live (an open assessment) rather than published
 * @param overall      the overall index, or null
 * @param verdict      the verdict band, or null
 * @param dimensions   the scores of the compared dimensions, in the history's order
 * @since 1.0
 */
public record HistoryEntry(String assessmentId, String name, ModelRef model, Instant created, Instant closed,
        boolean live, Double overall, String verdict, List<DimensionScore> dimensions) {

    public HistoryEntry {
        dimensions = List.copyOf(dimensions);
    }

    /** The score of a dimension, for one side or (perspective null) the dimension's own; null when none. */
    public Double score(String dimension, String perspective) {
        return dimensions.stream().filter(d -> d.dimension().equals(dimension)).findFirst()
                .map(d -> perspective == null ? d.score() : d.scoreOf(perspective)).orElse(null);
    }

    /** When its results date from: closed, else created. */
    public Instant date() {
        return closed != null ? closed : created;
    }
}
