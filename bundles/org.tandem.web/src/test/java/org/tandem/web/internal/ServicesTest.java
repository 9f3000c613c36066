package org.tandem.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.tandem.web.internal.http.HttpProblem;

/** The stand-ins the web calls services through, in a real framework where registrations come and go. */
class ServicesTest {

    @TempDir
    Path storage;

    private Framework framework;
    private BundleContext context;
    private Services services;

    @BeforeEach
    void start() throws Exception {
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        context = framework.getBundleContext();
        services = new Services(context, new TestWebConfig(60, 2000));
    }

    @AfterEach
    void stop() throws Exception {
        services.close();
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void callsTheBestRankedServiceRegisteredNow() {
        register(() -> "low", 0);
        Supplier<String> supplier = supplier();
        assertEquals("low", supplier.get());
        ServiceRegistration<?> high = register(() -> "high", 10);
        assertEquals("high", supplier.get());
        high.unregister();
        assertEquals("low", supplier.get());
        assertSame(supplier, supplier(), "one stand-in per service type");
    }

    @Test
    void aCallMadeWhileNoServiceIsThereWaitsForOneToComeBack() throws Exception {
        Supplier<String> supplier = supplier();
        CompletableFuture<String> call = CompletableFuture.supplyAsync(supplier::get);
        Thread.sleep(200);
        assertTrue(!call.isDone(), "the call waits while nothing provides the service");
        register(() -> "back", 0);
        assertEquals("back", call.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aServiceThatDoesNotComeBackInTimeIsA503NamingIt() {
        services.modified(new TestWebConfig(60, 100));
        HttpProblem problem = assertThrows(HttpProblem.class, () -> supplier().get());
        assertEquals(503, problem.status());
        assertTrue(problem.getMessage().contains("Supplier"), problem.getMessage());
        assertTrue(problem.getMessage().contains("100 ms"), problem.getMessage());
    }

    @Test
    void aCallThatFailedBecauseItsServiceWentAwayIsMadeOnceMoreOnItsSuccessor() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch gone = new CountDownLatch(1);
        AtomicReference<ServiceRegistration<?>> old = new AtomicReference<>();
        old.set(register(() -> {
            inside.countDown();
            await(gone);
            throw new IllegalStateException("stopped under the call");
        }, 0));
        Supplier<String> supplier = supplier();
        CompletableFuture<String> call = CompletableFuture.supplyAsync(supplier::get);
        inside.await(5, TimeUnit.SECONDS);
        old.get().unregister();
        register(() -> "successor", 0);
        gone.countDown();
        assertEquals("successor", call.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailureOfAServiceStillRegisteredIsItsAnswerAndIsNotRepeated() {
        AtomicInteger calls = new AtomicInteger();
        register(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("no such thing");
        }, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> supplier().get());
        assertEquals("no such thing", e.getMessage());
        assertEquals(1, calls.get());
    }

    @Test
    void onlyInterfacesHaveStandIns() {
        assertThrows(IllegalArgumentException.class, () -> services.of(String.class));
    }

    @SuppressWarnings("unchecked")
    private Supplier<String> supplier() {
        return services.of(Supplier.class);
    }

    private ServiceRegistration<?> register(Supplier<String> service, int ranking) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        return context.registerService(Supplier.class, service, properties);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
