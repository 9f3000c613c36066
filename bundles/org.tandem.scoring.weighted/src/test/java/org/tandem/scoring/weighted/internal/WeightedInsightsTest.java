package org.tandem.scoring.weighted.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.tandem.testkit.TestModels.CUSTOMER;
import static org.tandem.testkit.TestModels.PROVIDER;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.testkit.Models;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.TestModels;

/**
 * The example model with expectation and importance questions ({@code examples/insights-model}),
 * scored by hand. agree5 and importance5: 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100.
 */
class WeightedInsightsTest {

    static final ValueModel EXAMPLE = Models.load(Path.of("../../examples/insights-model/insights.model.json"));
    private static final double EPS = 1e-9;

    /**
     * Customer: cooperative 100, transparent 75, end-user focus 25, innovation 25 (proactive 2, frozen
     * 4 reversed); expects the provider at 75 on cooperative; cooperative matters 100 to it.
     * Provider: cooperative 25, transparent 100, end-user focus 25, innovation 100 (5, frozen 1
     * reversed); expects the customer at 25 on cooperative; cooperative matters 25 to it. Every other
     * expectation and importance answer is 3 (50).
     */
    private static ScoreCard card() {
        return new WeightedScoringStrategy().score(TestModels.input(EXAMPLE,
                TestModels.response("c1", CUSTOMER, "coop-both-interests", "5", "coop-savings", "5",
                        "transp-business-model", "4", "transp-goals", "4", "enduser-effective", "2",
                        "enduser-follow-up", "2", "innov-proactive", "2", "innov-frozen", "4",
                        "cooperative-expected", "4", "transparent-expected", "3", "enduser-focus-expected", "3",
                        "innovation-expected", "3", "cooperative-importance", "5", "transparent-importance", "3",
                        "enduser-focus-importance", "3", "innovation-importance", "3"),
                TestModels.response("p1", PROVIDER, "coop-both-interests", "2", "coop-savings", "2",
                        "transp-business-model", "5", "transp-goals", "5", "enduser-effective", "2",
                        "enduser-follow-up", "2", "innov-proactive", "5", "innov-frozen", "1",
                        "cooperative-expected", "2", "transparent-expected", "3", "enduser-focus-expected", "3",
                        "innovation-expected", "3", "cooperative-importance", "2", "transparent-importance", "3",
                        "enduser-focus-importance", "3", "innovation-importance", "3")));
    }

    private static QuadrantPlacement placement(ScoreCard card, String dimension, String perspective) {
        return card.insights().quadrants().stream()
                .filter(q -> q.dimension().equals(dimension) && q.perspective().equals(perspective)).findFirst()
                .orElseThrow();
    }

    @Test
    void scoresCountOnlyThePerformanceQuestions() {
        ScoreCard card = card();
        // (100 + 25) / 2, whatever the expectation (75, 25) and importance (100, 25) answers
        assertEquals(62.5, card.dimension("cooperative").orElseThrow().score(), EPS);
        assertEquals(75, card.dimension("cooperative").orElseThrow().gap(), EPS);
        assertEquals(62.5, card.dimension("innovation").orElseThrow().score(), EPS);
    }

    @Test
    void everyDimensionIsPlacedForBothSides() {
        ScoreCard card = card();
        assertEquals(List.of(Quadrant.BLIND_SPOT, Quadrant.AGREED_STRENGTH, Quadrant.AGREED_WEAKNESS, Quadrant.UNDERVALUED),
                card.insights().quadrantsOf(CUSTOMER).stream().map(QuadrantPlacement::quadrant).toList());
        assertEquals(List.of(Quadrant.UNDERVALUED, Quadrant.AGREED_STRENGTH, Quadrant.AGREED_WEAKNESS, Quadrant.BLIND_SPOT),
                card.insights().quadrantsOf(PROVIDER).stream().map(QuadrantPlacement::quadrant).toList());
    }

    @Test
    void theSidesExpectationsAreSetAgainstWhatTheOtherGave() {
        ScoreCard card = card();
        assertEquals(50, placement(card, "cooperative", CUSTOMER).expectationGap(), EPS); // 75 expected, 25 given
        assertEquals(-75, placement(card, "cooperative", PROVIDER).expectationGap(), EPS); // 25 expected, 100 given
        assertEquals(-50, placement(card, "innovation", CUSTOMER).expectationGap(), EPS); // 50 expected, 100 given
    }

    @Test
    void importanceGapShowsWherePrioritiesDiffer() {
        DimensionImportance cooperative = card().insights().importance().get(0);
        assertEquals("cooperative", cooperative.dimension());
        assertEquals(100, cooperative.importanceOf(CUSTOMER), EPS);
        assertEquals(25, cooperative.importanceOf(PROVIDER), EPS);
        assertEquals(75, cooperative.gap(), EPS);
        assertEquals(0, card().insights().importance().get(1).gap(), EPS);
    }

    @Test
    void theSampleModelWithoutTheNewQuestionsHasNoInsights() {
        ScoreCard card = new WeightedScoringStrategy().score(TestModels.input(ReportFixtures.model(),
                TestModels.response("c1", CUSTOMER, "cooperative.1", "4"), TestModels.response("p1", PROVIDER,
                        "cooperative.1", "2")));
        assertSame(Insights.NONE, card.insights());
        assertNull(card.provenance());
    }
}
