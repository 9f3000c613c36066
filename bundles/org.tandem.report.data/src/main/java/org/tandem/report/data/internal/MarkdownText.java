package org.tandem.report.data.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as Markdown that reads as typed and can never become markup: no heading, list, code,
 * emphasis, link, table cell border or HTML. Characters that mean something anywhere are
 * backslash-escaped, {@code < > &} become entities, and what means something only at the start of
 * a line ({@code # + - = >}, {@code 1.}, indentation) is escaped or stripped there.
 */
final class MarkdownText {

    /** ASCII punctuation that is markup wherever it stands (CommonMark and GitHub's tables and strikethrough). */
    private static final String ANYWHERE = "\\`*_[]|~";
    private static final String LINE_START = "#+-=";
    private static final Pattern ORDERED = Pattern.compile("\\d{1,9}[.)](\\s.*)?", Pattern.DOTALL);
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private MarkdownText() {
    }

    /** One line of text for a heading, a list item or a table cell: line breaks become spaces. */
    static String inline(String text) {
        return line(LINE_BREAK.matcher(text == null ? "" : text).replaceAll(" "));
    }

    /** A block quote of {@code text}, line by line; a blank line stays a paragraph break. */
    static List<String> quote(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text == null ? "" : text, -1)) {
            String escaped = line(line);
            lines.add(escaped.isEmpty() ? ">" : "> " + escaped);
        }
        return lines;
    }

    private static String line(String text) {
        String line = text.strip();
        StringBuilder md = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> md.append("&lt;");
                case '>' -> md.append("&gt;");
                case '&' -> md.append("&amp;");
                default -> {
                    if (ANYWHERE.indexOf(c) >= 0 || i == 0 && LINE_START.indexOf(c) >= 0 || autolink(line, i)
                            || i > 0 && (c == '.' || c == ')') && ordered(line, i)) {
                        md.append('\\');
                    }
                    md.append(c);
                }
            }
        }
        return md.toString();
    }

    /** The delimiter of {@code 1.} or {@code 1)} opening a line, which would start an ordered list. */
    private static boolean ordered(String line, int i) {
        return ORDERED.matcher(line).matches() && line.substring(0, i).chars().allMatch(Character::isDigit);
    }

    /** The {@code :} of {@code ://} and the {@code .} of {@code www.}, which viewers turn into links. */
    private static boolean autolink(String line, int i) {
        char c = line.charAt(i);
        return c == ':' && line.startsWith("//", i + 1)
                || c == '.' && i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3);
    }
}
