package org.tandem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The wait for the choices configured when a service started. */
class ChoicesTest {

    private static final String FACTORY = "org.tandem.scoring.model";

    @Test
    void aCallMadeBeforeTheConfiguredChoicesArrivedWaitsForThem() throws Exception {
        Choices<String> choices = new Choices<>();
        choices.expect(configured(FACTORY + "~a", FACTORY + "~b"), FACTORY);
        choices.add("a", Map.of("service.pid", FACTORY + "~a"));
        CompletableFuture<List<String>> call = CompletableFuture.supplyAsync(() -> List.copyOf(choices.all(10_000)));
        Thread.sleep(200);
        assertFalse(call.isDone(), "waits while a configured choice is missing");
        choices.add("b", Map.of("service.pid", FACTORY + "~b"));
        assertEquals(List.of("a", "b"), call.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aChoiceThatNeverArrivesIsWaitedForOnceWithinTheBound() {
        Choices<String> choices = new Choices<>();
        choices.expect(configured(FACTORY + "~gone"), FACTORY);
        choices.add("other", Map.of("service.pid", FACTORY + "~other"));
        assertEquals(List.of("other"), choices.all(100));
        long start = System.nanoTime();
        assertEquals(List.of("other"), choices.all(60_000));
        assertEquals(0, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), "no second wait");
    }

    @Test
    void withoutConfiguredChoicesNothingWaitsAndChoicesComeAndGo() {
        Choices<String> choices = new Choices<>();
        choices.expect(configured(), FACTORY);
        assertEquals(List.of(), choices.all(60_000));
        choices.add("a", Map.of("service.pid", FACTORY + "~a"));
        assertEquals(List.of("a"), choices.all(60_000));
        choices.remove("a", Map.of("service.pid", FACTORY + "~a"));
        assertEquals(List.of(), choices.all(60_000));
    }

    @Test
    void whenTheServiceGoesItsChoicesStayForTheCallsStillRunning() {
        Choices<String> choices = new Choices<>();
        choices.expect(configured(FACTORY + "~a"), FACTORY);
        choices.add("a", Map.of("service.pid", FACTORY + "~a"));
        assertEquals(List.of("a"), choices.all(60_000));
        choices.close(); // deactivated: its references are unbound after this
        choices.remove("a", Map.of("service.pid", FACTORY + "~a"));
        assertEquals(List.of("a"), choices.all(60_000), "a call still running keeps the administrator's choice");
    }

    @Test
    void aGoingServiceDoesNotWaitForChoicesThatWillNotCome() {
        Choices<String> choices = new Choices<>();
        choices.expect(configured(FACTORY + "~late"), FACTORY);
        choices.close();
        long start = System.nanoTime();
        assertEquals(List.of(), choices.all(60_000));
        assertEquals(0, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), "no wait once closed");
    }

    /** A configuration admin holding factory configurations with these pids (and answering nothing else). */
    private static ConfigurationAdmin configured(String... pids) {
        Configuration[] configurations = new Configuration[pids.length];
        for (int i = 0; i < pids.length; i++) {
            String pid = pids[i];
            configurations[i] = (Configuration) Proxy.newProxyInstance(ChoicesTest.class.getClassLoader(),
                    new Class<?>[] {Configuration.class}, (p, method, args) -> {
                        if (method.getName().equals("getPid")) {
                            return pid;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
        return (ConfigurationAdmin) Proxy.newProxyInstance(ChoicesTest.class.getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (p, method, args) -> {
                    if (method.getName().equals("listConfigurations")) {
                        assertEquals("(service.factoryPid=" + FACTORY + ")", args[0]);
                        return configurations.length == 0 ? null : configurations;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
