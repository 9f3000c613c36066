package org.tandem.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.log.Logger;

/**
 * Calls into plugins (scoring strategies, report renderers) with a time limit, so a plugin that
 * hangs costs only its own callers.
 * <p>
 * Each plugin (its key and bundle) gets a pool of its own: at most {@link #THREADS} daemon threads
 * named {@code tandem-<kind> <plugin> #n}, and at most {@link #QUEUED} calls waiting for them.
 * A separate bound per plugin, rather than one shared pool, is the point: a plugin that hangs and
 * ignores interruption can tie up only its own threads; once they and its queue are taken, its
 * further calls are refused at once, while every other plugin keeps its own threads. Idle
 * threads end after a minute, so a plugin nobody calls holds no thread; past 64 pools (plugin
 * versions come and go with updates) idle ones are let go.
 * <p>
 * The threads of a plugin's pool belong to a thread group of its own, and threads inherit their
 * creator's group: threads the plugin starts during a call and leaves running are found there
 * after the call and logged once, naming the plugin and its bundle.
 */
public final class PluginCalls implements AutoCloseable {

    /** Calls of one plugin that run at once. */
    public static final int THREADS = 8;
    /** Calls of one plugin that may wait for one of its threads. */
    public static final int QUEUED = 64;
    /** Pools kept before idle ones are let go: plugin versions come and go with updates. */
    private static final int POOLS = 64;
    /** Leaked threads remembered per plugin, so each is logged once. */
    private static final int REMEMBERED = 256;

    private final String kind;
    private final Logger log;
    private final int threads;
    private final int queued;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    /** Calls of plugins of {@code kind} ("scoring", "report"), logging to {@code log}. */
    public PluginCalls(String kind, Logger log) {
        this(kind, log, THREADS, QUEUED);
    }

    /** With {@code threads} threads and {@code queued} waiting calls per plugin. */
    PluginCalls(String kind, Logger log, int threads, int queued) {
        this.kind = kind;
        this.log = log;
        this.threads = threads;
        this.queued = queued;
    }

    /** A configured time limit in milliseconds, at least 1 ms and at most one day. */
    public static long boundedCall(long millis) {
        return Math.max(1, VersionedServices.boundedWait(millis));
    }

    /**
     * Runs {@code call} on {@code plugin}'s pool and waits for it up to {@code timeoutMillis}; on
     * timeout it is interrupted.
     *
     * @param plugin names the plugin and its bundle, e.g. {@code scoring strategy weighted@1.0.0 (bundle ...)}
     * @throws ExecutionException with what the call threw as its cause
     * @throws TimeoutException when it did not finish in time (it has been interrupted)
     * @throws RejectedExecutionException when the plugin's threads and queue are all taken
     * @throws InterruptedException when the caller was interrupted while waiting (the call is interrupted too)
     */
    public <T> T call(String plugin, Callable<T> call, long timeoutMillis)
            throws ExecutionException, TimeoutException, InterruptedException {
        Pool pool;
        Future<T> future;
        while (true) {
            pool = pool(plugin);
            try {
                future = pool.executor.submit(call);
                break;
            } catch (RejectedExecutionException e) {
                if (!pool.executor.isShutdown()) {
                    throw e;
                }
                pools.remove(plugin, pool); // let go as idle just now: take a new one
            }
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } finally {
            future.cancel(true); // nothing when done; interrupts a call that timed out or whose caller was interrupted
            pool.reportLeaks();
        }
    }

    private Pool pool(String plugin) {
        Pool pool = pools.get(plugin);
        if (pool != null) {
            return pool;
        }
        if (pools.size() >= POOLS) {
            pools.values().removeIf(Pool::shutdownIfIdle);
        }
        return pools.computeIfAbsent(plugin, Pool::new);
    }

    /** Calls of {@code plugin} waiting for one of its threads. */
    int waiting(String plugin) {
        Pool pool = pools.get(plugin);
        return pool == null ? 0 : pool.executor.getQueue().size();
    }

    /** Stops every pool, interrupting running calls. */
    @Override
    public void close() {
        pools.values().forEach(p -> p.executor.shutdownNow());
        pools.clear();
    }

    private final class Pool {
        private final String plugin;
        private final String prefix;
        private final ThreadGroup group;
        private final ThreadPoolExecutor executor;
        private final Set<Thread> reported = ConcurrentHashMap.newKeySet();
        private final AtomicInteger numbers = new AtomicInteger();

        Pool(String plugin) {
            this.plugin = plugin;
            this.prefix = "tandem-" + kind + " " + plugin + " #";
            this.group = new ThreadGroup("tandem-" + kind + " " + plugin);
            this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queued), this::thread);
            executor.allowCoreThreadTimeOut(true);
        }

        private Thread thread(Runnable r) {
            Thread t = new Thread(group, r, prefix + numbers.incrementAndGet());
            t.setDaemon(true);
            return t;
        }

        /** Stops the pool when no call runs or waits; true when it did. */
        boolean shutdownIfIdle() {
            if (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
                return false;
            }
            executor.shutdown();
            return true;
        }

        /** Logs the threads the plugin started and left running that were not logged before. */
        void reportLeaks() {
            Thread[] threads = new Thread[group.activeCount() + 8];
            int n = group.enumerate(threads, true);
            List<String> leaked = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Thread t = threads[i];
                if (t.isAlive() && !t.getName().startsWith(prefix) && reported.size() < REMEMBERED && reported.add(t)) {
                    leaked.add(t.getName());
                }
            }
            reported.removeIf(t -> !t.isAlive());
            if (!leaked.isEmpty()) {
                log.warn("{} started {} thread(s) that still run after its call returned: {}; its bundle should stop "
                        + "them", plugin, leaked.size(), leaked);
            }
        }
    }
}
