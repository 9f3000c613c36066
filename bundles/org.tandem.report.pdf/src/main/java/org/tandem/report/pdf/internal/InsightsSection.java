package org.tandem.report.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.ImportanceRow;
import org.tandem.api.spi.report.ReportView.QuadrantRow;
import org.tandem.api.spi.report.ReportView.SideImportance;

/** The insights: per side a quadrant chart beside its dimensions by quadrant; then importance versus performance. */
final class InsightsSection {

    /** Blind spots first: the list reads in the order a reader should act on it. */
    private static final List<Quadrant> ORDER = java.util.Arrays.asList(Quadrant.BLIND_SPOT, Quadrant.UNDERVALUED,
            Quadrant.AGREED_WEAKNESS, Quadrant.AGREED_STRENGTH, null);

    private final ReportView view;
    private final Page page;
    private final Typography type;

    InsightsSection(ReportView view, Page page) {
        this.view = view;
        this.page = page;
        this.type = page.type;
    }

    void quadrants() {
        List<String> sides = view.quadrantSides();
        if (sides.isEmpty()) {
            return;
        }
        page.heading(view.label("insights"), QuadrantChart.HEIGHT + 60f);
        String explained = view.label("insights.explained", view.number(view.insights().threshold()));
        if (!view.insights().expectations()) {
            explained += " " + view.label("insights.expectations.none");
        }
        page.text(explained, type.small(), 0f, 4f);
        List<String> order = view.dimensions().stream().map(ReportView.Row::id).toList();
        for (String side : sides) {
            List<QuadrantRow> rows = view.quadrants(side);
            PdfPTable table = Page.table(QuadrantChart.WIDTH, page.width() - QuadrantChart.WIDTH);
            table.setSpacingBefore(8f);
            PdfPCell title = page.cell(view.label("insights.chart", view.perspectiveTitle(side),
                    rows.get(0).counterpartTitle()), type.bold(10.5f, Typography.TEXT));
            title.setColspan(2);
            title.setBorder(Rectangle.TOP);
            title.setBorderColor(Typography.RULE);
            title.setBorderWidth(0.5f);
            title.setPaddingTop(6f);
            table.addCell(title);
            Image chart = new QuadrantChart(view, type).draw(page.writer.getDirectContent(), side, order);
            PdfPCell left = new PdfPCell(chart, false);
            left.setBorder(Rectangle.NO_BORDER);
            table.addCell(left);
            table.addCell(list(side, rows.get(0).counterpartTitle(), order));
            page.add(table);
        }
    }

    private PdfPCell list(String side, String counterpart, List<String> order) {
        Phrase phrase = new Phrase();
        for (Quadrant q : ORDER) {
            List<QuadrantRow> rows = view.quadrants(side, q);
            if (rows.isEmpty()) {
                continue;
            }
            String key = q == null ? "quadrant.none" : "quadrant." + q.name();
            phrase.add(new Chunk(view.label(key), type.bold(9f, q == Quadrant.BLIND_SPOT ? QuadrantChart.BLIND
                    : Typography.TEXT)));
            phrase.add(new Chunk(" (" + view.label(key + ".explained") + ")\n", type.small()));
            for (QuadrantRow r : rows) {
                String number = q == null ? "" : (order.indexOf(r.dimension()) + 1) + "  ";
                phrase.add(new Chunk(number + type.line(r.title()), type.bold(8.5f, Typography.TEXT)));
                String scores = ": " + view.label("insights.own", view.number(r.own())) + ", " + type.line(counterpart)
                        + " " + view.number(r.other());
                if (r.expected() != null) {
                    scores += ", " + view.label("insights.expected", view.number(r.expected()));
                }
                phrase.add(new Chunk(scores, type.regular(8.5f, Typography.TEXT)));
                if (r.misjudged()) {
                    phrase.add(new Chunk(" (" + view.label("insights.misjudged") + ")", type.bold(8.5f, QuadrantChart.BLIND)));
                }
                phrase.add(new Chunk("\n", type.regular(8.5f, Typography.TEXT)));
            }
            phrase.add(new Chunk("\n", type.regular(4f, Typography.TEXT)));
        }
        PdfPCell cell = Page.cell(phrase);
        cell.setPaddingLeft(10f);
        cell.setLeading(0f, 1.3f);
        return cell;
    }

    void importance() {
        List<ImportanceRow> rows = view.importance();
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.sides().forEach(s -> {
            if (!columns.contains(s.id())) {
                columns.add(s.id());
            }
        }));
        page.heading(view.label("importance"), 40f + rows.size() * 22f);
        page.text(view.label("importance.explained"), type.small(), 0f, 4f);
        float[] widths = new float[2 + 2 * columns.size()];
        widths[0] = 3.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        widths[widths.length - 1] = 1.3f;
        PdfPTable table = Page.table(widths);
        table.setHeaderRows(2);
        head(table, view.label("dimension"), 1, 2, Element.ALIGN_LEFT);
        columns.forEach(c -> head(table, view.perspectiveTitle(c), 2, 1, Element.ALIGN_CENTER));
        head(table, view.label("importance.gap"), 1, 2, Element.ALIGN_RIGHT);
        columns.forEach(c -> {
            head(table, view.label("importance.value"), 1, 1, Element.ALIGN_RIGHT);
            head(table, view.label("score"), 1, 1, Element.ALIGN_RIGHT);
        });
        for (ImportanceRow row : rows) {
            Phrase name = new Phrase(type.line(row.title()), type.body());
            if (row.prioritiesDiffer()) {
                name.add(new Chunk("\n" + view.label("importance.differ"), type.bold(8f, QuadrantChart.BLIND)));
            }
            table.addCell(rule(Page.cell(name)));
            for (String c : columns) {
                SideImportance s = row.sides().stream().filter(x -> x.id().equals(c)).findFirst().orElse(null);
                table.addCell(number(s == null ? "" : view.number(s.importance()), type.bold(9f, Typography.TEXT)));
                table.addCell(number(s == null ? "" : view.number(s.score()), type.regular(9f, Typography.MUTED)));
            }
            table.addCell(number(view.number(row.gap()), type.bold(9f, Typography.TEXT)));
        }
        page.add(table);
    }

    private void head(PdfPTable table, String text, int colspan, int rowspan, int align) {
        PdfPCell cell = page.cell(text, type.bold(8f, Typography.MUTED));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(rule(cell));
    }

    private PdfPCell number(String text, com.lowagie.text.Font font) {
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
