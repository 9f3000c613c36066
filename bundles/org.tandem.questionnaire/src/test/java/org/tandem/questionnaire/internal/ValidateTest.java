package org.tandem.questionnaire.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;

class ValidateTest {

    private static final String REQUIRED = "This question needs an answer.";

    private final QuestionnaireImpl questionnaire = new QuestionnaireImpl();

    /** One question of each type, a provider-only question and a conditional one. */
    private final ValueModel model = model(
            dimension("d1", scale("s"), yesNo("yn"), choice("c", "low", "mid", "high")),
            dimension("d2", number("n", 0.0, 100.0), freeText("t"), yesNo("p").askedOf(PROVIDER),
                    scale("if").showIf(equalsAny("yn", "yes"))));

    @Test
    void validAnswersHaveNoProblems() {
        Map<String, String> answers = Map.of("s", "5", "yn", "yes", "c", "mid", "n", "42.5", "t", "Fine", "if", "1");

        assertEquals(List.of(), questionnaire.validate(model, CUSTOMER, "en", answers, true));
    }

    @Test
    void anAnswerToAnUnknownQuestionNamesTheIdGiven() {
        assertEquals(List.of(problem("nope",
                "There is no question \"nope\" in this questionnaire; answer only the questions on its pages.")),
                validate(Map.of("nope", "1")));
    }

    @Test
    void anAnswerToAQuestionNotAskedOfThePerspective() {
        assertEquals(List.of(problem("p",
                "This question is not asked of respondents answering as Customer; leave it unanswered.")),
                validate(Map.of("p", "yes")));
    }

    @Test
    void anAnswerToAQuestionNotShown() {
        String message = "This question is not shown with your other answers; leave it unanswered or change the"
                + " answer it depends on.";

        assertEquals(List.of(problem("if", message)), validate(Map.of("if", "3")));
        assertEquals(List.of(problem("if", message)), validate(Map.of("yn", "no", "if", "3")));
    }

    @Test
    void scaleAnswersAreWholeNumbersInTheScale() {
        for (String wrong : List.of("0", "6", "3.5", "04", "three", " 3")) {
            assertEquals(List.of(problem("s", "Choose a whole number from 1 to 5.")), validate(Map.of("s", wrong)),
                    wrong);
        }
        assertEquals(List.of(), validate(Map.of("s", "1")));
    }

    @Test
    void yesNoAnswersAreYesOrNo() {
        for (String wrong : List.of("Yes", "ja", "true", "1")) {
            assertEquals(List.of(problem("yn", "Answer \"yes\" or \"no\".")), validate(Map.of("yn", wrong)), wrong);
        }
        assertEquals(List.of(), validate(Map.of("yn", "no")));
    }

    @Test
    void choiceAnswersAreChoiceIds() {
        for (String wrong : List.of("medium", "LOW", "Label low")) {
            assertEquals(List.of(problem("c", "Choose one of: low, mid, high.")), validate(Map.of("c", wrong)),
                    wrong);
        }
    }

    @Test
    void numberAnswersArePlainNumbersInRange() {
        for (String wrong : List.of("abc", "-1", "100.5", "1e2", "NaN", "12,5")) {
            assertEquals(List.of(problem("n", "Enter a number from 0 to 100.")), validate(Map.of("n", wrong)), wrong);
        }
        for (String right : List.of("0", "100", "-0", "99.99")) {
            assertEquals(List.of(), validate(Map.of("n", right)), right);
        }
    }

    @Test
    void numberMessagesSayWhichBoundsThereAre() {
        ValueModel numbers = model(dimension("d1", number("min", 0.5, null), number("max", null, 10.0),
                number("any", null, null)));
        Map<String, String> answers = Map.of("min", "0.4", "max", "11", "any", "ten");

        assertEquals(List.of(
                problem("min", "Enter a number of at least 0.5."),
                problem("max", "Enter a number of at most 10."),
                problem("any", "Enter a number, such as 12 or 3.5.")),
                questionnaire.validate(numbers, CUSTOMER, "en", answers, false));
        assertEquals(List.of(), questionnaire.validate(numbers, CUSTOMER, "en",
                Map.of("min", "0.5", "max", "-3", "any", "1000000"), false));
    }

    @Test
    void textAnswersHaveAtMostTenThousandCharacters() {
        String emoji = "\uD83D\uDE00";

        assertEquals(List.of(), validate(Map.of("t", "x".repeat(10_000))));
        assertEquals(List.of(), validate(Map.of("t", emoji.repeat(10_000))), "characters, not UTF-16 units");
        assertEquals(List.of(problem("t", "Shorten the answer to at most 10000 characters; it has 10001.")),
                validate(Map.of("t", "x".repeat(10_001))));
    }

    @Test
    void requiredShownQuestionsNeedAnAnswerOnSubmitOnly() {
        Map<String, String> answers = Map.of("s", "3", "yn", "yes");

        assertEquals(List.of(), questionnaire.validate(model, CUSTOMER, "en", answers, false));
        assertEquals(List.of(problem("c", REQUIRED), problem("n", REQUIRED), problem("if", REQUIRED)),
                questionnaire.validate(model, CUSTOMER, "en", answers, true),
                "t is optional, p not asked; if is shown because yn is yes");
        assertEquals(List.of(problem("c", REQUIRED), problem("n", REQUIRED)), questionnaire.validate(model,
                CUSTOMER, "en", Map.of("s", "3", "yn", "no"), true), "if is hidden: not required");
    }

    @Test
    void blankAnswersAreUnanswered() {
        Map<String, String> blanks = Map.of("s", "", "yn", "yes", "c", "  ", "n", "50", "p", " ", "if", "\t",
                "nope", "");

        assertEquals(List.of(), questionnaire.validate(model, CUSTOMER, "en", blanks, false));
        assertEquals(List.of(problem("s", REQUIRED), problem("c", REQUIRED), problem("if", REQUIRED)),
                questionnaire.validate(model, CUSTOMER, "en", blanks, true));
    }

    @Test
    void everyProblemInQuestionnaireOrderThenUnknownIdsSorted() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("zz", "1");
        answers.put("t", "x".repeat(10_001));
        answers.put("aa", "1");
        answers.put("s", "9");
        answers.put("p", "yes");

        List<String> order = questionnaire.validate(model, CUSTOMER, "en", answers, true).stream()
                .map(AnswerProblem::question).toList();

        assertEquals(List.of("s", "yn", "c", "n", "t", "p", "aa", "zz"), order);
    }

    @Test
    void swedishMessages() {
        Map<String, String> answers = Map.of("s", "6", "yn", "ja", "c", "x", "n", "-1", "t", "x".repeat(10_001),
                "p", "yes", "if", "2", "nope", "1");
        ValueModel numbers = model(dimension("d1", number("min", 0.5, null), number("max", null, 10.0),
                number("any", null, null), yesNo("r")));

        assertEquals(List.of(
                problem("s", "Välj ett heltal från 1 till 5."),
                problem("yn", "Svara ja (\"yes\") eller nej (\"no\")."),
                problem("c", "Välj ett av alternativen: low, mid, high."),
                problem("n", "Ange ett tal från 0 till 100."),
                problem("t", "Korta svaret till högst 10000 tecken; det har 10001."),
                problem("p", "Den här frågan ställs inte till den som svarar som Kund; lämna den obesvarad."),
                problem("if", "Den här frågan visas inte med dina övriga svar; lämna den obesvarad eller ändra"
                        + " svaret den beror på."),
                problem("nope", "Det finns ingen fråga \"nope\" i den här enkäten; svara bara på frågorna på dess"
                        + " sidor.")),
                questionnaire.validate(model, CUSTOMER, "sv", answers, true));
        assertEquals(List.of(
                problem("min", "Ange ett tal som är minst 0.5."),
                problem("max", "Ange ett tal som är högst 10."),
                problem("any", "Ange ett tal, till exempel 12 eller 3.5."),
                problem("r", "Den här frågan behöver ett svar.")),
                questionnaire.validate(numbers, CUSTOMER, "sv", Map.of("min", "0", "max", "10.1", "any", "x"), true));
    }

    @Test
    void messagesFallBackToTheModelDefaultThenEnglish() {
        Map<String, String> answers = Map.of("q", "maybe");

        assertEquals("Svara ja (\"yes\") eller nej (\"no\").", message(model("sv", dimension("d", yesNo("q"))),
                "de", answers));
        assertEquals("Answer \"yes\" or \"no\".", message(model("en", dimension("d", yesNo("q"))), "de", answers));
        assertEquals("Answer \"yes\" or \"no\".", message(model("fi", dimension("d", yesNo("q"))), "de", answers));
        assertEquals("Answer \"yes\" or \"no\".", message(model("sv", dimension("d", yesNo("q"))), "en", answers));
    }

    private String message(ValueModel model, String language, Map<String, String> answers) {
        return questionnaire.validate(model, CUSTOMER, language, answers, false).get(0).message();
    }

    private List<AnswerProblem> validate(Map<String, String> answers) {
        return questionnaire.validate(model, CUSTOMER, "en", answers, false);
    }

    private static AnswerProblem problem(String question, String message) {
        return new AnswerProblem(question, message);
    }
}
