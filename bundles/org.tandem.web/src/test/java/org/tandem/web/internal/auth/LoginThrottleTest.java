package org.tandem.web.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void afterTheAllowedFailuresANameWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, throttle.waitSeconds("Kim", "10.0.0.1", 3, 60_000));
            throttle.failed("kim", "10.0.0.1");
            now.addAndGet(1_000);
        }
        assertEquals(57, throttle.waitSeconds("KIM", "10.0.0.1", 3, 60_000));
        assertEquals(0, throttle.waitSeconds("kim", "10.0.0.2", 3, 60_000), "another address is not held back");
        assertEquals(0, throttle.waitSeconds("alex", "10.0.0.1", 3, 60_000), "another name is not held back");
        now.addAndGet(58_000);
        assertEquals(0, throttle.waitSeconds("kim", "10.0.0.1", 3, 60_000));
    }

    @Test
    void aSuccessForgetsTheFailures() {
        throttle.failed("kim", "a");
        throttle.failed("kim", "a");
        throttle.succeeded("kim", "a");
        throttle.failed("kim", "a");
        assertEquals(0, throttle.waitSeconds("kim", "a", 2, 60_000));
    }
}
