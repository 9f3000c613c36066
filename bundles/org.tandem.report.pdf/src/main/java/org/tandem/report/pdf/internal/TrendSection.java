package org.tandem.report.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.TrendView;
import org.tandem.api.spi.report.TrendView.Point;
import org.tandem.api.spi.report.TrendView.Series;

/**
 * The relationship's history (its assessments, what changed since the previous one, per compared
 * dimension a small line chart beside the scores) and where it stands in the portfolio.
 */
final class TrendSection {

    static final float CHART_WIDTH = 96f;
    static final float CHART_HEIGHT = 50f;
    private static final float PAD = 5f;
    private static final Color UP = new Color(0x11, 0x70, 0x3a);

    private final ReportView view;
    private final TrendView trend;
    private final Page page;
    private final Typography type;

    TrendSection(ReportView view, Page page) {
        this.view = view;
        this.trend = TrendView.of(view);
        this.page = page;
        this.type = page.type;
    }

    void history() {
        if (!trend.known()) {
            return;
        }
        page.heading(trend.label("trend.title"), 120f);
        if (trend.first()) {
            page.text(trend.label("trend.first"), type.body(), 0f, 4f);
            return;
        }
        page.text(trend.label("trend.intro"), type.small(), 0f, 4f);
        points();
        page.subheading(trend.label("trend.since", trend.previousDate()));
        List<String> changes = trend.changes();
        page.text(changes.isEmpty() ? trend.label("trend.nochanges") : String.join("\n", changes), type.body(), 0f, 4f);
        for (TrendView.Row row : trend.rows()) {
            dimension(row);
        }
        List<String> leftOut = trend.leftOut();
        if (!leftOut.isEmpty()) {
            page.subheading(trend.label("trend.leftOutTitle"));
            page.text(trend.label("trend.leftOutWhy") + "\n" + String.join("\n", leftOut), type.body(), 0f, 4f);
        }
        List<String> skipped = trend.skipped();
        if (!skipped.isEmpty()) {
            page.text(String.join("\n", skipped), type.small(), 4f, 4f);
        }
    }

    private void points() {
        PdfPTable table = Page.table(1.3f, 3.4f, 1.6f, 1.1f, 2f);
        table.setHeaderRows(1);
        head(table, trend.label("trend.date"), Element.ALIGN_LEFT);
        head(table, trend.label("trend.assessment"), Element.ALIGN_LEFT);
        head(table, trend.label("trend.model"), Element.ALIGN_LEFT);
        head(table, trend.label("trend.overall"), Element.ALIGN_RIGHT);
        head(table, trend.label("trend.verdict"), Element.ALIGN_LEFT);
        for (Point p : trend.points()) {
            Font font = p.current() ? type.bold(9f, Typography.TEXT) : type.regular(9f, Typography.TEXT);
            table.addCell(rule(page.cell(p.date(), font)));
            String name = p.name() + (p.current() ? " (" + trend.label("trend.now") + ")" : "")
                    + (p.live() ? " (" + trend.label("trend.live") + ")" : "");
            table.addCell(rule(page.cell(name, font)));
            table.addCell(rule(page.cell(p.model(), font)));
            table.addCell(number(view.number(p.overall()), font));
            table.addCell(rule(page.cell(p.verdict(), font)));
        }
        page.add(table);
    }

    private void dimension(TrendView.Row row) {
        int n = trend.points().size();
        float[] widths = new float[n + 2];
        widths[0] = 2.2f;
        for (int i = 1; i <= n; i++) {
            widths[i] = 1.2f;
        }
        widths[n + 1] = 1.1f;
        PdfPTable scores = Page.table(widths);
        head(scores, view.label("side"), Element.ALIGN_LEFT);
        trend.points().forEach(p -> head(scores, p.date(), Element.ALIGN_RIGHT));
        head(scores, trend.label("trend.change.column"), Element.ALIGN_RIGHT);
        addRow(scores, row.score(), true);
        row.sides().forEach(s -> addRow(scores, s, false));
        PdfPTable outer = Page.table(CHART_WIDTH + 12f, page.width() - CHART_WIDTH - 12f);
        outer.setSpacingBefore(6f);
        PdfPCell title = page.cell(row.title(), type.bold(10f, Typography.TEXT));
        title.setColspan(2);
        title.setBorder(Rectangle.TOP);
        title.setBorderColor(Typography.RULE);
        title.setBorderWidth(0.5f);
        outer.addCell(title);
        PdfPCell chart = new PdfPCell(chart(row), false);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setPaddingTop(8f);
        outer.addCell(chart);
        PdfPCell right = new PdfPCell(scores);
        right.setBorder(Rectangle.NO_BORDER);
        outer.addCell(right);
        page.add(outer);
    }

    private void addRow(PdfPTable table, Series series, boolean all) {
        Font font = all ? type.bold(9f, Typography.TEXT) : type.regular(9f, Typography.TEXT);
        table.addCell(rule(page.cell(series.title(), font)));
        series.values().forEach(v -> table.addCell(number(view.number(v), font)));
        Double d = series.delta();
        Color colour = d == null || Math.round(d * 10) == 0 ? Typography.TEXT : d > 0 ? UP : QuadrantChart.BLIND;
        table.addCell(number(trend.delta(d), type.bold(9f, colour)));
    }

    /** One line per side over the assessments, 0 at the bottom and 100 at the top, with faint lines at 0, 50, 100. */
    private Image chart(TrendView.Row row) {
        PdfContentByte canvas = page.writer.getDirectContent();
        PdfTemplate t = canvas.createTemplate(CHART_WIDTH, CHART_HEIGHT);
        t.setColorStroke(Typography.RULE);
        t.setLineWidth(0.4f);
        for (int score = 0; score <= 100; score += 50) {
            t.moveTo(PAD, y(score));
            t.lineTo(CHART_WIDTH - PAD, y(score));
        }
        t.stroke();
        int n = trend.points().size();
        for (Series side : row.sides()) {
            SideStyle style = SideStyle.of(view, side.id());
            t.saveState();
            style.stroke(t, 1.3f);
            boolean open = false;
            for (int i = 0; i < n; i++) {
                Double v = side.values().get(i);
                if (v == null || v.isNaN()) {
                    open = false;
                    continue;
                }
                if (open) {
                    t.lineTo(x(i, n), y(v));
                } else {
                    t.moveTo(x(i, n), y(v));
                }
                open = true;
            }
            t.stroke();
            t.restoreState();
            for (int i = 0; i < n; i++) {
                Double v = side.values().get(i);
                if (v != null && !v.isNaN()) {
                    style.mark(t, x(i, n), y(v), 4f);
                }
            }
        }
        try {
            return Image.getInstance(t);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float x(int i, int n) {
        return n < 2 ? CHART_WIDTH / 2 : PAD + i * (CHART_WIDTH - 2 * PAD) / (n - 1);
    }

    private static float y(double score) {
        return PAD + (float) Math.max(0, Math.min(100, score)) / 100f * (CHART_HEIGHT - 2 * PAD);
    }

    void standing() {
        List<TrendView.Position> positions = trend.positions();
        if (positions.isEmpty()) {
            return;
        }
        page.heading(trend.label("standing.title"), 60f + positions.size() * 18f);
        page.text(trend.label("standing.intro", trend.standingGroup()), type.small(), 0f, 4f);
        PdfPTable table = Page.table(3f, 1.1f, 1.1f, 1.8f, 2.4f);
        table.setHeaderRows(1);
        head(table, view.label("dimension"), Element.ALIGN_LEFT);
        head(table, trend.label("standing.score"), Element.ALIGN_RIGHT);
        head(table, trend.label("standing.median"), Element.ALIGN_RIGHT);
        head(table, trend.label("standing.quartiles"), Element.ALIGN_RIGHT);
        head(table, trend.label("standing.rankColumn"), Element.ALIGN_LEFT);
        Font font = type.regular(9f, Typography.TEXT);
        for (TrendView.Position p : positions) {
            table.addCell(rule(page.cell(p.title(), type.bold(9f, Typography.TEXT))));
            table.addCell(number(view.number(p.score()), type.bold(9f, Typography.TEXT)));
            table.addCell(number(view.number(p.group().median()), font));
            table.addCell(number(view.number(p.group().q1()) + " – " + view.number(p.group().q3()), font));
            table.addCell(rule(page.cell(trend.rankText(p.percentileRank()), font)));
        }
        page.add(table);
    }

    private void head(PdfPTable table, String text, int align) {
        PdfPCell cell = page.cell(text, type.bold(8f, Typography.MUTED));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(rule(cell));
    }

    private PdfPCell number(String text, Font font) {
        PdfPCell cell = page.cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return rule(cell);
    }

    private static PdfPCell rule(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }
}
