package org.tandem.report.pdf.internal;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import org.tandem.api.model.Perspective;
import org.tandem.api.spi.report.ReportView;

/**
 * How a side is drawn: a colour from the Okabe-Ito palette (told apart with colour-blindness) plus
 * a dash pattern and a marker shape, so the sides can also be told apart in black-and-white print.
 */
enum SideStyle {
    FIRST(new Color(0x00, 0x5a, 0x9c), new float[0], Marker.CIRCLE),
    SECOND(new Color(0xc8, 0x52, 0x00), new float[] {5f, 2.5f}, Marker.SQUARE),
    THIRD(new Color(0x00, 0x86, 0x62), new float[] {1.2f, 2.2f}, Marker.TRIANGLE),
    FOURTH(new Color(0xa8, 0x4d, 0x8a), new float[] {6f, 2f, 1.2f, 2f}, Marker.DIAMOND);

    enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND }

    final Color color;
    private final float[] dash;
    private final Marker marker;

    SideStyle(Color color, float[] dash, Marker marker) {
        this.color = color;
        this.dash = dash;
        this.marker = marker;
    }

    /**
     * The style of a side by its place among the model's perspectives, so a side looks the same in
     * every report of the model; more than four sides reuse the styles.
     */
    static SideStyle of(ReportView view, String side) {
        List<String> ids = view.input().model().perspectives().stream().map(Perspective::id).toList();
        int index = Math.max(0, ids.indexOf(side));
        return values()[index % values().length];
    }

    /** Sets the stroke: colour, width and dash pattern. */
    void stroke(PdfContentByte cb, float width) {
        cb.setColorStroke(color);
        cb.setLineWidth(width);
        cb.setLineCap(dash.length == 0 ? PdfContentByte.LINE_CAP_BUTT : PdfContentByte.LINE_CAP_ROUND);
        if (dash.length == 0) {
            cb.setLineDash(0f);
        } else {
            cb.setLineDash(dash, 0f);
        }
    }

    /** Draws this side's marker centred on ({@code x}, {@code y}): white inside, outlined in the side's colour. */
    void mark(PdfContentByte cb, float x, float y, float size) {
        cb.saveState();
        cb.setColorStroke(color);
        cb.setColorFill(Color.WHITE);
        cb.setLineWidth(1.2f);
        cb.setLineDash(0f);
        float r = size / 2;
        switch (marker) {
            case CIRCLE -> cb.circle(x, y, r);
            case SQUARE -> cb.rectangle(x - r * 0.9f, y - r * 0.9f, r * 1.8f, r * 1.8f);
            case TRIANGLE -> {
                cb.moveTo(x, y + r * 1.15f);
                cb.lineTo(x + r * 1.05f, y - r * 0.75f);
                cb.lineTo(x - r * 1.05f, y - r * 0.75f);
                cb.closePath();
            }
            case DIAMOND -> {
                cb.moveTo(x, y + r * 1.2f);
                cb.lineTo(x + r * 1.2f, y);
                cb.lineTo(x, y - r * 1.2f);
                cb.lineTo(x - r * 1.2f, y);
                cb.closePath();
            }
        }
        cb.fillStroke();
        cb.restoreState();
    }
}
