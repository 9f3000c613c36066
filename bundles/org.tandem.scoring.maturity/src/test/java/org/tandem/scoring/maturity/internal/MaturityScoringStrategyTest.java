package org.tandem.scoring.maturity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.testkit.TestModels.CUSTOMER;
import static org.tandem.testkit.TestModels.PROVIDER;
import static org.tandem.testkit.TestModels.band;
import static org.tandem.testkit.TestModels.dimension;
import static org.tandem.testkit.TestModels.input;
import static org.tandem.testkit.TestModels.model;
import static org.tandem.testkit.TestModels.number;
import static org.tandem.testkit.TestModels.response;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Maturity scoring, every expectation worked out by hand. Levels: 1 below 20, 2 below 40, 3 below 60,
 * 4 below 80, 5 from 80. Bands: supplier 0-40, developing 40-60, partner 60-80 (floor 50),
 * strategic-partner 80-100 (floor 65). Dimensions of one number question 0-100, so an answer is its score.
 */
class MaturityScoringStrategyTest extends ScoringStrategyContract {

    private static final double EPS = 1e-9;

    /** cooperative (weight 2), transparent (1), committed (1). */
    private static final ValueModel THREE = model(
            dimension("cooperative", 2, number("n1", 0.0, 100.0)),
            dimension("transparent", 1, number("n2", 0.0, 100.0)),
            dimension("committed", 1, number("n3", 0.0, 100.0)));

    private static final ValueModel ONE = model(dimension("cooperative", 1, number("n1", 0.0, 100.0)));

    private final MaturityScoringStrategy strategy = new MaturityScoringStrategy();

    @Override
    protected ScoringStrategy strategy() {
        return new MaturityScoringStrategy();
    }

    private ScoreCard score(ValueModel model, ScoringInput.Answers... responses) {
        return strategy.score(input(model, responses));
    }

    /** Customer and provider give the same answers. */
    private ScoreCard bothSay(ValueModel model, String... questionsAndAnswers) {
        return score(model, response("c", CUSTOMER, questionsAndAnswers), response("p", PROVIDER, questionsAndAnswers));
    }

    private static List<Integer> levels(ScoreCard card) {
        return new ArrayList<>(card.dimensions().stream().map(DimensionScore::level).toList());
    }

    @ParameterizedTest(name = "{0} -> level {1}")
    @CsvSource({
        "0, 1",
        "19.999, 1",
        "20, 2",
        "39.99, 2",
        "40, 3",
        "59.999, 3",
        "60, 4",
        "79.99, 4",
        "80, 5",
        "100, 5"})
    void levelBoundaries(double score, int level) {
        assertEquals(level, MaturityScoringStrategy.level(score));
    }

    @ParameterizedTest(name = "answer {0} -> level {1}, {2}")
    @CsvSource({
        // a single dimension: its score is the answer, the relationship's level is its level, the verdict its band
        "0, 1, supplier",
        "19.999, 1, supplier",
        "20, 2, supplier",
        "39.99, 2, supplier",
        "40, 3, developing",
        "60, 4, partner",           // 60 >= partner's floor 50
        "79.99, 4, partner",
        "80, 5, strategic-partner", // 80 >= floor 65
        "100, 5, strategic-partner"})
    void levelsOnTheCard(String answer, int level, String band) {
        ScoreCard card = bothSay(ONE, "n1", answer);
        // dimension (x + x)/2 = x; overall = x
        assertEquals(Double.parseDouble(answer), card.overall(), EPS);
        assertEquals(List.of(level), levels(card));
        assertEquals(level, card.level());
        assertEquals(new Verdict(band, List.of(), band), card.verdict());
    }

    @Test
    void weakestDimensionGatesLevelAndVerdict() {
        ScoreCard card = bothSay(THREE, "n1", "90", "n2", "85", "n3", "35");
        // levels: 90 -> 5, 85 -> 5, 35 -> 2
        assertEquals(List.of(5, 5, 2), levels(card));
        // overall (2*90 + 85 + 35)/4 = 300/4 = 75 is still the weighted index
        assertEquals(75, card.overall(), EPS);
        // the relationship follows its weakest dimension, 35: level 2, verdict supplier (0-40)
        // (weighted scoring would give 75 -> partner held back to developing by committed)
        assertEquals(2, card.level());
        assertEquals(new Verdict("supplier", List.of(), "supplier"), card.verdict());
    }

    @Test
    void weakestDimensionBelowTheIndexBandButAboveItsFloors() {
        ScoreCard card = bothSay(THREE, "n1", "95", "n2", "80", "n3", "70");
        // levels 5, 5, 4; overall (2*95 + 80 + 70)/4 = 340/4 = 85 (strategic-partner by the index)
        assertEquals(List.of(5, 5, 4), levels(card));
        assertEquals(85, card.overall(), EPS);
        // weakest 70: level 4, verdict partner (60-80), every dimension >= 50
        assertEquals(4, card.level());
        assertEquals(new Verdict("partner", List.of(), "partner"), card.verdict());
    }

    @Test
    void unscoredDimensionGatesToLevelOne() {
        ScoreCard card = bothSay(THREE, "n1", "90", "n2", "85");
        // committed unscored: no level of its own on the card
        assertEquals(Arrays.asList(5, 5, null), levels(card));
        assertNull(card.dimension("committed").orElseThrow().score());
        // overall leaves it out: (2*90 + 85)/3 = 265/3 = 88.333
        assertEquals(265.0 / 3, card.overall(), EPS);
        // but it counts as 0 for the relationship: level 1, verdict from 0 -> supplier
        assertEquals(1, card.level());
        assertEquals(new Verdict("supplier", List.of(), "supplier"), card.verdict());
    }

    @Test
    void floorStillAppliesToTheWeakestScore() {
        // bands whose floor lies above the band's own minimum: low 0-50, high 50-100 (floor 60)
        ValueModel model = model(List.of(band("low", 0, 50, null), band("high", 50, 100, 60.0)),
                dimension("cooperative", 1, number("n1", 0.0, 100.0)),
                dimension("committed", 1, number("n2", 0.0, 100.0)));
        ScoreCard card = bothSay(model, "n1", "90", "n2", "55");
        // weakest 55: level 3; reaches high, but committed 55 < floor 60 -> low, held back by committed
        assertEquals(3, card.level());
        assertEquals(new Verdict("low", List.of("committed"), "high"), card.verdict());
        // overall (90 + 55)/2 = 72.5
        assertEquals(72.5, card.overall(), EPS);
    }

    @Test
    void dimensionScoresAreTheWeightedOnes() {
        ScoreCard card = score(THREE,
                response("c", CUSTOMER, "n1", "90", "n2", "30", "n3", "64"),
                response("p", PROVIDER, "n1", "70", "n2", "50", "n3", "66"));
        DimensionScore coop = card.dimension("cooperative").orElseThrow();
        // cooperative (90 + 70)/2 = 80, gap 20, band strategic-partner, level 5
        assertEquals(80, coop.score(), EPS);
        assertEquals(20, coop.gap(), EPS);
        assertEquals("strategic-partner", coop.band());
        assertEquals(5, coop.level());
        assertEquals(new PerspectiveScore(CUSTOMER, 90.0, 0.0, 1), coop.perspectives().get(0));
        // transparent (30 + 50)/2 = 40 -> level 3, developing; committed (64 + 66)/2 = 65 -> level 4, partner
        assertEquals(40, card.dimension("transparent").orElseThrow().score(), EPS);
        assertEquals(65, card.dimension("committed").orElseThrow().score(), EPS);
        assertEquals(List.of(5, 3, 4), levels(card));
        // overall (2*80 + 40 + 65)/4 = 265/4 = 66.25; customer (180 + 30 + 64)/4 = 68.5; provider (140 + 50 + 66)/4 = 64
        assertEquals(66.25, card.overall(), EPS);
        assertEquals(68.5, card.perspectives().get(0).score(), EPS);
        assertEquals(64, card.perspectives().get(1).score(), EPS);
        // weakest 40: level 3, developing
        assertEquals(3, card.level());
        assertEquals(new Verdict("developing", List.of(), "developing"), card.verdict());
    }

    @Test
    void noResponsesAtAll() {
        ScoreCard card = score(THREE);
        assertNull(card.overall());
        assertNull(card.level());
        assertEquals(new Verdict(null, List.of(), null), card.verdict());
        assertEquals(Arrays.asList(null, null, null), levels(card));
        assertEquals(0, card.respondents());
        assertNull(card.provenance());
    }
}
