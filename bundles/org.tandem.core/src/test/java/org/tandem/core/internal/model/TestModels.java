package org.tandem.core.internal.model;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;

/** The models the tests read, write and validate: as documents (test resources) and as records. */
final class TestModels {

    static final String MINIMAL = "models/minimal.model.json";

    private TestModels() {
    }

    /** A test resource as text. */
    static String resource(String name) {
        try (InputStream in = TestModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, mutable copy of the minimal document. */
    static JsonObject minimalDocument() {
        return JsonParser.parseString(resource(MINIMAL)).getAsJsonObject();
    }

    /** Swedish and English text. */
    static LocalizedText t(String sv, String en) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sv", sv);
        values.put("en", en);
        return new LocalizedText(values);
    }

    /** Text per perspective. */
    static Map<String, LocalizedText> asked(Object... perspectiveAndText) {
        Map<String, LocalizedText> text = new LinkedHashMap<>();
        for (int i = 0; i < perspectiveAndText.length; i += 2) {
            text.put((String) perspectiveAndText[i], (LocalizedText) perspectiveAndText[i + 1]);
        }
        return text;
    }

    /** {@code minimal.model.json} as the records it must read into, with every default spelled out. */
    static ValueModel minimal() {
        List<Perspective> perspectives = List.of(
                new Perspective("customer", t("Kund", "Customer"), LocalizedText.EMPTY, false),
                new Perspective("provider", t("Leverantör", "Provider"), t("Den som levererar.", "The side that delivers."),
                        true));
        Scale agree5 = new Scale("agree5", 1, 5, Map.of(
                1, t("Stämmer inte alls", "Not at all"),
                5, t("Stämmer helt", "Completely")));
        List<Band> bands = List.of(
                new Band("supplier", 0, 50, t("Leverantör", "Supplier"), LocalizedText.EMPTY, null),
                new Band("partner", 50, 100, t("Partner", "Partner"), t("Ni är partner.", "You are partners."), 40.0));
        Dimension cooperative = new Dimension("cooperative", t("Samarbete", "Cooperation"), LocalizedText.EMPTY, 1,
                List.of(
                        new Question("coop-interests", QuestionType.SCALE, asked(
                                "customer", t("Vår leverantör ser till båda parters intressen.",
                                        "Our provider looks after both sides' interests."),
                                "provider", t("Vi ser till båda parters intressen.", "We look after both sides' interests.")),
                                t("Tänk på det senaste året.", "Think of the last year."), "agree5", List.of(), null, null,
                                1, false, true, null),
                        new Question("coop-plan", QuestionType.YES_NO, asked(
                                "customer", t("Saknas en gemensam plan?", "Is a joint plan missing?"),
                                "provider", t("Saknas en gemensam plan?", "Is a joint plan missing?")),
                                LocalizedText.EMPTY, null, List.of(), null, null, 1, true, true, null),
                        new Question("coop-plan-why", QuestionType.TEXT, asked(
                                "customer", t("Varför saknas den?", "Why is it missing?")),
                                LocalizedText.EMPTY, null, List.of(), null, null, 1, false, false,
                                new Condition("coop-plan", Condition.Operator.EQUALS, List.of("yes")))),
                Map.of("supplier", t("Prata mer.", "Talk more."), "partner", t("Fortsätt så.", "Keep it up.")));
        Dimension transparent = new Dimension("transparent", t("Öppenhet", "Transparency"), LocalizedText.EMPTY, 2,
                List.of(
                        new Question("transp-sharing", QuestionType.CHOICE, asked(
                                "customer", t("Hur ofta delar leverantören sina planer?",
                                        "How often does the provider share its plans?"),
                                "provider", t("Hur ofta delar vi våra planer?", "How often do we share our plans?")),
                                LocalizedText.EMPTY, null, List.of(
                                        new Choice("never", t("Aldrig", "Never"), 0),
                                        new Choice("sometimes", t("Ibland", "Sometimes"), 50),
                                        new Choice("always", t("Alltid", "Always"), 100)),
                                null, null, 3, false, true, null),
                        new Question("transp-meetings", QuestionType.NUMBER, asked(
                                "provider", t("Hur många uppföljningsmöten hade ni i år?",
                                        "How many follow-up meetings did you have this year?")),
                                LocalizedText.EMPTY, null, List.of(), 0.0, 12.0, 1, false, false, null)),
                Map.of("supplier", t("Dela mer.", "Share more."), "partner", t("Dela som nu.", "Share as now.")));
        return new ValueModel(1, "minimal", "1.0.0", t("Minimal modell", "Minimal model"),
                t("En liten modell för tester.", "A small model for tests."), List.of("sv", "en"), "sv", perspectives,
                List.of(agree5), List.of(cooperative, transparent), bands, ScoringSettings.DEFAULT);
    }

    /**
     * A model built in code with every question type, every condition operator ({@code equals} with
     * one value and with several, i.e. {@code in}, {@code atLeast}, {@code atMost}), fractional band
     * bounds and points, a number question with only a minimum and every non-default setting.
     */
    static ValueModel everyKind() {
        List<Perspective> perspectives = List.of(
                new Perspective("customer", t("Kund", "Customer"), t("Köparen.", "The buyer."), false),
                new Perspective("provider", t("Leverantör", "Provider"), LocalizedText.EMPTY, false),
                new Perspective("end-user", t("Slutanvändare", "End user"), LocalizedText.EMPTY, true));
        List<Scale> scales = List.of(
                new Scale("agree7", 1, 7, Map.of(1, t("Nej", "No"), 4, t("Kanske", "Maybe"), 7, t("Ja", "Yes"))),
                new Scale("grade", 0, 10, Map.of()));
        List<Band> bands = List.of(
                new Band("supplier", 0, 33.5, t("Leverantör", "Supplier"), t("Köp och sälj.", "Buy and sell."), null),
                new Band("partner", 33.5, 66.5, t("Partner", "Partner"), LocalizedText.EMPTY, 20.0),
                new Band("strategic", 66.5, 100, t("Strategisk partner", "Strategic partner"), LocalizedText.EMPTY,
                        60.5));
        Dimension first = new Dimension("first", t("Första", "First"), t("Den första.", "The first one."), 1.5,
                List.of(
                        new Question("q-scale", QuestionType.SCALE,
                                asked("customer", t("Skala?", "Scale?"), "provider", t("Skala!", "Scale!"),
                                        "end-user", t("Skala.", "Scale.")),
                                t("Hjälp", "Help"), "agree7", List.of(), null, null, 2, true, false, null),
                        new Question("q-yesno", QuestionType.YES_NO,
                                asked("customer", t("Ja eller nej?", "Yes or no?"), "provider", t("Ja eller nej?", "Yes or no?"),
                                        "end-user", t("Ja eller nej?", "Yes or no?")),
                                LocalizedText.EMPTY, null, List.of(), null, null, 0.5, false, true,
                                new Condition("q-scale", Condition.Operator.AT_LEAST, List.of("4"))),
                        new Question("q-choice", QuestionType.CHOICE,
                                asked("provider", t("Välj", "Choose"), "end-user", t("Välj du", "You choose")),
                                LocalizedText.EMPTY, null, List.of(
                                        new Choice("low", t("Lite", "Little"), 12.5),
                                        new Choice("mid", t("Mitt", "Middle"), 50),
                                        new Choice("high", t("Mycket", "Much"), 100)),
                                null, null, 1, false, true,
                                new Condition("q-yesno", Condition.Operator.EQUALS, List.of("yes")))),
                Map.of("supplier", t("Mer", "More"), "strategic", t("Bra", "Good")));
        Dimension second = new Dimension("second", t("Andra", "Second"), LocalizedText.EMPTY, 1,
                List.of(
                        new Question("q-number", QuestionType.NUMBER,
                                asked("provider", t("Hur många?", "How many?")),
                                LocalizedText.EMPTY, null, List.of(), 1.0, null, 1, false, true,
                                new Condition("q-choice", Condition.Operator.EQUALS, List.of("mid", "high"))),
                        new Question("q-range", QuestionType.NUMBER,
                                asked("provider", t("Procent?", "Percent?")),
                                LocalizedText.EMPTY, null, List.of(), -10.0, 110.5, 1, true, true,
                                new Condition("q-number", Condition.Operator.AT_MOST, List.of("2.5"))),
                        new Question("q-grade", QuestionType.SCALE,
                                asked("end-user", t("Betyg?", "Grade?"), "customer", t("Betyg?", "Grade?"),
                                        "provider", t("Betyg?", "Grade?")),
                                LocalizedText.EMPTY, "grade", List.of(), null, null, 1, false, true, null),
                        new Question("q-text", QuestionType.TEXT,
                                asked("customer", t("Något mer?", "Anything else?"),
                                        "provider", t("Något mer?", "Anything else?")),
                                t("Fritt", "Free"), null, List.of(), null, null, 1, false, false,
                                new Condition("q-grade", Condition.Operator.AT_MOST, List.of("3")))),
                Map.of("partner", t("Ok", "Ok")));
        return new ValueModel(1, "every-kind", "2.3.4-beta", t("Allt", "Everything"), LocalizedText.EMPTY,
                List.of("sv", "en"), "en", perspectives, scales, List.of(first, second), bands,
                new ScoringSettings("median", 3));
    }
}
