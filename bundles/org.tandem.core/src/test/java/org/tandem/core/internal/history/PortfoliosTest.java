package org.tandem.core.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.history.Fixtures.assessment;
import static org.tandem.core.internal.history.Fixtures.card;
import static org.tandem.core.internal.history.Fixtures.model;
import static org.tandem.core.internal.history.Fixtures.scored;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.Portfolio.VerdictCount;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Statistics;
import org.tandem.api.model.ValueModel;
import org.tandem.core.internal.history.Histories.Scored;

class PortfoliosTest {

    private final ValueModel v1 = model("1.0.0", "coop", "open");
    private final ValueModel v2 = model("1.1.0", "coop", "open", "trust");

    /** Relationship i (0-based) scores coop customer 10(i+1), provider 20(i+1); open 50 both. */
    private List<Scored> relationships(int n) {
        List<Scored> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "r" + i;
            list.add(scored(assessment(id, "Customer " + i, "Provider", v1, i, false),
                    v1, card(id, 30.0 + i, i < 2 ? "supplier" : "partner", "coop", 10.0 * (i + 1), 20.0 * (i + 1),
                            "open", 50.0, 50.0)));
        }
        return list;
    }

    @Test
    void membersAreEachRelationshipsNewestClosedAssessmentWithACard() {
        List<Scored> all = new ArrayList<>(relationships(2));
        all.add(scored(assessment("newer", "customer 0", " PROVIDER", v1, 30, false), v1,
                card("newer", 90.0, "partner")));
        all.add(scored(assessment("open", "Customer 1", "Provider", v1, 40, true), v1, null));
        all.add(scored(assessment("nocard", "Customer 1", "Provider", v1, 41, false), v1, null));
        all.add(scored(assessment("sealed", "Customer 1", "Provider", v1, 42, false), v1, Fixtures.sealedCard("x")));
        all.add(scored(assessment("other", "Customer 9", "Provider", model("1.0.0", "x"), 1, false), v1,
                card("other", 1.0, "supplier")));
        List<Scored> members = Portfolios.members("partnership", all);
        assertEquals(List.of("newer", "r1", "other"), members.stream().map(s -> s.assessment().id()).toList());
        assertEquals(1, Portfolios.members("partnership", all.subList(0, 1)).size());
    }

    @Test
    void belowTheMinimumNothingButTheCountIsGiven() {
        Portfolio p = Portfolios.of("partnership", relationships(4), 5);
        assertEquals(4, p.relationships());
        assertFalse(p.shown());
        assertTrue(p.verdicts().isEmpty());
        assertTrue(p.dimensions().isEmpty());
        Portfolio none = Portfolios.of("partnership", List.of(), 5);
        assertNull(none.model());
        assertEquals(0, none.relationships());
    }

    @Test
    void fiveRelationshipsGiveVerdictCountsAndQuartilesPerDimensionAndSide() {
        Portfolio p = Portfolios.of("partnership", relationships(5), 5);
        assertTrue(p.shown());
        assertEquals(List.of(new VerdictCount("supplier", 2), new VerdictCount("partner", 3)), p.verdicts());
        Portfolio.DimensionStatistics coop = p.dimensions().get(0);
        // dimension scores (10+20)/2 = 15, 30, 45, 60, 75: quartiles at positions 1, 2, 3
        assertEquals(new Statistics(5, 30, 45, 60), coop.score());
        assertEquals(new Statistics(5, 20, 30, 40), coop.perspectives().get(0).score());
        assertEquals(new Statistics(5, 40, 60, 80), coop.perspectives().get(1).score());
        assertEquals(new Statistics(5, 50, 50, 50), p.dimensions().get(1).score());
    }

    @Test
    void versionsCountTogetherAndADimensionOnlyNewerOnesHaveNeedsTheMinimumOfItsOwn() {
        List<Scored> members = new ArrayList<>(relationships(5));
        members.set(4, scored(assessment("r4", "Customer 4", "Provider", v2, 4, false), v2,
                card("r4", 34.0, "partner", "coop", 50.0, 100.0, "open", 50.0, 50.0, "trust", 80.0, 80.0)));
        Portfolio p = Portfolios.of("partnership", members, 5);
        assertEquals("1.1.0", p.model().version());
        assertEquals(List.of("1.0.0", "1.1.0"), p.versions());
        assertEquals(3, p.dimensions().size());
        assertEquals(new Statistics(5, 30, 45, 60), p.dimensions().get(0).score());
        assertNull(p.dimensions().get(2).score(), "only one relationship scored trust");
        assertTrue(p.dimensions().get(2).perspectives().isEmpty());
    }

    @Test
    void aStandingIsThePercentileRankAmongTheOthersAndTheGroupsQuartiles() {
        List<Scored> others = relationships(4); // coop 15, 30, 45, 60; overall 30..33
        Scored own = scored(assessment("me", "Me", "Provider", v1, 9, true), v1,
                card("me", 31.0, "partner", "coop", 40.0, 50.0));
        Standing s = Portfolios.standing(own, others, 5).orElseThrow();
        assertEquals(5, s.relationships());
        // overall 31 among 30, 31, 32, 33: 1 below + half a tie = 1.5 of 4
        assertEquals(37.5, s.overall().percentileRank());
        Standing.Position coop = s.dimensions().get(0);
        assertEquals(45, coop.score());
        // coop 45 among 15, 30, 45, 60: 2.5 of 4; the group 15 30 45 45 60
        assertEquals(62.5, coop.percentileRank());
        assertEquals(new Statistics(5, 30, 45, 45), coop.group());
        // "open" the own card lacks: no position
        assertEquals(1, s.dimensions().size());
        assertTrue(Portfolios.standing(own, relationships(3), 5).isEmpty());
        assertTrue(Portfolios.standing(scored(own.assessment(), v1, null), others, 5).isEmpty());
    }
}
