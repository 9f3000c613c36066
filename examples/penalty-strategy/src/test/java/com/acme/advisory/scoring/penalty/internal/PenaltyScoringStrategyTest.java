package com.acme.advisory.scoring.penalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.testkit.ScoringFixtures.input;
import static org.tandem.testkit.ScoringFixtures.model;
import static org.tandem.testkit.ScoringFixtures.response;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.testkit.ScoringFixtures;
import org.tandem.testkit.ScoringStrategyContract;

/**
 * The disagreement penalty, every expectation worked out by hand on the test kit's sample model
 * ({@link ScoringFixtures}): agree5 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100; coop.2 reverse-scored;
 * dimension weights cooperative 2, transparent 1, enduser 1, innovation 1; bands supplier 0-40,
 * developing 40-60, partner 60-80 (floor 50), strategic-partner 80-100 (floor 65). Besides these,
 * the strategy passes the contract every strategy must pass.
 */
class PenaltyScoringStrategyTest extends ScoringStrategyContract {

    private static final double EPS = 1e-9;

    @Override
    protected ScoringStrategy strategy() {
        return new PenaltyScoringStrategy();
    }

    private static ScoreCard score(ScoringInput.Answers... responses) {
        return new PenaltyScoringStrategy().score(input(model(), responses));
    }

    private static DimensionScore dim(ScoreCard card, String id) {
        return card.dimension(id).orElseThrow();
    }

    @ParameterizedTest(name = "gap {0} costs {1}")
    @CsvSource({"0, 0", "25, 0", "26, 0.5", "30, 2.5", "75, 25", "100, 37.5"})
    void penaltyIsHalfTheGapAbove25(double gap, double penalty) {
        assertEquals(penalty, PenaltyScoringStrategy.penalty(gap), EPS);
    }

    @Test
    void noGapNoPenalty() {
        assertEquals(0, PenaltyScoringStrategy.penalty(null), EPS);
    }

    @Test
    void strongDisagreementLowersTheDimensionTheOverallAndTheVerdict() {
        ScoreCard card = score(
                // cooperative: coop.1 5 = 100, coop.2 1 reversed = 100 -> 100
                // transparent: transp.1 4 = 75, yes = 100 -> 87.5; enduser: 3 = 50, some = 50 -> 50; innovation: 6 -> 60
                response("c", "customer", "coop.1", "5", "coop.2", "1", "transp.1", "4", "transp.2", "yes",
                        "enduser.1", "3", "enduser.2", "some", "innov.1", "6"),
                // cooperative: coop.1 2 = 25, coop.2 4 reversed = 25 -> 25
                // transparent 87.5; enduser: 4 = 75, all = 100 -> 87.5; innovation: 9 -> 90
                response("p", "provider", "coop.1", "2", "coop.2", "4", "transp.1", "4", "transp.2", "yes",
                        "enduser.1", "4", "enduser.2", "all", "innov.1", "9"));
        // cooperative: mean (100 + 25)/2 = 62.5, gap 75, penalty (75 - 25)/2 = 25 -> 37.5, supplier
        assertEquals(37.5, dim(card, "cooperative").score(), EPS);
        assertEquals(75, dim(card, "cooperative").gap(), EPS);
        assertEquals("supplier", dim(card, "cooperative").band());
        // transparent: both 87.5, gap 0 -> 87.5, no penalty
        assertEquals(87.5, dim(card, "transparent").score(), EPS);
        assertEquals("strategic-partner", dim(card, "transparent").band());
        // enduser: mean (50 + 87.5)/2 = 68.75, gap 37.5, penalty 6.25 -> 62.5
        assertEquals(62.5, dim(card, "enduser").score(), EPS);
        // innovation: mean (60 + 90)/2 = 75, gap 30, penalty 2.5 -> 72.5
        assertEquals(72.5, dim(card, "innovation").score(), EPS);
        // overall (2*37.5 + 87.5 + 62.5 + 72.5)/5 = 297.5/5 = 59.5: developing
        // (without the penalty: (2*62.5 + 87.5 + 68.75 + 75)/5 = 71.25, partner)
        assertEquals(59.5, card.overall(), EPS);
        assertEquals(new Verdict("developing", List.of(), "developing"), card.verdict());
        // the sides' own scores are not penalised: customer (2*100 + 87.5 + 50 + 60)/5 = 79.5,
        // provider (2*25 + 87.5 + 87.5 + 90)/5 = 63
        assertEquals(79.5, card.perspectives().get(0).score(), EPS);
        assertEquals(63, card.perspectives().get(1).score(), EPS);
        assertEquals(100, dim(card, "cooperative").scoreOf("customer"), EPS);
        assertEquals(25, dim(card, "cooperative").scoreOf("provider"), EPS);
    }

    @Test
    void aGapOf25IsTolerated() {
        ScoreCard card = score(
                response("c", "customer", "coop.1", "4", "coop.2", "2"),  // 75, 2 reversed = 75 -> 75
                response("p", "provider", "coop.1", "3", "coop.2", "3")); // 50, 3 reversed = 50 -> 50
        // mean 62.5, gap exactly 25: no penalty
        assertEquals(25, dim(card, "cooperative").gap(), EPS);
        assertEquals(62.5, dim(card, "cooperative").score(), EPS);
    }

    @Test
    void aPenalisedDimensionHoldsTheVerdictBackBelowItsFloor() {
        ScoreCard card = score(
                // everything at its best: 100 on every dimension
                response("c", "customer", "coop.1", "5", "coop.2", "1", "transp.1", "5", "transp.2", "yes",
                        "enduser.1", "5", "enduser.2", "all", "innov.1", "10"),
                // cooperative at its worst: coop.1 1 = 0, coop.2 5 reversed = 0; 100 elsewhere
                response("p", "provider", "coop.1", "1", "coop.2", "5", "transp.1", "5", "transp.2", "yes",
                        "enduser.1", "5", "enduser.2", "all", "innov.1", "10"));
        // cooperative: mean 50, gap 100, penalty 37.5 -> 12.5
        assertEquals(12.5, dim(card, "cooperative").score(), EPS);
        // overall (2*12.5 + 100 + 100 + 100)/5 = 325/5 = 65: reaches partner, whose floor 50 cooperative misses
        // (without the penalty: (2*50 + 300)/5 = 80 reaches strategic-partner and is held back to partner)
        assertEquals(65, card.overall(), EPS);
        assertEquals(new Verdict("developing", List.of("cooperative"), "partner"), card.verdict());
    }

    @Test
    void aPenaltyNeverTakesAScoreBelowZero() {
        ScoreCard card = score(
                response("c", "customer", "enduser.1", "1", "enduser.2", "none"), // 0
                response("p", "provider", "enduser.1", "1", "enduser.2", "none"), // 0
                response("e", "enduser", "enduser.1", "5"));                      // 100
        // three sides: mean (0 + 0 + 100)/3 = 33.3, gap 100, penalty 37.5 -> below 0, so 0
        assertEquals(0, dim(card, "enduser").score(), EPS);
        assertEquals("supplier", dim(card, "enduser").band());
    }

    @Test
    void oneSideAloneHasNoGapAndNoPenalty() {
        ScoreCard card = score(response("c", "customer", "coop.1", "5", "coop.2", "1"));
        assertNull(dim(card, "cooperative").gap());
        assertEquals(100, dim(card, "cooperative").score(), EPS);
    }
}
