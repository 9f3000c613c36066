package org.tandem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.core.internal.registry.RecordingLogger;

/** Calls into plugins on pools of their own: what a call returns or throws reaches the caller as it was. */
class PluginCallsTest {

    private final PluginCalls calls = new PluginCalls("test", new RecordingLogger());

    @AfterEach
    void close() {
        calls.close();
    }

    @Test
    void aCallRunsOnAThreadNamedForThePluginAndItsResultComesBack() throws Exception {
        String thread = calls.call("renderer a@1.0.0 (bundle x 1.0.0)", () -> Thread.currentThread().getName(), 5_000);
        assertTrue(thread.startsWith("tandem-test renderer a@1.0.0 (bundle x 1.0.0) #"), thread);
    }

    @Test
    void whatACallThrowsIsTheCause() {
        IllegalStateException thrown = new IllegalStateException("broken");
        ExecutionException e = assertThrows(ExecutionException.class, () -> calls.call("a", () -> {
            throw thrown;
        }, 5_000));
        assertSame(thrown, e.getCause());
    }

    @Test
    void manyPluginVersionsComeAndGoAndEachIsStillCalled() throws Exception {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                assertEquals(n, calls.call("strategy s@1.0." + i, () -> n, 5_000));
            }
        }
    }

    @Test
    void aPluginWhoseThreadsAndQueueAreTakenIsRefusedAtOnceWhileOthersAreCalled() throws Exception {
        PluginCalls small = new PluginCalls("test", new RecordingLogger(), 1, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch end = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Callable<String> hanging = () -> {
                started.countDown();
                end.await();
                return "done";
            };
            Future<String> running = callers.submit(() -> small.call("hanging", hanging, 30_000));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Future<String> waiting = callers.submit(() -> small.call("hanging", hanging, 30_000));
            while (small.waiting("hanging") == 0) {
                Thread.sleep(10);
            }

            assertThrows(RejectedExecutionException.class, () -> small.call("hanging", hanging, 30_000));
            assertEquals("other", small.call("other", () -> "other", 5_000));

            end.countDown();
            assertEquals("done", running.get(10, TimeUnit.SECONDS));
            assertEquals("done", waiting.get(10, TimeUnit.SECONDS));
        } finally {
            end.countDown();
            callers.shutdownNow();
            small.close();
        }
    }

    @Test
    void aTimeLimitIsAtLeastOneMillisecondAndAtMostADay() {
        assertEquals(1, PluginCalls.boundedCall(0));
        assertEquals(1, PluginCalls.boundedCall(-5));
        assertEquals(200, PluginCalls.boundedCall(200));
        assertEquals(86_400_000L, PluginCalls.boundedCall(Long.MAX_VALUE));
    }
}
