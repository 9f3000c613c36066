package org.tandem.api.model;

import java.util.Locale;
import java.util.Map;

/**
 * A text in several languages: language tag ({@code "sv"}, {@code "en"}) to text. Every text of
 * a model has this one shape.
 *
 * @param values language tag to text; never null
 * @since 1.0
 */
public record LocalizedText(Map<String, String> values) {

    /** No text. */
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = Map.copyOf(values);
    }

    /** A text in one language. */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * The text in {@code language}, else in {@code fallback}, else any; empty string when there
     * is no text at all. Never null.
     */
    public String get(String language, String fallback) {
        String text = values.get(language);
        if (text == null) {
            text = values.get(fallback);
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /** The text for {@code locale}'s language, falling back as {@link #get(String, String)}. */
    public String get(Locale locale, String fallback) {
        return get(locale.getLanguage(), fallback);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
