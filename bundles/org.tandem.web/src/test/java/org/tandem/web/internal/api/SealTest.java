package org.tandem.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.web.internal.http.HttpProblem;

class SealTest {

    @Test
    void sealedUntilEveryRequiredSideHasTheMinimumSubmitted() {
        Seal seal = Seal.of(List.of(new PerspectiveProgress("customer", 3, 1, 1, 2, false),
                new PerspectiveProgress("provider", 1, 1, 0, 2, false),
                new PerspectiveProgress("enduser", 0, 0, 0, 2, true)));
        assertTrue(seal.sealed());
        assertEquals(List.of(new Seal.Missing("customer", 1, 2), new Seal.Missing("provider", 0, 2)), seal.missing());
        assertEquals("the results are sealed until every side has enough submitted respondents: customer needs 1 "
                + "more submitted (1 of 2), provider needs 2 more submitted (0 of 2)", seal.message());
        HttpProblem p = assertThrows(HttpProblem.class, seal::check);
        assertEquals(403, p.status());
        assertEquals(seal.message(), p.getMessage());
    }

    @Test
    void openOnceEnoughHaveSubmittedWhateverTheOptionalSidesDid() {
        Seal seal = Seal.of(List.of(new PerspectiveProgress("customer", 2, 0, 2, 2, false),
                new PerspectiveProgress("provider", 3, 1, 2, 2, false),
                new PerspectiveProgress("enduser", 4, 4, 0, 2, true)));
        assertFalse(seal.sealed());
        assertEquals("", seal.message());
        seal.check();
    }

    @Test
    void atLeastOneSubmittedEvenWhenTheModelAsksForNone() {
        Seal seal = Seal.of(List.of(new PerspectiveProgress("customer", 0, 0, 0, 0, false)));
        assertEquals(List.of(new Seal.Missing("customer", 0, 1)), seal.missing());
    }
}
