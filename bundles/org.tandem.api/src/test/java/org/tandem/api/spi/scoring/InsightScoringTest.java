package org.tandem.api.spi.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.api.spi.scoring.TestModels.CUSTOMER;
import static org.tandem.api.spi.scoring.TestModels.PROVIDER;
import static org.tandem.api.spi.scoring.TestModels.dimension;
import static org.tandem.api.spi.scoring.TestModels.input;
import static org.tandem.api.spi.scoring.TestModels.model;
import static org.tandem.api.spi.scoring.TestModels.pairedModel;
import static org.tandem.api.spi.scoring.TestModels.response;
import static org.tandem.api.spi.scoring.TestModels.scale;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;

/**
 * Quadrants, expectation gaps and importance worked out by hand. agree5: 1 = 0, 2 = 25, 3 = 50,
 * 4 = 75, 5 = 100; high means above 50.
 */
class InsightScoringTest {

    private static final double EPS = 1e-9;

    /** Dimensions a-d with one performance question each; a and b also ask expectation and importance. */
    private static ValueModel paired() {
        return pairedModel(
                dimension("a", 1, scale("pa"), scale("ea").role(QuestionRole.EXPECTATION),
                        scale("ia").role(QuestionRole.IMPORTANCE)),
                dimension("b", 1, scale("pb"), scale("eb").role(QuestionRole.EXPECTATION),
                        scale("ib").role(QuestionRole.IMPORTANCE)),
                dimension("c", 1, scale("pc")),
                dimension("d", 1, scale("pd")));
    }

    /** Two customers, one provider. */
    private static ScoringInput answered(ValueModel model) {
        return input(model,
                response("c1", CUSTOMER, "pa", "5", "pb", "5", "pc", "3", "pd", "1", "ea", "4", "eb", "4", "ia", "5", "ib", "4"),
                response("c2", CUSTOMER, "pa", "4", "pb", "5", "pc", "3", "pd", "2", "ea", "2", "eb", "5", "ia", "5", "ib", "4"),
                response("p1", PROVIDER, "pa", "4", "pb", "2", "pc", "4", "pd", "2", "ea", "5", "eb", "2", "ia", "3", "ib", "4"));
    }

    private static Insights insights(ScoringInput input) {
        return InsightScoring.insights(input, DimensionScoring.score(input));
    }

    private static QuadrantPlacement placement(Insights insights, String dimension, String perspective) {
        return insights.quadrants().stream().filter(q -> q.dimension().equals(dimension)
                && q.perspective().equals(perspective)).findFirst().orElseThrow();
    }

    @Test
    void eachSideIsPlacedAgainstItsCounterpart() {
        Insights insights = insights(answered(paired()));
        // customer: a (4.5 -> 87.5), b 100, c 50, d (1, 2 -> 12.5); provider: a 75, b 25, c 75, d 25
        assertEquals(Quadrant.AGREED_STRENGTH, placement(insights, "a", CUSTOMER).quadrant());
        assertEquals(Quadrant.BLIND_SPOT, placement(insights, "b", CUSTOMER).quadrant());
        assertEquals(Quadrant.UNDERVALUED, placement(insights, "b", PROVIDER).quadrant());
        assertEquals(Quadrant.AGREED_WEAKNESS, placement(insights, "d", CUSTOMER).quadrant());
        assertEquals(Quadrant.AGREED_WEAKNESS, placement(insights, "d", PROVIDER).quadrant());
        QuadrantPlacement a = placement(insights, "a", CUSTOMER);
        assertEquals(87.5, a.own(), EPS);
        assertEquals(75, a.other(), EPS);
        assertEquals(PROVIDER, a.counterpart());
        // customer and provider, 4 dimensions each, in dimension order; the end user has no counterpart
        assertEquals(List.of("a", "a", "b", "b", "c", "c", "d", "d"),
                insights.quadrants().stream().map(QuadrantPlacement::dimension).toList());
        assertEquals(50, insights.threshold());
    }

    @Test
    void aScoreExactlyAtTheMidpointIsLow() {
        Insights insights = insights(answered(paired()));
        // customer 3 and 3 on c: exactly 50, not above it; the provider's 75 is high
        assertEquals(50, placement(insights, "c", CUSTOMER).own(), EPS);
        assertEquals(Quadrant.UNDERVALUED, placement(insights, "c", CUSTOMER).quadrant());
        assertEquals(Quadrant.BLIND_SPOT, placement(insights, "c", PROVIDER).quadrant());
        assertEquals(Quadrant.AGREED_WEAKNESS, Quadrant.of(50, 50, 50));
        assertEquals(Quadrant.AGREED_STRENGTH, Quadrant.of(50.01, 50.01, 50));
    }

    @Test
    void expectationGapIsWhatASideExpectedMinusWhatItsCounterpartGave() {
        Insights insights = insights(answered(paired()));
        assertTrue(insights.expectations());
        // customers expected the provider at 75 and 100 on b: 87.5; the provider gave 25
        QuadrantPlacement b = placement(insights, "b", CUSTOMER);
        assertEquals(87.5, b.expected(), EPS);
        assertEquals(62.5, b.expectationGap(), EPS);
        assertTrue(b.misjudged(insights.threshold()));
        // customers expected 75 and 25 on a: 50, not high; the provider gave 75
        QuadrantPlacement a = placement(insights, "a", CUSTOMER);
        assertEquals(50, a.expected(), EPS);
        assertEquals(-25, a.expectationGap(), EPS);
        assertTrue(a.misjudged(insights.threshold()));
        // the provider expected 100 on a, customers gave 87.5: both high
        QuadrantPlacement pa = placement(insights, "a", PROVIDER);
        assertEquals(12.5, pa.expectationGap(), EPS);
        assertFalse(pa.misjudged(insights.threshold()));
        // the provider expected 25 on b, customers gave 100
        assertEquals(-75, placement(insights, "b", PROVIDER).expectationGap(), EPS);
        // no expectation question on c
        assertNull(placement(insights, "c", CUSTOMER).expected());
        assertNull(placement(insights, "c", CUSTOMER).expectationGap());
    }

    @Test
    void expectationAndImportanceAnswersDoNotChangeTheScores() {
        ScoringInput input = answered(paired());
        // a: customer (100 + 75) / 2 = 87.5, provider 75 -> 81.25, whatever the expectation (50) and importance (100)
        assertEquals(81.25, DimensionScoring.score(input).get(0).score(), EPS);
        assertEquals(87.5, DimensionScoring.score(input).get(0).scoreOf(CUSTOMER), EPS);
    }

    @Test
    void importanceOfEachSideAndTheGap() {
        Insights insights = insights(answered(paired()));
        assertEquals(List.of("a", "b"), insights.importance().stream().map(DimensionImportance::dimension).toList());
        DimensionImportance a = insights.importance().get(0);
        assertEquals(100, a.importanceOf(CUSTOMER), EPS);
        assertEquals(50, a.importanceOf(PROVIDER), EPS);
        assertEquals(50, a.gap(), EPS);
        assertEquals(2, a.perspectives().get(0).respondents());
        // the customer puts a above the midpoint, the provider exactly at it: their priorities differ
        assertTrue(a.prioritiesDiffer(insights.threshold()));
        DimensionImportance b = insights.importance().get(1);
        assertEquals(75, b.importanceOf(CUSTOMER), EPS);
        assertEquals(0, b.gap(), EPS);
        assertFalse(b.prioritiesDiffer(insights.threshold()));
    }

    @Test
    void aSideWithoutRespondentsIsNotPlaced() {
        ValueModel model = paired();
        Insights insights = insights(input(model,
                response("c1", CUSTOMER, "pa", "5", "pb", "1", "ea", "4", "ia", "5")));
        QuadrantPlacement customer = placement(insights, "a", CUSTOMER);
        assertEquals(100, customer.own(), EPS);
        assertNull(customer.other());
        assertNull(customer.quadrant());
        assertEquals(75, customer.expected(), EPS);
        assertNull(customer.expectationGap());
        QuadrantPlacement provider = placement(insights, "a", PROVIDER);
        assertNull(provider.own());
        assertNull(provider.quadrant());
        assertNull(provider.expected());
        // one side's importance: no gap
        assertNull(insights.importance().get(0).gap());
        assertNull(insights.importance().get(0).importanceOf(PROVIDER));
    }

    @Test
    void modelWithCounterpartsButNoExpectationQuestionsStillPlacesEverySide() {
        ValueModel model = pairedModel(dimension("a", 1, scale("pa")));
        Insights insights = insights(input(model, response("c1", CUSTOMER, "pa", "5"), response("p1", PROVIDER, "pa", "2")));
        assertFalse(insights.expectations());
        assertEquals(Quadrant.BLIND_SPOT, placement(insights, "a", CUSTOMER).quadrant());
        assertNull(placement(insights, "a", CUSTOMER).expected());
        assertEquals(List.of(), insights.importance());
    }

    @Test
    void modelWithoutCounterpartsOrImportanceHasNoInsights() {
        ValueModel model = model(dimension("a", 1, scale("pa")));
        assertSame(Insights.NONE, insights(input(model, response("c1", CUSTOMER, "pa", "5"),
                response("p1", PROVIDER, "pa", "1"))));
    }

    @Test
    void importanceWithoutCounterpartsStillCounts() {
        ValueModel model = model(dimension("a", 1, scale("pa"), scale("ia").role(QuestionRole.IMPORTANCE)));
        Insights insights = insights(input(model, response("c1", CUSTOMER, "pa", "5", "ia", "2"),
                response("p1", PROVIDER, "pa", "1", "ia", "5")));
        assertEquals(List.of(), insights.quadrants());
        assertEquals(75, insights.importance().get(0).gap(), EPS);
    }
}
