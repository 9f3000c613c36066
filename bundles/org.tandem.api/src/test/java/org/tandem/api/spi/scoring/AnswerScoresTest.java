package org.tandem.api.spi.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.api.spi.scoring.TestModels.choice;
import static org.tandem.api.spi.scoring.TestModels.dimension;
import static org.tandem.api.spi.scoring.TestModels.freeText;
import static org.tandem.api.spi.scoring.TestModels.model;
import static org.tandem.api.spi.scoring.TestModels.number;
import static org.tandem.api.spi.scoring.TestModels.scale;
import static org.tandem.api.spi.scoring.TestModels.yesNo;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;

class AnswerScoresTest {

    private static final double EPS = 1e-9;

    /** The score of {@code answer} to the only question of a one-question model. */
    private static Optional<Double> score(TestModels.Q question, String answer) {
        ValueModel model = model(dimension("d", 1, question));
        Question q = model.questions().get(0);
        return AnswerScores.score(model, q, answer);
    }

    private static void assertScore(double expected, Optional<Double> actual) {
        assertTrue(actual.isPresent(), "expected a score of " + expected + ", got none");
        assertEquals(expected, actual.get(), EPS);
    }

    // --- scale ---

    @ParameterizedTest
    @CsvSource({
        "1, 0",     // 100 * (1-1)/(5-1) = 0
        "2, 25",    // 100 * (2-1)/4 = 25
        "3, 50",    // 100 * 2/4 = 50
        "4, 75",    // 100 * 3/4 = 75
        "5, 100"})  // 100 * 4/4 = 100
    void scalePointIsPlacedOnItsScale(String answer, double expected) {
        assertScore(expected, score(scale("q"), answer));
    }

    @Test
    void scaleThatDoesNotStartAtOne() {
        // 0-10: 100 * (7-0)/(10-0) = 70
        assertScore(70, score(scale("q").scale("zero10"), "7"));
        // 0-10: 0 is the worst point, 100 * 0/10 = 0
        assertScore(0, score(scale("q").scale("zero10"), "0"));
    }

    @Test
    void sevenPointScale() {
        // 1-7: 100 * (6-1)/(7-1) = 500/6 = 83.333...
        assertScore(500.0 / 6, score(scale("q").scale("agree7"), "6"));
        // 1-7: 100 * (4-1)/6 = 50
        assertScore(50, score(scale("q").scale("agree7"), "4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "4.0", "4.5", "four", "4 points", "+4", "04", "\u0664"})
    void scaleAnswerOutOfRangeOrMalformedIsNotScored(String answer) {
        // on agree5 only "1".."5" are points; "+4", "04" and the Arabic-Indic digit four are not how a point is
        // written (the questionnaire offers and accepts exactly "1".."5")
        assertEquals(Optional.empty(), score(scale("q"), answer));
    }

    @Test
    void scaleAnswerSurroundedByBlanksIsRead() {
        // stripped to "4": 100 * 3/4 = 75
        assertScore(75, score(scale("q"), " 4 "));
    }

    @Test
    void scaleQuestionWithUnknownScaleIsNotScored() {
        assertEquals(Optional.empty(), score(scale("q").scale("no-such-scale"), "4"));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 100",   // 100 - 0
        "2, 75",    // 100 - 25
        "3, 50",    // 100 - 50
        "4, 25",    // 100 - 75
        "5, 0"})    // 100 - 100
    void reverseScaleIsFlipped(String answer, double expected) {
        assertScore(expected, score(scale("q").reverse(), answer));
    }

    // --- unanswered ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "  \n "})
    void unansweredIsNotScoredForAnyType(String answer) {
        assertEquals(Optional.empty(), score(scale("q"), answer));
        assertEquals(Optional.empty(), score(yesNo("q"), answer));
        assertEquals(Optional.empty(), score(choice("q", "a", 0, "b", 100), answer));
        assertEquals(Optional.empty(), score(number("q", 0.0, 10.0), answer));
        assertEquals(Optional.empty(), score(freeText("q"), answer));
        // reverse must not turn "nothing" into 100
        assertEquals(Optional.empty(), score(scale("q").reverse(), answer));
    }

    // --- yes/no ---

    @Test
    void yesIsHundredNoIsZero() {
        assertScore(100, score(yesNo("q"), "yes"));
        assertScore(0, score(yesNo("q"), "no"));
    }

    @Test
    void reverseYesNoIsFlipped() {
        assertScore(0, score(yesNo("q").reverse(), "yes"));   // 100 - 100
        assertScore(100, score(yesNo("q").reverse(), "no"));  // 100 - 0
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes", "NO", "y", "true", "1", "maybe", "ja"})
    void otherYesNoAnswersAreNotScored(String answer) {
        assertEquals(Optional.empty(), score(yesNo("q"), answer));
    }

    // --- choice ---

    @Test
    void choiceScoresItsPoints() {
        TestModels.Q q = choice("q", "none", 0, "some", 40, "most", 72.5, "full", 100);
        assertScore(0, score(q, "none"));
        assertScore(40, score(q, "some"));
        assertScore(72.5, score(q, "most"));
        assertScore(100, score(q, "full"));
    }

    @Test
    void reverseChoiceIsFlipped() {
        TestModels.Q q = choice("q", "none", 0, "some", 40, "most", 72.5).reverse();
        assertScore(100, score(q, "none"));  // 100 - 0
        assertScore(60, score(q, "some"));   // 100 - 40
        assertScore(27.5, score(q, "most")); // 100 - 72.5
    }

    @ParameterizedTest
    @ValueSource(strings = {"other", "Some", "40", "som"})
    void unknownChoiceIsNotScored(String answer) {
        assertEquals(Optional.empty(), score(choice("q", "none", 0, "some", 40), answer));
    }

    // --- number ---

    @ParameterizedTest
    @CsvSource({
        "0, 0",       // 100 * (0-0)/(10-0)
        "4, 40",      // 100 * 4/10
        "2.5, 25",    // 100 * 2.5/10
        "10, 100",    // 100 * 10/10
        "-3, 0",      // below min: clamped to 0 -> 0
        "15, 100",    // above max: clamped to 10 -> 100
        "1000000, 100"})
    void numberIsPlacedOnItsRangeAndClamped(String answer, double expected) {
        assertScore(expected, score(number("q", 0.0, 10.0), answer));
    }

    @Test
    void numberOnARangeThatDoesNotStartAtZero() {
        // -10..10: 100 * (-3.5 - -10)/(10 - -10) = 100 * 6.5/20 = 32.5
        assertScore(32.5, score(number("q", -10.0, 10.0), "-3.5"));
        // 50..150: 100 * (80-50)/100 = 30
        assertScore(30, score(number("q", 50.0, 150.0), "80"));
        // 50..150, below min: clamped to 50 -> 0
        assertScore(0, score(number("q", 50.0, 150.0), "20"));
    }

    @Test
    void reverseNumberIsFlipped() {
        // 100 - 100*4/10 = 60
        assertScore(60, score(number("q", 0.0, 10.0).reverse(), "4"));
        // clamped to 10 first: 100 - 100 = 0
        assertScore(0, score(number("q", 0.0, 10.0).reverse(), "99"));
    }

    @Test
    void numberWithoutAFullRangeIsNotScored() {
        assertEquals(Optional.empty(), score(number("q", null, null), "4"));
        assertEquals(Optional.empty(), score(number("q", 0.0, null), "4"));
        assertEquals(Optional.empty(), score(number("q", null, 10.0), "4"));
        // an empty range (min == max) cannot place anything
        assertEquals(Optional.empty(), score(number("q", 5.0, 5.0), "5"));
        // an inverted range neither
        assertEquals(Optional.empty(), score(number("q", 10.0, 0.0), "5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "3,5", "1e1", "1E1", "NaN", "Infinity", "-Infinity", "0x1p3", "4d", "4f",
        "4.", ".5", "--4", "4 5"})
    void malformedNumberIsNotScored(String answer) {
        // answers are plain decimals (12, -3.5): no exponent, no decimal comma, no Java literal suffixes
        assertEquals(Optional.empty(), score(number("q", 0.0, 10.0), answer));
    }

    // --- text ---

    @Test
    void textIsNeverScored() {
        assertEquals(Optional.empty(), score(freeText("q"), "They are a great partner"));
        assertEquals(Optional.empty(), score(freeText("q"), "5"));
        assertEquals(Optional.empty(), score(freeText("q").reverse(), "yes"));
    }

    @Test
    void questionWithoutTypeIsNotScored() {
        ValueModel model = model(dimension("d", 1, scale("q")));
        Question typeless = new Question("q", null, model.questions().get(0).text(), model.questions().get(0).help(),
                "agree5", java.util.List.of(), null, null, 1, false, true, null);
        assertEquals(Optional.empty(), AnswerScores.score(model, typeless, "4"));
        assertEquals(QuestionType.SCALE, model.questions().get(0).type());
    }
}
