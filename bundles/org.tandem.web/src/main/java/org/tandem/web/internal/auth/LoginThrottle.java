package org.tandem.web.internal.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code failures} failed sign-ins of one name from one
 * address within the window, further attempts are refused until the oldest failure leaves the
 * window. Kept in memory per instance.
 */
public final class LoginThrottle {

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until {@code name} may try again from {@code address}; 0 when it may now. */
    public long waitSeconds(String name, String address, int allowed, long windowMillis) {
        Deque<Long> times = failures.get(key(name, address));
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long now = clock.millis();
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() < allowed) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000);
        }
    }

    public void failed(String name, String address) {
        Deque<Long> times = failures.computeIfAbsent(key(name, address), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
            while (times.size() > 100) {
                times.pollFirst();
            }
        }
    }

    public void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    private static String key(String name, String address) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
