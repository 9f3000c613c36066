package org.tandem.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;

/**
 * What every {@link ScoringStrategy} must do, ours and a consultancy's alike. Extend it in the
 * strategy's unit tests and return the strategy from {@link #strategy()} as Declarative Services
 * would make it; add the strategy's own hand-computed expectations beside it.
 * <p>
 * The contract scores {@link ScoringFixtures#samples(ValueModel) every sample input} of
 * {@link #sampleModel()} (the {@link ScoringFixtures#model() sample model} unless overridden, e.g. with
 * the consultancy's own model) and checks that each card passes the checks Tandem applies at run
 * time ({@link ScoreCardRules}), lists every dimension of the model in its order, gives no scores
 * and no verdict when nothing can be scored, a verdict of the model's bands when something can,
 * the same card for the same input, also from several threads at once, and leaves provenance to
 * Tandem.
 */
public abstract class ScoringStrategyContract {

    /** The strategy under test, created without a framework. */
    protected abstract ScoringStrategy strategy();

    /** The model the contract scores: the sample model unless overridden. */
    protected ValueModel sampleModel() {
        return ScoringFixtures.model();
    }

    private Map<String, ScoreCard> scoreEverySample(ScoringStrategy strategy) {
        Map<String, ScoreCard> cards = new LinkedHashMap<>();
        ScoringFixtures.samples(sampleModel()).forEach((name, input) ->
                cards.put(name, assertDoesNotThrow(() -> strategy.score(input), name + ": scoring threw")));
        return cards;
    }

    @Test
    void everyCardPassesTheChecksTandemApplies() {
        scoreEverySample(strategy()).forEach((name, card) -> assertEquals(List.of(), ScoreCardRules.problems(card, sampleModel()),
                name + ": Tandem would refuse this card"));
    }

    @Test
    void scoresStayWithin0To100OrNull() {
        scoreEverySample(strategy()).forEach((name, card) -> {
            within(name + ": overall", card.overall());
            card.perspectives().forEach(p -> within(name + ": overall of " + p.perspective(), p.score()));
            for (DimensionScore d : card.dimensions()) {
                within(name + ": " + d.dimension(), d.score());
                within(name + ": gap of " + d.dimension(), d.gap());
                d.perspectives().forEach(p -> within(name + ": " + d.dimension() + " of " + p.perspective(), p.score()));
            }
        });
    }

    @Test
    void everyDimensionOfTheModelAppearsOnceInModelOrder() {
        List<String> expected = sampleModel().dimensions().stream().map(Dimension::id).toList();
        scoreEverySample(strategy()).forEach((name, card) -> assertEquals(expected,
                card.dimensions().stream().map(DimensionScore::dimension).toList(), name + ": dimensions of the card"));
    }

    @Test
    void nothingToScoreGivesNoScoresAndNoVerdict() {
        ScoringStrategy strategy = strategy();
        for (String name : List.of("nobody answered", "nothing scorable")) {
            ScoringInput input = ScoringFixtures.samples(sampleModel()).get(name);
            ScoreCard card = assertDoesNotThrow(() -> strategy.score(input), name + ": scoring threw");
            assertNotNull(card, name + ": no card");
            assertNull(card.overall(), name + ": overall");
            assertNotNull(card.verdict(), name + ": a card always has a verdict, empty when nothing was scored");
            assertNull(card.verdict().band(), name + ": verdict");
            card.dimensions().forEach(d -> assertNull(d.score(), name + ": score of " + d.dimension()));
            assertEquals(input.responses().size(), card.respondents(), name + ": respondents");
        }
    }

    @Test
    void anAnsweredAssessmentGetsAVerdictOfTheModelsBands() {
        List<String> bands = sampleModel().bands().stream().map(Band::id).toList();
        scoreEverySample(strategy()).forEach((name, card) -> {
            if (card.overall() != null) {
                assertTrue(bands.contains(card.verdict().band()), name + ": verdict " + card.verdict().band()
                        + " is not one of " + bands);
                assertTrue(card.verdict().reached() == null || bands.contains(card.verdict().reached()),
                        name + ": reached " + card.verdict().reached());
            }
        });
    }

    @Test
    void namesTheAssessmentAndLeavesProvenanceToTandem() {
        ScoringStrategy strategy = strategy();
        ScoringFixtures.samples(sampleModel()).forEach((name, input) -> {
            ScoreCard card = strategy.score(input);
            assertEquals(input.assessmentId(), card.assessmentId(), name);
            assertEquals(input.responses().size(), card.respondents(), name + ": submitted responses counted");
            assertNull(card.provenance(), name + ": Tandem fills in the provenance");
        });
    }

    @Test
    void theSameInputGivesTheSameCard() {
        assertEquals(scoreEverySample(strategy()), scoreEverySample(strategy()), "two instances disagree");
        ScoringStrategy one = strategy();
        assertEquals(scoreEverySample(one), scoreEverySample(one), "one instance scored differently the second time");
    }

    @Test
    void isThreadSafe() throws Exception {
        ScoringStrategy shared = strategy();
        Map<String, ScoreCard> expected = scoreEverySample(strategy());
        List<Map.Entry<String, ScoringInput>> inputs = new ArrayList<>(ScoringFixtures.samples(sampleModel()).entrySet());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Map.Entry<String, ScoreCard>>> results = new ArrayList<>();
            for (int i = 0; i < 8 * inputs.size(); i++) {
                Map.Entry<String, ScoringInput> input = inputs.get(i % inputs.size());
                results.add(pool.submit(() -> {
                    start.await();
                    return Map.entry(input.getKey(), shared.score(input.getValue()));
                }));
            }
            start.countDown();
            for (Future<Map.Entry<String, ScoreCard>> result : results) {
                Map.Entry<String, ScoreCard> card = result.get();
                assertEquals(expected.get(card.getKey()), card.getValue(),
                        card.getKey() + ": one strategy used from several threads at once scored differently");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void within(String what, Double score) {
        assertTrue(score == null || !score.isNaN() && score >= 0 && score <= 100, what + " is " + score);
    }
}
