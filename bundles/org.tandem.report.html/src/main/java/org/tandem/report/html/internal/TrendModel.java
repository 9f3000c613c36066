package org.tandem.report.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.TrendView;
import org.tandem.api.spi.report.TrendView.Point;
import org.tandem.api.spi.report.TrendView.Series;

/**
 * What the template reads of the history and the portfolio standing: per compared dimension a
 * small line chart (one line per side, the sides' styles of the radar chart) beside a table of the
 * scores at each assessment and the change since the previous one, every number written in the
 * report's language. Public for FreeMarker.
 */
public final class TrendModel {

    static final double WIDTH = 132;
    static final double HEIGHT = 64;
    static final double PAD = 5;

    /** A line of the small chart: its style, path and point markers. */
    public record Line(SideStyle style, String path, List<String> dots) {
    }

    /** A row of a dimension's table: a side (or both), its scores per assessment and the change. */
    public record Cells(String title, SideStyle style, String marker, List<String> values, String change,
            String direction) {
    }

    /** A compared dimension: its chart's lines, its rows, and the chart's text alternative. */
    public record Dimension(String title, String label, List<Line> lines, List<Cells> rows) {
    }

    /** A standing row: title, own score, rank text, median and middle half. */
    public record Position(String title, String score, String rank, String median, String quartiles,
            String rankX, String q1X, String q3X, String medianX, String scoreX) {
    }

    private final TrendView trend;
    private final List<Point> points;
    private final List<Dimension> dimensions;
    private final List<Position> positions;

    private TrendModel(ReportView view, TrendView trend, List<SideStyle> styles) {
        this.trend = trend;
        this.points = trend.points();
        this.dimensions = trend.rows().stream().map(row -> dimension(view, trend, row, styles)).toList();
        this.positions = trend.positions().stream().map(p -> new Position(p.title(), view.number(p.score()),
                trend.rankText(p.percentileRank()), view.number(p.group().median()),
                view.number(p.group().q1()) + " – " + view.number(p.group().q3()), Svg.num(Svg.clamp(p.percentileRank())),
                Svg.num(Svg.clamp(p.group().q1())), Svg.num(Svg.clamp(p.group().q3())),
                Svg.num(Svg.clamp(p.group().median())), Svg.num(Svg.clamp(p.score())))).toList();
    }

    static TrendModel of(ReportView view, List<SideStyle> styles) {
        TrendView trend = TrendView.of(view);
        return trend.known() || trend.hasStanding() ? new TrendModel(view, trend, styles) : null;
    }

    public TrendView getTrend() {
        return trend;
    }

    public boolean isKnown() {
        return trend.known();
    }

    public boolean isFirst() {
        return trend.first();
    }

    public List<Point> getPoints() {
        return points;
    }

    public List<Dimension> getDimensions() {
        return dimensions;
    }

    public List<Position> getPositions() {
        return positions;
    }

    public String t(String key, Object... args) {
        return trend.label(key, args);
    }

    private static Dimension dimension(ReportView view, TrendView trend, TrendView.Row row, List<SideStyle> styles) {
        List<Line> lines = new ArrayList<>();
        List<Cells> rows = new ArrayList<>();
        rows.add(cells(view, trend, row.score(), null));
        for (Series side : row.sides()) {
            SideStyle style = styleOf(view, side.id(), styles);
            lines.add(line(side.values(), style));
            rows.add(cells(view, trend, side, style));
        }
        return new Dimension(row.title(), trend.label("trend.chart", row.title()), lines, rows);
    }

    private static Cells cells(ReportView view, TrendView trend, Series series, SideStyle style) {
        List<String> values = series.values().stream().map(view::number).toList();
        Double d = series.delta();
        String direction = d == null || Math.round(d * 10) == 0 ? "same" : d > 0 ? "up" : "down";
        return new Cells(series.title(), style, style == null ? null : style.markerPath(7, 7, 4), values,
                trend.delta(d), direction);
    }

    /** The line through a side's scores; a missing score breaks it. */
    static Line line(List<Double> values, SideStyle style) {
        StringBuilder path = new StringBuilder();
        List<String> dots = new ArrayList<>();
        boolean open = false;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || v.isNaN()) {
                open = false;
                continue;
            }
            String p = Svg.point(x(i, values.size()), y(v));
            path.append(open ? "L" : "M").append(p);
            open = true;
            dots.add(style.markerPath(x(i, values.size()), y(v), 2.6));
        }
        return new Line(style, path.toString(), dots);
    }

    static double x(int i, int n) {
        return n < 2 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
    }

    static double y(double score) {
        return PAD + (100 - Svg.clamp(score)) / 100 * (HEIGHT - 2 * PAD);
    }

    private static SideStyle styleOf(ReportView view, String id, List<SideStyle> styles) {
        for (int i = 0; i < view.sides().size() && i < styles.size(); i++) {
            if (view.sides().get(i).id().equals(id)) {
                return styles.get(i);
            }
        }
        int index = view.input().model().perspectives().stream().map(p -> p.id()).toList().indexOf(id);
        return SideStyle.of(Math.max(index, 0));
    }
}
