package org.tandem.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.tandem.api.scoring.StrategyInfo;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.VersionedServices;
import org.tandem.core.internal.scoring.TestStrategies.Constant;

/** The strategy whiteboard: what is bound under which id and version, and waiting for a strategy to come. */
class ScoringStrategiesTest {

    @TempDir
    Path dir;

    private ScoringFixture fixture;
    private ScoringStrategies strategies;
    private Bundle bundle;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScoringFixture(dir);
        strategies = fixture.strategies;
        bundle = fixture.bundle("test.scoring.strategies", "4.2.0");
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private ServiceRegistration<ScoringStrategy> register(String id, String version) {
        return fixture.register(bundle, id, version, new Constant(50, "partner"));
    }

    @Test
    void aStrategyIsKnownByItsPropertiesAndItsBundle() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("tandem.scoring.id", "weighted");
        properties.put("tandem.scoring.version", "1.2.0");
        properties.put("tandem.scoring.name", "Weighted");
        properties.put("tandem.scoring.description", "Weighted means");
        ServiceRegistration<ScoringStrategy> full =
                bundle.getBundleContext().registerService(ScoringStrategy.class, new Constant(1, "partner"), properties);

        assertEquals(new StrategyInfo("weighted", "1.2.0", "Weighted", "Weighted means", "test.scoring.strategies",
                "4.2.0"), ScoringStrategies.info(full.getReference()));
        assertEquals(new StrategyInfo("bare", "4.2.0", "bare", "", "test.scoring.strategies", "4.2.0"),
                ScoringStrategies.info(register("bare", null).getReference()), "no version: the bundle's; no name: the id");
        assertEquals("4.2.0", ScoringStrategies.info(register("empty", "").getReference()).version(),
                "an empty version, as the component property type's default, is the bundle's too");
        assertEquals("4.2.0", ScoringStrategies.info(register("blank", "  ").getReference()).version());
    }

    @Test
    void aServiceWithoutAnIdIsNotBound() {
        ServiceRegistration<ScoringStrategy> none =
                bundle.getBundleContext().registerService(ScoringStrategy.class, new Constant(1, "partner"), null);
        strategies.bind(new Constant(1, "partner"), none.getReference());
        register(" ", "1.0.0");

        assertNull(ScoringStrategies.info(none.getReference()));
        assertEquals(List.of(), strategies.all());
    }

    @Test
    void everyStrategyIsListedByIdThenVersionInSemanticOrder() {
        register("weighted", "1.10.0");
        register("maturity", "2.0.0");
        register("weighted", "1.2.0");
        register("weighted", "1.9.0");

        assertEquals(List.of("maturity@2.0.0", "weighted@1.2.0", "weighted@1.9.0", "weighted@1.10.0"),
                strategies.all().stream().map(StrategyInfo::key).toList());
    }

    @Test
    void theHighestVersionIsFoundUnlessOneIsAskedFor() {
        register("weighted", "1.2.0");
        register("weighted", "1.10.0");
        register("weighted", "1.10.0-rc.1");

        assertEquals("1.10.0", strategies.find("weighted", null).orElseThrow().info().version());
        assertEquals("1.2.0", strategies.find("weighted", "1.2.0").orElseThrow().info().version());
        assertEquals(Optional.empty(), strategies.find("weighted", "1.3.0"));
        assertEquals(Optional.empty(), strategies.find("maturity", null));
    }

    @Test
    void unbindingTheHighestVersionLeavesTheNextOne() {
        register("weighted", "1.2.0");
        ServiceRegistration<ScoringStrategy> newest = register("weighted", "1.10.0");

        fixture.unregister(newest);

        assertEquals("1.2.0", strategies.find("weighted", null).orElseThrow().info().version());
        assertEquals(List.of("weighted@1.2.0"), strategies.all().stream().map(StrategyInfo::key).toList());
    }

    @Test
    void unbindingAReplacedServiceKeepsItsReplacement() throws Exception {
        ServiceRegistration<ScoringStrategy> old = register("weighted", "1.0.0");
        Bundle other = fixture.bundle("test.scoring.other", "1.0.0");
        Constant replacement = new Constant(70, "partner");
        fixture.register(other, "weighted", "1.0.0", replacement);

        fixture.unregister(old);

        VersionedServices.Bound<ScoringStrategy, StrategyInfo> found = strategies.find("weighted", "1.0.0").orElseThrow();
        assertSame(replacement, found.service());
        assertEquals("test.scoring.other", found.info().bundle());
    }

    @Test
    void aBoundStrategyIsFoundWithoutWaiting() throws Exception {
        ServiceRegistration<ScoringStrategy> registration = register("weighted", "1.0.0");

        VersionedServices.Bound<ScoringStrategy, StrategyInfo> found = strategies.await("weighted", null, 60_000).orElseThrow();

        assertEquals(registration.getReference(), found.reference());
    }

    @Test
    void aMissingStrategyIsWaitedForTheWholeTime() throws Exception {
        register("weighted", "1.0.0");
        long waitMillis = 250;

        long start = System.nanoTime();
        Optional<VersionedServices.Bound<ScoringStrategy, StrategyInfo>> found = strategies.await("maturity", null, waitMillis);
        long elapsed = System.nanoTime() - start;

        assertEquals(Optional.empty(), found);
        assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(waitMillis),
                "returned after " + elapsed + " ns, before the " + waitMillis + " ms were over");
    }

    @Test
    void aMissingVersionIsWaitedForTheWholeTime() throws Exception {
        register("weighted", "1.0.0");
        long waitMillis = 150;

        long start = System.nanoTime();
        Optional<VersionedServices.Bound<ScoringStrategy, StrategyInfo>> found = strategies.await("weighted", "2.0.0", waitMillis);
        long elapsed = System.nanoTime() - start;

        assertEquals(Optional.empty(), found);
        assertTrue(elapsed >= TimeUnit.MILLISECONDS.toNanos(waitMillis),
                "returned after " + elapsed + " ns, before the " + waitMillis + " ms were over");
    }

    @Test
    void aWaitingCallerGetsTheStrategyBoundWhileItWaits() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<VersionedServices.Bound<ScoringStrategy, StrategyInfo>>> waiting =
                    thread.submit(() -> strategies.await("maturity", "2.0.0", 60_000));
            Thread.sleep(200);
            assertFalse(waiting.isDone(), "still waiting: nothing was bound");

            register("maturity", "1.0.0");
            Thread.sleep(100);
            assertFalse(waiting.isDone(), "another version does not end the wait");
            ServiceRegistration<ScoringStrategy> bound = register("maturity", "2.0.0");

            assertEquals(bound.getReference(), waiting.get(60, TimeUnit.SECONDS).orElseThrow().reference());
        } finally {
            thread.shutdownNow();
        }
    }
}
