package org.tandem.core.internal.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.log.LogLevel;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.scoring.ScoringException;
import org.tandem.core.internal.PluginCalls;

/**
 * Strategies that hang, ignore interruption, leak threads, and a bundle whose activation throws:
 * each fails only what it scores, naming its bundle, and every other model keeps being scored.
 * Calls are limited to {@link #CALL} ms here, so the hanging cases end quickly.
 */
class MisbehavingStrategiesTest {

    private static final long CALL = 200;
    private static final Map<String, String> CUSTOMER =
            Map.of("coop-interests", "4", "coop-plan", "no", "transp-sharing", "sometimes");

    @TempDir
    Path dir;

    private ScoringFixture fixture;
    private ScoringServiceImpl scoring;
    /** Released at the end: every strategy that hangs waits for it. */
    private final CountDownLatch end = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private Assessment healthy;
    private Assessment other;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScoringFixture(dir);
        scoring = new ScoringServiceImpl(fixture.store, fixture.snapshots, fixture.strategies, fixture.log,
                Configs.calls(0, CALL));
        fixture.register(fixture.bundle("org.tandem.scoring.weighted", "1.0.0"), "weighted", null,
                new TestStrategies.Weighted());
        healthy = fixture.assessment("Healthy", "minimal", "1.0.0", minimal("1.0.0"));
        fixture.answer(healthy, "customer", CUSTOMER, true);
        // another model, scored with the strategy that misbehaves in each test
        other = fixture.assessment("Other", "other", "1.0.0", minimal("other", "1.0.0"));
        fixture.answer(other, "customer", CUSTOMER, true);
    }

    @AfterEach
    void close() throws Exception {
        end.countDown();
        callers.shutdownNow();
        scoring.deactivate();
        fixture.close();
    }

    @Test
    void aHangingStrategyIsInterruptedAfterTheCallTimeNamingItItsBundleAndTheTime() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        fixture.register(fixture.bundle("test.scoring.hanging", "3.1.0"), "hanging", "1.0.0", input -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        });

        ScoringException e = assertThrows(ScoringException.class, () -> scoring.score(other.id(), "hanging"));

        String expected = "scoring strategy hanging@1.0.0 (bundle test.scoring.hanging 3.1.0) did not finish scoring "
                + "assessment " + other.id() + " within 200 ms; it was interrupted";
        assertEquals(expected, e.getMessage());
        assertEquals(List.of(expected), fixture.log.messages(LogLevel.ERROR));
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the strategy's thread is interrupted");
        assertNotNull(scoring.score(healthy.id()).overall(), "the weighted model is scored as before");
    }

    @Test
    void aStrategyThatIgnoresInterruptionTakesOnlyItsOwnThreads() throws Exception {
        fixture.register(fixture.bundle("test.scoring.stuck", "1.0.0"), "stuck", "1.0.0", input -> {
            while (true) {
                try {
                    end.await();
                    return null;
                } catch (InterruptedException ignored) {
                    // a badly written strategy: it carries on waiting
                }
            }
        });
        List<Future<ScoringException>> stuck = new ArrayList<>();
        for (int i = 0; i < PluginCalls.THREADS + 2; i++) {
            stuck.add(callers.submit(() -> assertThrows(ScoringException.class, () -> scoring.score(other.id(), "stuck"))));
        }
        for (Future<ScoringException> f : stuck) {
            assertTrue(f.get(30, TimeUnit.SECONDS).getMessage().startsWith(
                    "scoring strategy stuck@1.0.0 (bundle test.scoring.stuck 1.0.0) did not finish scoring assessment"));
        }

        // its threads are all still taken; the weighted strategy has threads of its own
        assertNotNull(scoring.score(healthy.id()).overall());
        assertNotNull(scoring.score(other.id(), "weighted").overall());
    }

    @Test
    void aStrategyThatLeavesAThreadRunningStillScoresAndItsBundleIsLoggedOnce() throws Exception {
        TestStrategies.Weighted weighted = new TestStrategies.Weighted();
        fixture.register(fixture.bundle("test.scoring.leaky", "0.2.0"), "leaky", "1.0.0", input -> {
            Thread t = new Thread(() -> {
                try {
                    end.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "leaky-cache-refresher");
            t.start();
            return weighted.score(input);
        });

        assertEquals(scoring.score(other.id(), "weighted").overall(), scoring.score(other.id(), "leaky").overall());
        assertEquals(scoring.score(other.id(), "weighted").overall(), scoring.score(other.id(), "leaky").overall());

        List<String> warnings = fixture.log.messages(LogLevel.WARN);
        assertEquals(2, warnings.size(), "each new thread is logged once: " + warnings);
        assertTrue(warnings.get(0).startsWith("scoring strategy leaky@1.0.0 (bundle test.scoring.leaky 0.2.0) started 1 "
                + "thread(s) that still run after its call returned: [leaky-cache-refresher]"), warnings.get(0));
        assertTrue(fixture.log.messages(LogLevel.ERROR).isEmpty());
        assertNotNull(scoring.score(healthy.id()).overall());
    }

    @Test
    void aBundleWhoseActivationThrowsStaysDownAndEveryOtherModelIsScored() throws Exception {
        Bundle broken = fixture.context().installBundle("test:broken", new ByteArrayInputStream(throwingBundle()));

        BundleException e = assertThrows(BundleException.class, broken::start);

        assertTrue(String.valueOf(e.getCause()).contains("the licence file is missing"), String.valueOf(e));
        assertEquals(Bundle.RESOLVED, broken.getState(), "it is not active: /health lists every such bundle");
        assertNotNull(scoring.score(healthy.id()).overall());
        assertNotNull(scoring.score(other.id(), "weighted").overall());
    }

    /** A bundle {@code test.activation.broken} whose activator throws on start. */
    private static byte[] throwingBundle() throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "test.activation.broken");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.BUNDLE_ACTIVATOR, ThrowingActivator.class.getName());
        main.putValue(Constants.IMPORT_PACKAGE, "org.osgi.framework");
        String path = ThrowingActivator.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest);
                InputStream in = ThrowingActivator.class.getClassLoader().getResourceAsStream(path)) {
            out.putNextEntry(new JarEntry(path));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar.toByteArray();
    }
}
