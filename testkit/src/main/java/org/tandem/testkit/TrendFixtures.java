package org.tandem.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.history.HistoryEntry;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.RelationshipHistory.Change;
import org.tandem.api.history.RelationshipHistory.LeftOut;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Standing.Position;
import org.tandem.api.history.Statistics;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.spi.report.ReportInput;

/**
 * {@link ReportFixtures#sample()} with a history and a portfolio standing, for renderers' tests.
 * <p>
 * The sample is the relationship's third assessment. The first (2024, model {@code sample@0.9.0},
 * which has no "trust") and the second (2025, {@code sample@1.0.0}) are compared with it on the four
 * dimensions all three share; trust is left out. Since 2025 the provider's cooperative score rose
 * from 66.7 to 79.2 (+12.5) and the customer's from 60.0 to 66.7 (+6.7). The standing compares the
 * sample with 6 other relationships (7 in all).
 *
 * @since 1.2
 */
public final class TrendFixtures {

    private static final List<String> COMPARED = List.of("cooperative", "transparent", "enduser", "innovation");

    private TrendFixtures() {
    }

    /** The sample as the third assessment of its relationship, with its standing among 7. */
    public static ReportInput trend() {
        ReportInput sample = ReportFixtures.sample();
        HistoryEntry first = entry("a-2024", "ACME Retail – Northwind IT 2024", "0.9.0", "2024-11-05T10:00:00Z", 48.0,
                "developing", new double[][] {{55.0, 66.7}, {30.0, 45.0}, {60.0, 60.0}, {35.0, 40.0}});
        HistoryEntry second = entry("a-2025", "ACME Retail – Northwind IT 2025", "1.0.0", "2025-11-04T10:00:00Z", 55.2,
                "developing", new double[][] {{60.0, 66.7}, {35.0, 50.0}, {62.5, 65.0}, {30.0, 45.0}});
        List<DimensionScore> now = sample.scoreCard().dimensions().stream()
                .filter(d -> COMPARED.contains(d.dimension())).toList();
        HistoryEntry current = new HistoryEntry(sample.assessment().id(), sample.assessment().relationship().name(),
                sample.assessment().model(), sample.assessment().created(), sample.assessment().closed(), false,
                sample.scoreCard().overall(), sample.scoreCard().verdict().band(), now);
        List<Change> changes = new ArrayList<>();
        for (String d : COMPARED) {
            changes.add(change(d, null, second, current));
            for (String side : List.of("customer", "provider", "enduser")) {
                changes.add(change(d, side, second, current));
            }
        }
        RelationshipHistory history = new RelationshipHistory(sample.assessment().id(), List.of(first, second, current),
                COMPARED, List.of(new LeftOut("trust", List.of("sample@0.9.0"))), List.of(), changes);
        Standing standing = new Standing(sample.assessment().id(), "sample", 7,
                new Position(null, 61.4, 66.7, new Statistics(7, 48.0, 55.0, 63.0)),
                List.of(new Position("cooperative", 72.9, 83.3, new Statistics(7, 50.0, 60.0, 70.0)),
                        new Position("transparent", 44.8, 33.3, new Statistics(7, 40.0, 50.0, 62.5)),
                        new Position("enduser", 65.6, 50.0, new Statistics(7, 55.0, 65.6, 70.0)),
                        new Position("innovation", 38.5, 16.7, new Statistics(7, 41.0, 52.5, 60.0)),
                        new Position("trust", 85.4, 100.0, new Statistics(7, 60.0, 70.0, 77.5))));
        return with(sample, history, standing);
    }

    /** The sample as the first assessment of its relationship: a history of one, no standing. */
    public static ReportInput first() {
        ReportInput sample = ReportFixtures.sample();
        HistoryEntry current = new HistoryEntry(sample.assessment().id(), sample.assessment().relationship().name(),
                sample.assessment().model(), sample.assessment().created(), sample.assessment().closed(), false,
                sample.scoreCard().overall(), sample.scoreCard().verdict().band(), sample.scoreCard().dimensions());
        List<String> all = sample.model().dimensions().stream().map(d -> d.id()).toList();
        return with(sample, new RelationshipHistory(sample.assessment().id(), List.of(current), all, List.of(),
                List.of(), List.of()), null);
    }

    /** {@code input} with a history and standing. */
    public static ReportInput with(ReportInput input, RelationshipHistory history, Standing standing) {
        return new ReportInput(input.assessment(), input.model(), input.scoreCard(), input.responses(),
                input.renderer(), input.sla(), input.actions(), input.previousActions(), history, standing);
    }

    private static HistoryEntry entry(String id, String name, String version, String closed, double overall,
            String verdict, double[][] scores) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (int i = 0; i < COMPARED.size(); i++) {
            double c = scores[i][0];
            double p = scores[i][1];
            dimensions.add(new DimensionScore(COMPARED.get(i), (c + p) / 2, List.of(
                    new PerspectiveScore("customer", c, 0.0, 3), new PerspectiveScore("provider", p, 0.0, 2)),
                    Math.abs(c - p), null, null));
        }
        Instant at = Instant.parse(closed);
        return new HistoryEntry(id, name, new ModelRef("sample", version), at.minusSeconds(30L * 86_400), at, false,
                overall, verdict, dimensions);
    }

    private static Change change(String dimension, String side, HistoryEntry before, HistoryEntry after) {
        Double b = before.score(dimension, side);
        Double a = after.score(dimension, side);
        return new Change(dimension, side, b, a, a == null || b == null ? null : a - b);
    }
}
