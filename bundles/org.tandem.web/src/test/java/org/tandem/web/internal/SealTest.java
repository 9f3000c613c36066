package org.tandem.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.web.internal.http.HttpProblem;

class SealTest {

    private static PerspectiveProgress side(String id, int invited, int submitted, int minimum, boolean optional) {
        return new PerspectiveProgress(id, invited, 0, submitted, minimum, optional);
    }

    @Test
    void sealedUntilEveryRequiredSideHasTheMinimum() {
        Seal seal = Seal.of(List.of(side("customer", 2, 1, 1, false), side("provider", 1, 0, 1, false),
                side("enduser", 0, 0, 1, true)));
        assertTrue(seal.sealed());
        assertEquals(List.of(new Seal.Missing("provider", 0, 1)), seal.missing());
        assertEquals(1, seal.missing().get(0).more());
        assertEquals("the results are sealed until every side has enough submitted respondents: "
                + "provider needs 1 more submitted (0 of 1)", seal.message());
    }

    @Test
    void openWhenEveryRequiredSideHasTheMinimum() {
        Seal seal = Seal.of(List.of(side("customer", 1, 1, 1, false), side("provider", 3, 1, 1, false)));
        assertFalse(seal.sealed());
        assertEquals("", seal.message());
    }

    @Test
    void theModelsMinimumCounts() {
        Seal seal = Seal.of(List.of(side("customer", 5, 2, 3, false), side("provider", 4, 3, 3, false)));
        assertEquals(List.of(new Seal.Missing("customer", 2, 3)), seal.missing());
        assertTrue(seal.message().contains("customer needs 1 more submitted (2 of 3)"), seal.message());
    }

    @Test
    void anOptionalSideNobodySubmittedForIsLeftOutButOnceSomeoneDidItNeedsTheMinimum() {
        assertFalse(Seal.of(List.of(side("customer", 1, 1, 1, false), side("enduser", 4, 0, 1, true))).sealed());
        assertFalse(Seal.of(List.of(side("customer", 1, 1, 1, false), side("enduser", 0, 0, 1, true))).sealed());
        Seal oneOfThree = Seal.of(List.of(side("customer", 3, 3, 3, false), side("enduser", 4, 1, 3, true)));
        assertEquals(List.of(new Seal.Missing("enduser", 1, 3)), oneOfThree.missing(),
                "one end user's answers in a report could be traced back to that person");
        HttpProblem p = assertThrows(HttpProblem.class, oneOfThree::check);
        assertEquals(403, p.status());
        assertEquals(oneOfThree.message(), p.getMessage());
    }

    @Test
    void aMinimumBelowOneCountsAsOne() {
        Seal seal = Seal.of(List.of(side("customer", 0, 0, 0, false)));
        assertEquals(List.of(new Seal.Missing("customer", 0, 1)), seal.missing());
    }

    @Test
    void nobodyInvitedIsSealed() {
        Seal seal = Seal.of(List.of(side("customer", 0, 0, 1, false), side("provider", 0, 0, 1, false)));
        assertEquals(2, seal.missing().size());
        assertTrue(seal.message().endsWith("customer needs 1 more submitted (0 of 1), provider needs 1 more submitted (0 of 1)"),
                seal.message());
    }
}
