package org.tandem.questionnaire.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The texts this bundle writes itself (answer problems, yes/no labels), in Swedish and English.
 * A language without texts falls back to the model's default language, then to English, the same
 * way model texts fall back, so one page does not mix more languages than it must.
 */
final class Messages {

    /** The texts, by purpose; arguments are {@code %s} placeholders filled in order. */
    enum Key {
        UNKNOWN_QUESTION, NOT_ASKED, NOT_SHOWN, SCALE, YES_NO, CHOICE, NUMBER, NUMBER_RANGE, NUMBER_AT_LEAST,
        NUMBER_AT_MOST, TEXT_TOO_LONG, REQUIRED, YES, NO
    }

    private static final String ENGLISH = "en";

    private static final Map<String, Map<Key, String>> TEXTS = Map.of(
            ENGLISH, Map.ofEntries(
                    Map.entry(Key.UNKNOWN_QUESTION,
                            "There is no question \"%s\" in this questionnaire; answer only the questions on its pages."),
                    Map.entry(Key.NOT_ASKED,
                            "This question is not asked of respondents answering as %s; leave it unanswered."),
                    Map.entry(Key.NOT_SHOWN, "This question is not shown with your other answers; leave it"
                            + " unanswered or change the answer it depends on."),
                    Map.entry(Key.SCALE, "Choose a whole number from %s to %s."),
                    Map.entry(Key.YES_NO, "Answer \"yes\" or \"no\"."),
                    Map.entry(Key.CHOICE, "Choose one of: %s."),
                    Map.entry(Key.NUMBER, "Enter a number, such as 12 or 3.5."),
                    Map.entry(Key.NUMBER_RANGE, "Enter a number from %s to %s."),
                    Map.entry(Key.NUMBER_AT_LEAST, "Enter a number of at least %s."),
                    Map.entry(Key.NUMBER_AT_MOST, "Enter a number of at most %s."),
                    Map.entry(Key.TEXT_TOO_LONG, "Shorten the answer to at most %s characters; it has %s."),
                    Map.entry(Key.REQUIRED, "This question needs an answer."),
                    Map.entry(Key.YES, "Yes"),
                    Map.entry(Key.NO, "No")),
            "sv", Map.ofEntries(
                    Map.entry(Key.UNKNOWN_QUESTION,
                            "Det finns ingen fråga \"%s\" i den här enkäten; svara bara på frågorna på dess sidor."),
                    Map.entry(Key.NOT_ASKED,
                            "Den här frågan ställs inte till den som svarar som %s; lämna den obesvarad."),
                    Map.entry(Key.NOT_SHOWN, "Den här frågan visas inte med dina övriga svar; lämna den obesvarad"
                            + " eller ändra svaret den beror på."),
                    Map.entry(Key.SCALE, "Välj ett heltal från %s till %s."),
                    Map.entry(Key.YES_NO, "Svara ja (\"yes\") eller nej (\"no\")."),
                    Map.entry(Key.CHOICE, "Välj ett av alternativen: %s."),
                    Map.entry(Key.NUMBER, "Ange ett tal, till exempel 12 eller 3.5."),
                    Map.entry(Key.NUMBER_RANGE, "Ange ett tal från %s till %s."),
                    Map.entry(Key.NUMBER_AT_LEAST, "Ange ett tal som är minst %s."),
                    Map.entry(Key.NUMBER_AT_MOST, "Ange ett tal som är högst %s."),
                    Map.entry(Key.TEXT_TOO_LONG, "Korta svaret till högst %s tecken; det har %s."),
                    Map.entry(Key.REQUIRED, "Den här frågan behöver ett svar."),
                    Map.entry(Key.YES, "Ja"),
                    Map.entry(Key.NO, "Nej")));

    private final Map<Key, String> texts;

    private Messages(Map<Key, String> texts) {
        this.texts = texts;
    }

    /** The texts in {@code language}, else in {@code fallback} (the model's default), else in English. */
    static Messages in(String language, String fallback) {
        Map<Key, String> texts = language == null ? null : TEXTS.get(language);
        if (texts == null && fallback != null) {
            texts = TEXTS.get(fallback);
        }
        return new Messages(texts == null ? TEXTS.get(ENGLISH) : texts);
    }

    String get(Key key, Object... args) {
        return String.format(Locale.ROOT, texts.get(key), args);
    }

    /** {@code value} as the stored answers write it: {@code 5}, {@code 2.5}, never {@code 5.0} or {@code 1E+2}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
