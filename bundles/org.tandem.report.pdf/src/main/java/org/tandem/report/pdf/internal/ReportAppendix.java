package org.tandem.report.pdf.internal;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;
import org.tandem.api.spi.report.ReportView.Side;

/** The last part of the report: respondents per side (counts only), comments, and how the report was made. */
final class ReportAppendix {

    private final ReportView view;
    private final Page page;
    private final Typography type;

    ReportAppendix(ReportView view, Page page) {
        this.view = view;
        this.page = page;
        this.type = page.type;
    }

    void respondents() {
        page.heading(view.label("respondents"), 40f + 16f * view.sides().size());
        PdfPTable table = Page.table(3f, 1f);
        table.setWidthPercentage(50f);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (Side side : view.sides()) {
            table.addCell(page.cell(side.title(), type.body()));
            table.addCell(right(page.cell(Integer.toString(side.respondents()), type.body())));
        }
        PdfPCell total = page.cell(view.label("respondents.total"), type.bold(9.5f, Typography.TEXT));
        PdfPCell count = right(page.cell(Integer.toString(view.respondents()), type.bold(9.5f, Typography.TEXT)));
        for (PdfPCell cell : List.of(total, count)) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(Typography.RULE);
            cell.setBorderWidth(0.5f);
            table.addCell(cell);
        }
        page.add(table);
    }

    void comments() {
        List<Row> rows = view.dimensions().stream().filter(r -> !r.comments().isEmpty()).toList();
        List<String> general = view.generalComments();
        page.heading(view.label("comments"), 60f);
        if (rows.isEmpty() && general.isEmpty()) {
            page.text(view.label("comments.none"), type.body(), 0f, 0f);
            return;
        }
        for (Row row : rows) {
            quotes(row.title(), row.comments());
        }
        if (!general.isEmpty()) {
            quotes(view.label("comments.general"), general);
        }
    }

    /** Comments as quotes under a subheading; a long comment may run onto the next page. */
    private void quotes(String title, List<String> comments) {
        page.subheading(title);
        PdfPTable table = Page.table(1f);
        for (String comment : comments) {
            PdfPCell cell = page.cell(comment, type.body());
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(2f);
            cell.setBorderColorLeft(Typography.RULE);
            cell.setPaddingLeft(9f);
            table.addCell(cell);
            PdfPCell space = page.cell("", type.small());
            space.setFixedHeight(4f);
            table.addCell(space);
        }
        page.document.add(table);
    }

    void provenance() {
        ReportView.Origin origin = view.origin();
        page.heading(view.label("provenance"), 80f);
        PdfPTable table = Page.table(1f, 3f);
        row(table, "provenance.model", origin.model());
        row(table, "provenance.strategy", origin.strategy());
        row(table, "provenance.renderer", origin.renderer());
        row(table, "provenance.scored", origin.scoredAt());
        page.add(table);
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(page.cell(view.label(label), type.small()));
        table.addCell(page.cell(value == null || value.isBlank() ? "–" : value, type.regular(8.5f, Typography.TEXT)));
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
