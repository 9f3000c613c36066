package org.tandem.report.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;
import org.tandem.api.spi.report.ReportView.Side;

/**
 * The geometry of the radar chart, in SVG user units: one axis per dimension clockwise from the
 * top, rings at 20 to 100, and per side a polygon through its scores, or point markers when it
 * was scored on fewer than {@link #MIN_POLYGON} dimensions (a polygon of one or two points would
 * draw a line or nothing and suggest zeros elsewhere).
 */
public record RadarChart(int width, int height, String cx, String cy, List<Axis> axes, List<Ring> rings,
        List<Trace> traces) {

    static final int MIN_POLYGON = 3;

    private static final int WIDTH = 640;
    private static final int HEIGHT = 470;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = 232;
    private static final double RADIUS = 168;
    private static final double LABEL_GAP = 14;
    private static final double LINE_HEIGHT = 16;
    private static final int LINE_CHARS = 18;

    /** An axis from the centre to (x, y), its title wrapped into lines at (lx, ly), the first line's baseline. */
    public record Axis(String title, String x, String y, List<String> lines, String lx, String ly, String anchor) {
    }

    /**
     * A grid ring at {@code value} as an SVG path: a polygon through the axes, a circle with fewer
     * than three; its label centred on (lx, ly). A path, so that the chart's only polygons are sides.
     */
    public record Ring(int value, String path, String lx, String ly) {
    }

    /** A side's drawing: a polygon ({@code points}) or markers only; markers are SVG paths. */
    public record Trace(String id, String title, SideStyle style, boolean polygon, String points,
            List<String> markers) {
    }

    static RadarChart of(ReportView view, List<SideStyle> styles) {
        List<Row> rows = view.dimensions();
        int n = rows.size();
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            axes.add(axis(rows.get(i).title(), i, n));
        }
        // ring labels sit on the rings half way between the first two axes, where no score marker can be
        double between = n > 1 ? (angle(0, n) + angle(1, n)) / 2 : angle(0, 1) + Math.PI / 4;
        double onEdge = n >= 3 ? Math.cos(Math.PI / n) : 1;
        List<Ring> rings = new ArrayList<>();
        for (int value = 20; value <= 100; value += 20) {
            double r = RADIUS * value / 100 * onEdge;
            rings.add(new Ring(value, ring(n, value), Svg.num(CX + r * Math.cos(between)),
                    Svg.num(CY + r * Math.sin(between) + 3.5)));
        }
        List<Trace> traces = new ArrayList<>();
        List<Side> sides = view.sides();
        for (int s = 0; s < sides.size(); s++) {
            Trace trace = trace(sides.get(s), styles.get(s), rows);
            if (trace != null) {
                traces.add(trace);
            }
        }
        return new RadarChart(WIDTH, HEIGHT, Svg.num(CX), Svg.num(CY), axes, rings, traces);
    }

    /** Whether {@code side} is scored on enough dimensions to be drawn as a polygon. */
    static boolean isPolygon(Side side, List<Row> rows) {
        return rows.stream().filter(r -> scored(r.scoreOf(side.id()))).count() >= MIN_POLYGON;
    }

    private static Trace trace(Side side, SideStyle style, List<Row> rows) {
        int n = rows.size();
        List<double[]> at = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Double score = rows.get(i).scoreOf(side.id());
            if (scored(score)) {
                double value = Svg.clamp(score);
                at.add(new double[] {x(i, n, value), y(i, n, value)});
            }
        }
        if (at.isEmpty()) {
            return null;
        }
        // markers of a side without a polygon are larger: they are all there is of it
        boolean polygon = at.size() >= MIN_POLYGON;
        double size = polygon ? 3.5 : 6;
        List<String> points = at.stream().map(p -> Svg.point(p[0], p[1])).toList();
        List<String> markers = at.stream().map(p -> style.markerPath(p[0], p[1], size)).toList();
        return new Trace(side.id(), side.title(), style, polygon, String.join(" ", points), markers);
    }

    private static Axis axis(String title, int i, int n) {
        double angle = angle(i, n);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double lx = CX + (RADIUS + LABEL_GAP) * cos;
        double ly = CY + (RADIUS + LABEL_GAP) * sin;
        String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
        List<String> lines = wrap(title, LINE_CHARS);
        double block = (lines.size() - 1) * LINE_HEIGHT;
        double baseline;
        if (sin < -0.3) {
            baseline = ly - block - 2;
        } else if (sin > 0.3) {
            baseline = ly + 11;
        } else {
            baseline = ly - block / 2 + 4;
        }
        return new Axis(title, Svg.num(x(i, n, 100)), Svg.num(y(i, n, 100)), lines, Svg.num(lx), Svg.num(baseline),
                anchor);
    }

    private static String ring(int n, int value) {
        if (n < 3) {
            return Svg.circle(CX, CY, RADIUS * value / 100);
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            path.append(i == 0 ? "M" : "L").append(Svg.point(x(i, n, value), y(i, n, value)));
        }
        return path.append("Z").toString();
    }

    /** Greedy word wrap; a word longer than a line keeps a line of its own. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean scored(Double score) {
        return score != null && !score.isNaN();
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double x(int i, int n, double value) {
        return CX + RADIUS * value / 100 * Math.cos(angle(i, n));
    }

    private static double y(int i, int n, double value) {
        return CY + RADIUS * value / 100 * Math.sin(angle(i, n));
    }
}
