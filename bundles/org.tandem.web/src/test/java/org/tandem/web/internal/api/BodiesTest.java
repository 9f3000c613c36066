package org.tandem.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.web.internal.http.HttpProblem;

class BodiesTest {

    private static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    private static HttpProblem refused(Runnable r) {
        return assertThrows(HttpProblem.class, r::run);
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatWasExpected() {
        HttpProblem p = refused(() -> Bodies.text(parse("{\"relationship\": {\"customer\": 42}}")
                .getAsJsonObject("relationship"), "customer", "$.relationship", true, 200));
        assertEquals(400, p.status());
        assertEquals("$.relationship.customer", p.where());
        assertTrue(p.getMessage().contains("must be a string, not a number (42)"), p.getMessage());
    }

    @Test
    void requiredFieldsMustBeThereAndNotBlank() {
        assertEquals("$.model", refused(() -> Bodies.text(parse("{}"), "model", "$", true, 200)).where());
        assertTrue(refused(() -> Bodies.text(parse("{\"model\": \"  \"}"), "model", "$", true, 200)).getMessage()
                .contains("must not be empty"));
        assertNull(Bodies.text(parse("{\"name\": null}"), "name", "$", false, 200));
        assertEquals("Acme", Bodies.text(parse("{\"name\": \" Acme \"}"), "name", "$", true, 200));
        assertTrue(refused(() -> Bodies.text(parse("{\"name\": \"" + "x".repeat(201) + "\"}"), "name", "$", true, 200))
                .getMessage().contains("longer than 200"));
    }

    @Test
    void unknownFieldsAreNamedWithTheKnownOnes() {
        HttpProblem p = refused(() -> Bodies.only(parse("{\"answers\": {}, \"answer\": 1}"), "$", "answers",
                "comments", "revision"));
        assertEquals("$.answer", p.where());
        assertTrue(p.getMessage().contains("unknown field 'answer'") && p.getMessage().contains("answers, comments"),
                p.getMessage());
        assertTrue(refused(() -> Bodies.only(parse("{\"x\": 1}"), "$")).getMessage().contains("no fields"));
    }

    @Test
    void answersTakeStringsNumbersAndBooleansButNotObjects() {
        Map<String, String> answers = Bodies.answers(parse("{\"answers\": {\"a\": \"4\", \"b\": 3, \"c\": true, "
                + "\"d\": false, \"e\": null}}"), "answers", "$", 0);
        assertEquals(Map.of("a", "4", "b", "3", "c", "yes", "d", "no"), answers);
        HttpProblem p = refused(() -> Bodies.answers(parse("{\"answers\": {\"a\": [1]}}"), "answers", "$", 0));
        assertEquals("$.answers.a", p.where());
        assertTrue(p.getMessage().contains("not an array"), p.getMessage());
        assertEquals("$.answers", refused(() -> Bodies.answers(parse("{\"answers\": [1, 2]}"), "answers", "$", 0))
                .where());
        assertTrue(Bodies.answers(parse("{}"), "answers", "$", 0).isEmpty());
        assertEquals(400, refused(() -> Bodies.answers(parse("{\"comments\": {\"\": \"" + "x".repeat(11) + "\"}}"),
                "comments", "$", 10)).status());
    }

    @Test
    void revisionsAreWholeNumbersInRange() {
        assertEquals(3, Bodies.integer(parse("{\"revision\": 3}"), "revision", "$", -2, 0, Long.MAX_VALUE));
        assertEquals(-2, Bodies.integer(parse("{}"), "revision", "$", -2, 0, Long.MAX_VALUE));
        assertTrue(refused(() -> Bodies.integer(parse("{\"revision\": \"3\"}"), "revision", "$", -2, 0, 9))
                .getMessage().contains("whole number, not a string"));
        assertEquals(400, refused(() -> Bodies.integer(parse("{\"revision\": 1.5}"), "revision", "$", -2, 0, 9))
                .status());
        assertEquals(400, refused(() -> Bodies.integer(parse("{\"revision\": 1e400}"), "revision", "$", -2, 0, 9))
                .status());
        assertTrue(refused(() -> Bodies.integer(parse("{\"revision\": -1}"), "revision", "$", -2, 0, 9))
                .getMessage().contains("from 0 to 9"));
    }

    @Test
    void aDeadlineIsADateDueAtTheEndOfThatDay() {
        assertEquals(Instant.parse("2026-05-02T00:00:00Z"),
                Bodies.date(parse("{\"deadline\": \"2026-05-01\"}"), "deadline", "$", ZoneOffset.UTC));
        assertNull(Bodies.date(parse("{}"), "deadline", "$", ZoneOffset.UTC));
        HttpProblem p = refused(() -> Bodies.date(parse("{\"deadline\": \"1 May\"}"), "deadline", "$", ZoneOffset.UTC));
        assertTrue(p.getMessage().contains("YYYY-MM-DD"), p.getMessage());
        assertEquals("$.deadline", p.where());
    }

    @Test
    void bodiesMustBeStrictJsonObjectsInUtf8() throws Exception {
        assertEquals(1, Bodies.object(FakeRequest.json("{\"a\": 1}")).size());
        for (String bad : new String[] {"{a: 1}", "{'a': 1}", "{\"a\": 1} x", "{\"a\": 1,}", "[1]", "",
                "{\"a\": /* no */ 1}", "[".repeat(100_000)}) {
            HttpProblem p = refused(() -> {
                try {
                    Bodies.object(FakeRequest.json(bad));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
            assertEquals(400, p.status(), bad);
            assertEquals("$", p.where());
            assertFalse(p.getMessage().contains("\n"), p.getMessage());
        }
        HttpProblem utf8 = assertThrows(HttpProblem.class, () -> Bodies.object(FakeRequest.of("application/json",
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        assertTrue(utf8.getMessage().contains("UTF-8"));
        assertEquals(415, assertThrows(HttpProblem.class, () -> Bodies.object(FakeRequest.of("text/plain",
                "{}".getBytes()))).status());
        assertEquals(0, Bodies.optional(FakeRequest.of(null, new byte[0])).size());
    }
}
