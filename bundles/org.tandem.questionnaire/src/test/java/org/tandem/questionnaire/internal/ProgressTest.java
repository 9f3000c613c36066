package org.tandem.questionnaire.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.questionnaire.internal.TestModels.CUSTOMER;
import static org.tandem.questionnaire.internal.TestModels.PROVIDER;
import static org.tandem.questionnaire.internal.TestModels.atLeast;
import static org.tandem.questionnaire.internal.TestModels.dimension;
import static org.tandem.questionnaire.internal.TestModels.freeText;
import static org.tandem.questionnaire.internal.TestModels.model;
import static org.tandem.questionnaire.internal.TestModels.scale;
import static org.tandem.questionnaire.internal.TestModels.yesNo;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Progress;

class ProgressTest {

    private final QuestionnaireImpl questionnaire = new QuestionnaireImpl();

    /** For the customer: s (required), f (required, shown from s = 4), t (optional); p is the provider's. */
    private final ValueModel model = model(
            dimension("d1", scale("s"), yesNo("f").showIf(atLeast("s", 4))),
            dimension("d2", freeText("t"), yesNo("p").askedOf(PROVIDER)));

    @Test
    void nothingAnswered() {
        Progress progress = questionnaire.progress(model, CUSTOMER, Map.of());

        assertEquals(new Progress(0, 2, 0, 1), progress, "f is hidden, p not asked");
        assertEquals(0, progress.percent());
        assertFalse(progress.complete());
    }

    @Test
    void aQuestionShownByAnAnswerCounts() {
        Progress progress = questionnaire.progress(model, CUSTOMER, Map.of("s", "5"));

        assertEquals(new Progress(1, 3, 1, 2), progress);
        assertEquals(50, progress.percent());
    }

    @Test
    void everythingAnswered() {
        Progress progress = questionnaire.progress(model, CUSTOMER, Map.of("s", "4", "f", "no", "t", "Fine"));

        assertEquals(new Progress(3, 3, 2, 2), progress);
        assertEquals(100, progress.percent());
        assertTrue(progress.complete());
    }

    @Test
    void answersToHiddenOrUnaskedQuestionsDoNotCount() {
        Progress progress = questionnaire.progress(model, CUSTOMER, Map.of("s", "2", "f", "yes", "p", "yes"));

        assertEquals(new Progress(1, 2, 1, 1), progress);
        assertTrue(progress.complete());
    }

    @Test
    void anyNonBlankAnswerCountsAndBlankDoesNot() {
        assertEquals(new Progress(1, 2, 1, 1), questionnaire.progress(model, CUSTOMER, Map.of("s", "banana")),
                "progress does not check answers");
        assertEquals(new Progress(0, 2, 0, 1), questionnaire.progress(model, CUSTOMER, Map.of("s", " ", "t", "")));
    }

    @Test
    void percentIsRequiredAnsweredRoundedDown() {
        ValueModel three = model(dimension("d1", yesNo("a"), yesNo("b"), yesNo("c"), freeText("t")));

        assertEquals(33, questionnaire.progress(three, CUSTOMER, Map.of("a", "yes", "t", "x")).percent());
        assertEquals(66, questionnaire.progress(three, CUSTOMER, Map.of("a", "yes", "b", "no")).percent());
        assertEquals(100, questionnaire.progress(model(dimension("d1", freeText("t"))), CUSTOMER, Map.of()).percent(),
                "nothing required: complete");
    }
}
