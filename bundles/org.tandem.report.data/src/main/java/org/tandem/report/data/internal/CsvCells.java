package org.tandem.report.data.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What both CSV layouts share: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order
 * mark, numbers with a dot, and text cells that a spreadsheet cannot run as a formula.
 */
final class CsvCells {

    /**
     * Excel reads a UTF-8 file without a byte order mark as the system's code page and garbles
     * å, ä and ö; Commons CSV, pandas and readr skip the mark.
     */
    static final char BOM = '\uFEFF';

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    /**
     * A printer of {@code out} that writes the byte order mark and {@code header} first. Flush it
     * when done; closing it would close {@code out}.
     */
    static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /**
     * A text cell as written: a text a spreadsheet would read as a formula ({@code = + - @}, tab or
     * carriage return first) gets a leading {@code '}, unless it is a plain decimal number; null
     * is empty.
     */
    static String text(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A score with a dot and one decimal, as in the score card; empty for none. */
    static String number(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A count; empty for none. */
    static String count(Integer value) {
        return value == null ? "" : value.toString();
    }
}
