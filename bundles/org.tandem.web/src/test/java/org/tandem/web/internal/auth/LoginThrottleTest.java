package org.tandem.web.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    });

    @Test
    void afterTheAllowedAttemptsANameWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.attempt("Kim", "10.0.0.1", 3, 60_000));
            now.addAndGet(1_000);
        }
        assertEquals(57, throttle.attempt("KIM", "10.0.0.1", 3, 60_000));
        assertEquals(0, throttle.attempt("kim", "10.0.0.2", 3, 60_000), "another address is not held back yet");
        assertEquals(0, throttle.attempt("alex", "10.0.0.1", 3, 60_000), "another name is not held back");
        now.addAndGet(58_000);
        assertEquals(0, throttle.attempt("kim", "10.0.0.1", 3, 60_000));
    }

    @Test
    void attemptsCountBeforeTheyAreCheckedSoParallelGuessesStopAtTheLimit() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.attempt("admin", "10.0.0.9", 5, 60_000) == 0) {
                allowed++;
            }
        }
        assertEquals(5, allowed);
    }

    @Test
    void oneNameFromManyAddressesIsHeldBackToo() {
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (throttle.attempt("admin", "10.0." + i + ".1", 5, 60_000) == 0) {
                allowed++;
            }
        }
        assertEquals(20, allowed, "four times the per-address limit for one name from anywhere");
    }

    @Test
    void aSuccessForgetsTheAttemptsAndDoesNotCountAgainstTheName() {
        for (int i = 0; i < 30; i++) {
            assertEquals(0, throttle.attempt("kim", "a", 2, 60_000), "attempt " + i);
            throttle.succeeded("kim", "a");
        }
    }

    @Test
    void aFloodOfNamesIsRefusedRatherThanRememberedWithoutEnd() {
        for (int i = 0; i < LoginThrottle.MAX_ENTRIES; i++) {
            throttle.attempt("name-" + i, "10.0.0.1", 5, 60_000);
        }
        assertTrue(throttle.size() <= LoginThrottle.MAX_ENTRIES, "bounded: " + throttle.size());
        assertEquals(1, throttle.attempt("one-more", "10.0.0.1", 5, 60_000), "refused while full");
        now.addAndGet(61_000);
        assertEquals(0, throttle.attempt("one-more", "10.0.0.1", 5, 60_000), "the old ones were dropped");
        assertTrue(throttle.size() < 10, "purged: " + throttle.size());
    }
}
