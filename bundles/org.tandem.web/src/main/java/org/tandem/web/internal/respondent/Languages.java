package org.tandem.web.internal.respondent;

import java.util.List;
import java.util.Locale;

/**
 * The language a respondent reads: one of the model's languages. An explicit choice ({@code ?lang=},
 * carried in every link and form so it sticks across pages) wins; else the first of the browser's
 * Accept-Language that the model has; else the model's default language.
 */
final class Languages {

    private Languages() {
    }

    static String choose(String asked, List<Locale> browser, List<String> offered, String fallback) {
        if (asked != null && offered.contains(asked)) {
            return asked;
        }
        for (Locale locale : browser) {
            String language = locale.getLanguage();
            if (offered.contains(language)) {
                return language;
            }
        }
        return offered.contains(fallback) || offered.isEmpty() ? fallback : offered.get(0);
    }

    /** The language's own name, capitalised: "Svenska", "English". */
    static String name(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return language;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
