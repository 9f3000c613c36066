package org.tandem.core.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.history.Statistics;

/** Quartiles by linear interpolation at (n - 1) p, worked out by hand in each comment. */
class QuartilesTest {

    @Test
    void anOddCountHasItsMiddleScoreAsMedianAndQuartilesOnScores() {
        // sorted 10 20 30 40 50; h = 4 * 0.25 = 1 -> 20; 4 * 0.5 = 2 -> 30; 4 * 0.75 = 3 -> 40
        assertEquals(new Statistics(5, 20, 30, 40), Quartiles.of(List.of(50.0, 10.0, 40.0, 20.0, 30.0)));
    }

    @Test
    void anEvenCountInterpolatesBetweenScores() {
        // sorted 10 20 30 40; h = 0.75 -> 10 + 0.75 * 10 = 17.5; h = 1.5 -> 25; h = 2.25 -> 30 + 0.25 * 10 = 32.5
        assertEquals(new Statistics(4, 17.5, 25, 32.5), Quartiles.of(List.of(40.0, 30.0, 20.0, 10.0)));
        // sorted 0 60 70 100 100 100; h = 1.25 -> 60 + 0.25 * 10 = 62.5; h = 2.5 -> 85; h = 3.75 -> 100
        assertEquals(new Statistics(6, 62.5, 85, 100), Quartiles.of(List.of(100.0, 0.0, 100.0, 70.0, 60.0, 100.0)));
    }

    @Test
    void tiesAndASingleScore() {
        assertEquals(new Statistics(5, 50, 50, 50), Quartiles.of(List.of(50.0, 50.0, 50.0, 50.0, 50.0)));
        assertEquals(new Statistics(1, 42, 42, 42), Quartiles.of(List.of(42.0)));
        assertThrows(IllegalArgumentException.class, () -> Quartiles.of(List.of()));
    }

    @Test
    void percentileRankCountsLowerOthersAndHalfTheTies() {
        List<Double> others = List.of(10.0, 20.0, 30.0, 40.0);
        assertEquals(100, Quartiles.percentileRank(90, others));
        assertEquals(0, Quartiles.percentileRank(5, others));
        assertEquals(50, Quartiles.percentileRank(25, others));
        // below: 10; tie with 20 counts half: 1.5 of 4 = 37.5
        assertEquals(37.5, Quartiles.percentileRank(20, others));
        assertEquals(50, Quartiles.percentileRank(70, List.of(70.0, 70.0, 70.0, 70.0)));
        assertEquals(50, Quartiles.percentileRank(70, List.of()));
    }
}
