package org.tandem.report.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The footer of every page: what the report is about on the left, {@code 2 / 4} on the right. The
 * page count is a template filled in when the document closes. One per document.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final Typography type;
    private final String about;
    private PdfTemplate total;

    PageFooter(Typography type, String about) {
        this.type = type;
        this.about = about;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(type.regular.getWidthPoint("0000", SIZE), SIZE + 2f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float y = document.bottomMargin() - 28f;
        cb.saveState();
        cb.setColorStroke(Typography.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y + 12f);
        cb.lineTo(right, y + 12f);
        cb.stroke();
        float reserve = type.regular.getWidthPoint("00", SIZE);
        String number = writer.getPageNumber() + " / ";
        List<String> lines = TextLines.wrap(about, type.regular, SIZE, right - left - 60f);
        cb.beginText();
        cb.setFontAndSize(type.regular, SIZE);
        cb.setColorFill(Typography.MUTED);
        cb.showTextAligned(Element.ALIGN_LEFT, lines.isEmpty() ? "" : lines.get(0) + (lines.size() > 1 ? " …" : ""),
                left, y, 0);
        cb.showTextAligned(Element.ALIGN_RIGHT, number, right - reserve, y, 0);
        cb.endText();
        cb.addTemplate(total, right - reserve, y - 2f);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(type.regular, SIZE);
        total.setColorFill(Typography.MUTED);
        total.showTextAligned(Element.ALIGN_LEFT, Integer.toString(writer.getPageNumber() - 1), 0, 2f, 0);
        total.endText();
    }
}
