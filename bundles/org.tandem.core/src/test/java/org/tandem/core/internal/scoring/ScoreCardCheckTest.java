package org.tandem.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.core.internal.registry.TestDocuments;

/** A strategy's insights are checked like its scores: within 0-100, of known dimensions and sides. */
class ScoreCardCheckTest {

    private static final ValueModel MINIMAL = new ModelReaderImpl().read("minimal", TestDocuments.minimal("1.0.0"))
            .model().orElseThrow();

    private static ScoreCard card(Insights insights) {
        return new ScoreCard("a1", null, List.of(), List.of(), new Verdict(null, List.of(), null), null, 0, null,
                insights);
    }

    @Test
    void insightsOutOfRangeOrOfUnknownIdsAreRefused() {
        Insights insights = new Insights(50, List.of(
                new QuadrantPlacement("cooperative", "customer", "provider", 120.0, 20.0, Quadrant.BLIND_SPOT, -1.0, null),
                new QuadrantPlacement("trust", "customer", "provider", null, null, null, null, null)),
                List.of(new DimensionImportance("cooperative", List.of(new PerspectiveScore("customer", 101.0, 0.0, 1)),
                        null)), true);

        assertEquals(List.of("quadrant of cooperative for customer: own score 120.0 is not within 0-100",
                "quadrant of cooperative for customer: expected score -1.0 is not within 0-100",
                "unknown dimension or perspective in quadrant of trust for customer",
                "importance of cooperative to customer score 101.0 is not within 0-100"),
                ScoreCardCheck.problems(card(insights), MINIMAL));
    }

    @Test
    void aCardWithoutInsightsPasses() {
        assertEquals(List.of(), ScoreCardCheck.problems(card(null), MINIMAL));
    }
}
