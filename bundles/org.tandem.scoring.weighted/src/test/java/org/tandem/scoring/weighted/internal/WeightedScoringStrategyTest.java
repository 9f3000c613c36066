package org.tandem.scoring.weighted.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.testkit.TestModels.CUSTOMER;
import static org.tandem.testkit.TestModels.ENDUSER;
import static org.tandem.testkit.TestModels.PROVIDER;
import static org.tandem.testkit.TestModels.choice;
import static org.tandem.testkit.TestModels.dimension;
import static org.tandem.testkit.TestModels.freeText;
import static org.tandem.testkit.TestModels.input;
import static org.tandem.testkit.TestModels.model;
import static org.tandem.testkit.TestModels.number;
import static org.tandem.testkit.TestModels.response;
import static org.tandem.testkit.TestModels.scale;
import static org.tandem.testkit.TestModels.yesNo;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.testkit.ScoringStrategyContract;

/**
 * Weighted scoring, every expectation worked out by hand. Scale agree5: 1 = 0, 2 = 25, 3 = 50, 4 = 75,
 * 5 = 100. Bands: supplier 0-40, developing 40-60, partner 60-80 (floor 50), strategic-partner 80-100
 * (floor 65).
 */
class WeightedScoringStrategyTest extends ScoringStrategyContract {

    private static final double EPS = 1e-9;

    /**
     * cooperative (weight 2): c1 scale weight 2 (also asked of the end user), c2 scale reverse, c3 yes/no,
     * c4 text. transparent (weight 1): t1 choice none 0 / some 40 / full 100, t2 number 0-10 weight 3,
     * t3 scale, optional.
     */
    private static final ValueModel MODEL = model(
            dimension("cooperative", 2,
                    scale("c1").weight(2).askedOf(CUSTOMER, PROVIDER, ENDUSER),
                    scale("c2").reverse(),
                    yesNo("c3"),
                    freeText("c4")),
            dimension("transparent", 1,
                    choice("t1", "none", 0, "some", 40, "full", 100),
                    number("t2", 0.0, 10.0).weight(3),
                    scale("t3").optional()));

    /** Three dimensions of one number question each (0-100, so the answer is the score); weights 2, 1, 1. */
    private static final ValueModel THREE = model(
            dimension("cooperative", 2, number("n1", 0.0, 100.0)),
            dimension("transparent", 1, number("n2", 0.0, 100.0)),
            dimension("committed", 1, number("n3", 0.0, 100.0)));

    private final WeightedScoringStrategy strategy = new WeightedScoringStrategy();

    @Override
    protected ScoringStrategy strategy() {
        return new WeightedScoringStrategy();
    }

    private ScoreCard score(ValueModel model, ScoringInput.Answers... responses) {
        return strategy.score(input(model, responses));
    }

    private static DimensionScore dim(ScoreCard card, String id) {
        return card.dimension(id).orElseThrow();
    }

    private static PerspectiveScore side(DimensionScore d, String perspective) {
        return d.perspectives().stream().filter(p -> p.perspective().equals(perspective)).findFirst().orElseThrow();
    }

    private static PerspectiveScore side(ScoreCard card, String perspective) {
        return card.perspectives().stream().filter(p -> p.perspective().equals(perspective)).findFirst().orElseThrow();
    }

    @Test
    void reverseItemIsFlipped() {
        ScoreCard card = score(MODEL,
                // c1 "5" = 100 (weight 2), c2 "5" reversed = 100 - 100 = 0 (weight 1)
                response("c", CUSTOMER, "c1", "5", "c2", "5"),
                // c2 "1" reversed = 100 - 0 = 100
                response("p", PROVIDER, "c2", "1"));
        DimensionScore coop = dim(card, "cooperative");
        // customer: (2*100 + 1*0)/3 = 66.667 (unreversed: (200 + 100)/3 = 100)
        assertEquals(200.0 / 3, coop.scoreOf(CUSTOMER), EPS);
        // provider: 100 (unreversed: 0)
        assertEquals(100, coop.scoreOf(PROVIDER), EPS);
        // dimension: (66.667 + 100)/2 = 83.333
        assertEquals(250.0 / 3, coop.score(), EPS);
    }

    @Test
    void unansweredOptionalQuestionIsLeftOutNotZero() {
        ScoreCard card = score(MODEL,
                // t1 some = 40 (w1), t2 7 -> 70 (w3), t3 unanswered
                response("c", CUSTOMER, "t1", "some", "t2", "7"),
                // t1 some = 40, t2 7 -> 70, t3 "5" = 100
                response("p", PROVIDER, "t1", "some", "t2", "7", "t3", "5"));
        DimensionScore transparent = dim(card, "transparent");
        // customer: (1*40 + 3*70)/4 = 250/4 = 62.5 (t3 as 0: 250/5 = 50)
        assertEquals(62.5, transparent.scoreOf(CUSTOMER), EPS);
        // provider: (40 + 210 + 100)/5 = 350/5 = 70
        assertEquals(70, transparent.scoreOf(PROVIDER), EPS);
        // dimension (62.5 + 70)/2 = 66.25; gap 70 - 62.5 = 7.5
        assertEquals(66.25, transparent.score(), EPS);
        assertEquals(7.5, transparent.gap(), EPS);
    }

    @Test
    void textAnswerIsIgnored() {
        ScoreCard card = score(MODEL,
                // c1 "3" = 50; c4 is text
                response("c", CUSTOMER, "c1", "3", "c4", "A great partner, most of the time"),
                // only text: no scored answer
                response("p", PROVIDER, "c4", "5"));
        DimensionScore coop = dim(card, "cooperative");
        // customer: 2*50/2 = 50 (text as a weight-1 zero would give 100/3 = 33.3)
        assertEquals(new PerspectiveScore(CUSTOMER, 50.0, 0.0, 1), side(coop, CUSTOMER));
        // provider's only answer is text: no score, no scored respondent
        assertEquals(new PerspectiveScore(PROVIDER, null, null, 0), side(coop, PROVIDER));
        // dimension: the customer's 50 alone; no gap with one side scored
        assertEquals(50, coop.score(), EPS);
        assertNull(coop.gap());
        // the card counts both submitted responses; the provider's overall is null
        assertEquals(2, card.respondents());
        assertEquals(new PerspectiveScore(PROVIDER, null, null, 1), side(card, PROVIDER));
    }

    @Test
    void perspectiveWithoutRespondents() {
        ScoreCard card = score(MODEL,
                // cooperative: c1 "4" = 75 (w2), c2 "4" reversed = 25, c3 no = 0
                // transparent: t1 full = 100, t2 10 -> 100 (w3)
                response("c", CUSTOMER, "c1", "4", "c2", "4", "c3", "no", "t1", "full", "t2", "10"));

        DimensionScore coop = dim(card, "cooperative");
        // customer: (2*75 + 25 + 0)/4 = 175/4 = 43.75, one respondent: spread 0
        assertEquals(new PerspectiveScore(CUSTOMER, 43.75, 0.0, 1), side(coop, CUSTOMER));
        // provider: nobody -> score and spread null
        assertEquals(new PerspectiveScore(PROVIDER, null, null, 0), side(coop, PROVIDER));
        // enduser is asked c1, answered by nobody
        assertEquals(new PerspectiveScore(ENDUSER, null, null, 0), side(coop, ENDUSER));
        // dimension = the customer's score; gap needs two sides
        assertEquals(43.75, coop.score(), EPS);
        assertNull(coop.gap());
        assertEquals("developing", coop.band());

        DimensionScore transparent = dim(card, "transparent");
        // customer (1*100 + 3*100)/4 = 100; the end user is not asked transparent: no entry
        assertEquals(100, transparent.score(), EPS);
        assertNull(transparent.gap());
        assertEquals(List.of(CUSTOMER, PROVIDER), transparent.perspectives().stream().map(PerspectiveScore::perspective).toList());

        // overall (2*43.75 + 1*100)/3 = 187.5/3 = 62.5
        assertEquals(62.5, card.overall(), EPS);
        // per perspective: customer 62.5; provider and enduser present with no score and no respondents
        assertEquals(List.of(new PerspectiveScore(CUSTOMER, 62.5, null, 1), new PerspectiveScore(PROVIDER, null, null, 0),
                new PerspectiveScore(ENDUSER, null, null, 0)), card.perspectives());
        // 62.5 reaches partner (floor 50), cooperative 43.75 < 50 -> developing
        assertEquals(new Verdict("developing", List.of("cooperative"), "partner"), card.verdict());
        assertEquals(1, card.respondents());
    }

    @Test
    void singleRespondentHasNoSpread() {
        ScoreCard card = score(MODEL,
                response("c", CUSTOMER, "c1", "2"), // 25
                response("p", PROVIDER, "c1", "4")); // 75
        DimensionScore coop = dim(card, "cooperative");
        assertEquals(new PerspectiveScore(CUSTOMER, 25.0, 0.0, 1), side(coop, CUSTOMER));
        assertEquals(new PerspectiveScore(PROVIDER, 75.0, 0.0, 1), side(coop, PROVIDER));
        // (25 + 75)/2 = 50; gap 75 - 25 = 50
        assertEquals(50, coop.score(), EPS);
        assertEquals(50, coop.gap(), EPS);
    }

    @Test
    void twoRespondentsSpreadAndUnequalSidesCountEqually() {
        ScoreCard card = score(MODEL,
                // c1 5 = 100 (w2), c2 1 reversed = 100, c3 yes = 100 -> 400/4 = 100
                response("c1", CUSTOMER, "c1", "5", "c2", "1", "c3", "yes"),
                // c1 3 = 50 (w2), c2 3 reversed = 50, c3 no = 0 -> (100 + 50 + 0)/4 = 37.5
                response("c2", CUSTOMER, "c1", "3", "c2", "3", "c3", "no"),
                // c1 2 = 25 (w2), c2 2 reversed = 75, c3 yes = 100 -> (50 + 75 + 100)/4 = 56.25
                response("p1", PROVIDER, "c1", "2", "c2", "2", "c3", "yes"));
        DimensionScore coop = dim(card, "cooperative");
        // customer: mean (100 + 37.5)/2 = 68.75; population sd: deviations +-31.25 -> 31.25
        // (sample sd would be sqrt(2 * 31.25^2) = 44.19)
        assertEquals(new PerspectiveScore(CUSTOMER, 68.75, 31.25, 2), side(coop, CUSTOMER));
        assertEquals(new PerspectiveScore(PROVIDER, 56.25, 0.0, 1), side(coop, PROVIDER));
        // each side counts the same: (68.75 + 56.25)/2 = 62.5 (pooled respondents: 193.75/3 = 64.583)
        assertEquals(62.5, coop.score(), EPS);
        // gap 68.75 - 56.25 = 12.5
        assertEquals(12.5, coop.gap(), EPS);
        // card perspectives count submitted responses per side
        assertEquals(2, side(card, CUSTOMER).respondents());
        assertEquals(1, side(card, PROVIDER).respondents());
        assertEquals(3, card.respondents());
    }

    @Test
    void dimensionWeightsAndGapInTheOverall() {
        ScoreCard card = score(MODEL,
                response("c", CUSTOMER, "c1", "4", "t2", "6"),  // cooperative 75, transparent 60
                response("p", PROVIDER, "c1", "2", "t2", "8")); // cooperative 25, transparent 80
        // cooperative (75 + 25)/2 = 50, gap 50; transparent (60 + 80)/2 = 70, gap 20
        assertEquals(50, dim(card, "cooperative").score(), EPS);
        assertEquals(50, dim(card, "cooperative").gap(), EPS);
        assertEquals(70, dim(card, "transparent").score(), EPS);
        assertEquals(20, dim(card, "transparent").gap(), EPS);
        assertEquals("developing", dim(card, "cooperative").band());
        assertEquals("partner", dim(card, "transparent").band());
        // overall (2*50 + 1*70)/3 = 170/3 = 56.667 (unweighted (50 + 70)/2 = 60 would be partner)
        assertEquals(170.0 / 3, card.overall(), EPS);
        // customer (2*75 + 60)/3 = 70; provider (2*25 + 80)/3 = 130/3 = 43.333
        assertEquals(70, side(card, CUSTOMER).score(), EPS);
        assertEquals(130.0 / 3, side(card, PROVIDER).score(), EPS);
        assertEquals(new Verdict("developing", List.of(), "developing"), card.verdict());
    }

    @ParameterizedTest(name = "c1 {0}, t2 {1} -> overall {2} is {3}")
    @CsvSource({
        // c1 scale point, t2 number, expected overall = (2*c1 + t2)/3, its band
        "1, 0, 0, supplier",                  // (2*0 + 0)/3 = 0
        "3, 2, 40, developing",               // (2*50 + 20)/3 = 120/3 = 40: min inclusive
        "3, 8, 60, partner",                  // (2*50 + 80)/3 = 180/3 = 60; cooperative 50 = floor 50 is met
        "4, 9, 80, strategic-partner",        // (2*75 + 90)/3 = 240/3 = 80; 75 and 90 >= floor 65
        "5, 10, 100, strategic-partner"})     // (2*100 + 100)/3 = 100: the last band includes 100
    void bandBoundaries(String c1, String t2, double overall, String band) {
        ScoreCard card = score(MODEL,
                response("c", CUSTOMER, "c1", c1, "t2", t2),
                response("p", PROVIDER, "c1", c1, "t2", t2));
        assertEquals(overall, card.overall(), EPS);
        assertEquals(new Verdict(band, List.of(), band), card.verdict());
    }

    @Test
    void partnerFloorHoldsBackStrategicPartner() {
        ScoreCard card = score(THREE,
                response("c", CUSTOMER, "n1", "95", "n2", "90", "n3", "70"),
                response("p", PROVIDER, "n1", "95", "n2", "90", "n3", "50"));
        // cooperative 95, transparent 90, committed (70 + 50)/2 = 60
        assertEquals(60, dim(card, "committed").score(), EPS);
        // overall (2*95 + 90 + 60)/4 = 340/4 = 85
        assertEquals(85, card.overall(), EPS);
        // 85 reaches strategic-partner (floor 65): committed 60 < 65; partner's floor 50 is met by all -> partner
        assertEquals(new Verdict("partner", List.of("committed"), "strategic-partner"), card.verdict());
    }

    @Test
    void partnerFloorHoldsBackToDeveloping() {
        ScoreCard card = score(THREE,
                response("c", CUSTOMER, "n1", "80", "n2", "75", "n3", "45"),
                response("p", PROVIDER, "n1", "80", "n2", "75", "n3", "45"));
        // overall (2*80 + 75 + 45)/4 = 280/4 = 70: partner, floor 50; committed 45 < 50 -> developing
        assertEquals(70, card.overall(), EPS);
        assertEquals(new Verdict("developing", List.of("committed"), "partner"), card.verdict());
        assertEquals("developing", dim(card, "committed").band());
    }

    @Test
    void unscoredDimensionFailsTheFloor() {
        ScoreCard card = score(THREE,
                response("c", CUSTOMER, "n1", "90", "n2", "90"),
                response("p", PROVIDER, "n1", "90", "n2", "90"));
        // committed unscored: left out of the overall (2*90 + 90)/3 = 90, but it meets no floor:
        // strategic-partner and partner refused -> developing
        assertNull(dim(card, "committed").score());
        assertEquals(90, card.overall(), EPS);
        assertEquals(new Verdict("developing", List.of("committed"), "strategic-partner"), card.verdict());
    }

    @Test
    void noResponsesAtAll() {
        ScoreCard card = score(MODEL);
        assertNull(card.overall());
        assertEquals(new Verdict(null, List.of(), null), card.verdict());
        assertNull(card.level());
        assertEquals(0, card.respondents());
        for (DimensionScore d : card.dimensions()) {
            assertNull(d.score());
            assertNull(d.gap());
            assertNull(d.band());
        }
        assertEquals(List.of(new PerspectiveScore(CUSTOMER, null, null, 0), new PerspectiveScore(PROVIDER, null, null, 0),
                new PerspectiveScore(ENDUSER, null, null, 0)), card.perspectives());
    }

    @Test
    void endUserAnswersOnlyOneDimension() {
        ScoreCard card = score(MODEL,
                response("c", CUSTOMER, "c1", "4", "t2", "5"),  // cooperative 75, transparent 50
                response("p", PROVIDER, "c1", "2", "t2", "7"),  // cooperative 25, transparent 70
                response("e", ENDUSER, "c1", "5"));             // cooperative 100
        DimensionScore coop = dim(card, "cooperative");
        // three sides, each counts the same: (75 + 25 + 100)/3 = 66.667; gap 100 - 25 = 75
        assertEquals(200.0 / 3, coop.score(), EPS);
        assertEquals(75, coop.gap(), EPS);
        assertEquals(new PerspectiveScore(ENDUSER, 100.0, 0.0, 1), side(coop, ENDUSER));
        DimensionScore transparent = dim(card, "transparent");
        // transparent is not asked of the end user: (50 + 70)/2 = 60, gap 20
        assertEquals(List.of(CUSTOMER, PROVIDER), transparent.perspectives().stream().map(PerspectiveScore::perspective).toList());
        assertEquals(60, transparent.score(), EPS);
        assertEquals(20, transparent.gap(), EPS);
        // overall (2*66.667 + 60)/3 = (400/3 + 180/3)/3 = 580/9 = 64.444
        assertEquals(580.0 / 9, card.overall(), EPS);
        // customer (2*75 + 50)/3 = 66.667; provider (2*25 + 70)/3 = 40; enduser: cooperative only, 100
        assertEquals(200.0 / 3, side(card, CUSTOMER).score(), EPS);
        assertEquals(40, side(card, PROVIDER).score(), EPS);
        assertEquals(100, side(card, ENDUSER).score(), EPS);
        // 64.444 is partner; 66.667 and 60 meet floor 50
        assertEquals(new Verdict("partner", List.of(), "partner"), card.verdict());
    }

    @Test
    void cardCarriesNoLevelAndNoProvenance() {
        ScoreCard card = score(MODEL, response("c", CUSTOMER, "c1", "4"));
        assertEquals("a1", card.assessmentId());
        assertNull(card.level());
        assertNull(card.provenance());
        card.dimensions().forEach(d -> assertNull(d.level()));
        assertEquals(List.of("cooperative", "transparent"), card.dimensions().stream().map(DimensionScore::dimension).toList());
    }
}
