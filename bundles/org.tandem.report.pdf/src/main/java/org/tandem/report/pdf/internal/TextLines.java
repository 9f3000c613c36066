package org.tandem.report.pdf.internal;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/** Breaks a line of text into lines no wider than a width, for text drawn by hand on a chart. */
final class TextLines {

    private TextLines() {
    }

    /** {@code text} in lines of at most {@code width} points; a word wider than that is broken. */
    static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getWidthPoint(rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getWidthPoint(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
