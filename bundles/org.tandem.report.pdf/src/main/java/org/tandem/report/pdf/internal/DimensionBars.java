package org.tandem.report.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;
import org.tandem.api.spi.report.ReportView.Side;

/**
 * Each dimension as a block: its title, band and score, one bar from 0 to 100 per side with the
 * side's score and spread, and the perception gap. A block never breaks across pages, and each
 * page the blocks run onto repeats the column heads.
 */
final class DimensionBars {

    private static final float[] COLUMNS = {2.4f, 4.8f, 1.0f, 1.1f};
    private static final Color TRACK = new Color(0xe6, 0xe9, 0xed);
    private static final float BAR = 7f;

    private final ReportView view;
    private final Page page;
    private final Typography type;

    DimensionBars(ReportView view, Page page) {
        this.view = view;
        this.page = page;
        this.type = page.type;
    }

    void add() {
        page.heading(view.label("dimensions"), 140f);
        page.text(view.label("gap") + ": " + view.label("gap.explained") + " " + view.label("spread") + ": "
                + view.label("spread.explained"), type.small(), 0f, 0f);
        boolean first = true;
        for (Row row : view.dimensions()) {
            PdfPTable block = block(row);
            PdfPTable head = head();
            block.setTotalWidth(page.width());
            head.setTotalWidth(page.width());
            if (page.room(block.getTotalHeight() + head.getTotalHeight() + 4f) || first) {
                page.document.add(head);
            }
            page.document.add(block);
            first = false;
        }
    }

    private PdfPTable head() {
        PdfPTable head = Page.table(COLUMNS);
        head.setSpacingBefore(6f);
        head.addCell(page.cell(view.label("side"), type.small()));
        PdfPCell scale = page.cell("", type.small());
        scale.setCellEvent(new Scale(type.regular));
        head.addCell(scale);
        head.addCell(right(page.cell(view.label("score"), type.small())));
        head.addCell(right(page.cell(view.label("spread"), type.small())));
        return head;
    }

    private PdfPTable block(Row row) {
        PdfPTable block = Page.table(COLUMNS);
        block.setKeepTogether(true);
        Phrase title = new Phrase();
        title.add(new Chunk(type.line(row.title()), type.bold(10.5f, Typography.TEXT)));
        if (!row.bandTitle().isBlank()) {
            title.add(new Chunk("   " + type.line(row.bandTitle()), type.regular(8.5f, Typography.MUTED)));
        }
        if (!row.description().isBlank()) {
            title.add(new Chunk("\n" + type.line(row.description()), type.small()));
        }
        PdfPCell name = Page.cell(title);
        name.setColspan(2);
        PdfPCell score = right(page.cell(row.score() == null ? view.label("not.scored") : view.number(row.score()),
                type.bold(10.5f, Typography.TEXT)));
        score.setColspan(2);
        for (PdfPCell cell : new PdfPCell[] {name, score}) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(Typography.RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingTop(6f);
            block.addCell(cell);
        }
        for (Side side : row.sides()) {
            block.addCell(page.cell(side.title(), type.body()));
            PdfPCell bar = page.cell("", type.body());
            bar.setCellEvent(new Bar(side.score(), SideStyle.of(view, side.id()).color));
            block.addCell(bar);
            block.addCell(right(page.cell(view.number(side.score()), type.bold(9.5f, Typography.TEXT))));
            block.addCell(right(page.cell(view.number(side.spread()), type.regular(9f, Typography.MUTED))));
        }
        if (row.gap() != null) {
            PdfPCell gap = page.cell(view.label("gap") + ": " + view.number(row.gap()), type.small());
            gap.setColspan(4);
            gap.setPaddingBottom(8f);
            block.addCell(gap);
        }
        return block;
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A bar from 0 to 100 with the grid lines of the scale, filled up to the score. */
    private record Bar(Double score, Color color) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
            float x = position.getLeft() + 6f;
            float width = position.getWidth() - 12f;
            float y = position.getTop() - 5f - BAR;
            cb.saveState();
            cb.setColorFill(TRACK);
            cb.rectangle(x, y, width, BAR);
            cb.fill();
            if (score != null) {
                cb.setColorFill(color);
                cb.rectangle(x, y, width * (float) Math.max(0, Math.min(100, score)) / 100f, BAR);
                cb.fill();
            }
            cb.setColorStroke(Color.WHITE);
            cb.setLineWidth(0.75f);
            for (int tick = 20; tick < 100; tick += 20) {
                cb.moveTo(x + width * tick / 100f, y);
                cb.lineTo(x + width * tick / 100f, y + BAR);
            }
            cb.stroke();
            cb.restoreState();
        }
    }

    /** The scale above the bars: 0, 20, ... 100, placed where the bars' grid lines are. */
    private record Scale(BaseFont font) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            float x = position.getLeft() + 6f;
            float width = position.getWidth() - 12f;
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(font, 7f);
            cb.setColorFill(Typography.MUTED);
            for (int tick = 0; tick <= 100; tick += 20) {
                int align = tick == 0 ? Element.ALIGN_LEFT : tick == 100 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER;
                cb.showTextAligned(align, Integer.toString(tick), x + width * tick / 100f, position.getBottom() + 5f, 0);
            }
            cb.endText();
            cb.restoreState();
        }
    }
}
