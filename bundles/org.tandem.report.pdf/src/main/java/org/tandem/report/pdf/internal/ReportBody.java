package org.tandem.report.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;

/**
 * The first part of the report: what it is about, the verdict and why, the radar chart, the
 * strengths and what to work on (the action plan and the service levels are {@link RelationshipSection}'s).
 */
final class ReportBody {

    private static final Color NOTE = new Color(0xfd, 0xf3, 0xd8);
    private static final Color NOTE_EDGE = new Color(0x9a, 0x5b, 0x00);

    private final ReportView view;
    private final Page page;
    private final Typography type;

    ReportBody(ReportView view, Page page) {
        this.view = view;
        this.page = page;
        this.type = page.type;
    }

    void title() {
        Relationship relationship = view.input().assessment().relationship();
        page.text(upper("report"), type.bold(8f, Typography.MUTED), 0f, 0f);
        page.text(type.line(view.modelTitle()), type.bold(22f, Typography.ACCENT), 0f, 0f);
        page.text(type.line(relationship.name()), type.regular(14f, Typography.TEXT), 0f, 10f);
        PdfPTable facts = Page.table(1f, 1f, 1f);
        fact(facts, "customer", relationship.customer());
        fact(facts, "provider", relationship.provider());
        fact(facts, "date", view.date());
        page.document.add(facts);
        if (view.preliminary()) {
            PdfPTable note = Page.table(1f);
            note.setSpacingBefore(8f);
            PdfPCell cell = page.cell(view.label("report.preliminary"), type.bold(9.5f, NOTE_EDGE));
            edge(cell, NOTE, NOTE_EDGE);
            note.addCell(cell);
            page.document.add(note);
        }
    }

    private String upper(String key) {
        return view.label(key).toUpperCase(view.locale());
    }

    private void fact(PdfPTable facts, String label, String value) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(view.label(label) + "\n", type.small()));
        phrase.add(new Chunk(type.clean(value), type.bold(10f, Typography.TEXT)));
        PdfPCell cell = Page.cell(phrase);
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(5f);
        facts.addCell(cell);
    }

    private static void edge(PdfPCell cell, Color background, Color edge) {
        cell.setBackgroundColor(background);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3f);
        cell.setBorderColorLeft(edge);
        cell.setPadding(8f);
        cell.setPaddingLeft(10f);
    }

    void verdict() {
        ReportView.VerdictText verdict = view.verdict();
        PdfPTable table = Page.table(7.2f, 2.8f);
        table.setSpacingBefore(14f);
        Phrase left = new Phrase();
        left.add(new Chunk(upper("verdict") + "\n", type.bold(8f, Typography.MUTED)));
        left.add(new Chunk(type.line(verdict.title()) + "\n", type.bold(17f, Typography.ACCENT)));
        if (!verdict.description().isBlank()) {
            left.add(new Chunk(type.clean(verdict.description()) + "\n", type.regular(10f, Typography.TEXT)));
        }
        left.add(new Chunk(type.clean(verdict.why()), type.body()));
        PdfPCell text = Page.cell(left);
        edge(text, Typography.TINT, Typography.ACCENT);
        text.setLeading(0f, 1.35f);
        table.addCell(text);
        Phrase right = new Phrase();
        right.add(new Chunk(view.label("overall") + "\n", type.small()));
        right.add(new Chunk(view.number(view.overall()) + "\n", type.bold(26f, Typography.ACCENT)));
        right.add(new Chunk(view.label("scale"), type.small()));
        PdfPCell score = Page.cell(right);
        score.setBackgroundColor(Typography.TINT);
        score.setPadding(8f);
        score.setHorizontalAlignment(Element.ALIGN_RIGHT);
        score.setLeading(0f, 1.3f);
        table.addCell(score);
        page.add(table);
    }

    void chart() {
        if (view.dimensions().size() < RadarChart.MINIMUM) {
            return;
        }
        Image chart = new RadarChart(view, type).draw(page.writer.getDirectContent(), page.width());
        page.heading(view.label("chart"), chart.getScaledHeight() + 30f);
        PdfPTable table = Page.table(1f);
        PdfPCell cell = new PdfPCell(chart, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
        PdfPCell caption = page.cell(view.label("chart.description") + " " + view.label("scale") + ".", type.small());
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(caption);
        page.add(table);
    }

    void strengthsAndWeaknesses() {
        PdfPTable table = Page.table(1f, 1f);
        table.setSpacingBefore(14f);
        table.addCell(list(view.label("strengths"), view.strengths(), view.label("strengths.none")));
        table.addCell(list(view.label("weaknesses"), view.weaknesses(), view.label("weaknesses.none")));
        page.add(table);
    }

    private PdfPCell list(String title, List<Row> rows, String none) {
        PdfPTable list = Page.table(4f, 1f);
        PdfPCell head = page.cell(title, type.bold(13f, Typography.ACCENT));
        head.setPaddingBottom(6f);
        head.setColspan(2);
        head.setBorder(Rectangle.BOTTOM);
        head.setBorderColor(Typography.RULE);
        head.setBorderWidth(0.5f);
        list.addCell(head);
        if (rows.isEmpty()) {
            PdfPCell empty = page.cell(none, type.small());
            empty.setColspan(2);
            list.addCell(empty);
        }
        for (Row row : rows) {
            String band = row.score() == null ? view.label("not.scored") : type.line(row.bandTitle());
            Phrase name = new Phrase();
            name.add(new Chunk(type.line(row.title()), type.body()));
            name.add(new Chunk(band.isBlank() ? "" : "\n" + band, type.small()));
            list.addCell(Page.cell(name));
            PdfPCell score = page.cell(view.number(row.score()), type.bold(9.5f, Typography.TEXT));
            score.setHorizontalAlignment(Element.ALIGN_RIGHT);
            list.addCell(score);
        }
        PdfPCell cell = new PdfPCell(list);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingRight(12f);
        return cell;
    }
}
