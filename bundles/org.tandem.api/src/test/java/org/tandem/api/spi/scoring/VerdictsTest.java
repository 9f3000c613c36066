package org.tandem.api.spi.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tandem.api.spi.scoring.TestModels.band;
import static org.tandem.api.spi.scoring.TestModels.dimension;
import static org.tandem.api.spi.scoring.TestModels.model;
import static org.tandem.api.spi.scoring.TestModels.scale;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.Verdict;

/**
 * The verdict rule alone. Standard bands: supplier 0-40, developing 40-60, partner 60-80 (floor 50),
 * strategic-partner 80-100 (floor 65); three dimensions a, b, c in that order.
 */
class VerdictsTest {

    private static final ValueModel MODEL = model(
            dimension("a", 2, scale("qa")), dimension("b", 1, scale("qb")), dimension("c", 1, scale("qc")));

    private static Map<String, Double> dims(Double a, Double b, Double c) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("c", c);
        return m;
    }

    @Test
    void nothingAnsweredHasNoVerdict() {
        Verdict v = Verdicts.verdict(MODEL, null, dims(null, null, null));
        assertEquals(new Verdict(null, List.of(), null), v);
    }

    @Test
    void everyDimensionAboveTheTopFloor() {
        // 85 is in strategic-partner (80-100); floor 65: a 90, b 70, c 65 (exactly the floor) all >= 65
        Verdict v = Verdicts.verdict(MODEL, 85.0, dims(90.0, 70.0, 65.0));
        assertEquals(new Verdict("strategic-partner", List.of(), "strategic-partner"), v);
    }

    @Test
    void oneDimensionBelowTheTopFloorGivesTheNextBandDown() {
        // 85 reaches strategic-partner, floor 65: c 60 < 65 -> not met;
        // partner, floor 50: 95, 90, 60 all >= 50 -> partner; held back by c (60 < 65)
        Verdict v = Verdicts.verdict(MODEL, 85.0, dims(95.0, 90.0, 60.0));
        assertEquals(new Verdict("partner", List.of("c"), "strategic-partner"), v);
    }

    @Test
    void floorsAreFollowedDownToABandWithoutFloor() {
        // 85 reaches strategic-partner (floor 65): b 62 and c 45 are below;
        // partner (floor 50): c 45 < 50 -> not met; developing has no floor -> developing.
        // heldBackBy lists the dimensions below the reached band's floor (65): b and c, in model order
        Verdict v = Verdicts.verdict(MODEL, 85.0, dims(95.0, 62.0, 45.0));
        assertEquals(new Verdict("developing", List.of("b", "c"), "strategic-partner"), v);
    }

    @Test
    void partnerHeldBackToDeveloping() {
        // 70 reaches partner (60-80, floor 50): c 45 < 50 -> developing; held back by c
        Verdict v = Verdicts.verdict(MODEL, 70.0, dims(80.0, 75.0, 45.0));
        assertEquals(new Verdict("developing", List.of("c"), "partner"), v);
    }

    @Test
    void aDimensionExactlyAtTheFloorMeetsIt() {
        // 70 reaches partner, floor 50: c exactly 50 >= 50
        Verdict v = Verdicts.verdict(MODEL, 70.0, dims(80.0, 75.0, 50.0));
        assertEquals(new Verdict("partner", List.of(), "partner"), v);
    }

    @Test
    void anUnscoredDimensionFailsEveryFloor() {
        // 85 reaches strategic-partner; c unscored fails floor 65 and floor 50 -> developing
        Verdict v = Verdicts.verdict(MODEL, 85.0, dims(95.0, 90.0, null));
        assertEquals(new Verdict("developing", List.of("c"), "strategic-partner"), v);
    }

    @Test
    void aDimensionMissingFromTheMapCountsAsUnscored() {
        Map<String, Double> m = new HashMap<>();
        m.put("a", 95.0);
        m.put("b", 90.0);
        // c absent: partner (floor 50) fails as well -> developing
        Verdict v = Verdicts.verdict(MODEL, 70.0, m);
        assertEquals(new Verdict("developing", List.of("c"), "partner"), v);
    }

    @Test
    void lowBandsIgnoreWeakDimensions() {
        // 50 is developing, which has no floor: c 0 and an unscored b do not matter
        assertEquals(new Verdict("developing", List.of(), "developing"),
                Verdicts.verdict(MODEL, 50.0, dims(100.0, null, 0.0)));
        // 10 is supplier
        assertEquals(new Verdict("supplier", List.of(), "supplier"),
                Verdicts.verdict(MODEL, 10.0, dims(10.0, 10.0, 10.0)));
    }

    @ParameterizedTest
    @CsvSource({
        "0, supplier",
        "39.999999, supplier",
        "40, developing",           // min inclusive
        "59.999999, developing",
        "60, partner",              // 60 is not in developing (max exclusive)
        "79.999999, partner",
        "80, strategic-partner",
        "100, strategic-partner"})  // the last band includes 100
    void bandBoundaries(double overall, String band) {
        // every dimension at 100: no floor holds anything back
        Verdict v = Verdicts.verdict(MODEL, overall, dims(100.0, 100.0, 100.0));
        assertEquals(new Verdict(band, List.of(), band), v);
        assertEquals(band, Verdicts.band(MODEL, overall));
    }

    @Test
    void scoreOutsideTheBandsHasNoVerdict() {
        assertEquals(new Verdict(null, List.of(), null), Verdicts.verdict(MODEL, 100.5, dims(100.0, 100.0, 100.0)));
        assertEquals(new Verdict(null, List.of(), null), Verdicts.verdict(MODEL, -0.5, dims(100.0, 100.0, 100.0)));
    }

    @Test
    void bandsWithoutFloors() {
        ValueModel noFloors = model(List.of(band("low", 0, 50, null), band("high", 50, 100, null)),
                dimension("a", 2, scale("qa")), dimension("b", 1, scale("qb")), dimension("c", 1, scale("qc")));
        // 85 reaches high; no floor, so c at 10 and an unscored b hold nothing back
        assertEquals(new Verdict("high", List.of(), "high"), Verdicts.verdict(noFloors, 85.0, dims(100.0, null, 10.0)));
        // 50 is high (min inclusive)
        assertEquals(new Verdict("high", List.of(), "high"), Verdicts.verdict(noFloors, 50.0, dims(0.0, 0.0, 0.0)));
        assertEquals(new Verdict("low", List.of(), "low"), Verdicts.verdict(noFloors, 49.0, dims(0.0, 0.0, 0.0)));
    }

    @Test
    void whenEveryFloorFailsTheLowestBandIsTheVerdict() {
        ValueModel allFloors = model(List.of(band("low", 0, 50, 20.0), band("high", 50, 100, 60.0)),
                dimension("a", 2, scale("qa")), dimension("b", 1, scale("qb")), dimension("c", 1, scale("qc")));
        // 70 reaches high (floor 60): c 5 < 60; low (floor 20): c 5 < 20 too; nothing lower -> low,
        // held back (from high) by c
        assertEquals(new Verdict("low", List.of("c"), "high"), Verdicts.verdict(allFloors, 70.0, dims(90.0, 80.0, 5.0)));
        // 30 reaches low itself; its floor is not met, but there is nothing lower -> low, nothing held back
        assertEquals(new Verdict("low", List.of(), "low"), Verdicts.verdict(allFloors, 30.0, dims(90.0, 80.0, 5.0)));
    }

    @Test
    void bandOfADimensionScore() {
        assertNull(Verdicts.band(MODEL, null));
        assertEquals("developing", Verdicts.band(MODEL, 45.0));
        // a dimension's band is where its score falls; floors are for the verdict only
        assertEquals("partner", Verdicts.band(MODEL, 62.5));
        assertNull(Verdicts.band(MODEL, 101.0));
    }
}
