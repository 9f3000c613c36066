package org.tandem.web.internal.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.ActionStatus;

class ActionFormTest {

    static final Set<String> DIMENSIONS = Set.of("innovation", "trust");

    @Test
    void aGoodActionBecomesADraft() {
        ActionForm form = new ActionForm("innovation", " Quarterly innovation day ", " Eva ", "2027-03-31", "");
        assertEquals(Map.of(), form.problems(DIMENSIONS));
        assertEquals(new ActionDraft("innovation", "Quarterly innovation day", "Eva", LocalDate.of(2027, 3, 31),
                ActionStatus.OPEN), form.draft());
        assertEquals(ActionStatus.DONE, new ActionForm("", "x", "y", "", "DONE").draft().status());
    }

    @Test
    void everyProblemIsNamedByItsField() {
        ActionForm form = new ActionForm("pricing", " ", "o".repeat(201), "31/03/2027", "maybe");
        Map<String, ActionForm.Problem> problems = form.problems(DIMENSIONS);
        assertEquals(List.of("dimension", "what", "owner", "due", "status"), List.copyOf(problems.keySet()));
        assertEquals("actions.error.what.missing", problems.get("what").key());
        assertEquals("actions.error.long", problems.get("owner").key());
        assertEquals("31/03/2027", problems.get("due").args()[0]);
    }
}
