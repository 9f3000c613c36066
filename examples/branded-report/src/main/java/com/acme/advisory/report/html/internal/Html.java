package com.acme.advisory.report.html.internal;

import java.util.Locale;

/**
 * An HTML page written element by element. Every text goes through {@link #text} and every
 * attribute value through {@link #open(String, String...)}, both escaped, so nothing a user typed
 * can become markup; only the element names and the page's own style sheet are written as they are.
 * Not thread safe: one per page.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16384);

    /** Opens {@code tag} with attributes given as name, value pairs. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element holding only escaped text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        out.append(escape(text == null ? "" : text));
        return this;
    }

    /** A bar from 0 to 100 that needs neither a script nor a style attribute. */
    Html meter(Double value, String label) {
        if (value == null) {
            return this;
        }
        return open("meter", "min", "0", "max", "100", "low", "40", "high", "60", "optimum", "100",
                "value", String.format(Locale.ROOT, "%.1f", value), "aria-label", label).close("meter");
    }

    /** The page's own constant markup (doctype, style sheet); never anything that came from input. */
    Html constant(String markup) {
        out.append(markup);
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
