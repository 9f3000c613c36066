package org.tandem.api.history;

import java.util.List;

/**
 * Where one relationship stands against the other relationships of its model: its own scores and
 * percentile ranks, and the group's statistics; nothing about any other relationship on its own.
 * The percentile rank of a score is the share of the <em>other</em> relationships with a lower score,
 * ties counting half, times 100: 100 above all others, 0 below all, 50 in the middle.
 *
 * @param assessmentId  the assessment
 * @param modelId       its model
 * @param relationships the relationships compared, this one included
 * @param overall       the overall index's standing, or null when it has none
 * @param dimensions    per dimension of the assessment's model scored by enough relationships, in model order
 * @since 1.0
 */
public record Standing(String assessmentId, String modelId, int relationships, Position overall,
        List<Position> dimensions) {

    public Standing {
        dimensions = List.copyOf(dimensions);
    }

    /**
     * One score against the group.
     *
     * @param dimension      the dimension id, or null for the overall index
     * @param score          this relationship's score
     * @param percentileRank its percentile rank among the others, 0-100
     * @param group          the statistics of the whole group, this relationship included
     */
    public record Position(String dimension, double score, double percentileRank, Statistics group) {
    }
}
