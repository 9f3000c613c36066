package org.tandem.questionnaire.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.questionnaire.internal.TestModels.CUSTOMER;
import static org.tandem.questionnaire.internal.TestModels.PROVIDER;
import static org.tandem.questionnaire.internal.TestModels.choice;
import static org.tandem.questionnaire.internal.TestModels.dimension;
import static org.tandem.questionnaire.internal.TestModels.equalsAny;
import static org.tandem.questionnaire.internal.TestModels.freeText;
import static org.tandem.questionnaire.internal.TestModels.model;
import static org.tandem.questionnaire.internal.TestModels.number;
import static org.tandem.questionnaire.internal.TestModels.scale;
import static org.tandem.questionnaire.internal.TestModels.yesNo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.api.questionnaire.PageQuestion.Option;

class PagesTest {

    private final QuestionnaireImpl questionnaire = new QuestionnaireImpl();

    @Test
    void onePagePerDimensionAskingThePerspectiveInModelOrder() {
        ValueModel model = model(
                dimension("d1", scale("q1"), yesNo("q2").askedOf(PROVIDER), scale("q3").askedOf(CUSTOMER)),
                dimension("d2", scale("q4").askedOf(PROVIDER)),
                dimension("d3", yesNo("q5")));

        List<Page> customer = questionnaire.pages(model, CUSTOMER, "en", Map.of());
        List<Page> provider = questionnaire.pages(model, PROVIDER, "en", Map.of());

        assertEquals(List.of("d1", "d3"), dimensions(customer), "d2 asks the customer nothing: no page");
        assertEquals(List.of("q1", "q3"), questions(customer.get(0)));
        assertEquals(List.of("d1", "d2", "d3"), dimensions(provider));
        assertEquals(List.of("q1", "q2"), questions(provider.get(0)));
        assertEquals(List.of("q4"), questions(provider.get(1)));
    }

    @Test
    void aPageWhoseQuestionsAreAllHiddenStaysAsAnEmptyPage() {
        ValueModel model = model(dimension("d1", yesNo("a")), dimension("d2", scale("b").showIf(equalsAny("a", "yes"))));

        List<Page> pages = questionnaire.pages(model, CUSTOMER, "en", Map.of("a", "no"));

        assertEquals(List.of("d1", "d2"), dimensions(pages));
        assertEquals(List.of(), questions(pages.get(1)));
    }

    @Test
    void textsInTheRespondentsLanguageAndPerspective() {
        ValueModel model = model(dimension("d1", scale("q1").help("Think of last year.", "Tänk på förra året.")));

        Page sv = questionnaire.pages(model, PROVIDER, "sv", Map.of()).get(0);
        Page en = questionnaire.pages(model, CUSTOMER, "en", Map.of()).get(0);

        assertEquals("Titel d1", sv.title());
        assertEquals("Om d1", sv.description());
        assertEquals("F q1 för provider", sv.questions().get(0).text());
        assertEquals("Tänk på förra året.", sv.questions().get(0).help());
        assertEquals("Title d1", en.title());
        assertEquals("Q q1 for customer", en.questions().get(0).text());
        assertEquals("Think of last year.", en.questions().get(0).help());
    }

    @Test
    void aMissingLanguageFallsBackToTheModelDefault() {
        ValueModel englishDefault = model("en", dimension("d1",
                scale("q1").text(CUSTOMER, LocalizedText.of("en", "Only in English"))));
        ValueModel swedishDefault = model("sv", dimension("d1", scale("q1")));

        PageQuestion missingSv = questionnaire.pages(englishDefault, CUSTOMER, "sv", Map.of()).get(0).questions().get(0);
        Page german = questionnaire.pages(englishDefault, CUSTOMER, "de", Map.of()).get(0);
        Page germanSv = questionnaire.pages(swedishDefault, CUSTOMER, "de", Map.of()).get(0);

        assertEquals("Only in English", missingSv.text());
        assertEquals("", missingSv.help(), "no help: empty, not null");
        assertEquals("Title d1", german.title());
        assertEquals("Titel d1", germanSv.title());
        assertEquals("F q1 för customer", germanSv.questions().get(0).text());
    }

    @Test
    void scaleOptionsAreEveryPointWithItsLabelOrItsNumber() {
        ValueModel model = model(dimension("d1", scale("q1")));

        assertEquals(List.of(new Option("1", "Not at all"), new Option("2", "2"), new Option("3", "3"),
                new Option("4", "4"), new Option("5", "Completely")), options(model, "en"));
        assertEquals(List.of(new Option("1", "Stämmer inte alls"), new Option("2", "2"), new Option("3", "3"),
                new Option("4", "4"), new Option("5", "Stämmer helt")), options(model, "sv"));
    }

    @Test
    void yesNoOptionsInTheLanguageThenTheModelDefaultThenEnglish() {
        List<Option> english = List.of(new Option("yes", "Yes"), new Option("no", "No"));
        List<Option> swedish = List.of(new Option("yes", "Ja"), new Option("no", "Nej"));

        assertEquals(english, options(model("sv", dimension("d1", yesNo("q1"))), "en"));
        assertEquals(swedish, options(model("en", dimension("d1", yesNo("q1"))), "sv"));
        assertEquals(english, options(model("en", dimension("d1", yesNo("q1"))), "de"));
        assertEquals(swedish, options(model("sv", dimension("d1", yesNo("q1"))), "de"));
        assertEquals(english, options(model("fi", dimension("d1", yesNo("q1"))), "de"));
    }

    @Test
    void choiceOptionsAreTheChoicesWithTheirLabels() {
        ValueModel model = model(dimension("d1", choice("q1", "often", "never")));

        assertEquals(List.of(new Option("often", "Label often"), new Option("never", "Label never")),
                options(model, "en"));
        assertEquals(List.of(new Option("often", "Etikett often"), new Option("never", "Etikett never")),
                options(model, "sv"));
    }

    @Test
    void numberQuestionsCarryTheirRangeAndTextQuestionsNothing() {
        ValueModel model = model(dimension("d1", number("n", 0.0, 250.0), number("open", null, null), freeText("t")));

        List<PageQuestion> questions = questionnaire.pages(model, CUSTOMER, "en", Map.of()).get(0).questions();

        assertEquals(QuestionType.NUMBER, questions.get(0).type());
        assertEquals(0.0, questions.get(0).min());
        assertEquals(250.0, questions.get(0).max());
        assertEquals(List.of(), questions.get(0).options());
        assertNull(questions.get(1).min());
        assertNull(questions.get(1).max());
        assertEquals(QuestionType.TEXT, questions.get(2).type());
        assertEquals(List.of(), questions.get(2).options());
        assertTrue(questions.get(0).required());
        assertFalse(questions.get(2).required(), "text questions are optional unless the model says otherwise");
    }

    @Test
    void eachQuestionCarriesItsCurrentAnswerAndBlankIsNone() {
        ValueModel model = model(dimension("d1", scale("q1"), freeText("q2"), yesNo("q3")));

        List<PageQuestion> questions = questionnaire
                .pages(model, CUSTOMER, "en", Map.of("q1", "4", "q2", "   ")).get(0).questions();

        assertEquals("4", questions.get(0).answer());
        assertNull(questions.get(1).answer(), "a blank answer is no answer");
        assertNull(questions.get(2).answer());
    }

    @Test
    void anUnknownPerspectiveIsRefusedNamingTheKnownOnes() {
        ValueModel model = model(dimension("d1", scale("q1")));
        String expected = "Model test@1.0.0 has no perspective \"supplier\"; its perspectives are: customer, provider.";

        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> questionnaire.pages(model, "supplier", "en", Map.of())).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> questionnaire.validate(model, "supplier", "en", Map.of(), true)).getMessage());
        assertEquals(expected, assertThrows(IllegalArgumentException.class,
                () -> questionnaire.progress(model, "supplier", Map.of())).getMessage());
    }

    private List<Option> options(ValueModel model, String language) {
        return questionnaire.pages(model, CUSTOMER, language, Map.of()).get(0).questions().get(0).options();
    }

    static List<String> dimensions(List<Page> pages) {
        return pages.stream().map(Page::dimension).toList();
    }

    static List<String> questions(Page page) {
        return page.questions().stream().map(PageQuestion::id).toList();
    }
}
