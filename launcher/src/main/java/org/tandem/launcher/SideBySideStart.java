package org.tandem.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Starts the feature bundles above the configured start level on a few threads side by side,
 * taken in start order, instead of one after another on the framework's start-level thread:
 * activating a bundle's components is mostly work on one core (loading classes, reading its
 * model or templates), so on a machine with two or more cores the start takes less time. They are
 * resolved together first, in one pass of the resolver. Bundles do not wait for each other:
 * Declarative Services activates a component once the services it needs are there, whichever
 * bundle starts first. A bundle that fails to start is recorded with {@link StartupProblems}.
 */
final class SideBySideStart {

    private SideBySideStart() {
    }

    /** How many bundles start at once: one per core, at least two and at most four. */
    static int threads() {
        return Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Starts {@code bundles} (transiently: the launcher starts them again on every start) and
     * returns once each has started or failed; fails if that takes longer than {@code timeoutMillis}.
     */
    static void start(Bundle framework, List<Bundle> bundles, StartupProblems problems, long timeoutMillis)
            throws LaunchException {
        List<Bundle> ordered = new ArrayList<>(bundles);
        ordered.removeIf(BundleSet::isFragment);
        ordered.sort(Comparator.comparingInt((Bundle b) -> b.adapt(BundleStartLevel.class).getStartLevel())
                .thenComparingLong(Bundle::getBundleId));
        framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads(), task -> {
            Thread thread = new Thread(task, "tandem-start-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Bundle bundle : ordered) {
                pool.execute(() -> {
                    try {
                        bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                    } catch (BundleException | RuntimeException e) {
                        problems.failed(bundle, e);
                    }
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new LaunchException(LaunchException.FAILED, "the bundles did not start within "
                        + timeoutMillis / 1000 + " s (a bundle activator hangs? see logs/)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.FAILED, "interrupted while starting");
        } finally {
            pool.shutdownNow();
        }
    }
}
