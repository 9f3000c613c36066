package org.tandem.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.testkit.TestModels.CUSTOMER;
import static org.tandem.testkit.TestModels.ENDUSER;
import static org.tandem.testkit.TestModels.choice;
import static org.tandem.testkit.TestModels.dimension;
import static org.tandem.testkit.TestModels.freeText;
import static org.tandem.testkit.TestModels.model;
import static org.tandem.testkit.TestModels.number;
import static org.tandem.testkit.TestModels.scale;
import static org.tandem.testkit.TestModels.yesNo;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;

/** Models built in code are models Tandem accepts, with the defaults the class promises. */
class TestModelsTest {

    @Test
    void aModelBuiltInCodePassesTandemsRules() {
        ValueModel model = model(
                dimension("cooperative", 2, scale("c1").weight(3), scale("c2").reverse().askedOf(CUSTOMER, ENDUSER)),
                dimension("other", 1, yesNo("o1"), choice("o2", "none", 0, "all", 100), number("o3", 0.0, 10.0),
                        freeText("o4")));
        assertEquals("", Models.problems(Models.validate(model)));
        assertEquals("test@1.0.0", model.key());
        assertEquals(List.of("supplier", "developing", "partner", "strategic-partner"),
                model.bands().stream().map(b -> b.id()).toList());

        Question c1 = model.question("c1").orElseThrow();
        assertEquals(QuestionType.SCALE, c1.type());
        assertEquals("agree5", c1.scale());
        assertEquals(3, c1.weight());
        assertTrue(c1.required() && c1.askedOf("customer") && c1.askedOf("provider") && !c1.askedOf(ENDUSER));
        Question c2 = model.question("c2").orElseThrow();
        assertTrue(c2.reverse() && c2.askedOf(ENDUSER) && !c2.askedOf("provider"));
        assertFalse(model.question("o4").orElseThrow().required(), "free text is optional");
        assertEquals(List.of(0.0, 100.0), model.question("o2").orElseThrow().choices().stream().map(c -> c.points()).toList());
    }

    @Test
    void inputsNameAssessmentA1() {
        ValueModel model = model(dimension("d", 1, scale("q")));
        var input = TestModels.input(model, TestModels.response("kim", CUSTOMER, "q", "4"));
        assertEquals("a1", input.assessmentId());
        assertEquals("4", input.responses().get(0).answers().get("q"));
    }
}
