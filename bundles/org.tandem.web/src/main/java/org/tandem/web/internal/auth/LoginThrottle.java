package org.tandem.web.internal.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Every attempt counts as soon as it is made (so parallel guesses
 * cannot slip past the limit while the slow password check runs) and a success forgets the
 * attempts of that name and address. Limits: {@code allowed} attempts of one name from one
 * address, and four times that for one name from anywhere, within the window. Kept in memory per
 * instance, bounded: entries whose attempts have all left the window are dropped.
 */
public final class LoginThrottle {

    /** The most names and addresses remembered at once. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt of {@code name} from {@code address}; returns 0 when it may go ahead, else
     * the seconds until it may try again (the attempt is then not counted).
     */
    public long attempt(String name, String address, int allowed, long windowMillis) {
        long now = clock.millis();
        if (attempts.size() >= MAX_ENTRIES - 2) {
            purge(now, windowMillis);
            if (attempts.size() >= MAX_ENTRIES - 2 && !attempts.containsKey(key(name, address))) {
                return 1; // under a flood of names: refuse rather than stop counting
            }
        }
        long wait = Math.max(waitSeconds(key(name, address), allowed, windowMillis, now),
                waitSeconds(key(name, "*"), allowed * 4, windowMillis, now));
        if (wait > 0) {
            return wait;
        }
        count(key(name, address), now);
        count(key(name, "*"), now);
        return 0;
    }

    /** Seconds until {@code name} may try again from {@code address}; 0 when it may now. */
    public long waitSeconds(String name, String address, int allowed, long windowMillis) {
        long now = clock.millis();
        return Math.max(waitSeconds(key(name, address), allowed, windowMillis, now),
                waitSeconds(key(name, "*"), allowed * 4, windowMillis, now));
    }

    /** Records a failed attempt that was not counted by {@link #attempt}. */
    public void failed(String name, String address) {
        long now = clock.millis();
        count(key(name, address), now);
        count(key(name, "*"), now);
    }

    /** A successful sign-in: the attempts of that name and address are forgotten. */
    public void succeeded(String name, String address) {
        attempts.remove(key(name, address));
        Deque<Long> anywhere = attempts.get(key(name, "*"));
        if (anywhere != null) {
            synchronized (anywhere) {
                anywhere.pollLast(); // the successful attempt does not count against the name
            }
        }
    }

    int size() {
        return attempts.size();
    }

    private long waitSeconds(String key, int allowed, long windowMillis, long now) {
        Deque<Long> times = attempts.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() < allowed) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + windowMillis - now + 999) / 1000);
        }
    }

    private void count(String key, long now) {
        Deque<Long> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > 100) {
                times.pollFirst();
            }
        }
    }

    private void purge(long now, long windowMillis) {
        for (Iterator<Map.Entry<String, Deque<Long>>> it = attempts.entrySet().iterator(); it.hasNext();) {
            Deque<Long> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || times.peekLast() <= now - windowMillis) {
                    it.remove();
                }
            }
        }
    }

    private static String key(String name, String address) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }
}
