package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.store.StoreException;

class PackedValuesTest {

    @Test
    void anyKeysAndValuesRoundTrip() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q1", "4");
        values.put("12:3", "5:ab");
        values.put("", "");
        values.put("free", "Åsa: 😀\n\"quoted\" 10:20 ::");
        String packed = PackedValues.pack(values);
        assertEquals(values, PackedValues.unpack(packed, "answers", null));
        assertEquals("2:q11:4", PackedValues.pack(Map.of("q1", "4")));
        assertEquals(Map.of(), PackedValues.unpack("", "answers", null));
    }

    @Test
    void responsesReadShareTheirShortKeysAndValuesButNotLongText() {
        String longText = "x".repeat(PackedValues.SHARED_LENGTH + 1);
        String packed = PackedValues.pack(Map.of("coop-plan", "4", "comment", longText));
        Map<String, String> one = PackedValues.unpack(packed, "answers", null);
        Map<String, String> two = PackedValues.unpack(packed, "answers", null);
        assertEquals(one, two);
        assertSame(key(one, "coop-plan"), key(two, "coop-plan"), "one copy of a question id for all responses");
        assertSame(one.get("coop-plan"), two.get("coop-plan"), "and of a short answer");
        assertNotSame(one.get("comment"), two.get("comment"), "long text is not kept");
    }

    private static String key(Map<String, String> values, String key) {
        return values.keySet().stream().filter(key::equals).findFirst().orElseThrow();
    }

    @Test
    void aDamagedValueIsRefusedNamingWhereNotMisread() {
        for (String damaged : new String[] {"2:q1", "2:q11:", "x:q11:4", "2:q19:4", "-1:", "2:q1", "2:q11:42:q11:5"}) {
            StoreException e = assertThrows(StoreException.class,
                    () -> PackedValues.unpack(damaged, "answers", "r1"), damaged);
            assertTrue(e.getMessage().startsWith("The stored answers of respondent r1 are damaged"), e.getMessage());
        }
    }
}
