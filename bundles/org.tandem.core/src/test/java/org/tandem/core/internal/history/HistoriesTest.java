package org.tandem.core.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.history.Fixtures.assessment;
import static org.tandem.core.internal.history.Fixtures.card;
import static org.tandem.core.internal.history.Fixtures.model;
import static org.tandem.core.internal.history.Fixtures.scored;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.RelationshipHistory.Change;
import org.tandem.api.model.ValueModel;

class HistoriesTest {

    private final ValueModel v1 = model("1.0.0", "coop", "open", "innovation");
    private final ValueModel v2 = model("2.0.0", "coop", "trust", "innovation");

    @Test
    void aFirstAssessmentIsItsOwnHistoryWithNothingChanged() {
        Assessment a = assessment("a", "Acme", "Atea", v1, 1, true);
        RelationshipHistory h = Histories.of(scored(a, v1, card("a", 60.0, "partner", "coop", 50.0, 70.0)), List.of());
        assertTrue(h.first());
        assertEquals(1, h.entries().size());
        assertTrue(h.entries().get(0).live());
        assertEquals(List.of("coop", "open", "innovation"), h.dimensions());
        assertTrue(h.changes().isEmpty());
        assertNull(h.previous());
    }

    @Test
    void changesAreTheCurrentMinusThePreviousPerSideAndDimension() {
        Assessment first = assessment("a", "Acme", "Atea", v1, 1, false);
        Assessment second = assessment("b", "Acme", "Atea", v1, 100, false);
        Assessment now = assessment("c", "Acme", "Atea", v1, 200, true);
        RelationshipHistory h = Histories.of(
                scored(now, v1, card("c", 70.0, "partner", "coop", 60.0, 90.0, "open", null, 40.0)),
                List.of(scored(second, v1, card("b", 50.0, "supplier", "coop", 55.0, 77.5, "open", 20.0, 30.0)),
                        scored(first, v1, card("a", 40.0, "supplier", "coop", 10.0, 10.0))));
        assertEquals(List.of("a", "b", "c"), h.entries().stream().map(e -> e.assessmentId()).toList());
        assertFalse(h.entries().get(1).live());
        assertTrue(h.entries().get(2).live());
        // provider: 90 - 77.5 = +12.5; customer: 60 - 55 = +5; both: 75 - 66.25 = +8.75
        assertEquals(new Change("coop", "provider", 77.5, 90.0, 12.5), change(h, "coop", "provider"));
        assertEquals(new Change("coop", "customer", 55.0, 60.0, 5.0), change(h, "coop", "customer"));
        assertEquals(8.75, change(h, "coop", null).delta());
        // the customer scored "open" last time (20) but not now: no change can be given
        assertEquals(new Change("open", "customer", 20.0, null, null), change(h, "open", "customer"));
        // "innovation" was scored by nobody in either: no delta
        assertNull(change(h, "innovation", "provider").delta());
        assertEquals(10.0, h.entries().get(0).score("coop", "customer"));
    }

    @Test
    void versionsAreComparedOnlyOnTheDimensionsTheyShare() {
        Assessment old = assessment("a", "Acme", "Atea", v1, 1, false);
        Assessment now = assessment("b", "Acme", "Atea", v2, 100, false);
        RelationshipHistory h = Histories.of(
                scored(now, v2, card("b", 70.0, "partner", "coop", 80.0, 80.0, "trust", 60.0, 60.0,
                        "innovation", 50.0, 40.0)),
                List.of(scored(old, v1, card("a", 50.0, "supplier", "coop", 60.0, 70.0, "open", 50.0, 50.0,
                        "innovation", 30.0, 30.0))));
        assertEquals(List.of("coop", "innovation"), h.dimensions());
        assertEquals(2, h.leftOut().size());
        assertEquals(new RelationshipHistory.LeftOut("open", List.of("partnership@2.0.0")), h.leftOut().stream()
                .filter(l -> l.dimension().equals("open")).findFirst().orElseThrow());
        assertEquals(new RelationshipHistory.LeftOut("trust", List.of("partnership@1.0.0")), h.leftOut().stream()
                .filter(l -> l.dimension().equals("trust")).findFirst().orElseThrow());
        assertTrue(h.changes().stream().noneMatch(c -> c.dimension().equals("trust") || c.dimension().equals("open")));
        assertEquals(20.0, change(h, "coop", "customer").delta());
        assertEquals(10.0, change(h, "innovation", "provider").delta());
        // entries carry only the compared dimensions
        assertEquals(2, h.entries().get(0).dimensions().size());
    }

    @Test
    void openAssessmentsAndThoseClosedWithoutACardAreSkippedAndSaySo() {
        Assessment unpublished = assessment("a", "Acme", "Atea", v1, 1, false);
        Assessment open = assessment("b", "Acme", "Atea", v1, 50, true);
        Assessment sealed = assessment("s", "Acme", "Atea", v1, 60, false);
        Assessment now = assessment("c", "Acme", "Atea", v1, 100, false);
        RelationshipHistory h = Histories.of(scored(now, v1, card("c", 60.0, "partner", "coop", 60.0, 60.0)),
                List.of(scored(open, v1, null), scored(unpublished, v1, null),
                        scored(sealed, v1, Fixtures.sealedCard("s"))));
        assertTrue(h.first());
        assertEquals(List.of("unpublished", "open", "sealed"), h.skipped().stream().map(s -> s.reason()).toList());
        assertFalse(h.entries().get(0).live(), "a closed current assessment shows its published card");
    }

    @Test
    void aRelationshipIsTheSameCustomerAndProviderWhateverTheCaseAndSpaces() {
        assertEquals(HistoryService.relationshipKey("ACME  Retail", "Northwind IT"),
                HistoryService.relationshipKey(" acme retail ", "northwind\tit"));
        assertFalse(HistoryService.relationshipKey("Acme", "Atea").equals(HistoryService.relationshipKey("Atea", "Acme")));
        assertFalse(HistoryService.relationshipKey("Acme", "Atea").equals(HistoryService.relationshipKey("Acme AB", "Atea")));
    }

    private static Change change(RelationshipHistory h, String dimension, String perspective) {
        return h.changes().stream().filter(c -> c.dimension().equals(dimension)
                && java.util.Objects.equals(c.perspective(), perspective)).findFirst().orElseThrow();
    }
}
