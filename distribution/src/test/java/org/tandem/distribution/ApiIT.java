package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JSON API /api/v1 in the running distribution: a consultant (the administrator's session with
 * its CSRF token) creates an assessment and invites respondents, who answer through their
 * invitation tokens (draft, resume, submit); the score card and reports stay sealed until both
 * sides submitted. Bad input of every kind is a 4xx JSON error that says what and where, and
 * nothing of it is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

    private Path dir;
    private TandemProcess process;
    private WebClient web;
    private String csrf;
    private List<String> questions;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("tandem-api-it");
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        process.await(Pattern.compile("ready at"));
        web = WebClient.admin(process, port, "a-long-password");
        HttpResponse<String> session = web.get("/api/v1/session");
        assertEquals(200, session.statusCode(), session.body());
        csrf = session.headers().firstValue("X-CSRF-Token").orElseThrow();
        JsonObject body = json(session);
        assertEquals("admin", body.get("user").getAsString());
        assertEquals("admin", body.get("role").getAsString());
        assertEquals(csrf, body.get("csrf").getAsString());
        try (var in = ApiIT.class.getResourceAsStream("/models/partnership-questions.txt")) {
            questions = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (process != null) {
            process.terminate();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void respondentsAnswerAndTheResultsOpenWhenBothSidesHaveSubmitted() throws Exception {
        assertTrue(consultant("GET", "/api/v1/models", null).body().contains("\"id\":\"partnership\""));
        JsonObject model = json(ok(consultant("GET", "/api/v1/models/partnership", null)));
        assertEquals("1.0.0", model.get("version").getAsString());
        assertTrue(model.getAsJsonObject("title").has("sv"));
        ok(consultant("GET", "/api/v1/models/partnership/1.0.0", null));
        error(consultant("GET", "/api/v1/models/partnership/9.9.9", null), 404);

        String id = create("Acme", "Atea");
        JsonObject assessment = json(ok(consultant("GET", "/api/v1/assessments/" + id, null)));
        assertEquals("open", assessment.get("status").getAsString());
        assertTrue(assessment.get("sealed").getAsBoolean());
        String alice = invite(id, "customer", "Alice");
        String bob = invite(id, "provider", "Bob");
        String carol = invite(id, "customer", "Carol");

        String sealed = error(consultant("GET", "/api/v1/assessments/" + id + "/scorecard", null), 403);
        assertTrue(sealed.contains("customer needs 1 more") && sealed.contains("provider needs 1 more"), sealed);
        error(consultant("GET", "/api/v1/assessments/" + id + "/report?format=pdf", null), 403);

        // Alice saves half, comes back, is refused an incomplete submit, then submits
        JsonObject fresh = json(ok(respondent("GET", "/api/v1/responses/" + alice + "?lang=sv", null)));
        assertEquals("customer", fresh.getAsJsonObject("perspective").get("id").getAsString());
        assertEquals("new", fresh.get("status").getAsString());
        assertEquals("sv", fresh.get("language").getAsString());
        assertFalse(fresh.getAsJsonArray("pages").isEmpty());
        JsonObject draft = json(ok(respondent("PUT", "/api/v1/responses/" + alice,
                "{\"answers\": " + answers(questions.size() / 2, 4) + ", \"comments\": {\"\": \"Bra start\"}, "
                        + "\"revision\": 0}")));
        assertEquals("draft", draft.get("status").getAsString());
        assertEquals(1, draft.get("revision").getAsLong());
        JsonObject resumed = json(ok(web.json("GET", "/api/v1/responses", null, "Authorization", "Invitation " + alice)));
        assertEquals(questions.size() / 2, resumed.getAsJsonObject("answers").size());
        assertEquals("Bra start", resumed.getAsJsonObject("comments").get("").getAsString());
        error(respondent("PUT", "/api/v1/responses/" + alice, "{\"answers\": {}, \"revision\": 0}"), 409);
        String incomplete = error(respondent("POST", "/api/v1/responses/" + alice + "/submit", null), 422);
        assertTrue(incomplete.contains("problems"), incomplete);
        assertEquals("draft", json(respondent("GET", "/api/v1/responses/" + alice, null)).get("status").getAsString());
        ok(respondent("PUT", "/api/v1/responses/" + alice, "{\"answers\": " + answers(questions.size(), 4)
                + ", \"revision\": 1}"));
        JsonObject submitted = json(ok(respondent("POST", "/api/v1/responses/" + alice + "/submit", null)));
        assertEquals("submitted", submitted.get("status").getAsString());
        assertEquals(100, submitted.getAsJsonObject("progress").get("percent").getAsInt());
        error(respondent("PUT", "/api/v1/responses/" + alice, "{\"answers\": {}, \"revision\": 3}"), 409);

        sealed = error(consultant("GET", "/api/v1/assessments/" + id + "/scorecard", null), 403);
        assertTrue(sealed.contains("provider needs 1 more") && !sealed.contains("customer"), sealed);
        ok(web.json("POST", "/api/v1/responses/submit", "{\"answers\": " + answers(questions.size(), 2)
                + ", \"revision\": 0}", "Authorization", "Invitation " + bob));

        JsonObject card = json(ok(consultant("GET", "/api/v1/assessments/" + id + "/scorecard", null)));
        assertEquals(2, card.get("respondents").getAsInt());
        assertTrue(card.get("overall").getAsDouble() > 0, card.toString());
        report(id, "html", "text/html", "<html");
        report(id, "pdf", "application/pdf", "%PDF");
        report(id, "json", "application/json", "{");
        report(id, "csv", "text/csv", "");
        report(id, "answers-csv", "text/csv", "");
        report(id, "markdown", "text/markdown", "#");
        error(consultant("GET", "/api/v1/assessments/" + id + "/report?format=docx", null), 400);
        error(consultant("GET", "/api/v1/assessments/" + id + "/report?format=html&lang=de", null), 400);

        JsonObject listed = json(ok(consultant("GET", "/api/v1/assessments/" + id + "/respondents", null))
                .body().replaceFirst("^\\[", "{\"list\":[").replaceFirst("]$", "]}"));
        assertEquals(3, listed.getAsJsonArray("list").size());
        JsonObject closed = json(ok(consultant("POST", "/api/v1/assessments/" + id + "/close", null)));
        assertEquals("closed", closed.get("status").getAsString());
        error(consultant("POST", "/api/v1/assessments/" + id + "/close", null), 409);
        error(consultant("POST", "/api/v1/assessments/" + id + "/respondents",
                "{\"perspective\": \"customer\", \"name\": \"Dan\"}"), 409);
        error(respondent("PUT", "/api/v1/responses/" + carol, "{\"answers\": {}, \"revision\": 0}"), 409);
        ok(consultant("GET", "/api/v1/assessments/" + id + "/report?format=markdown&lang=en", null));
    }

    @Test
    void badInputIsA4xxThatSaysWhatAndWhereAndStoresNothing() throws Exception {
        int before = count("/api/v1/assessments");
        String path = "/api/v1/assessments";
        assertTrue(error(consultant("POST", path, "{\"relationship\": "), 400).contains("not valid JSON"));
        assertTrue(error(consultant("POST", path, "{relationship: {}}"), 400).contains("not valid JSON"));
        String type = error(consultant("POST", path, "{\"relationship\": {\"customer\": 42, \"provider\": \"B\"}, "
                + "\"model\": \"partnership\"}"), 400);
        assertTrue(type.contains("$.relationship.customer") && type.contains("must be a string"), type);
        assertTrue(error(consultant("POST", path, "{\"relationship\": {\"customer\": \"A\", \"provider\": \"B\"}, "
                + "\"model\": \"partnership\", \"colour\": \"red\"}"), 400).contains("unknown field 'colour'"));
        assertTrue(error(consultant("POST", path, "{\"relationship\": {\"customer\": \"A\", \"provider\": \"B\"}, "
                + "\"model\": \"nope\"}"), 422).contains("no model nope"));
        assertTrue(error(consultant("POST", path, "{\"relationship\": {\"customer\": \"A\", \"provider\": \"B\"}, "
                + "\"model\": \"partnership\", \"deadline\": \"soon\"}"), 400).contains("YYYY-MM-DD"));
        error(consultant("POST", path, "{\"a\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}"), 413);
        error(consultant("POST", path, "[".repeat(50_000) + "]".repeat(50_000)), 400);
        assertTrue(error(raw(path, new byte[] {'{', '"', (byte) 0xFF, '"', ':', '1', '}'}), 400).contains("UTF-8"));
        error(web.json("POST", path, "{}", "X-CSRF-Token", "forged"), 403);
        assertEquals(before, count("/api/v1/assessments"), "nothing stored from rejected requests");

        String id = create("Nord", "Syd");
        String a = invite(id, "customer", "A");
        String b = invite(id, "provider", "B");
        String respondents = "/api/v1/assessments/" + id + "/respondents";
        assertTrue(error(consultant("POST", respondents, "{\"perspective\": \"board\", \"name\": \"X\"}"), 422)
                .contains("no perspective 'board'"));
        assertTrue(error(consultant("POST", respondents, "{\"perspective\": \"customer\"}"), 400)
                .contains("'name' is required"));
        assertEquals(2, count(respondents));
        error(consultant("GET", "/api/v1/assessments/no-such-id", null), 404);
        error(consultant("GET", "/api/v1/assessments/" + id + "/nothing", null), 404);
        error(consultant("PATCH", "/api/v1/assessments/" + id, "{}"), 405);

        String mine = "/api/v1/responses/" + a;
        error(respondent("PUT", mine, "{\"answers\": {"), 400);
        assertTrue(error(respondent("PUT", mine, "{\"answers\": [1], \"revision\": 0}"), 400).contains("$.answers"));
        assertTrue(error(respondent("PUT", mine, "{\"answers\": {}, \"revision\": \"0\"}"), 400)
                .contains("whole number"));
        assertTrue(error(respondent("PUT", mine, "{\"answers\": {}}"), 400).contains("'revision' is required"));
        String range = error(respondent("PUT", mine, "{\"answers\": {\"" + questions.get(0) + "\": 9, "
                + "\"no-such-question\": 1}, \"revision\": 0}"), 422);
        assertTrue(range.contains(questions.get(0)) && range.contains("no-such-question"), range);
        error(respondent("PUT", mine, "{\"answers\": {\"" + questions.get(0) + "\": {\"v\": 1}}, \"revision\": 0}"), 400);
        error(respondent("PUT", mine, "{\"answers\": {}, \"revision\": 0, \"submit\": true}"), 400);
        error(respondent("PUT", mine, "[".repeat(50_000)), 400);
        JsonObject untouched = json(ok(respondent("GET", mine, null)));
        assertEquals(0, untouched.get("revision").getAsLong(), "nothing stored from rejected answers");
        assertEquals("new", untouched.get("status").getAsString());

        // a token reaches its own response and nothing else
        ok(respondent("PUT", mine, "{\"answers\": {\"" + questions.get(0) + "\": 5}, \"revision\": 0}"));
        JsonObject other = json(ok(respondent("GET", "/api/v1/responses/" + b, null)));
        assertEquals("provider", other.getAsJsonObject("perspective").get("id").getAsString());
        assertEquals(0, other.getAsJsonObject("answers").size());
        error(web.json("GET", "/api/v1/responses/" + b, null, "Authorization", "Invitation " + a), 403);
        error(web.json("PUT", "/api/v1/responses/" + b, "{\"answers\": {}, \"revision\": 0}", "Authorization",
                "Invitation " + a), 403);
        error(respondent("GET", "/api/v1/responses/" + a.substring(1) + "x", null), 404);
        error(web.json("GET", "/api/v1/responses", null, "Authorization", "Invitation wrong-token"), 401);
        WebClient stranger = new WebClient(Integer.parseInt(web.base.replaceAll(".*:", "")));
        error(stranger.json("GET", "/api/v1/assessments", null, "Authorization", "Invitation " + a), 403);
        error(stranger.json("GET", "/api/v1/assessments/" + id, null, "Authorization", "Bearer " + a), 401);
        error(stranger.json("GET", "/api/v1/assessments", null), 401);
        error(stranger.json("GET", "/api/v1/responses", null), 401);
        assertEquals(1, json(respondent("GET", mine, null)).get("revision").getAsLong());
    }

    private String create(String customer, String provider) throws Exception {
        HttpResponse<String> created = consultant("POST", "/api/v1/assessments", "{\"relationship\": {\"customer\": \""
                + customer + "\", \"provider\": \"" + provider + "\"}, \"model\": \"partnership\", "
                + "\"deadline\": \"2099-12-31\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).get("id").getAsString();
        assertEquals("/api/v1/assessments/" + id, created.headers().firstValue("Location").orElse(""));
        return id;
    }

    private String invite(String id, String perspective, String name) throws Exception {
        HttpResponse<String> invited = consultant("POST", "/api/v1/assessments/" + id + "/respondents",
                "{\"perspective\": \"" + perspective + "\", \"name\": \"" + name + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject r = json(invited);
        String token = r.get("token").getAsString();
        assertTrue(r.get("link").getAsString().endsWith("/" + token), r.toString());
        return token;
    }

    private void report(String id, String format, String mediaType, String start) throws Exception {
        HttpResponse<String> report = ok(consultant("GET", "/api/v1/assessments/" + id + "/report?format=" + format
                + "&lang=en", null));
        assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith(mediaType),
                format + ": " + report.headers().firstValue("Content-Type"));
        assertTrue(report.body().startsWith(start) || report.body().contains(start), format);
    }

    private int count(String path) throws Exception {
        return JsonParser.parseString(ok(consultant("GET", path, null)).body()).getAsJsonArray().size();
    }

    /** As the signed-in consultant: the session cookie and its CSRF token. */
    private HttpResponse<String> consultant(String method, String path, String body) throws Exception {
        return web.json(method, path, body, "X-CSRF-Token", csrf);
    }

    /** As a respondent: the token in the path; no CSRF token (the session cookie is sent but not used). */
    private HttpResponse<String> respondent(String method, String path, String body) throws Exception {
        return web.json(method, path, body);
    }

    private HttpResponse<String> raw(String path, byte[] body) throws Exception {
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + path)).header("Content-Type",
                "application/json").header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String answers(int howMany, int value) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < howMany; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(questions.get(i)).append("\": ").append(value);
        }
        return json.append('}').toString();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /** Asserts a JSON error of {@code status} with a message; returns the body. */
    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.body());
        JsonObject error = json(response).getAsJsonObject("error");
        assertEquals(status, error.get("status").getAsInt());
        assertFalse(error.get("message").getAsString().isBlank());
        return response.body();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    private static JsonObject json(String body) {
        JsonElement e = JsonParser.parseString(body);
        return e.getAsJsonObject();
    }
}
