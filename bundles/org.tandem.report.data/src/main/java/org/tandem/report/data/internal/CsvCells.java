package org.tandem.report.data.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What both CSV layouts share: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order
 * mark, numbers exactly as in the score card, and text cells that a spreadsheet cannot run as a formula.
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

    /**
     * A number exactly as in the score card: the decimal text {@link Double#toString(double)}
     * gives, which reads back to the same double, but never in exponent notation (a spreadsheet
     * may take {@code 1.0E-5} for text); always with a dot and at least one decimal
     * ({@code 62.0}, {@code 66.66666666666667}, {@code 0.00001}). Empty for none, as in JSON for
     * what is not a finite number.
     */
    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        String text = Double.toString(value);
        if (text.indexOf('E') < 0) {
            return text;
        }
        String plain = new BigDecimal(text).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    /** A count; empty for none. */
    static String count(Integer value) {
        return value == null ? "" : value.toString();
    }
}
