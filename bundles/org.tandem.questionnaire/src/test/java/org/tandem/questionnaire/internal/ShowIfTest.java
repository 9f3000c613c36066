package org.tandem.questionnaire.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.questionnaire.internal.TestModels.CUSTOMER;
import static org.tandem.questionnaire.internal.TestModels.PROVIDER;
import static org.tandem.questionnaire.internal.TestModels.atLeast;
import static org.tandem.questionnaire.internal.TestModels.atMost;
import static org.tandem.questionnaire.internal.TestModels.choice;
import static org.tandem.questionnaire.internal.TestModels.dimension;
import static org.tandem.questionnaire.internal.TestModels.equalsAny;
import static org.tandem.questionnaire.internal.TestModels.freeText;
import static org.tandem.questionnaire.internal.TestModels.model;
import static org.tandem.questionnaire.internal.TestModels.scale;
import static org.tandem.questionnaire.internal.TestModels.yesNo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Condition;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Page;

class ShowIfTest {

    private final QuestionnaireImpl questionnaire = new QuestionnaireImpl();

    /** A (yes/no) shows B (scale) on yes; B shows C, on the next page, from 4 up. */
    private final ValueModel chain = model(
            dimension("d1", yesNo("a"), scale("b").showIf(equalsAny("a", "yes"))),
            dimension("d2", freeText("c").showIf(atLeast("b", 4))));

    @Test
    void aChainOpensOneQuestionAtATime() {
        assertEquals(List.of("a"), shown(chain, Map.of()));
        assertEquals(List.of("a", "b"), shown(chain, Map.of("a", "yes")));
        assertEquals(List.of("a", "b"), shown(chain, Map.of("a", "yes", "b", "3")));
        assertEquals(List.of("a", "b", "c"), shown(chain, Map.of("a", "yes", "b", "4")));
    }

    @Test
    void unansweringTheFirstQuestionHidesTheWholeChain() {
        assertEquals(List.of("a"), shown(chain, Map.of("b", "5", "c", "why")), "a unanswered");
        assertEquals(List.of("a"), shown(chain, Map.of("a", " ", "b", "5", "c", "why")), "a blank");
        assertEquals(List.of("a"), shown(chain, Map.of("a", "no", "b", "5", "c", "why")), "a no longer yes");
    }

    @Test
    void atLeastIncludesItsValue() {
        ValueModel model = model(dimension("d1", scale("s"), yesNo("x").showIf(atLeast("s", 4))));

        assertEquals(List.of("s"), shown(model, Map.of("s", "3")));
        assertEquals(List.of("s", "x"), shown(model, Map.of("s", "4")));
        assertEquals(List.of("s", "x"), shown(model, Map.of("s", "5")));
    }

    @Test
    void atMostIncludesItsValue() {
        ValueModel model = model(dimension("d1", scale("s"), yesNo("x").showIf(atMost("s", 2))));

        assertEquals(List.of("s", "x"), shown(model, Map.of("s", "1")));
        assertEquals(List.of("s", "x"), shown(model, Map.of("s", "2")));
        assertEquals(List.of("s"), shown(model, Map.of("s", "3")));
    }

    @Test
    void equalsMatchesAnyOfItsValues() {
        Condition lowOrMid = equalsAny("level", "low", "mid");
        ValueModel model = model(dimension("d1", choice("level", "low", "mid", "high"), yesNo("x").showIf(lowOrMid)));

        assertEquals(List.of("level", "x"), shown(model, Map.of("level", "low")));
        assertEquals(List.of("level", "x"), shown(model, Map.of("level", "mid")));
        assertEquals(List.of("level"), shown(model, Map.of("level", "high")));
    }

    @Test
    void aConditionOnAQuestionTheRespondentIsNotAskedNeverHolds() {
        ValueModel model = model(dimension("d1", yesNo("a").askedOf(PROVIDER), yesNo("b").showIf(equalsAny("a", "yes"))));

        assertEquals(List.of(), shown(model, Map.of("a", "yes")));
        assertEquals(List.of("a", "b"), questionnaire.pages(model, PROVIDER, "en", Map.of("a", "yes")).stream()
                .flatMap(page -> PagesTest.questions(page).stream()).toList());
    }

    private List<String> shown(ValueModel model, Map<String, String> answers) {
        List<Page> pages = questionnaire.pages(model, CUSTOMER, "en", answers);
        return pages.stream().flatMap(page -> PagesTest.questions(page).stream()).toList();
    }
}
