package org.tandem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The end of the bounded wait for a service when its component goes away. */
class VersionedServicesTest {

    private final VersionedServices<Object, String> services = new VersionedServices<>(Function.identity(),
            info -> "1.0.0");

    @Test
    void aWaitingCallReturnsAtOnceWhenItsComponentGoesAway() throws Exception {
        CompletableFuture<Optional<VersionedServices.Bound<Object, String>>> call = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return services.await("weighted", null, 60_000);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Thread.sleep(200);
        assertFalse(call.isDone(), "waits while nothing is bound");
        services.close();
        assertEquals(Optional.empty(), call.get(5, TimeUnit.SECONDS), "returns at once, finding nothing");
        assertTrue(CompletableFuture.supplyAsync(() -> {
            try {
                return services.await("weighted", null, 60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS).isEmpty(), "no wait once closed");
    }
}
