package org.tandem.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;
import static org.tandem.core.internal.registry.TestDocuments.replace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogLevel;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.scoring.Comparison;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.scoring.TestStrategies.Constant;
import org.tandem.core.internal.scoring.TestStrategies.Recording;
import org.tandem.core.internal.scoring.TestStrategies.Returning;
import org.tandem.core.internal.scoring.TestStrategies.Shifted;
import org.tandem.store.jdbc.internal.JdbcAssessmentStore;

/**
 * The scoring service on real parts: the real weighted strategy and strategies of the test's own,
 * each a service of a bundle of its own in a real framework, and the JDBC store on H2.
 * <p>
 * The expectations of the weighted strategy are worked out by hand on the minimal model: with
 * {@link #CUSTOMER} and {@link #PROVIDER} submitted, cooperative is (87.5 + 12.5) / 2 = 50 with a gap
 * of 75, transparent (50 + 87.5) / 2 = 68.75 with a gap of 37.5, and the overall index
 * (50 + 2 × 68.75) / 3 = 62.5: a partner, both dimensions above the floor of 40.
 */
class ScoringServiceImplTest {

    private static final long WAIT = 300;
    private static final String MINIMAL = minimal("1.0.0");
    /** coop-interests 75, coop-plan 100 (reversed no): cooperative 87.5; transp-sharing 50: transparent 50. */
    private static final Map<String, String> CUSTOMER =
            Map.of("coop-interests", "4", "coop-plan", "no", "transp-sharing", "sometimes");
    /** coop-interests 25, coop-plan 0 (reversed yes): cooperative 12.5; (3 × 100 + 50) / 4 = 87.5: transparent. */
    private static final Map<String, String> PROVIDER =
            Map.of("coop-interests", "2", "coop-plan", "yes", "transp-sharing", "always", "transp-meetings", "6");
    /** Every scored answer at its lowest: everything 0. */
    private static final Map<String, String> LOWEST =
            Map.of("coop-interests", "1", "coop-plan", "yes", "transp-sharing", "never");
    /** Cooperative 10 and transparent 40 lower than weighted. */
    private static final Shifted SHIFTED = new Shifted(Map.of("cooperative", 10.0, "transparent", 40.0));

    @TempDir
    Path dir;

    private ScoringFixture fixture;
    private JdbcAssessmentStore store;
    private ScoringServiceImpl scoring;
    private ServiceRegistration<ScoringStrategy> weighted;
    private ServiceRegistration<ScoringStrategy> shifted;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScoringFixture(dir);
        store = fixture.store;
        scoring = fixture.service(WAIT);
        // as the real bundle registers it: the component property type's version defaults to ""
        weighted = fixture.register(fixture.bundle("org.tandem.scoring.weighted", "0.9.3"), "weighted", "",
                new TestStrategies.Weighted());
        shifted = fixture.register(fixture.bundle("test.scoring.shifted", "1.4.0"), "shifted", "1.0.0", SHIFTED);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    /** An open assessment of the minimal model 1.0.0, no respondents yet. */
    private Assessment assessment(String name) {
        return fixture.assessment(name, "minimal", "1.0.0", MINIMAL);
    }

    /** An open assessment of the minimal model 1.0.0 with {@link #CUSTOMER} and {@link #PROVIDER} submitted. */
    private Assessment answered(String name) {
        Assessment a = assessment(name);
        fixture.answer(a, "customer", CUSTOMER, true);
        fixture.answer(a, "provider", PROVIDER, true);
        return a;
    }

    @Test
    void anOpenAssessmentKeepsItsCardWhileUnchangedUnlessItHasMoreResponsesThanAreKept() {
        Assessment small = answered("small");
        assertSame(scoring.score(small.id()), scoring.score(small.id()), "unchanged: the kept card");

        Assessment large = assessment("large");
        for (int i = 0; i <= ScoringServiceImpl.KEPT_RESPONSES; i++) {
            fixture.answer(large, "customer", CUSTOMER, true);
        }
        ScoreCard first = scoring.score(large.id());
        ScoreCard again = scoring.score(large.id());
        assertNotSame(first, again, "scored again: an input of more than " + ScoringServiceImpl.KEPT_RESPONSES
                + " responses is not kept");
        assertEquals(first.overall(), again.overall());
    }

    /** Closes {@code a} as the assessment service does: with the card scored now, in one transaction. */
    private Assessment closeWithCard(Assessment a) {
        ScoringServiceImpl.Publication p = scoring.cardToPublish(a);
        return store.close(a.id(), p.card(), p.responses());
    }

    private static String strategy(ScoreCard card) {
        return card.provenance().strategyId() + "@" + card.provenance().strategyVersion();
    }

    private static void assertWeighted(ScoreCard card) {
        assertEquals(62.5, card.overall());
        assertEquals(50.0, card.dimension("cooperative").orElseThrow().score());
        assertEquals(75.0, card.dimension("cooperative").orElseThrow().gap());
        assertEquals(68.75, card.dimension("transparent").orElseThrow().score());
        assertEquals(37.5, card.dimension("transparent").orElseThrow().gap());
        assertEquals(new Verdict("partner", List.of(), "partner"), card.verdict());
        assertEquals(2, card.respondents());
    }

    @Nested
    class ChoosingTheStrategy {

        @Test
        void theModelsDefaultStrategyIsUsed() {
            Assessment a = answered("default");

            ScoreCard card = scoring.score(a.id());

            assertEquals("weighted@0.9.3", strategy(card));
            assertEquals(a.id(), card.assessmentId());
            assertWeighted(card);
            assertNull(scoring.strategyFor("minimal"), "no administrator's choice");
        }

        @Test
        void aModelThatNamesAnotherStrategyIsScoredWithIt() {
            String document = replace(minimal("2.0.0"), "\"bands\": [",
                    "\"scoring\": { \"strategy\": \"shifted\" },\n  \"bands\": [");
            Assessment a = fixture.assessment("named", "minimal", "2.0.0", document);
            fixture.answer(a, "customer", CUSTOMER, true);
            fixture.answer(a, "provider", PROVIDER, true);

            ScoreCard card = scoring.score(a.id());

            assertEquals("shifted@1.0.0", strategy(card));
            assertEquals(40.0, card.dimension("cooperative").orElseThrow().score());
            assertEquals(28.75, card.dimension("transparent").orElseThrow().score());
            assertEquals(32.5, card.overall());
            assertEquals("supplier", card.verdict().band());
        }

        @Test
        void aChoiceForTheModelOverridesItsDefaultUntilItIsRemoved() {
            Assessment a = answered("chosen");
            StrategyChoice choice = Configs.choice(" minimal ", " shifted ");

            scoring.addChoice(choice, Map.of());
            assertEquals("shifted", scoring.strategyFor("minimal"));
            assertEquals("shifted@1.0.0", strategy(scoring.score(a.id())));

            scoring.removeChoice(choice, Map.of());
            assertNull(scoring.strategyFor("minimal"));
            assertEquals("weighted@0.9.3", strategy(scoring.score(a.id())));
        }

        @Test
        void aScoringStillRunningWhenTheServiceGoesKeepsTheChoice() {
            Assessment a = answered("going");
            StrategyChoice choice = Configs.choice("minimal", "shifted");
            scoring.addChoice(choice, Map.of());

            // the core bundle is updated: the service is unregistered and deactivated, then its choices unbound
            scoring.deactivate();
            scoring.removeChoice(choice, Map.of());
            assertEquals("shifted", scoring.strategyFor("minimal"));
            assertEquals("shifted@1.0.0", strategy(scoring.score(a.id())), "not the model's default");
        }

        @Test
        void aChoiceForAnotherModelOrWithoutAStrategyChangesNothing() {
            Assessment a = answered("unchosen");

            scoring.addChoice(Configs.choice("partnership", "shifted"), Map.of());
            scoring.addChoice(Configs.choice("minimal", "  "), Map.of());
            scoring.addChoice(Configs.choice("minimal", null), Map.of());

            assertNull(scoring.strategyFor("minimal"));
            assertEquals("shifted", scoring.strategyFor("partnership"));
            assertEquals("weighted@0.9.3", strategy(scoring.score(a.id())));
        }

        @Test
        void theHighestVersionWinsUnlessOneIsPinned() throws Exception {
            Assessment a = answered("versions");
            fixture.register(fixture.bundle("test.scoring.flat", "1.2.0"), "flat", null, new Constant(20, "supplier"));
            fixture.register(fixture.bundle("test.scoring.flat", "1.10.0"), "flat", null, new Constant(80, "partner"));

            scoring.addChoice(Configs.choice("minimal", "flat"), Map.of());
            ScoreCard highest = scoring.score(a.id());
            assertEquals("flat@1.10.0", strategy(highest), "1.10.0 is above 1.2.0 (not by the letters)");
            assertEquals(80.0, highest.overall());

            StrategyChoice pinned = Configs.choice("minimal", "flat@1.2.0");
            scoring.addChoice(pinned, Map.of());
            assertEquals("flat@1.2.0", scoring.strategyFor("minimal"), "the choice added last wins");
            ScoreCard old = scoring.score(a.id());
            assertEquals("flat@1.2.0", strategy(old));
            assertEquals("1.2.0", old.provenance().bundleVersion());
            assertEquals(20.0, old.overall());
            assertEquals("supplier", old.verdict().band());

            assertEquals("flat@1.2.0", strategy(scoring.score(a.id(), "flat@1.2.0")));
            assertEquals("flat@1.10.0", strategy(scoring.score(a.id(), "flat")));
        }

        @Test
        void theInstalledStrategiesAreListed() {
            assertEquals(List.of("shifted@1.0.0", "weighted@0.9.3"),
                    scoring.strategies().stream().map(s -> s.key()).toList());
            assertEquals("org.tandem.scoring.weighted", scoring.strategies().get(1).bundle());
        }
    }

    @Nested
    class ProvenanceOfACard {

        @Test
        void itNamesTheModelTheStrategyItsBundleAndWhen() {
            Assessment a = answered("provenance");
            Instant before = Instant.now();

            ScoreCard card = scoring.score(a.id());

            Instant after = Instant.now();
            Provenance p = card.provenance();
            assertEquals(new Provenance("minimal", "1.0.0", "weighted", "0.9.3", "org.tandem.scoring.weighted", "0.9.3",
                    p.computedAt()), p, "an empty tandem.scoring.version is the bundle's version");
            assertFalse(p.computedAt().isBefore(before), p.computedAt() + " is before the call");
            assertFalse(p.computedAt().isAfter(after), p.computedAt() + " is after the call");
            assertEquals("weighted@0.9.3 (org.tandem.scoring.weighted 0.9.3)", p.strategy());
        }

        @Test
        void theStrategysOwnVersionIsKeptApartFromItsBundles() {
            ScoreCard card = scoring.score(answered("own version").id(), "shifted");

            assertEquals(new Provenance("minimal", "1.0.0", "shifted", "1.0.0", "test.scoring.shifted", "1.4.0",
                    card.provenance().computedAt()), card.provenance());
        }

        @Test
        void whatAStrategyPutsInTheProvenanceIsReplaced() throws Exception {
            Provenance forged = new Provenance("x", "9", "y", "9", "z", "9", Instant.EPOCH);
            fixture.register(fixture.bundle("test.scoring.forger", "1.0.0"), "forger", "1.0.0",
                    new Returning(input -> new ScoreCard("another assessment", 10.0, List.of(), List.of(),
                            new Verdict("supplier", List.of(), "supplier"), null, 0, forged)));
            Assessment a = assessment("forged");

            ScoreCard card = scoring.score(a.id(), "forger");

            assertEquals(a.id(), card.assessmentId());
            assertEquals("forger@1.0.0 (test.scoring.forger 1.0.0)", card.provenance().strategy());
            assertEquals("minimal", card.provenance().modelId());
            assertNotEquals(Instant.EPOCH, card.provenance().computedAt());
        }
    }

    @Nested
    class AMissingStrategy {

        @Test
        void failsAfterTheWaitNamingItAndTheInstalledOnes() {
            Assessment a = answered("missing");
            scoring.addChoice(Configs.choice("minimal", "absent"), Map.of());

            long start = System.nanoTime();
            ScoringException e = assertThrows(ScoringException.class, () -> scoring.score(a.id()));
            long elapsed = System.nanoTime() - start;

            assertEquals("scoring strategy absent is not installed (waited 300 ms); installed: shifted@1.0.0, "
                    + "weighted@0.9.3", e.getMessage());
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(WAIT),
                    "failed after " + elapsed + " ns, before the " + WAIT + " ms were over");
        }

        @Test
        void aMissingPinnedVersionIsNamedAndWaitedFor() {
            Assessment a = answered("missing version");

            long start = System.nanoTime();
            ScoringException e = assertThrows(ScoringException.class, () -> scoring.score(a.id(), "weighted@1.0.0"));
            long elapsed = System.nanoTime() - start;

            assertEquals("scoring strategy weighted version 1.0.0 is not installed (waited 300 ms); installed: "
                    + "shifted@1.0.0, weighted@0.9.3", e.getMessage());
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(WAIT),
                    "failed after " + elapsed + " ns, before the " + WAIT + " ms were over");
        }

        @Test
        void theWaitFollowsTheConfiguration() {
            Assessment a = answered("reconfigured");
            scoring.modified(Configs.waitMillis(50));

            long start = System.nanoTime();
            ScoringException e = assertThrows(ScoringException.class, () -> scoring.score(a.id(), "absent"));
            long elapsed = System.nanoTime() - start;

            assertTrue(e.getMessage().startsWith("scoring strategy absent is not installed (waited 50 ms)"),
                    e.getMessage());
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(50), "failed after " + elapsed + " ns");
        }

        @Test
        void noneInstalledIsSaid() {
            Assessment a = answered("none");
            fixture.unregister(weighted);
            fixture.unregister(shifted);
            ScoringServiceImpl noWait = fixture.service(0);

            ScoringException e = assertThrows(ScoringException.class, () -> noWait.score(a.id()));

            assertEquals("scoring strategy weighted is not installed (waited 0 ms); installed: none", e.getMessage());
        }

        @Test
        void aStrategyRegisteredWhileACallWaitsScoresIt() throws Exception {
            Assessment a = answered("late");
            ScoringServiceImpl patient = fixture.service(60_000);
            patient.addChoice(Configs.choice("minimal", "late"), Map.of());
            Bundle bundle = fixture.bundle("test.scoring.late", "1.0.0");
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<ScoreCard> call = thread.submit(() -> patient.score(a.id()));
                Thread.sleep(200);
                assertFalse(call.isDone(), "the call waits for its strategy");

                fixture.register(bundle, "late", null, new Constant(70, "partner"));

                ScoreCard card = call.get(60, TimeUnit.SECONDS);
                assertEquals("late@1.0.0", strategy(card));
                assertEquals(70.0, card.overall());
            } finally {
                thread.shutdownNow();
            }
        }

        @Test
        void aStrategyWhoseBundleGoesAwayDuringTheCallIsReplacedByWhatTookItsPlace() throws Exception {
            Assessment a = answered("updated");
            Bundle old = fixture.bundle("test.scoring.updated", "1.0.0");
            Bundle next = fixture.bundle("test.scoring.updated", "1.0.1");
            AtomicReference<ServiceRegistration<ScoringStrategy>> registration = new AtomicReference<>();
            AtomicInteger calls = new AtomicInteger();
            ScoringStrategy updating = input -> {
                calls.incrementAndGet();
                // the bundle is updated under the running call: its service goes, its class loader is closed
                fixture.unregister(registration.get());
                try {
                    old.stop();
                } catch (BundleException e) {
                    throw new AssertionError(e);
                }
                fixture.register(next, "updated", null, new Constant(85, "partner"));
                throw new NoClassDefFoundError("org/tandem/test/Gone");
            };
            registration.set(fixture.register(old, "updated", null, updating));

            ScoreCard card = scoring.score(a.id(), "updated");

            assertEquals(1, calls.get());
            assertEquals("updated@1.0.1 (test.scoring.updated 1.0.1)", card.provenance().strategy());
            assertEquals(85.0, card.overall());
            assertEquals(List.of(), fixture.log.messages(LogLevel.ERROR));
        }

        @Test
        void aStrategyWhoseBundleGoesAwayForGoodFailsAfterTheWait() throws Exception {
            Assessment a = answered("uninstalled");
            Bundle gone = fixture.bundle("test.scoring.gone", "1.0.0");
            AtomicReference<ServiceRegistration<ScoringStrategy>> registration = new AtomicReference<>();
            registration.set(fixture.register(gone, "gone", null, input -> {
                fixture.unregister(registration.get());
                try {
                    gone.stop();
                } catch (BundleException e) {
                    throw new AssertionError(e);
                }
                throw new NoClassDefFoundError("org/tandem/test/Gone");
            }));

            long start = System.nanoTime();
            ScoringException e = assertThrows(ScoringException.class, () -> scoring.score(a.id(), "gone"));
            long elapsed = System.nanoTime() - start;

            assertEquals("scoring strategy gone is not installed (waited 300 ms); installed: shifted@1.0.0, "
                    + "weighted@0.9.3", e.getMessage());
            assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(WAIT), "failed after " + elapsed + " ns");
        }
    }

    @Nested
    class AFailingStrategy {

        private Bundle bundle;

        @BeforeEach
        void install() throws Exception {
            bundle = fixture.bundle("test.scoring.broken", "2.0.1");
        }

        /** Registers {@code strategy} as {@code id@1.0.0}, scores with it and returns the refusal. */
        private ScoringException refusal(Assessment a, String id, ScoringStrategy strategy) {
            fixture.register(bundle, id, "1.0.0", strategy);
            return assertThrows(ScoringException.class, () -> scoring.score(a.id(), id));
        }

        private String invalid(String id, String problems) {
            return "scoring strategy " + id + "@1.0.0 (bundle test.scoring.broken 2.0.1) returned an invalid score card: "
                    + problems;
        }

        @Test
        void thatThrowsFailsNamingItItsBundleAndTheCauseAndIsLogged() {
            Assessment a = answered("throws");
            IllegalStateException cause = new IllegalStateException("the weights do not add up");
            AtomicInteger calls = new AtomicInteger();

            ScoringException e = refusal(a, "throwing", input -> {
                calls.incrementAndGet();
                throw cause;
            });

            String expected = "scoring strategy throwing@1.0.0 (bundle test.scoring.broken 2.0.1) failed on assessment "
                    + a.id() + ": java.lang.IllegalStateException: the weights do not add up";
            assertEquals(expected, e.getMessage());
            assertSame(cause, e.getCause());
            assertEquals(1, calls.get(), "its bundle is still active: it is not called again");
            assertEquals(List.of(expected + " " + cause), fixture.log.messages(LogLevel.ERROR));
        }

        @Test
        void aNaNScoreIsRefused() {
            Assessment a = answered("nan");

            ScoringException e = refusal(a, "nan", new Constant(Double.NaN, "partner"));

            assertEquals(invalid("nan", "overall score NaN is not within 0-100"), e.getMessage());
            assertEquals(List.of("Scoring strategy nan@1.0.0 (bundle test.scoring.broken) returned an invalid score "
                    + "card: [overall score NaN is not within 0-100]"), fixture.log.messages(LogLevel.ERROR));
        }

        @Test
        void aScoreAbove100IsRefused() {
            Assessment a = answered("150");

            ScoringException e = refusal(a, "over", new Constant(150, "partner"));

            assertEquals(invalid("over", "overall score 150.0 is not within 0-100"), e.getMessage());
            assertEquals(1, fixture.log.messages(LogLevel.ERROR).size());
        }

        @Test
        void aVerdictBandTheModelDoesNotHaveIsRefused() {
            Assessment a = answered("band");

            ScoringException e = refusal(a, "band", new Constant(80, "excellent"));

            assertEquals(invalid("band", "verdict 'excellent' is not a band of minimal@1.0.0"
                        + "; reached band 'excellent' is not a band of minimal@1.0.0"), e.getMessage());
            assertEquals(1, fixture.log.messages(LogLevel.ERROR).size());
        }

        @Test
        void noCardIsRefused() {
            Assessment a = answered("null");

            ScoringException e = refusal(a, "null", new Returning(input -> null));

            assertEquals(invalid("null", "it returned no score card"), e.getMessage());
            assertEquals(1, fixture.log.messages(LogLevel.ERROR).size());
        }

        @Test
        void aCardWithoutAVerdictIsRefused() {
            Assessment a = answered("no verdict");

            ScoringException e = refusal(a, "verdictless", new Returning(input -> new ScoreCard(input.assessmentId(),
                    50.0, List.of(), List.of(), null, null, 2, null)));

            assertEquals(invalid("verdictless", "it has no verdict"), e.getMessage());
        }

        @Test
        void everyProblemOfACardIsListed() {
            Assessment a = answered("odd");
            ScoreCard odd = new ScoreCard(a.id(), Double.NaN, List.of(new PerspectiveScore("customer", 101.0, null, 1)),
                    List.of(new DimensionScore("cooperative", 150.0, List.of(new PerspectiveScore("provider", -5.0, 0.0, 1)),
                            null, null, 7), new DimensionScore("trust", 50.0, List.of(), null, null, null)),
                    new Verdict("excellent", List.of(), "excellent"), null, 2, null);

            ScoringException e = refusal(a, "odd", new Returning(input -> odd));

            assertEquals(invalid("odd", "overall score NaN is not within 0-100; "
                    + "overall of customer score 101.0 is not within 0-100; "
                    + "cooperative score 150.0 is not within 0-100; "
                    + "cooperative of provider score -5.0 is not within 0-100; "
                    + "cooperative level 7 is not 1-5; "
                    + "unknown dimension 'trust'; "
                    + "verdict 'excellent' is not a band of minimal@1.0.0"
                        + "; reached band 'excellent' is not a band of minimal@1.0.0"), e.getMessage());
        }

        @Test
        void aCardOfNoAnswersWithNoBandIsValid() {
            Assessment a = assessment("unanswered");

            ScoreCard card = scoring.score(a.id());

            assertNull(card.overall());
            assertEquals(new Verdict(null, List.of(), null), card.verdict());
            assertEquals(0, card.respondents());
            assertEquals(List.of(), fixture.log.messages(LogLevel.ERROR));
        }

        @Test
        void anAssessmentIsNotClosedWithAnInvalidCard() {
            Assessment a = answered("not closed");
            fixture.register(bundle, "nan", "1.0.0", new Constant(Double.NaN, "partner"));
            scoring.addChoice(Configs.choice("minimal", "nan"), Map.of());

            assertThrows(ScoringException.class, () -> closeWithCard(a));

            assertTrue(store.assessment(a.id()).orElseThrow().isOpen());
            assertEquals(List.of(), store.scoreCards(a.id()));
        }
    }

    @Nested
    class WhatIsScored {

        @Test
        void onlySubmittedResponsesAreScored() throws Exception {
            Recording recording = new Recording();
            fixture.register(fixture.bundle("test.scoring.recording", "1.0.0"), "recording", null, recording);
            Assessment a = assessment("partial");
            Respondent eva = fixture.answer(a, "customer", CUSTOMER, true);
            fixture.answer(a, "provider", PROVIDER, false);
            fixture.answer(a, "customer", LOWEST, false);
            store.addRespondent(a.id(), "provider", "Has not started");

            ScoreCard card = scoring.score(a.id(), "recording");

            assertEquals(List.of(new ScoringInput.Answers(eva.id(), "customer", CUSTOMER)),
                    recording.inputs.get(0).responses());
            assertEquals(a.id(), recording.inputs.get(0).assessmentId());
            assertEquals(fixture.snapshots.of(a), recording.inputs.get(0).model());
            assertEquals(1, card.respondents());
            assertEquals(87.5, card.dimension("cooperative").orElseThrow().score(), "the customer's alone");
            assertEquals(50.0, card.dimension("transparent").orElseThrow().score());
            assertNull(card.dimension("cooperative").orElseThrow().gap(), "one side scored: no gap");
        }

        @Test
        void anUnknownAssessmentIsRefusedNamingIt() {
            AssessmentException e = assertThrows(AssessmentException.class, () -> scoring.score("no-such-assessment"));
            assertEquals("no assessment no-such-assessment", e.getMessage());
            assertThrows(AssessmentException.class, () -> scoring.rescore("no-such-assessment"));
        }
    }

    @Nested
    class PublishedCards {

        @Test
        void closingPublishesTheCardScoredThen() {
            Assessment a = answered("closing");

            Assessment closed = closeWithCard(a);

            assertFalse(closed.isOpen());
            ScoreCard published = scoring.published(a.id()).orElseThrow();
            assertEquals("weighted@0.9.3", strategy(published));
            assertWeighted(published);
            assertEquals(List.of(published), scoring.history(a.id()));
            assertEquals(published, scoring.score(a.id()));
        }

        @Test
        void aClosedAssessmentKeepsItsPublishedCardWhateverIsChosenLater() {
            Assessment a = answered("kept");
            closeWithCard(a);
            ScoreCard published = scoring.published(a.id()).orElseThrow();

            scoring.addChoice(Configs.choice("minimal", "shifted"), Map.of());
            assertEquals(published, scoring.score(a.id()), "the very card, computedAt and all");

            fixture.unregister(weighted);
            assertEquals(published, scoring.score(a.id()), "its strategy is not needed any more");

            ScoreCard explicit = scoring.score(a.id(), "shifted");
            assertEquals("shifted@1.0.0", strategy(explicit), "scoring with a named strategy scores now");
            assertEquals(List.of(published), scoring.history(a.id()), "and publishes nothing");
        }

        @Test
        void aClosedAssessmentWithoutACardIsScoredNow() {
            Assessment a = answered("closed without a card");
            store.close(a.id());

            assertEquals(Optional.empty(), scoring.published(a.id()));
            ScoreCard card = scoring.score(a.id());
            assertEquals("weighted@0.9.3", strategy(card));
            assertWeighted(card);
        }

        @Test
        void rescoreAddsACardWithTheStrategyChosenNowAndHistoryListsThemOldestFirst() {
            Assessment a = answered("rescored");
            closeWithCard(a);
            ScoreCard first = scoring.published(a.id()).orElseThrow();
            scoring.addChoice(Configs.choice("minimal", "shifted"), Map.of());

            ScoreCard second = scoring.rescore(a.id());

            assertEquals("shifted@1.0.0", strategy(second));
            assertEquals(32.5, second.overall());
            assertEquals(List.of(first, second), scoring.history(a.id()));
            assertEquals(Optional.of(second), scoring.published(a.id()), "the last is current");
            assertEquals(second, scoring.score(a.id()));
            assertEquals(2, store.scoreCards(a.id()).size());
        }

        @Test
        void rescoreOfAnOpenAssessmentIsRefused() {
            Assessment a = answered("open");

            AssessmentException e = assertThrows(AssessmentException.class, () -> scoring.rescore(a.id()));

            assertEquals("assessment " + a.id() + " is open: it is scored live; re-scoring is for closed assessments",
                    e.getMessage());
            assertEquals(List.of(), scoring.history(a.id()));
            assertTrue(store.assessment(a.id()).orElseThrow().isOpen());
        }

        @Test
        void aFailedRescoreAddsNoCard() {
            Assessment a = answered("failed rescore");
            closeWithCard(a);
            ScoreCard first = scoring.published(a.id()).orElseThrow();
            scoring.addChoice(Configs.choice("minimal", "absent"), Map.of());

            assertThrows(ScoringException.class, () -> scoring.rescore(a.id()));

            assertEquals(List.of(first), scoring.history(a.id()));
        }

        @Test
        void aCardRoundTripsThroughItsJsonExactly() {
            ScoreCard card = scoring.score(answered("json").id());

            assertEquals(card, ScoreCardJson.read(ScoreCardJson.write(card)));
        }
    }

    @Nested
    class Comparing {

        @Test
        void everyAssessmentOfTheModelIsListedWithBothVerdictsAndTheLargestChange() {
            Assessment partner = answered("Partner");
            Assessment other = fixture.assessment("Other model", "other", "1.0.0", minimal("other", "1.0.0"));
            fixture.answer(other, "customer", CUSTOMER, true);
            Assessment lowest = assessment("Lowest");
            fixture.answer(lowest, "customer", LOWEST, true);
            Assessment unanswered = assessment("Unanswered");

            Comparison comparison = scoring.compare("minimal", "weighted", "shifted");

            assertEquals("minimal", comparison.modelId());
            assertEquals("weighted@0.9.3", comparison.first());
            assertEquals("shifted@1.0.0", comparison.second());
            assertEquals(3, comparison.rows().size(), "not the assessment of the other model: " + comparison.rows());
            Comparison.Row error = comparison.rows().get(0);
            assertEquals(unanswered.id(), error.assessmentId());
            assertEquals("Unanswered", error.name());
            assertNull(error.firstVerdict());
            assertNull(error.secondVerdict());
            assertNull(error.largestDimension());
            assertEquals(0.0, error.largestChange());
            assertEquals("scoring strategy shifted@1.0.0 (bundle test.scoring.shifted 1.4.0) failed on assessment "
                    + unanswered.id() + ": java.lang.IllegalArgumentException: " + Shifted.NOTHING, error.error());
            assertEquals(new Comparison.Row(lowest.id(), "Lowest", "supplier", "supplier", null, 0.0, null),
                    comparison.rows().get(1), "every score is 0 under both: nothing moved");
            assertEquals(new Comparison.Row(partner.id(), "Partner", "partner", "supplier", "transparent", -40.0, null),
                    comparison.rows().get(2));
            assertEquals(1, comparison.verdictChanges(), "an error row is not a change");
        }

        @Test
        void theChangeIsSecondMinusFirstAndEitherStrategyMayFail() {
            Assessment partner = answered("Partner");
            Assessment unanswered = assessment("Unanswered");

            Comparison comparison = scoring.compare("minimal", "shifted@1.0.0", "weighted");

            assertEquals("shifted@1.0.0", comparison.first());
            assertEquals(new Comparison.Row(partner.id(), "Partner", "supplier", "partner", "transparent", 40.0, null),
                    comparison.rows().get(1));
            Comparison.Row error = comparison.rows().get(0);
            assertEquals(unanswered.id(), error.assessmentId());
            assertTrue(error.error().contains("shifted@1.0.0") && error.error().contains(Shifted.NOTHING), error.error());
            assertFalse(error.verdictChanged());
            assertEquals(1, comparison.verdictChanges());
        }

        @Test
        void aMissingStrategyGivesAnErrorRowPerAssessment() {
            Assessment a = answered("Partner");
            scoring.modified(Configs.waitMillis(0));

            Comparison comparison = scoring.compare("minimal", "weighted", "absent");

            assertEquals("absent", comparison.second());
            assertEquals(1, comparison.rows().size());
            assertEquals(a.id(), comparison.rows().get(0).assessmentId());
            assertTrue(comparison.rows().get(0).error().startsWith("scoring strategy absent is not installed"),
                    comparison.rows().get(0).error());
            assertEquals(0, comparison.verdictChanges());
        }

        @Test
        void aModelWithoutAssessmentsHasNoRows() {
            answered("Partner");

            assertEquals(List.of(), scoring.compare("partnership", "weighted", "shifted").rows());
        }
    }

    /** Insights for strategies that leave them out, as the weighted copy of these tests does. */
    @Nested
    class Insights {

        /** The minimal model with customer and provider as each other's counterparts. */
        private Assessment paired(String name) {
            String document = MINIMAL.replace("{ \"id\": \"customer\",", "{ \"id\": \"customer\", \"counterpart\": \"provider\",")
                    .replace("{ \"id\": \"provider\",", "{ \"id\": \"provider\", \"counterpart\": \"customer\",");
            Assessment a = fixture.assessment(name, "minimal", "1.0.0", document);
            fixture.answer(a, "customer", CUSTOMER, true);
            fixture.answer(a, "provider", PROVIDER, true);
            return a;
        }

        @Test
        void aCardWithoutInsightsGetsTheSharedOnesAndKeepsThemWhenPublished() {
            Assessment a = paired("paired");

            ScoreCard card = scoring.score(a.id());

            // cooperative: customer 87.5, provider 12.5; transparent: customer 50 (not above the midpoint), provider 87.5
            assertEquals(List.of(Quadrant.BLIND_SPOT, Quadrant.UNDERVALUED, Quadrant.UNDERVALUED, Quadrant.BLIND_SPOT),
                    card.insights().quadrants().stream().map(QuadrantPlacement::quadrant).toList());
            assertEquals(List.of("customer", "provider", "customer", "provider"),
                    card.insights().quadrants().stream().map(QuadrantPlacement::perspective).toList());
            closeWithCard(a);
            assertEquals(card.insights(), scoring.published(a.id()).orElseThrow().insights());
        }

        @Test
        void aModelWithoutCounterpartsHasNone() {
            assertSame(org.tandem.api.scoring.Insights.NONE, scoring.score(answered("unpaired").id()).insights());
        }
    }
}
