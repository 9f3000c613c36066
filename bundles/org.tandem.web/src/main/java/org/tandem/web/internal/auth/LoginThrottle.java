package org.tandem.web.internal.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tandem.api.user.UserStore;

/**
 * Slows down password guessing. Every attempt counts as soon as it is made (so parallel guesses
 * cannot slip past the limit while the slow password check runs) and a success forgets the
 * attempts of that name and address. Limits: {@code allowed} attempts of one name from one
 * address, and four times that for one name from anywhere, within the window. The attempts are
 * kept in the database ({@link UserStore#countSignInAttempt}), so the limits hold across every
 * instance sharing it, and a restart does not reset them.
 */
public final class LoginThrottle {

    /** Names are cut to this length in keys (the key column's limit, with room for the address). */
    static final int MAX_NAME = 200;

    private final UserStore users;
    private final Clock clock;

    public LoginThrottle(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** An attempt as counted: {@link #waitSeconds} is 0 when it may go ahead. */
    public record Attempt(String id, String name, String address, long waitSeconds) {

        public boolean allowed() {
            return waitSeconds == 0;
        }
    }

    /**
     * Counts an attempt of {@code name} from {@code address}. When it may not go ahead, it is taken
     * back (a refused attempt does not count) and the answer says how many seconds to wait.
     */
    public Attempt attempt(String name, String address, int allowed, long windowMillis) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        String here = key(name, address);
        String anywhere = key(name, "*");
        Map<String, List<Instant>> counted = users.countSignInAttempt(id, List.of(here, anywhere), now,
                now.minusMillis(windowMillis));
        long wait = Math.max(waitSeconds(counted.get(here), allowed, windowMillis, now),
                waitSeconds(counted.get(anywhere), allowed * 4, windowMillis, now));
        if (wait > 0) {
            users.uncountSignInAttempt(id);
        }
        return new Attempt(id, name, address, wait);
    }

    /**
     * A successful attempt: the attempts of that name and address are forgotten, and the successful
     * one does not count against the name.
     */
    public void succeeded(Attempt attempt) {
        users.forgetSignInAttempts(key(attempt.name(), attempt.address()));
        users.uncountSignInAttempt(attempt.id());
    }

    /**
     * Seconds until the oldest attempt leaves the window when, this one included, there are more
     * than {@code allowed}; 0 when there are not.
     */
    private static long waitSeconds(List<Instant> times, int allowed, long windowMillis, Instant now) {
        if (times == null || times.size() <= allowed) {
            return 0;
        }
        return Math.max(1, (times.get(0).toEpochMilli() + windowMillis - now.toEpochMilli() + 999) / 1000);
    }

    private static String key(String name, String address) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return (n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n) + "|" + address;
    }
}
