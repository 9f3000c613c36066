package org.tandem.api.scoring;

import java.util.List;

/**
 * Every stored assessment of a model scored by two strategies (or two versions of one), side by side.
 *
 * @param modelId the model compared on
 * @param first   the first strategy, as {@code id@version}
 * @param second  the second strategy, as {@code id@version}
 * @param rows    one row per assessment, newest first
 * @since 1.0
 */
public record Comparison(String modelId, String first, String second, List<Row> rows) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /** Assessments whose verdict differs between the two. */
    public long verdictChanges() {
        return rows.stream().filter(Row::verdictChanged).count();
    }

    /**
     * One assessment under both strategies.
     *
     * @param assessmentId      the assessment
     * @param name              its relationship's name
     * @param firstVerdict      the verdict band under the first strategy, or null
     * @param secondVerdict     the verdict band under the second, or null
     * @param largestDimension  the dimension whose score moved most, or null
     * @param largestChange     how much it moved (second minus first), 0 when none
     * @param error             why the assessment could not be scored by one of them, or null
     */
    public record Row(String assessmentId, String name, String firstVerdict, String secondVerdict,
            String largestDimension, double largestChange, String error) {

        public boolean verdictChanged() {
            return error == null && !java.util.Objects.equals(firstVerdict, secondVerdict);
        }
    }
}
