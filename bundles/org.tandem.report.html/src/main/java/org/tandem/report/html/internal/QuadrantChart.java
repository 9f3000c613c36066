package org.tandem.report.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.QuadrantRow;

/**
 * The geometry of one side's 2x2 quadrant chart: across, the side's own score; up, its
 * counterpart's; lines at the threshold. Each placed dimension is a numbered point (its position in
 * the model), with the side's expectation, when the model asks for one, as a ring joined to it. The
 * types are public for FreeMarker.
 */
public final class QuadrantChart {

    static final double LEFT = 56;
    static final double TOP = 16;
    static final double SIZE = 288;
    private static final double RADIUS = 10;
    /** Scores are drawn this far inside the frame, so a point at 0 or 100 leaves the corner names readable. */
    private static final double PAD = 28;

    /** A numbered point; {@code ex}/{@code ey} the expectation ring, empty when none. */
    public record Point(int number, String title, String quadrant, String x, String y, String ex, String ey) {
    }

    /** A quadrant's name, written in its corner. */
    public record Corner(String title, String x, String y, String anchor) {
    }

    private final String side;
    private final String ownAxis;
    private final String otherAxis;
    private final String title;
    private final String description;
    private final List<Point> points;
    private final List<Corner> corners;
    private final String threshold;

    private QuadrantChart(String side, String ownAxis, String otherAxis, String title, String description,
            List<Point> points, List<Corner> corners, String threshold) {
        this.side = side;
        this.ownAxis = ownAxis;
        this.otherAxis = otherAxis;
        this.title = title;
        this.description = description;
        this.points = points;
        this.corners = corners;
        this.threshold = threshold;
    }

    static QuadrantChart of(ReportView view, String side, List<String> dimensionOrder) {
        List<QuadrantRow> rows = view.quadrants(side);
        String sideTitle = view.perspectiveTitle(side);
        String other = rows.isEmpty() ? "" : rows.get(0).counterpartTitle();
        double threshold = view.insights().threshold();
        List<Point> points = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        for (QuadrantRow r : rows) {
            if (r.quadrant() == null) {
                continue;
            }
            double[] at = free(x(r.own()), y(r.other()), taken);
            taken.add(at);
            boolean expected = r.expected() != null && !r.expected().isNaN();
            points.add(new Point(dimensionOrder.indexOf(r.dimension()) + 1, r.title(), r.quadrant().name(),
                    Svg.num(at[0]), Svg.num(at[1]), expected ? Svg.num(at[0]) : "", expected ? Svg.num(y(r.expected())) : ""));
        }
        double mid = y(threshold);
        double right = LEFT + SIZE - 6;
        double left = LEFT + 6;
        List<Corner> corners = List.of(
                new Corner(view.quadrantTitle(Quadrant.UNDERVALUED), Svg.num(left), Svg.num(TOP + 14), "start"),
                new Corner(view.quadrantTitle(Quadrant.AGREED_STRENGTH), Svg.num(right), Svg.num(TOP + 14), "end"),
                new Corner(view.quadrantTitle(Quadrant.AGREED_WEAKNESS), Svg.num(left), Svg.num(TOP + SIZE - 6), "start"),
                new Corner(view.quadrantTitle(Quadrant.BLIND_SPOT), Svg.num(right), Svg.num(TOP + SIZE - 6), "end"));
        return new QuadrantChart(side, view.label("insights.axis.own", sideTitle), view.label("insights.axis.other", other),
                view.label("insights.chart", sideTitle, other),
                view.label("insights.chart.description", sideTitle, other, view.number(threshold)), points, corners,
                Svg.num(x(threshold)) + "," + Svg.num(mid));
    }

    /** The first spot near (x, y) no other point covers, so two dimensions at one score both show. */
    private static double[] free(double x, double y, List<double[]> taken) {
        double step = RADIUS * 2 + 2;
        double[][] offsets = {{0, 0}, {step, 0}, {-step, 0}, {0, -step}, {0, step}, {step, -step}, {-step, step},
            {step, step}, {-step, -step}, {2 * step, 0}, {-2 * step, 0}};
        for (double[] o : offsets) {
            double cx = Math.max(LEFT + RADIUS, Math.min(LEFT + SIZE - RADIUS, x + o[0]));
            double cy = Math.max(TOP + PAD - RADIUS, Math.min(TOP + SIZE - PAD + RADIUS, y + o[1]));
            if (taken.stream().noneMatch(t -> Math.hypot(t[0] - cx, t[1] - cy) < step - 1)) {
                return new double[] {cx, cy};
            }
        }
        return new double[] {x, y};
    }

    static double x(double score) {
        return LEFT + PAD + (SIZE - 2 * PAD) * Svg.clamp(score) / 100;
    }

    static double y(double score) {
        return TOP + PAD + (SIZE - 2 * PAD) * (1 - Svg.clamp(score) / 100);
    }

    public String side() {
        return side;
    }

    public String ownAxis() {
        return ownAxis;
    }

    public String otherAxis() {
        return otherAxis;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Point> points() {
        return points;
    }

    public List<Corner> corners() {
        return corners;
    }

    /** The threshold lines' crossing, {@code x,y}. */
    public String threshold() {
        return threshold;
    }

    public String thresholdX() {
        return threshold.split(",")[0];
    }

    public String thresholdY() {
        return threshold.split(",")[1];
    }

    /** Where the score 0 and the score 100 are drawn, across and up. */
    public String x0() {
        return Svg.num(x(0));
    }

    public String x100() {
        return Svg.num(x(100));
    }

    public String y100() {
        return Svg.num(y(100));
    }

    public String left() {
        return Svg.num(LEFT);
    }

    public String top() {
        return Svg.num(TOP);
    }

    public String right() {
        return Svg.num(LEFT + SIZE);
    }

    public String bottom() {
        return Svg.num(TOP + SIZE);
    }

    public String size() {
        return Svg.num(SIZE);
    }
}
