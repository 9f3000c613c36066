package org.tandem.report.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.QuadrantRow;

/**
 * One side's 2x2 quadrant chart as vector graphics: across, its own score; up, its counterpart's;
 * dashed lines at the threshold; each placed dimension a numbered point, the side's expectation a
 * ring joined to it.
 */
final class QuadrantChart {

    static final float WIDTH = 236f;
    static final float HEIGHT = 232f;
    private static final float LEFT = 30f;
    private static final float BOTTOM = 30f;
    private static final float SIZE = 198f;
    /** Scores are drawn this far inside the frame, so the quadrants' names stay readable. */
    private static final float PAD = 18f;
    private static final float R = 7f;
    static final Color BLIND = new Color(0xa3, 0x3f, 0x00);
    private static final Color HIGH = new Color(0xee, 0xf4, 0xfb);
    private static final Color LOW_HIGH = new Color(0xfb, 0xef, 0xe6);

    private final ReportView view;
    private final Typography type;

    QuadrantChart(ReportView view, Typography type) {
        this.view = view;
        this.type = type;
    }

    Image draw(PdfContentByte canvas, String side, List<String> order) {
        PdfTemplate t = canvas.createTemplate(WIDTH, HEIGHT);
        List<QuadrantRow> rows = view.quadrants(side);
        double threshold = view.insights().threshold();
        float mx = x(threshold);
        float my = y(threshold);
        t.setColorFill(HIGH);
        t.rectangle(mx, my, LEFT + SIZE - mx, BOTTOM + SIZE - my);
        t.fill();
        t.setColorFill(LOW_HIGH);
        t.rectangle(mx, BOTTOM, LEFT + SIZE - mx, my - BOTTOM);
        t.fill();
        t.setLineWidth(0.6f);
        t.setColorStroke(Typography.MUTED);
        t.rectangle(LEFT, BOTTOM, SIZE, SIZE);
        t.stroke();
        t.setLineDash(3f, 2f, 0f);
        t.moveTo(mx, BOTTOM);
        t.lineTo(mx, BOTTOM + SIZE);
        t.moveTo(LEFT, my);
        t.lineTo(LEFT + SIZE, my);
        t.stroke();
        t.setLineDash(0f);
        labels(t, rows.isEmpty() ? "" : rows.get(0).counterpartTitle(), side, threshold);
        List<float[]> taken = new ArrayList<>();
        List<float[]> points = new ArrayList<>();
        for (QuadrantRow r : rows) {
            if (r.quadrant() != null) {
                float[] at = free(x(r.own()), y(r.other()), taken);
                taken.add(at);
                points.add(new float[] {at[0], at[1], order.indexOf(r.dimension()) + 1,
                    r.quadrant() == Quadrant.BLIND_SPOT ? 1 : 0, r.expected() == null ? -1 : y(r.expected())});
            }
        }
        for (float[] p : points) {
            if (p[4] >= 0) {
                expectation(t, p[0], p[1], p[4]);
            }
        }
        for (float[] p : points) {
            point(t, p[0], p[1], (int) p[2], p[3] > 0);
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private void labels(PdfTemplate t, String other, String side, double threshold) {
        t.beginText();
        t.setColorFill(Typography.MUTED);
        t.setFontAndSize(type.bold, 6.5f);
        float top = BOTTOM + SIZE - 9f;
        float right = LEFT + SIZE - 4f;
        t.showTextAligned(Element.ALIGN_LEFT, type.line(view.quadrantTitle(Quadrant.UNDERVALUED)), LEFT + 4f, top, 0);
        t.showTextAligned(Element.ALIGN_RIGHT, type.line(view.quadrantTitle(Quadrant.AGREED_STRENGTH)), right, top, 0);
        t.showTextAligned(Element.ALIGN_LEFT, type.line(view.quadrantTitle(Quadrant.AGREED_WEAKNESS)), LEFT + 4f,
                BOTTOM + 4f, 0);
        t.showTextAligned(Element.ALIGN_RIGHT, type.line(view.quadrantTitle(Quadrant.BLIND_SPOT)), right, BOTTOM + 4f, 0);
        t.setFontAndSize(type.regular, 6f);
        String mid = view.number(threshold);
        t.showTextAligned(Element.ALIGN_CENTER, "0", x(0), BOTTOM - 8f, 0);
        t.showTextAligned(Element.ALIGN_CENTER, mid, x(threshold), BOTTOM - 8f, 0);
        t.showTextAligned(Element.ALIGN_CENTER, "100", x(100), BOTTOM - 8f, 0);
        t.showTextAligned(Element.ALIGN_RIGHT, mid, LEFT - 3f, y(threshold) - 2f, 0);
        t.showTextAligned(Element.ALIGN_RIGHT, "100", LEFT - 3f, y(100) - 2f, 0);
        t.setColorFill(Typography.TEXT);
        t.setFontAndSize(type.bold, 7f);
        t.showTextAligned(Element.ALIGN_CENTER, type.line(view.label("insights.axis.own", view.perspectiveTitle(side))),
                LEFT + SIZE / 2, BOTTOM - 20f, 0);
        t.showTextAligned(Element.ALIGN_CENTER, type.line(view.label("insights.axis.other", other)), LEFT - 18f,
                BOTTOM + SIZE / 2, 90);
        t.endText();
    }

    private static void expectation(PdfTemplate t, float x, float y, float expected) {
        t.setColorStroke(Typography.TEXT);
        t.setLineWidth(0.6f);
        t.setLineDash(1.5f, 1.5f, 0f);
        t.moveTo(x, expected);
        t.lineTo(x, y);
        t.stroke();
        t.setLineDash(0f);
        t.setColorFill(Color.WHITE);
        t.setLineWidth(0.9f);
        t.circle(x, expected, 3.2f);
        t.fillStroke();
    }

    private void point(PdfTemplate t, float x, float y, int number, boolean blind) {
        t.setColorFill(blind ? BLIND : Typography.ACCENT);
        t.setColorStroke(Color.WHITE);
        t.setLineWidth(1f);
        t.circle(x, y, R);
        t.fillStroke();
        t.beginText();
        t.setColorFill(Color.WHITE);
        t.setFontAndSize(type.bold, 7.5f);
        t.showTextAligned(Element.ALIGN_CENTER, Integer.toString(number), x, y - 2.6f, 0);
        t.endText();
    }

    /** The first spot near (x, y) no other point covers, so two dimensions at one score both show. */
    private static float[] free(float x, float y, List<float[]> taken) {
        float s = 2 * R + 1.5f;
        float[][] offsets = {{0, 0}, {s, 0}, {-s, 0}, {0, s}, {0, -s}, {s, s}, {-s, -s}, {s, -s}, {-s, s}};
        for (float[] o : offsets) {
            float cx = Math.max(LEFT + R, Math.min(LEFT + SIZE - R, x + o[0]));
            float cy = Math.max(BOTTOM + PAD - R, Math.min(BOTTOM + SIZE - PAD + R, y + o[1]));
            if (taken.stream().noneMatch(p -> Math.hypot(p[0] - cx, p[1] - cy) < s - 1)) {
                return new float[] {cx, cy};
            }
        }
        return new float[] {x, y};
    }

    private static float x(double score) {
        return LEFT + PAD + (SIZE - 2 * PAD) * (float) clamp(score) / 100f;
    }

    private static float y(double score) {
        return BOTTOM + PAD + (SIZE - 2 * PAD) * (float) clamp(score) / 100f;
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(100, score));
    }
}
