package org.tandem.api.spi.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.api.spi.scoring.TestModels.CUSTOMER;
import static org.tandem.api.spi.scoring.TestModels.ENDUSER;
import static org.tandem.api.spi.scoring.TestModels.PROVIDER;
import static org.tandem.api.spi.scoring.TestModels.dimension;
import static org.tandem.api.spi.scoring.TestModels.freeText;
import static org.tandem.api.spi.scoring.TestModels.input;
import static org.tandem.api.spi.scoring.TestModels.model;
import static org.tandem.api.spi.scoring.TestModels.response;
import static org.tandem.api.spi.scoring.TestModels.scale;
import static org.tandem.api.spi.scoring.TestModels.yesNo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;

class DimensionScoringTest {

    private static final double EPS = 1e-9;

    private static List<Double> values(Double... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    // --- mean ---

    @Test
    void meanOfNothingIsNull() {
        assertNull(DimensionScoring.mean(List.of()));
    }

    @Test
    void meanOfOneValueIsThatValue() {
        assertEquals(42.5, DimensionScoring.mean(values(42.5)), EPS);
    }

    @Test
    void meanOfSeveralValues() {
        // (1 + 2 + 4) / 3 = 2.333...
        assertEquals(7.0 / 3, DimensionScoring.mean(values(1.0, 2.0, 4.0)), EPS);
        // (0 + 100) / 2 = 50
        assertEquals(50, DimensionScoring.mean(values(0.0, 100.0)), EPS);
    }

    // --- spread ---

    @Test
    void spreadOfNothingIsNull() {
        assertNull(DimensionScoring.spread(List.of()));
    }

    @Test
    void spreadOfOneValueIsZero() {
        assertEquals(0, DimensionScoring.spread(values(73.0)), EPS);
    }

    @Test
    void spreadOfEqualValuesIsZero() {
        assertEquals(0, DimensionScoring.spread(values(60.0, 60.0, 60.0)), EPS);
    }

    @Test
    void spreadIsThePopulationStandardDeviation() {
        // 0 and 100: mean 50, deviations -50, 50; variance (2500 + 2500) / 2 = 2500 -> 50
        // (the sample standard deviation would be sqrt(5000) = 70.71)
        assertEquals(50, DimensionScoring.spread(values(0.0, 100.0)), EPS);
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32/8 = 4 -> 2
        // (sample: sqrt(32/7) = 2.138)
        assertEquals(2, DimensionScoring.spread(values(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0)), EPS);
        // 25, 50, 100: mean 175/3 = 58.333; deviations -33.333, -8.333, 41.667;
        // squares 1111.111 + 69.444 + 1736.111 = 2916.667; /3 = 972.222 -> sqrt = 31.180
        assertEquals(Math.sqrt(8750.0 / 9), DimensionScoring.spread(values(25.0, 50.0, 100.0)), EPS);
    }

    // --- one respondent ---

    /** q1 scale weight 3 (customer, provider); q2 yesno (customer only); q3 scale (enduser only); q4 text. */
    private static final ValueModel MODEL = model(dimension("d", 1,
            scale("q1").weight(3),
            yesNo("q2").askedOf(CUSTOMER),
            scale("q3").askedOf(ENDUSER),
            freeText("q4")));

    private static Dimension d() {
        return MODEL.dimensions().get(0);
    }

    @Test
    void respondentScoreIsTheWeightedMeanOfTheQuestionsAskedOfThem() {
        // customer: q1 "2" = 25 (weight 3), q2 "yes" = 100 (weight 1); q3 is not asked of the customer, q4 is text:
        // (3*25 + 1*100) / 4 = 175/4 = 43.75
        Optional<Double> s = DimensionScoring.respondent(MODEL, d(),
                response("r1", CUSTOMER, "q1", "2", "q2", "yes", "q3", "5", "q4", "fine"));
        assertEquals(43.75, s.orElseThrow(), EPS);
    }

    @Test
    void unansweredQuestionsAreLeftOutNotCountedAsZero() {
        // customer: only q1 "4" = 75 -> 75 (with q2 as 0: (225 + 0)/4 = 56.25)
        assertEquals(75, DimensionScoring.respondent(MODEL, d(), response("r1", CUSTOMER, "q1", "4")).orElseThrow(), EPS);
        // a blank answer is unanswered too
        assertEquals(75, DimensionScoring.respondent(MODEL, d(),
                response("r1", CUSTOMER, "q1", "4", "q2", " ")).orElseThrow(), EPS);
    }

    @Test
    void answersToQuestionsNotAskedOfTheRespondentAreIgnored() {
        // provider is not asked q2: q1 "4" = 75 only -> 75 (with q2 "no" counted: (225 + 0)/4 = 56.25)
        assertEquals(75, DimensionScoring.respondent(MODEL, d(),
                response("r2", PROVIDER, "q1", "4", "q2", "no")).orElseThrow(), EPS);
    }

    @Test
    void respondentWithoutScoredAnswersHasNoScore() {
        assertEquals(Optional.empty(), DimensionScoring.respondent(MODEL, d(), response("r1", CUSTOMER, "q4", "text")));
        assertEquals(Optional.empty(), DimensionScoring.respondent(MODEL, d(), response("r1", CUSTOMER)));
        // an end user who answered a question not asked of them
        assertEquals(Optional.empty(), DimensionScoring.respondent(MODEL, d(), response("r3", ENDUSER, "q1", "5")));
    }

    // --- score and overall ---

    @Test
    void dimensionsArePerspectiveMeansAndTheirMean() {
        ValueModel m = model(
                dimension("a", 3, scale("a1")),
                dimension("b", 1, scale("b1").askedOf(CUSTOMER, PROVIDER, ENDUSER)));
        List<DimensionScore> scores = DimensionScoring.score(input(m,
                response("c1", CUSTOMER, "a1", "5", "b1", "2"),
                response("c2", CUSTOMER, "a1", "3", "b1", "4"),
                response("p1", PROVIDER, "a1", "1"),
                response("e1", ENDUSER, "b1", "5")));

        DimensionScore a = scores.get(0);
        // a: customer (100 + 50)/2 = 75, spread 25; provider 0 (its only respondent), spread 0;
        // enduser is not asked a: absent. score (75 + 0)/2 = 37.5 (pooled respondents would give 150/3 = 50);
        // gap 75 - 0 = 75; band: 37.5 < 40 -> supplier
        assertEquals("a", a.dimension());
        assertEquals(List.of(new PerspectiveScore(CUSTOMER, 75.0, 25.0, 2), new PerspectiveScore(PROVIDER, 0.0, 0.0, 1)),
                a.perspectives());
        assertEquals(37.5, a.score(), EPS);
        assertEquals(75, a.gap(), EPS);
        assertEquals("supplier", a.band());
        assertNull(a.level());

        DimensionScore b = scores.get(1);
        // b: customer (25 + 75)/2 = 50, spread 25; provider answered nothing of b: null, no respondents;
        // enduser 100. score (50 + 100)/2 = 75; gap 100 - 50 = 50; band partner
        assertEquals(List.of(new PerspectiveScore(CUSTOMER, 50.0, 25.0, 2), new PerspectiveScore(PROVIDER, null, null, 0),
                new PerspectiveScore(ENDUSER, 100.0, 0.0, 1)), b.perspectives());
        assertEquals(75, b.score(), EPS);
        assertEquals(50, b.gap(), EPS);
        assertEquals("partner", b.band());

        Map<String, Double> overall = DimensionScoring.overall(m, scores);
        // "" first: (3*37.5 + 1*75)/4 = 187.5/4 = 46.875
        assertEquals("", overall.keySet().iterator().next());
        assertEquals(46.875, overall.get(""), EPS);
        // customer (3*75 + 50)/4 = 275/4 = 68.75; provider only a: 0; enduser only b: 100
        assertEquals(68.75, overall.get(CUSTOMER), EPS);
        assertEquals(0, overall.get(PROVIDER), EPS);
        assertEquals(100, overall.get(ENDUSER), EPS);
    }

    @Test
    void perspectiveNeverAskedHasNoOverallEntry() {
        ValueModel m = model(dimension("a", 1, scale("a1")));
        Map<String, Double> overall = DimensionScoring.overall(m, DimensionScoring.score(input(m,
                response("c1", CUSTOMER, "a1", "4"))));
        // only the customer answered: 75; provider asked but unanswered: present, null; enduser never asked: absent
        assertEquals(75, overall.get(""), EPS);
        assertEquals(75, overall.get(CUSTOMER), EPS);
        assertEquals(true, overall.containsKey(PROVIDER));
        assertNull(overall.get(PROVIDER));
        assertFalse(overall.containsKey(ENDUSER));
    }

    @Test
    void nothingAnsweredGivesNullEverywhere() {
        ValueModel m = model(dimension("a", 1, scale("a1")), dimension("b", 2, scale("b1")));
        List<DimensionScore> scores = DimensionScoring.score(input(m));
        for (DimensionScore s : scores) {
            assertNull(s.score());
            assertNull(s.gap());
            assertNull(s.band());
            assertEquals(List.of(new PerspectiveScore(CUSTOMER, null, null, 0), new PerspectiveScore(PROVIDER, null, null, 0)),
                    s.perspectives());
        }
        assertNull(DimensionScoring.overall(m, scores).get(""));
    }
}
