package org.tandem.api.spi.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tandem.api.history.HistoryEntry;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Statistics;
import org.tandem.api.model.Perspective;

/**
 * The history and portfolio standing of a report's input, read in the language of a
 * {@link ReportView}: dimension and side titles, the series of scores per side over time, what
 * changed since the previous assessment as sentences ("+12.5 Cooperative for the provider"), the
 * dimensions left out and why, and the labels ({@code trends.properties}, English and Swedish).
 * <p>
 * Immutable and thread safe.
 *
 * @since 1.2
 */
public final class TrendView {

    /** One assessment of the history: its date (yyyy-mm-dd), name, model and overall index. */
    public record Point(String assessmentId, String date, String name, String model, boolean live, Double overall,
            String verdict, boolean current) {
    }

    /** A series of scores, one per point (null where none), and the change since the previous point. */
    public record Series(String id, String title, List<Double> values, Double delta) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A compared dimension: its own series (the mean of the sides) and one per side. */
    public record Row(String id, String title, Series score, List<Series> sides) {
        public Row {
            sides = List.copyOf(sides);
        }
    }

    /** A dimension's standing: this relationship's score, its percentile rank and the group's quartiles. */
    public record Position(String id, String title, double score, double percentileRank, Statistics group) {
    }

    private final ReportView view;
    private final RelationshipHistory history;
    private final Standing standing;
    private final ResourceBundle labels;

    private TrendView(ReportView view) {
        this.view = view;
        this.history = view.input().history();
        this.standing = view.input().standing();
        this.labels = ResourceBundle.getBundle(TrendView.class.getPackageName() + ".trends", view.locale(),
                TrendView.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The trends of the view's input, in its language. */
    public static TrendView of(ReportView view) {
        return new TrendView(view);
    }

    /** A label in the view's language; unknown keys come back as they are. */
    public String label(String key, Object... args) {
        String pattern;
        try {
            pattern = labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, view.locale()).format(args);
    }

    /** Whether the input carries a history at all (a renderer given none shows no section). */
    public boolean known() {
        return history != null;
    }

    /** Whether this is the relationship's first assessment with results. */
    public boolean first() {
        return history == null || history.first();
    }

    /** The assessments, oldest first, this one last. */
    public List<Point> points() {
        if (history == null) {
            return List.of();
        }
        List<Point> points = new ArrayList<>();
        for (HistoryEntry e : history.entries()) {
            points.add(new Point(e.assessmentId(), date(e.date()), e.name(), e.model().toString(), e.live(),
                    e.overall(), bandTitle(e.verdict()), e.assessmentId().equals(history.assessmentId())));
        }
        return points;
    }

    /** Each compared dimension with its series, in the model's order. */
    public List<Row> rows() {
        if (history == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (String id : history.dimensions()) {
            List<Series> sides = new ArrayList<>();
            for (Perspective p : view.input().model().perspectives()) {
                Series s = series(id, p.id(), view.text(p.title()));
                if (s.values().stream().anyMatch(v -> v != null)) {
                    sides.add(s);
                }
            }
            rows.add(new Row(id, dimensionTitle(id), series(id, null, label("trend.both")), sides));
        }
        return rows;
    }

    private Series series(String dimension, String perspective, String title) {
        List<Double> values = new ArrayList<>();
        history.entries().forEach(e -> values.add(e.score(dimension, perspective)));
        Double delta = history.changes().stream()
                .filter(c -> c.dimension().equals(dimension) && java.util.Objects.equals(c.perspective(), perspective))
                .findFirst().map(RelationshipHistory.Change::delta).orElse(null);
        return new Series(perspective == null ? dimension : perspective, title, values, delta);
    }

    /**
     * What changed per side since the previous assessment, largest change first, e.g.
     * "+12.5 Cooperative for the provider"; empty for a first assessment.
     */
    public List<String> changes() {
        if (history == null) {
            return List.of();
        }
        return history.changes().stream().filter(c -> c.perspective() != null && c.delta() != null)
                .sorted(Comparator.comparingDouble((RelationshipHistory.Change c) -> -Math.abs(c.delta())))
                .map(c -> label("trend.change", delta(c.delta()), dimensionTitle(c.dimension()),
                        view.perspectiveTitle(c.perspective())))
                .toList();
    }

    /** The dimensions left out of the comparison, each with why, e.g. "Trust: not in partnership@1.0.0". */
    public List<String> leftOut() {
        if (history == null) {
            return List.of();
        }
        return history.leftOut().stream().map(l -> label("trend.leftOut", dimensionTitle(l.dimension()),
                String.join(", ", l.missingIn()))).toList();
    }

    /** Earlier assessments of the relationship not in the history, and why. */
    public List<String> skipped() {
        if (history == null) {
            return List.of();
        }
        return history.skipped().stream().map(s -> label("trend.skipped." + s.reason(), s.name())).toList();
    }

    /** The previous assessment's date, or null for a first assessment. */
    public String previousDate() {
        return history == null || history.previous() == null ? null : date(history.previous().date());
    }

    /** A change with its sign, one decimal: {@code +12.5}, {@code −3.0}, {@code ±0.0}; a dash for none. */
    public String delta(Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        String number = String.format(view.locale(), "%.1f", Math.abs(value));
        double rounded = Math.round(value * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + number;
    }

    /** Whether the report shows the relationship's standing in the portfolio. */
    public boolean hasStanding() {
        return standing != null && standing.overall() != null;
    }

    /** How many relationships the standing compares, this one included. */
    public int standingGroup() {
        return standing == null ? 0 : standing.relationships();
    }

    /** The overall index's standing, then each dimension's; empty when there is no standing. */
    public List<Position> positions() {
        if (standing == null) {
            return List.of();
        }
        List<Position> positions = new ArrayList<>();
        if (standing.overall() != null) {
            positions.add(position(standing.overall(), label("standing.overall")));
        }
        standing.dimensions().forEach(p -> positions.add(position(p, dimensionTitle(p.dimension()))));
        return positions;
    }

    private Position position(Standing.Position p, String title) {
        return new Position(p.dimension(), title, p.score(), p.percentileRank(), p.group());
    }

    /** "higher than 75% of the others" for a percentile rank. */
    public String rankText(double percentileRank) {
        return label("standing.rank", Math.round(percentileRank));
    }

    private String dimensionTitle(String id) {
        return view.input().model().dimension(id).map(d -> view.text(d.title())).orElse(id);
    }

    private String bandTitle(String band) {
        if (band == null) {
            return view.label("verdict.none");
        }
        return view.input().model().bands().stream().filter(b -> b.id().equals(band)).findFirst()
                .map(b -> view.text(b.title())).orElse(band);
    }

    private static String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
    }
}
