package org.tandem.web.internal.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** JSON in and out of the API: one Gson, errors as {@code {"error": {"status", "message", "where"}}}. */
public final class Json {

    public static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls()
            .registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
                @Override
                public void write(JsonWriter out, Instant value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public Instant read(JsonReader in) throws IOException {
                    return Instant.parse(in.nextString());
                }
            }).registerTypeAdapter(Raw.class, new TypeAdapter<Raw>() {
                @Override
                public void write(JsonWriter out, Raw value) throws IOException {
                    out.jsonValue(value.json());
                }

                @Override
                public Raw read(JsonReader in) {
                    throw new UnsupportedOperationException("Raw is written only");
                }
            }).create();

    /** JSON text made before, written as it is (for parts that are the same in many answers). */
    public record Raw(String json) {
    }

    private Json() {
    }

    /** Writes {@code value} as JSON with {@code status}. */
    public static void write(HttpServletResponse response, int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // built in memory, then one write of its bytes: Gson's many small writes into the servlet's writer each
        // take the response's lock and encode a few characters
        StringBuilder json = new StringBuilder(4096);
        GSON.toJson(value, json);
        ServletOutputStream out;
        try {
            out = response.getOutputStream();
        } catch (IllegalStateException e) {
            response.getWriter().write(json.toString()); // something before took the writer
            return;
        }
        // no Content-Length: with it Jetty completes the response at its last byte and, when the request's body
        // was not read (an early refusal), closes the connection while the client may still be sending
        out.write(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes an error: the status, a message that says what was wrong, and where (a field, a JSON path), if known. */
    public static void error(HttpServletResponse response, int status, String message, String where) throws IOException {
        JsonObject error = new JsonObject();
        error.addProperty("status", status);
        error.addProperty("message", message);
        error.addProperty("where", where);
        JsonObject body = new JsonObject();
        body.add("error", error);
        write(response, status, body);
    }

    /**
     * The request body as a JSON object.
     *
     * @throws HttpProblem 415 when it is not JSON, 400 when it is not valid UTF-8 JSON or not an object
     */
    public static JsonObject body(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            throw new HttpProblem(415, "send the body as application/json", "Content-Type");
        }
        String text;
        try (InputStream in = request.getInputStream()) {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the body is not valid UTF-8", "$");
        }
        JsonElement root;
        try {
            // strict: JsonParser.parseString would take unquoted names, single quotes and comments
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonSyntaxException("more after the end of the JSON value");
            }
        } catch (JsonParseException | IOException | StackOverflowError e) {
            throw new HttpProblem(400, "the body is not valid JSON: " + message(e), "$");
        }
        if (!root.isJsonObject()) {
            throw new HttpProblem(400, "the body must be a JSON object", "$");
        }
        return root.getAsJsonObject();
    }

    private static String message(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof StackOverflowError) {
            return "nested too deeply";
        }
        // Gson appends a link to its troubleshooting guide on a second line: not for our users
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }
}
