package org.tandem.report.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.tandem.api.spi.report.ReportView;

/**
 * The document's metadata, made repeatable: title and language from the report, both dates the
 * moment it was scored, and a file identifier computed from the finished file instead of from
 * the clock.
 */
final class DocumentInfo {

    /** Metadata values are kept short and on one line. */
    private static final int MAXIMUM = 300;

    /** The identifier written first: 16 zero bytes twice, as hex, replaced by {@link #stamp}. */
    private static final byte[] PLACEHOLDER = PdfEncryption.createInfoId(new byte[16], new byte[16]).getBytes();

    private DocumentInfo() {
    }

    /** Title, subject, creator, language; before the document opens. */
    static void describe(Document document, PdfWriter writer, ReportView view, Typography type) {
        document.addTitle(sane(type, view.modelTitle() + " – " + view.input().assessment().relationship().name()));
        document.addSubject(sane(type, view.label("report") + ": " + view.verdict().title()));
        var renderer = view.input().renderer();
        document.addCreator(sane(type, renderer == null ? "Tandem" : "Tandem " + renderer.key()));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(view.language()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    }

    /** Dates and a placeholder identifier; just before the document closes. */
    static void date(PdfWriter writer, Instant scored) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(scored.toEpochMilli());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
        info.put(PdfName.MODDATE, new PdfDate(calendar));
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(new byte[16], new byte[16]));
    }

    /**
     * {@code pdf} with its placeholder identifier (in the trailer, and where OpenPDF reads it from,
     * the info dictionary) replaced by a digest of the file: equal files get equal identifiers.
     */
    static byte[] stamp(byte[] pdf) {
        byte[] id = Arrays.copyOf(digest(pdf), 16);
        byte[] replacement = PdfEncryption.createInfoId(id, id).getBytes();
        byte[] out = pdf.clone();
        int found = 0;
        for (int i = indexOf(out, 0); i >= 0; i = indexOf(out, i + PLACEHOLDER.length)) {
            System.arraycopy(replacement, 0, out, i, replacement.length);
            found++;
        }
        if (found == 0) {
            throw new IllegalStateException("The PDF has no file identifier to replace; OpenPDF has changed how it "
                    + "writes one");
        }
        return out;
    }

    private static int indexOf(byte[] data, int from) {
        outer:
        for (int i = from; i <= data.length - PLACEHOLDER.length; i++) {
            for (int j = 0; j < PLACEHOLDER.length; j++) {
                if (data[i + j] != PLACEHOLDER[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One line without control characters or characters the fonts lack, at most {@value #MAXIMUM} long. */
    private static String sane(Typography type, String text) {
        String line = type.line(text);
        return line.length() <= MAXIMUM ? line : line.substring(0, MAXIMUM - 1) + "…";
    }
}
