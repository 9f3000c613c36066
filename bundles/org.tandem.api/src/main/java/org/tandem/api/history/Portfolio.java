package org.tandem.api.history;

import java.util.List;
import org.tandem.api.model.ValueModel;

/**
 * A consultancy's relationships assessed with one model: counts and statistics, never a client's
 * name or answers.
 *
 * @param modelId       the model
 * @param model         the newest version of it among the relationships (for titles), or null when none
 * @param relationships how many relationships are in the group
 * @param minimum       how many are needed before statistics are shown ({@link HistoryService#MINIMUM_RELATIONSHIPS})
 * @param versions      the model versions the group's cards were scored on, oldest first
 * @param verdicts      how many relationships have each verdict band (in the newest model's band order, then
 *                      other bands; {@code null} band: no verdict); empty below the minimum
 * @param dimensions    statistics per dimension of the newest model; empty below the minimum
 * @since 1.0
 */
public record Portfolio(String modelId, ValueModel model, int relationships, int minimum, List<String> versions,
        List<VerdictCount> verdicts, List<DimensionStatistics> dimensions) {

    public Portfolio {
        versions = List.copyOf(versions);
        verdicts = List.copyOf(verdicts);
        dimensions = List.copyOf(dimensions);
    }

    /** Whether the group is large enough for statistics. */
    public boolean shown() {
        return relationships >= minimum;
    }

    /** How many relationships have a verdict band. */
    public record VerdictCount(String band, int relationships) {
    }

    /**
     * A dimension over the group.
     *
     * @param dimension    the dimension id
     * @param score        statistics of the dimension's score, or null when fewer than the minimum scored it
     * @param perspectives per side of the newest model, statistics of that side's score (sides fewer than the
     *                     minimum scored are left out)
     */
    public record DimensionStatistics(String dimension, Statistics score, List<SideStatistics> perspectives) {
        public DimensionStatistics {
            perspectives = List.copyOf(perspectives);
        }
    }

    /** One side's statistics of a dimension. */
    public record SideStatistics(String perspective, Statistics score) {
    }
}
