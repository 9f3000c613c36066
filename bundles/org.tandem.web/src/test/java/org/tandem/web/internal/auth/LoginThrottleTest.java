package org.tandem.web.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private final MemoryUsers users = new MemoryUsers();
    private final LoginThrottle throttle = new LoginThrottle(users, clock);

    private long attempt(LoginThrottle on, String name, String address, int allowed) {
        return on.attempt(name, address, allowed, 60_000).waitSeconds();
    }

    @Test
    void afterTheAllowedAttemptsANameWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, attempt(throttle, "Kim", "10.0.0.1", 3));
            now.addAndGet(1_000);
        }
        assertEquals(57, attempt(throttle, "KIM", "10.0.0.1", 3));
        assertEquals(0, attempt(throttle, "kim", "10.0.0.2", 3), "another address is not held back yet");
        assertEquals(0, attempt(throttle, "alex", "10.0.0.1", 3), "another name is not held back");
        now.addAndGet(58_000);
        assertEquals(0, attempt(throttle, "kim", "10.0.0.1", 3));
    }

    @Test
    void attemptsCountBeforeTheyAreCheckedSoParallelGuessesStopAtTheLimit() {
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (attempt(throttle, "admin", "10.0.0.9", 5) == 0) {
                allowed++;
            }
        }
        assertEquals(5, allowed);
        assertEquals(5 * 2, users.attemptRows(), "refused attempts are not kept: 5 attempts under 2 keys");
    }

    @Test
    void oneNameFromManyAddressesIsHeldBackToo() {
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (attempt(throttle, "admin", "10.0." + i + ".1", 5) == 0) {
                allowed++;
            }
        }
        assertEquals(20, allowed, "four times the per-address limit for one name from anywhere");
    }

    @Test
    void aSuccessForgetsTheAttemptsAndDoesNotCountAgainstTheName() {
        for (int i = 0; i < 30; i++) {
            LoginThrottle.Attempt a = throttle.attempt("kim", "a", 2, 60_000);
            assertTrue(a.allowed(), "attempt " + i);
            throttle.succeeded(a);
        }
        assertEquals(0, users.attemptRows());
    }

    @Test
    void instancesOnOneDatabaseCountTogether() {
        LoginThrottle other = new LoginThrottle(users, clock); // a second instance on the same store
        assertEquals(0, attempt(throttle, "admin", "10.0.0.9", 4));
        assertEquals(0, attempt(other, "admin", "10.0.0.9", 4));
        assertEquals(0, attempt(throttle, "admin", "10.0.0.9", 4));
        assertEquals(0, attempt(other, "admin", "10.0.0.9", 4));
        assertTrue(attempt(throttle, "admin", "10.0.0.9", 4) > 0, "the fifth is refused on either instance");
        assertTrue(attempt(other, "admin", "10.0.0.9", 4) > 0);
    }

    @Test
    void attemptsOlderThanTheWindowAreDropped() {
        for (int i = 0; i < 10; i++) {
            attempt(throttle, "name-" + i, "10.0.0.1", 5);
        }
        assertEquals(20, users.attemptRows());
        now.addAndGet(61_000);
        attempt(throttle, "one-more", "10.0.0.1", 5);
        assertEquals(2, users.attemptRows(), "only the new attempt's rows are left");
    }
}
