package org.tandem.store.jdbc.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.api.store.StoreException;

/**
 * A map of strings as one string, for a response's answers or comments in one column: each entry is
 * {@code <length of key>:<key><length of value>:<value>}, lengths in decimal UTF-16 units. No
 * character needs escaping, so any key or value round-trips, and a damaged value is detected rather
 * than misread.
 * <p>
 * Unpacked keys and short values are shared: every response of a model repeats its question ids and
 * mostly the same few answers ("1" to "5", "yes"), and a report or score card of a large assessment
 * holds all its responses at once. With one copy of each such string instead of one per response, the
 * answers of 100,000 responses take a fraction of the memory.
 */
final class PackedValues {

    /** The longest string shared, and how many are shared at most (then new ones are not). */
    static final int SHARED_LENGTH = 40;
    static final int SHARED_MAX = 8192;

    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private PackedValues() {
    }

    static String pack(Map<String, String> values) {
        StringBuilder packed = new StringBuilder(values.size() * 24);
        values.forEach((k, v) -> packed.append(k.length()).append(':').append(k).append(v.length()).append(':')
                .append(v));
        return packed.toString();
    }

    /**
     * The values packed in {@code packed}, as an immutable map made at once (no map to copy it from:
     * reading a large assessment unpacks one per response).
     *
     * @param what what is read ("answers", "comments"), and {@code respondentId} whose (or null), for
     *             the message when it is damaged
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> unpack(String packed, String what, String respondentId) {
        if (packed.isEmpty()) {
            return Map.of();
        }
        Map.Entry<String, String>[] entries = new Map.Entry[32];
        int n = 0;
        int[] at = {0};
        while (at[0] < packed.length()) {
            String key = shared(next(packed, at, what, respondentId));
            String value = shared(next(packed, at, what, respondentId));
            if (n == entries.length) {
                entries = Arrays.copyOf(entries, n * 2);
            }
            entries[n++] = Map.entry(key, value);
        }
        try {
            return Map.ofEntries(n == entries.length ? entries : Arrays.copyOf(entries, n));
        } catch (IllegalArgumentException e) { // a key twice
            throw damaged(what, respondentId, "a repeated key");
        }
    }

    /** The shared copy of {@code s} when it is short, else {@code s}. */
    static String shared(String s) {
        if (s.length() > SHARED_LENGTH) {
            return s;
        }
        String known = SHARED.get(s);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= SHARED_MAX) {
            return s;
        }
        known = SHARED.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private static String next(String packed, int[] at, String what, String respondentId) {
        int colon = packed.indexOf(':', at[0]);
        int length;
        try {
            length = colon < 0 ? -1 : Integer.parseInt(packed, at[0], colon, 10);
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 0 || colon + 1 + length > packed.length()) {
            throw damaged(what, respondentId, "character " + at[0]);
        }
        at[0] = colon + 1 + length;
        return packed.substring(colon + 1, colon + 1 + length);
    }

    private static StoreException damaged(String what, String respondentId, String where) {
        return new StoreException("The stored " + what + (respondentId == null ? "" : " of respondent " + respondentId)
                + " are damaged at " + where);
    }
}
