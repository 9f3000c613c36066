package org.tandem.web.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;

/**
 * Reads the fields of a JSON request body. Every mistake is a 400 that names the field by its JSON
 * path ({@code $.relationship.customer}) and says what was expected instead, before anything is
 * stored.
 */
final class Bodies {

    /** The longest name (relationship, customer, provider, respondent) accepted, in characters. */
    static final int MAX_NAME = 200;
    /** The longest comment accepted, in characters (as the questionnaire limits text answers). */
    static final int MAX_COMMENT = 10_000;

    private Bodies() {
    }

    /** The body of a request that needs one: a JSON object (415/400 from {@link Json#body}). */
    static JsonObject object(HttpServletRequest request) throws IOException {
        return Json.body(request);
    }

    /** For a request that may come without a body (close, submit): no body, or a JSON object. */
    static JsonObject optional(HttpServletRequest request) throws IOException {
        long length = request.getContentLengthLong();
        // without Content-Length and Transfer-Encoding an HTTP/1.1 request has no body
        if (length == 0 || length < 0 && request.getHeader("Transfer-Encoding") == null) {
            return new JsonObject();
        }
        return Json.body(request);
    }

    /** 400 when {@code o} has a field not in {@code known}. */
    static void only(JsonObject o, String path, String... known) {
        List<String> names = List.of(known);
        for (String key : o.keySet()) {
            if (!names.contains(key)) {
                throw new HttpProblem(400, "unknown field '" + key + "'" + (names.isEmpty() ? ": this request takes "
                        + "no fields" : "; the fields are: " + String.join(", ", names)), path + "." + key);
            }
        }
    }

    /** A string field, stripped; null when absent (or null) and not required; never blank when present. */
    static String text(JsonObject o, String field, String path, boolean required, int maxLength) {
        JsonElement e = o.get(field);
        String where = path + "." + field;
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw new HttpProblem(400, "'" + field + "' is required: a string", where);
            }
            return null;
        }
        if (!isString(e)) {
            throw new HttpProblem(400, "'" + field + "' must be a string, not " + kind(e), where);
        }
        String s = e.getAsString().strip();
        if (s.isEmpty()) {
            throw new HttpProblem(400, "'" + field + "' must not be empty", where);
        }
        if (s.codePointCount(0, s.length()) > maxLength) {
            throw new HttpProblem(400, "'" + field + "' is longer than " + maxLength + " characters", where);
        }
        return s;
    }

    /** An object field; null when absent and not required. */
    static JsonObject object(JsonObject o, String field, String path, boolean required) {
        JsonElement e = o.get(field);
        String where = path + "." + field;
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw new HttpProblem(400, "'" + field + "' is required: an object", where);
            }
            return null;
        }
        if (!e.isJsonObject()) {
            throw new HttpProblem(400, "'" + field + "' must be an object, not " + kind(e), where);
        }
        return e.getAsJsonObject();
    }

    /** A whole number field from {@code min} to {@code max}; {@code absent} when it is missing. */
    static long integer(JsonObject o, String field, String path, long absent, long min, long max) {
        JsonElement e = o.get(field);
        String where = path + "." + field;
        if (e == null || e.isJsonNull()) {
            return absent;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new HttpProblem(400, "'" + field + "' must be a whole number, not " + kind(e), where);
        }
        long value;
        try {
            value = e.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
        } catch (ArithmeticException | NumberFormatException x) {
            throw new HttpProblem(400, "'" + field + "' must be a whole number, not " + kind(e), where);
        }
        if (value < min || value > max) {
            throw new HttpProblem(400, "'" + field + "' must be from " + min + " to " + max + ", not " + value, where);
        }
        return value;
    }

    /**
     * A date field {@code YYYY-MM-DD}: due at the end of that day, in the server's time zone (as
     * the shell's {@code --deadline}); null when absent.
     */
    static Instant date(JsonObject o, String field, String path, ZoneId zone) {
        String text = text(o, field, path, false, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new HttpProblem(400, "'" + field + "' must be a date YYYY-MM-DD, not '" + text + "'",
                    path + "." + field);
        }
    }

    /**
     * An object of question (or dimension) id to answer. Strings are taken as they are, numbers as
     * written ({@code 4}), {@code true}/{@code false} as {@code yes}/{@code no}; null leaves the
     * question unanswered. Objects and arrays are refused. Empty when absent.
     */
    static Map<String, String> answers(JsonObject o, String field, String path, int maxLength) {
        JsonObject values = object(o, field, path, false);
        Map<String, String> answers = new LinkedHashMap<>();
        if (values == null) {
            return answers;
        }
        for (Map.Entry<String, JsonElement> entry : values.entrySet()) {
            JsonElement e = entry.getValue();
            String where = path + "." + field + "." + entry.getKey();
            if (e.isJsonNull()) {
                continue;
            }
            if (!e.isJsonPrimitive()) {
                throw new HttpProblem(400, "the answer to '" + entry.getKey() + "' must be a string, number or "
                        + "true/false, not " + kind(e), where);
            }
            JsonPrimitive p = e.getAsJsonPrimitive();
            String answer = p.isBoolean() ? (p.getAsBoolean() ? "yes" : "no") : p.getAsString();
            if (maxLength > 0 && answer.codePointCount(0, answer.length()) > maxLength) {
                throw new HttpProblem(400, "'" + entry.getKey() + "' is longer than " + maxLength + " characters",
                        where);
            }
            answers.put(entry.getKey(), answer);
        }
        return answers;
    }

    /** How a value is named in a message: its kind, and the value itself when it is short. */
    static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        String what = p.isBoolean() ? "true/false" : p.isNumber() ? "a number" : "a string";
        String text = p.toString();
        return text.length() <= 40 ? what + " (" + text + ")" : what;
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }
}
