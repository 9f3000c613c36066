package org.tandem.report.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;
import org.tandem.api.spi.report.ReportView.Side;

/**
 * The radar chart as vector graphics: one axis per dimension, grid rings at 20 to 100, one
 * polygon per side that has scores on at least three dimensions (a side with fewer as point
 * markers), dimension titles around it and a legend below.
 */
final class RadarChart {

    /** The fewest dimensions a radar makes sense for, and the fewest scores a side's polygon needs. */
    static final int MINIMUM = 3;

    private static final float RADIUS = 100f;
    private static final float LABEL_GAP = 9f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float LABEL_LEADING = 10.5f;
    private static final float LEGEND_LEADING = 15f;
    private static final float PADDING = 4f;

    private final ReportView view;
    private final Typography type;

    /** A dimension title placed at the end of its axis. */
    private record Label(List<String> lines, float x, float top, int align) {
    }

    RadarChart(ReportView view, Typography type) {
        this.view = view;
        this.type = type;
    }

    /** The chart, {@code width} points wide, as an image that never splits across pages. */
    Image draw(PdfContentByte canvas, float width) {
        List<Row> rows = view.dimensions();
        List<Label> labels = new ArrayList<>();
        float above = RADIUS;
        float below = RADIUS;
        for (int i = 0; i < rows.size(); i++) {
            Label label = label(rows.get(i).title(), i, rows.size(), width);
            labels.add(label);
            above = Math.max(above, label.top());
            below = Math.max(below, label.lines().size() * LABEL_LEADING - label.top());
        }
        float legend = Math.max(1, view.sides().size()) * LEGEND_LEADING;
        float height = PADDING + legend + 8f + below + above + PADDING;
        PdfTemplate t = canvas.createTemplate(width, height);
        float cx = width / 2;
        float cy = PADDING + legend + 8f + below;
        grid(t, cx, cy, rows.size());
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.10f);
        List<Side> sides = view.sides();
        for (Side side : sides) {
            plot(t, cx, cy, side, translucent);
        }
        rings(t, cx, cy);
        t.setColorFill(Typography.TEXT);
        // top to bottom, left to right: the order text extraction and screen readers give them
        labels.sort(Comparator.comparing((Label l) -> -l.top()).thenComparing(Label::x));
        for (Label label : labels) {
            text(t, label, cx, cy);
        }
        legend(t, sides, PADDING + legend - LEGEND_LEADING + 4f, width);
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static float angle(int i, int n) {
        return (float) (Math.PI / 2 - 2 * Math.PI * i / n);
    }

    private Label label(String title, int i, int n, float width) {
        double a = angle(i, n);
        float dx = (float) Math.cos(a);
        float dy = (float) Math.sin(a);
        float x = (RADIUS + LABEL_GAP) * dx;
        float y = (RADIUS + LABEL_GAP) * dy;
        int align = dx > 0.15f ? Element.ALIGN_LEFT : dx < -0.15f ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER;
        float room = align == Element.ALIGN_CENTER ? 170f : Math.min(150f, width / 2 - Math.abs(x) - 2f);
        List<String> lines = TextLines.wrap(type.line(title), type.regular, LABEL_SIZE, room);
        float h = lines.size() * LABEL_LEADING;
        float top = dy > 0.15f ? y + h : dy < -0.15f ? y : y + h / 2;
        return new Label(lines, x, top, align);
    }

    private void grid(PdfTemplate t, float cx, float cy, int n) {
        t.setLineWidth(0.5f);
        for (int ring = 20; ring <= 100; ring += 20) {
            t.setColorStroke(ring == 100 ? Typography.MUTED : Typography.RULE);
            polygon(t, cx, cy, n, RADIUS * ring / 100f);
            t.stroke();
        }
        t.setColorStroke(Typography.RULE);
        for (int i = 0; i < n; i++) {
            t.moveTo(cx, cy);
            t.lineTo(cx + RADIUS * (float) Math.cos(angle(i, n)), cy + RADIUS * (float) Math.sin(angle(i, n)));
        }
        t.stroke();
    }

    /** The rings' values beside the first axis, drawn over the polygons so they stay readable. */
    private void rings(PdfTemplate t, float cx, float cy) {
        t.beginText();
        t.setFontAndSize(type.regular, 6.5f);
        t.setColorFill(Typography.MUTED);
        for (int ring = 20; ring <= 100; ring += 20) {
            t.showTextAligned(Element.ALIGN_RIGHT, Integer.toString(ring), cx - 6f, cy + RADIUS * ring / 100f - 2.5f, 0);
        }
        t.endText();
    }

    private static void polygon(PdfTemplate t, float cx, float cy, int n, float r) {
        for (int i = 0; i < n; i++) {
            float x = cx + r * (float) Math.cos(angle(i, n));
            float y = cy + r * (float) Math.sin(angle(i, n));
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        t.closePath();
    }

    private void plot(PdfTemplate t, float cx, float cy, Side side, PdfGState translucent) {
        List<Row> rows = view.dimensions();
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Double score = rows.get(i).scoreOf(side.id());
            if (score != null) {
                float r = RADIUS * (float) Math.max(0, Math.min(100, score)) / 100f;
                points.add(new float[] {cx + r * (float) Math.cos(angle(i, rows.size())),
                    cy + r * (float) Math.sin(angle(i, rows.size()))});
            }
        }
        SideStyle style = SideStyle.of(view, side.id());
        if (points.size() >= MINIMUM) {
            t.saveState();
            t.setGState(translucent);
            t.setColorFill(style.color);
            path(t, points);
            t.fill();
            t.restoreState();
            t.saveState();
            style.stroke(t, 1.6f);
            path(t, points);
            t.stroke();
            t.restoreState();
        }
        for (float[] p : points) {
            style.mark(t, p[0], p[1], 5.5f);
        }
    }

    private static void path(PdfTemplate t, List<float[]> points) {
        t.moveTo(points.get(0)[0], points.get(0)[1]);
        for (float[] p : points.subList(1, points.size())) {
            t.lineTo(p[0], p[1]);
        }
        t.closePath();
    }

    private void text(PdfTemplate t, Label label, float cx, float cy) {
        t.beginText();
        t.setFontAndSize(type.regular, LABEL_SIZE);
        float baseline = cy + label.top() - LABEL_SIZE * 0.9f;
        for (String line : label.lines()) {
            t.showTextAligned(label.align(), line, cx + label.x(), baseline, 0);
            baseline -= LABEL_LEADING;
        }
        t.endText();
    }

    private void legend(PdfTemplate t, List<Side> sides, float y, float width) {
        float x = width / 2 - RADIUS - 60f;
        if (view.dimensions().stream().allMatch(r -> r.sides().isEmpty())) {
            t.beginText();
            t.setFontAndSize(type.regular, 8.5f);
            t.setColorFill(Typography.MUTED);
            t.showTextAligned(Element.ALIGN_CENTER, view.label("chart.empty"), width / 2, y, 0);
            t.endText();
            return;
        }
        for (Side side : sides) {
            SideStyle style = SideStyle.of(view, side.id());
            boolean points = view.dimensions().stream().filter(r -> r.scoreOf(side.id()) != null).count() < MINIMUM;
            if (!points) {
                t.saveState();
                style.stroke(t, 1.6f);
                t.moveTo(x, y + 3f);
                t.lineTo(x + 26f, y + 3f);
                t.stroke();
                t.restoreState();
            }
            style.mark(t, x + 13f, y + 3f, 5.5f);
            String text = type.line(view.label("chart.legend.side", side.title(), side.respondents()));
            if (points) {
                text += ". " + view.label("chart.points");
            }
            t.beginText();
            t.setFontAndSize(type.regular, 8.5f);
            t.setColorFill(Typography.TEXT);
            t.showTextAligned(Element.ALIGN_LEFT, text, x + 34f, y, 0);
            t.endText();
            y -= LEGEND_LEADING;
        }
    }
}
