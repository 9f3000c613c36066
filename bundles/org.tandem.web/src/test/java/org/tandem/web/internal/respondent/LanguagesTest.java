package org.tandem.web.internal.respondent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final List<String> MODEL = List.of("sv", "en");

    @Test
    void anExplicitChoiceOfTheModelsLanguagesWins() {
        assertEquals("en", Languages.choose("en", List.of(Locale.forLanguageTag("sv-SE")), MODEL, "sv"));
    }

    @Test
    void elseTheFirstBrowserLanguageTheModelHas() {
        assertEquals("sv", Languages.choose(null, List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("sv-FI"),
                Locale.ENGLISH), MODEL, "en"));
        assertEquals("en", Languages.choose("de", List.of(Locale.forLanguageTag("en-GB")), MODEL, "sv"),
                "a language the model lacks is ignored");
    }

    @Test
    void elseTheModelsDefault() {
        assertEquals("sv", Languages.choose(null, List.of(Locale.FRENCH), MODEL, "sv"));
        assertEquals("sv", Languages.choose("", List.of(), MODEL, "sv"));
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertEquals("Svenska", Languages.name("sv"));
        assertEquals("English", Languages.name("en"));
    }
}
