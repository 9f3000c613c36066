package org.tandem.report.pdf.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it, lines separated by {@code \n} on every platform. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        }
    }

    /** {@code text} as one line: words a line break split at a hyphen joined again, whitespace as one space. */
    static String flat(String text) {
        return text.replace("-\n", "-").replaceAll("\\s+", " ");
    }
}
