package ${package}.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.testkit.ScoringFixtures.input;
import static org.tandem.testkit.ScoringFixtures.model;
import static org.tandem.testkit.ScoringFixtures.response;

import org.junit.jupiter.api.Test;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.testkit.ScoringFixtures;
import org.tandem.testkit.ScoringStrategyContract;

/**
 * The strategy passes the contract every strategy must pass, and scores as worked out by hand on
 * the test kit's sample model ({@link ScoringFixtures}: agree5 1 = 0, 2 = 25, 3 = 50, 4 = 75,
 * 5 = 100; coop.2 reverse-scored; dimension weights cooperative 2, transparent 1, enduser 1,
 * innovation 1). Add your own rule's cases here.
 */
class WeightedScoringStrategyTest extends ScoringStrategyContract {

    private static final double EPS = 1e-9;

    @Override
    protected ScoringStrategy strategy() {
        return new WeightedScoringStrategy();
    }

    @Test
    void aDimensionIsTheMeanOfTheSides() {
        ScoreCard card = strategy().score(input(model(),
                response("c", "customer", "coop.1", "5", "coop.2", "1"),   // 100, 1 reversed = 100 -> 100
                response("p", "provider", "coop.1", "3", "coop.2", "3"))); // 50, 3 reversed = 50 -> 50
        DimensionScore cooperative = card.dimension("cooperative").orElseThrow();
        assertEquals(75, cooperative.score(), EPS);
        assertEquals(50, cooperative.gap(), EPS);
        assertEquals(100, cooperative.scoreOf("customer"), EPS);
        assertEquals(50, cooperative.scoreOf("provider"), EPS);
    }
}
