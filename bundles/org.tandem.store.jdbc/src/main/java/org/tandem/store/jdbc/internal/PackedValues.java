package org.tandem.store.jdbc.internal;

import java.util.HashMap;
import java.util.Map;
import org.tandem.api.store.StoreException;

/**
 * A map of strings as one string, for a response's answers or comments in one column: each entry is
 * {@code <length of key>:<key><length of value>:<value>}, lengths in decimal UTF-16 units. No
 * character needs escaping, so any key or value round-trips, and a damaged value is detected rather
 * than misread.
 */
final class PackedValues {

    private PackedValues() {
    }

    static String pack(Map<String, String> values) {
        StringBuilder packed = new StringBuilder(values.size() * 24);
        values.forEach((k, v) -> packed.append(k.length()).append(':').append(k).append(v.length()).append(':')
                .append(v));
        return packed.toString();
    }

    /** @param where what is read, for the message when it is damaged */
    static Map<String, String> unpack(String packed, String where) {
        Map<String, String> values = new HashMap<>();
        int[] at = {0};
        while (at[0] < packed.length()) {
            String key = next(packed, at, where);
            values.put(key, next(packed, at, where));
        }
        return values;
    }

    private static String next(String packed, int[] at, String where) {
        int colon = packed.indexOf(':', at[0]);
        int length;
        try {
            length = colon < 0 ? -1 : Integer.parseInt(packed, at[0], colon, 10);
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 0 || colon + 1 + length > packed.length()) {
            throw new StoreException("The stored " + where + " are damaged at character " + at[0]);
        }
        at[0] = colon + 1 + length;
        return packed.substring(colon + 1, colon + 1 + length);
    }
}
