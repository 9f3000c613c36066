package org.tandem.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;

/** A score card as the JSON that is published: what is written reads back as the very same card. */
class ScoreCardJsonTest {

    /** Every field set, doubles that decimal text gets wrong easily, a time to the nanosecond. */
    private static final ScoreCard FULL = new ScoreCard("0f8fad5b-d9cb-469f-a165-70867728950e", 66.66666666666667,
            List.of(new PerspectiveScore("customer", 0.30000000000000004, 12.345678901234567, 3),
                    new PerspectiveScore("provider", 99.99999999999999, 0.0, 1)),
            List.of(new DimensionScore("cooperative", 1.0E-9, List.of(new PerspectiveScore("customer", 100.0, null, 2)),
                    37.5, "partner", 4), new DimensionScore("transparent", null, List.of(), null, null, null)),
            new Verdict("partner", List.of("transparent", "cooperative"), "strategic"), 3, 4,
            new Provenance("partnership", "1.2.0-rc.1", "weighted", "1.0.0", "org.tandem.scoring.weighted", "1.0.0.v2",
                    Instant.parse("2026-03-01T12:34:56.123456789Z")));

    /** What a card of an assessment nobody answered has: nulls and empty lists. */
    private static final ScoreCard EMPTY = new ScoreCard("a1", null, List.of(), List.of(),
            new Verdict(null, List.of(), null), null, 0, null);

    @Test
    void aCardWithEveryFieldReadsBackEqual() {
        assertEquals(FULL, ScoreCardJson.read(ScoreCardJson.write(FULL)));
    }

    @Test
    void aCardOfNullsAndEmptyListsReadsBackEqual() {
        assertEquals(EMPTY, ScoreCardJson.read(ScoreCardJson.write(EMPTY)));
    }

    @Test
    void textIsKeptAsItIs() {
        ScoreCard card = new ScoreCard("Åsa & <Öberg> \"citat\"\n😀", 50.0, List.of(), List.of(),
                new Verdict("partner", List.of("förtroende"), "partner"), null, 1,
                new Provenance("m", "1.0.0", "s", "1.0.0", "b", "1.0.0", Instant.EPOCH));

        String json = ScoreCardJson.write(card);

        assertEquals(card, ScoreCardJson.read(json));
        assertTrue(json.contains("Åsa & <Öberg>"), "no HTML escaping: " + json);
    }

    @Test
    void timesAreIsoInstantsAndNullsAreWrittenOut() {
        String json = ScoreCardJson.write(FULL);

        assertTrue(json.contains("\"computedAt\":\"2026-03-01T12:34:56.123456789Z\""), json);
        assertTrue(json.contains("\"gap\":null"), json);
        assertTrue(ScoreCardJson.write(EMPTY).contains("\"provenance\":null"), ScoreCardJson.write(EMPTY));
        assertTrue(ScoreCardJson.write(EMPTY).contains("\"overall\":null"), ScoreCardJson.write(EMPTY));
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        String json = ScoreCardJson.write(FULL);

        assertEquals(json, ScoreCardJson.write(ScoreCardJson.read(json)));
    }

    @Test
    void aCardWithInsightsReadsBackEqual() {
        Insights insights = new Insights(50, List.of(
                new QuadrantPlacement("cooperative", "customer", "provider", 87.5, 25.0, Quadrant.BLIND_SPOT, 75.0, 50.0),
                new QuadrantPlacement("cooperative", "provider", "customer", null, 87.5, null, null, null)),
                List.of(new DimensionImportance("cooperative", List.of(new PerspectiveScore("customer", 100.0, 0.0, 2),
                        new PerspectiveScore("provider", 50.0, 0.0, 1)), 50.0)), true);
        ScoreCard card = new ScoreCard(FULL.assessmentId(), FULL.overall(), FULL.perspectives(), FULL.dimensions(),
                FULL.verdict(), FULL.level(), FULL.respondents(), FULL.provenance(), insights);

        String json = ScoreCardJson.write(card);

        assertEquals(card, ScoreCardJson.read(json));
        assertTrue(json.contains("\"quadrant\":\"BLIND_SPOT\""), json);
    }

    /** A card published before insights existed: its JSON has no "insights" field. */
    @Test
    void aCardStoredBeforeInsightsReadsWithNone() {
        String old = "{\"assessmentId\":\"a1\",\"overall\":50.0,\"perspectives\":[],\"dimensions\":[],"
                + "\"verdict\":{\"band\":\"partner\",\"heldBackBy\":[],\"reached\":\"partner\"},\"level\":null,"
                + "\"respondents\":2,\"provenance\":null}";

        ScoreCard card = ScoreCardJson.read(old);

        assertSame(Insights.NONE, card.insights());
        assertEquals(new ScoreCard("a1", 50.0, List.of(), List.of(), new Verdict("partner", List.of(), "partner"), null,
                2, null), card);
    }
}
