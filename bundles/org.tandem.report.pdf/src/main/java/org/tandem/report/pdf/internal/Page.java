package org.tandem.report.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The page a report is written on, with the building blocks its sections share: headings that
 * never end up alone at the bottom of a page, tables that move to the next page whole rather than
 * break, and plain cells.
 */
final class Page {

    /** Room a heading needs below it, so it does not stand alone at the bottom of a page. */
    private static final float HEADING_ROOM = 90f;

    final Document document;
    final PdfWriter writer;
    final Typography type;

    Page(Document document, PdfWriter writer, Typography type) {
        this.document = document;
        this.writer = writer;
        this.type = type;
    }

    /** The width between the margins. */
    float width() {
        return document.right() - document.left();
    }

    /** A section heading, on a new page when less than {@code room} points (at least a few lines) are left. */
    void heading(String text, float room) {
        room(Math.max(HEADING_ROOM, room) + 34f);
        text(type.line(text), type.bold(13f, Typography.ACCENT), 14f, 4f);
    }

    /** A smaller heading inside a section. */
    void subheading(String text) {
        room(60f);
        text(type.line(text), type.bold(10.5f, Typography.TEXT), 8f, 1f);
    }

    /**
     * Adds text across the page. It is a one-cell table, like the content around it, so that it
     * comes in reading order when the text is extracted or read aloud.
     */
    void text(String text, Font font, float before, float after) {
        PdfPTable table = table(1f);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell(text, font));
        document.add(table);
    }

    /** Adds {@code table} on this page if it fits, else on the next (when it fits on one page at all). */
    void add(PdfPTable table) {
        table.setTotalWidth(width() * table.getWidthPercentage() / 100f);
        float height = table.getTotalHeight();
        if (height < document.top() - document.bottom()) {
            room(height + 2f);
        }
        document.add(table);
    }

    /** Starts a new page when fewer than {@code points} are left on this one. Returns whether it did. */
    boolean room(float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
            return true;
        }
        return false;
    }

    /** A table of {@code widths} (relative) across the page, without borders. */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.setSplitLate(false);
        return table;
    }

    /** A borderless cell holding {@code text}, cleaned for the fonts. */
    PdfPCell cell(String text, Font font) {
        return cell(new Phrase(type.clean(text), font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(3f);
        cell.setPaddingBottom(4f);
        cell.setLeading(0f, 1.25f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

}
