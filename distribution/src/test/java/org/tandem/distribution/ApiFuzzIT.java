package org.tandem.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seeded mutations of valid bodies and query strings against every JSON endpoint that takes a body,
 * and random fields posted to the respondent's pages, in the running distribution. Every refusal is
 * a 4xx with a JSON {@code {"error": {...}}} message, nothing is ever a 5xx or left unanswered, and
 * nothing of a refused request is stored (the counts, revisions and chosen strategy afterwards are
 * what the accepted requests alone explain).
 *
 * <p>{@code -Dfuzz.seed=S -Dfuzz.requests=N} (N per endpoint) vary the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String[] ODD_STRINGS = {"", " ", "\u0000", "\u0007\b\f\r\n\t", "\uD800", "e\u0301\u0301",
        "\u202Eevil", "\uFEFF", "😀", "null", "true", "0", "-1", "NaN", "Infinity", "1e999", "..", "../../etc/passwd",
        "$", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "en", "sv", "de", "customer", "provider", "enduser",
        "partnership", "weighted", "weighted@9.9.9", "default", "admin", "consultant", "ADMIN", "2099-12-31",
        "2000-01-01", "2099-02-30", "9999999-01-01", "x".repeat(201), "'; DROP TABLE assessments; --", "%s%n%x",
        "\u0085\u2028\u2029", "İı"};
    private static final String[] ODD_NUMBERS = {"0", "-0", "-1", "1", "1.5", "5", "6", "100", "2147483648",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e309", "-1e309",
        "4.9e-324", "123456789012345678901234567890"};

    private Path dir;
    private TandemProcess process;
    private WebClient web;
    private String csrf;
    private List<String> questions;
    private long seed;
    private int perEndpoint;
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @BeforeAll
    void start() throws Exception {
        seed = Long.getLong("fuzz.seed", 20261128L);
        perEndpoint = Integer.getInteger("fuzz.requests", 150);
        dir = Files.createTempDirectory("tandem-api-fuzz-it");
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        process.await(Pattern.compile("ready at"));
        web = WebClient.admin(process, port, "a-long-password");
        csrf = web.get("/api/v1/session").headers().firstValue("X-CSRF-Token").orElseThrow();
        try (var in = ApiFuzzIT.class.getResourceAsStream("/models/partnership-questions.txt")) {
            questions = List.of(new String(in.readAllBytes(), UTF_8).strip().split("\\s+"));
        }
    }

    @AfterAll
    void stop() throws Exception {
        System.out.println("api fuzz: seed " + seed + ", " + sent + " requests, " + failures.size() + " failures; "
                + "answers by status " + statuses);
        Evidence.record("malformed, mistyped, out-of-range, huge, deeply nested and invalid UTF-8 requests to the "
                + "JSON API and the respondent forms", "ApiFuzzIT (seed " + seed + ")", sent + " requests", sent
                - failures.size(), failures.size(), 0, "failed = a 5xx, no answer, a refusal without a JSON error, or "
                + "state changed by a refused request; answers by status " + statuses);
        if (process != null) {
            process.terminate();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void mutatedBodiesAndQueriesAreRefusedWithA4xxAndStoreNothing() throws Exception {
        Random r = new Random(seed);
        String assessments = "/api/v1/assessments";
        int existing = count(assessments);
        String id = create();
        String respondents = assessments + "/" + id + "/respondents";
        String token = invite(id, "customer");

        // create assessment
        int accepted = fuzz("POST " + assessments, r, () -> body("{\"relationship\": {\"name\": \"Fuzz\", "
                + "\"customer\": \"A\", \"provider\": \"B\"}, \"model\": \"partnership\", \"deadline\": \"2099-12-31\"}"),
                b -> send("POST", assessments, b, true));
        int before = count(assessments);
        assertEquals(existing + 1 + accepted, before, "assessments: the first one and the accepted ones only");

        // add respondent
        accepted = fuzz("POST " + respondents, r, () -> body("{\"perspective\": \"customer\", \"name\": \"Fuzz\"}"),
                b -> send("POST", respondents, b, true));
        assertEquals(1 + accepted, count(respondents), "respondents: the first one and the accepted ones only");

        // save a draft: the revision follows the accepted saves
        long[] revision = {0};
        String mine = "/api/v1/responses/" + token;
        int saved = fuzz("PUT " + mine, r, () -> body("{\"answers\": {\"" + questions.get(0) + "\": 4, \""
                + questions.get(1) + "\": 2}, \"comments\": {\"\": \"fine\"}, \"revision\": " + revision[0] + "}"),
                b -> {
                    Answer a = send("PUT", mine, b, false);
                    if (a.status == 200) {
                        revision[0] = JsonParser.parseString(a.body).getAsJsonObject().get("revision").getAsLong();
                    }
                    return a;
                });
        JsonObject response = JsonParser.parseString(send("GET", mine, null, false).body).getAsJsonObject();
        assertEquals(saved, response.get("revision").getAsLong(), "one revision per accepted save, none for refusals");

        // submit: an incomplete response can only be refused
        int submitted = fuzz("POST " + mine + "/submit", r, () -> body("{\"answers\": {\"" + questions.get(0)
                + "\": 3}, \"revision\": " + revision[0] + "}"), b -> send("POST", mine + "/submit", b, false));
        response = JsonParser.parseString(send("GET", mine, null, false).body).getAsJsonObject();
        assertEquals(0, submitted, "an incomplete response is never submitted");
        assertEquals(saved > 0 ? "draft" : "new", response.get("status").getAsString());
        assertEquals(saved, response.get("revision").getAsLong(), "nothing saved by refused submits");

        // create a user
        int users = count("/api/v1/users");
        int[] n = {0};
        accepted = fuzz("POST /api/v1/users", r, () -> body("{\"name\": \"fuzz-" + (n[0]++) + "\", \"role\": \"consultant\"}"),
                b -> send("POST", "/api/v1/users", b, true));
        assertEquals(users + accepted, count("/api/v1/users"), "users: the accepted ones only");

        // choose a strategy
        String[] chosen = {"weighted"};
        fuzz("PUT /api/v1/strategies/partnership", r, () -> body("{\"strategy\": \"weighted\"}"), b -> {
            Answer a = send("PUT", "/api/v1/strategies/partnership", b, true);
            if (a.status == 200) {
                JsonElement s = JsonParser.parseString(a.body).getAsJsonObject().get("strategy");
                chosen[0] = s.isJsonNull() ? "weighted" : s.getAsString();
            }
            return a;
        });
        JsonObject modules = JsonParser.parseString(send("GET", "/api/v1/modules", null, true).body).getAsJsonObject();
        assertEquals(chosen[0], modules.getAsJsonArray("models").get(0).getAsJsonObject().get("strategy").getAsString(),
                "the strategy is the last accepted choice");

        // an API token for the caller (optional body)
        fuzz("POST /api/v1/tokens", r, () -> body("{\"label\": \"fuzz\"}"), b -> send("POST", "/api/v1/tokens", b, true));

        // close (no body or {}): a refused close leaves the assessment open
        String[] open = {create()};
        int closes = fuzz("POST close", r, () -> body("{}"), b -> {
            Answer a = send("POST", assessments + "/" + open[0] + "/close", b, true);
            if (a.status == 200) {
                assertEquals("closed", JsonParser.parseString(a.body).getAsJsonObject().get("status").getAsString());
                open[0] = create();
            }
            return a;
        });
        JsonObject still = JsonParser.parseString(send("GET", assessments + "/" + open[0], null, true).body)
                .getAsJsonObject();
        assertEquals("open", still.get("status").getAsString(), "refused closes leave the assessment open");
        before += closes + 1;

        // headers: credentials, CSRF token and media type, odd or missing, on the changing endpoints
        String[] headerValues = {"", "Bearer", "Bearer tdm_", "Bearer tdm_" + "x".repeat(5000), "Invitation",
            "Invitation " + token, "Invitation " + token + "x", "Basic YWRtaW46YWRtaW4=", "bearer " + token,
            "Invitation  " + token, csrf, csrf + "x", "forged", "application/json; charset=latin1", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;charset=UTF-16"};
        String[] headerNames = {"Authorization", "X-CSRF-Token", "Content-Type", "Accept", "Accept-Language"};
        List<String> changing = List.of("POST " + assessments, "POST " + respondents, "PUT " + mine,
                "PUT /api/v1/responses", "POST /api/v1/responses/submit", "POST /api/v1/users",
                "PUT /api/v1/strategies/partnership", "POST /api/v1/tokens");
        for (int i = 0; i < perEndpoint; i++) {
            String[] target = changing.get(r.nextInt(changing.size())).split(" ");
            byte[] b = mutate(body("{\"answers\": {}, \"revision\": " + revision[0] + "}"), r);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.base + target[1])).timeout(BOUND)
                    .method(target[0], HttpRequest.BodyPublishers.ofByteArray(b));
            Map<String, String> headers = new LinkedHashMap<>();
            for (int h = r.nextInt(4); h >= 0; h--) {
                headers.put(headerNames[r.nextInt(headerNames.length)], headerValues[r.nextInt(headerValues.length)]);
            }
            headers.forEach(request::header);
            sent++;
            Answer a;
            try {
                HttpResponse<String> answer = new WebClient(Integer.parseInt(web.base.replaceAll(".*:", ""))).http
                        .send(request.build(), HttpResponse.BodyHandlers.ofString());
                a = new Answer(answer.statusCode(), answer.body(), answer.headers().firstValue("Content-Type").orElse(""));
            } catch (HttpTimeoutException e) {
                a = new Answer(-1, "", "");
            }
            if (check(String.join(" ", target) + " " + headers, a, b) && target[1].contains("responses")
                    && target[0].equals("PUT")) {
                revision[0]++;
            }
        }
        assertEquals(before, count(assessments), "no assessment stored without credentials");

        // query strings
        List<String> paths = List.of(mine, assessments + "/" + id + "/report", assessments + "/" + id + "/scorecard",
                "/api/v1/models", "/api/v1/strategies/partnership/compare", "/api/v1/modules", respondents);
        for (int i = 0; i < perEndpoint; i++) {
            String path = paths.get(r.nextInt(paths.size())) + "?" + query(r);
            String method = path.startsWith(mine) && r.nextBoolean() ? "PUT" : "GET";
            byte[] b = method.equals("PUT") ? ("{\"answers\": {}, \"revision\": " + revision[0] + "}").getBytes(UTF_8) : null;
            Answer a = send(method, path, b, true);
            check(method + " " + path, a, b);
            if (a.status == 200 && method.equals("PUT")) {
                revision[0]++;
            }
        }
        assertEquals(before, count(assessments), "queries stored no assessment");

        System.out.println("api fuzz: " + sent + " requests so far, " + failures.size() + " failures");
        failures.stream().limit(40).forEach(f -> System.out.println("  FAILURE " + f));
        assertTrue(failures.isEmpty(), failures.size() + " requests were not a clean 4xx, e.g. "
                + failures.stream().limit(5).toList());
    }

    @Test
    void randomFieldsPostedToTheRespondentPagesAreNeverAServerError() throws Exception {
        Random r = new Random(seed + 1);
        String id = create();
        String token = invite(id, "provider");
        WebClient visitor = new WebClient(Integer.parseInt(web.base.replaceAll(".*:", "")));
        HttpResponse<String> page = visitor.get("/r/" + token + "/1");
        assertEquals(200, page.statusCode(), page.body());
        String formCsrf = visitor.csrf();
        String[] pages = {"1", "2", "3", "7", "9999", "0", "-1", "x", "review", "thanks", "01", "1/2", "%FF"};
        int errors = 0;
        for (int i = 0; i < perEndpoint; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            if (r.nextInt(10) > 1) {
                form.put("csrf", formCsrf);
            }
            int fields = r.nextInt(8);
            for (int f = 0; f < fields; f++) {
                String name = switch (r.nextInt(6)) {
                    case 0 -> "q." + questions.get(r.nextInt(questions.size()));
                    case 1 -> "q." + odd(r);
                    case 2 -> "revision";
                    case 3 -> "action";
                    case 4 -> "comment";
                    default -> odd(r);
                };
                String value = switch (r.nextInt(5)) {
                    case 0 -> String.valueOf(r.nextInt(8) - 1);
                    case 1 -> ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)];
                    case 2 -> List.of("next", "back", "review", "save", "submit", "").get(r.nextInt(6));
                    case 3 -> r.nextInt(20) == 0 ? "x".repeat(20_000) : odd(r);
                    default -> odd(r);
                };
                form.put(name, value);
            }
            String path = "/r/" + token + "/" + pages[r.nextInt(pages.length)];
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            if (r.nextInt(10) == 0) {
                body += "&%FF%FE=%C0%80&" + "&=&a";
            }
            Answer a;
            try {
                HttpResponse<String> answer = visitor.http.send(HttpRequest.newBuilder(URI.create(visitor.base + path))
                        .timeout(BOUND).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                a = new Answer(answer.statusCode(), answer.body(), "");
            } catch (HttpTimeoutException e) {
                a = new Answer(-1, "", "");
            }
            sent++;
            statuses.merge(a.status, 1, Integer::sum);
            if (a.status < 0 || a.status >= 500) {
                errors++;
                failures.add("POST " + path + " [" + body.substring(0, Math.min(300, body.length())) + "]: " + a.status);
            }
        }
        System.out.println("form fuzz: " + perEndpoint + " posts, " + errors + " server errors or no answer");
        failures.stream().limit(20).forEach(f -> System.out.println("  FAILURE " + f));
        assertEquals(0, errors, failures.stream().limit(5).toList().toString());
    }

    // ---------------------------------------------------------------- fuzzing

    private record Answer(int status, String body, String contentType) {
    }

    private interface Sender {
        Answer send(byte[] body) throws Exception;
    }

    /** Sends {@code perEndpoint} mutations of the body {@code valid} gives; returns how many were accepted (2xx). */
    private int fuzz(String what, Random r, Supplier<JsonObject> valid, Sender sender) throws Exception {
        int accepted = 0;
        for (int i = 0; i < perEndpoint; i++) {
            byte[] body = mutate(valid.get(), r);
            Answer a = sender.send(body);
            if (check(what, a, body)) {
                accepted++;
            }
        }
        return accepted;
    }

    /** True when accepted; a refusal must be a 4xx with a JSON error, anything else is recorded. */
    private boolean check(String what, Answer a, byte[] body) {
        statuses.merge(a.status, 1, Integer::sum);
        String sample = body == null ? "" : new String(body, 0, Math.min(body.length, 300), UTF_8);
        if (a.status >= 200 && a.status < 300) {
            return true;
        }
        if (a.status < 400 || a.status >= 500) {
            failures.add(what + " [" + sample + "]: " + (a.status < 0 ? "no answer" : a.status + " " + a.body));
            return false;
        }
        try {
            JsonObject error = JsonParser.parseString(a.body).getAsJsonObject().getAsJsonObject("error");
            if (!a.contentType.startsWith("application/json") || error.get("status").getAsInt() != a.status
                    || error.get("message").getAsString().isBlank()) {
                failures.add(what + " [" + sample + "]: " + a.status + " without a JSON error: " + a.body);
            }
        } catch (RuntimeException e) {
            failures.add(what + " [" + sample + "]: " + a.status + " without a JSON error: " + a.body);
        }
        return false;
    }

    private Answer send(String method, String path, byte[] body, boolean consultant) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.base + path)).timeout(BOUND)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (consultant) {
            request.header("X-CSRF-Token", csrf);
        }
        sent++;
        try {
            HttpResponse<String> answer = web.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body(),
                    answer.headers().firstValue("Content-Type").orElse(""));
        } catch (HttpTimeoutException e) {
            return new Answer(-1, "", "");
        }
    }

    private static JsonObject body(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    /** A mutated body: changes to the tree, then sometimes to the text or the bytes. */
    static byte[] mutate(JsonObject valid, Random r) {
        JsonElement root = valid;
        int tree = r.nextInt(3);
        for (int i = 0; i < tree; i++) {
            root = mutateTree(root, r);
        }
        String text = root.toString();
        switch (r.nextInt(tree == 0 ? 8 : 16)) {
            case 0 -> text = text.substring(0, r.nextInt(text.length() + 1)); // truncated
            case 1 -> { // a stray bracket or quote
                int at = r.nextInt(text.length() + 1);
                text = text.substring(0, at) + "{}[]\",:".charAt(r.nextInt(7)) + text.substring(at);
            }
            case 2 -> { // a duplicate key
                int brace = text.indexOf('{', r.nextInt(text.length()));
                if (brace >= 0) {
                    JsonObject o = JsonParser.parseString(text.substring(0, 1).equals("{") ? valid.toString() : "{}")
                            .getAsJsonObject();
                    String key = o.keySet().isEmpty() ? "x" : List.copyOf(o.keySet()).get(r.nextInt(o.keySet().size()));
                    text = text.substring(0, brace + 1) + "\"" + key + "\": " + oddValue(r) + ","
                            + text.substring(brace + 1);
                }
            }
            case 3 -> { // deeply nested
                int depth = 10 + r.nextInt(100_000);
                boolean arrays = r.nextBoolean();
                text = "{\"a\": " + (arrays ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)) + "}";
            }
            case 4 -> { // invalid UTF-8 inside a string
                byte[] bytes = text.getBytes(UTF_8);
                int quote = text.indexOf('"') < 0 ? 0 : text.getBytes(UTF_8).length / 2;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, quote);
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
                byte[] b = bad[r.nextInt(bad.length)];
                out.write(b, 0, b.length);
                out.write(bytes, quote, bytes.length - quote);
                return out.toByteArray();
            }
            case 5 -> text = List.of("", "null", "[]", "42", "\"x\"", "true", "{}", "{\"a\":1}{", "\uFEFF{}",
                    "{\"a\":NaN}", "{'a':1}", "{a:1}", "/* */{}", "{\"a\":1,}").get(r.nextInt(14));
            case 6 -> { // a huge string, sometimes beyond the body limit
                int size = r.nextInt(6) == 0 ? 1_100_000 : 10_000 + r.nextInt(200_000);
                if (text.endsWith("}") && text.length() > 2) {
                    text = text.substring(0, text.length() - 1) + ", \"pad\": \"" + "x".repeat(size) + "\"}";
                }
                if (r.nextBoolean() && text.length() > 2) {
                    text = "{\"huge\": \"" + "é".repeat(size / 2) + "\"," + text.substring(1);
                }
            }
            case 7 -> { // control characters in strings, bad escapes
                int quote = text.indexOf('"', r.nextInt(text.length()));
                if (quote >= 0) {
                    text = text.substring(0, quote + 1) + List.of("\u0000", "\\u0000", "\\uD800", "\\x", "\\", "\n")
                            .get(r.nextInt(6)) + text.substring(quote + 1);
                }
            }
            default -> {
            }
        }
        return text.getBytes(UTF_8);
    }

    private static JsonElement mutateTree(JsonElement root, Random r) {
        List<JsonObject> objects = new ArrayList<>();
        collect(root, objects);
        if (objects.isEmpty()) {
            return root;
        }
        JsonObject o = objects.get(r.nextInt(objects.size()));
        List<String> keys = List.copyOf(o.keySet());
        String key = keys.isEmpty() ? "x" : keys.get(r.nextInt(keys.size()));
        switch (r.nextInt(8)) {
            case 0 -> o.remove(key);
            case 1 -> o.add(key, oddValue(r));
            case 2 -> o.add(key, JsonNull.INSTANCE);
            case 3 -> o.add(r.nextBoolean() ? "colour" : odd(r), oddValue(r)); // an unknown field
            case 4 -> o.add(key, JsonParser.parseString(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
            case 5 -> { // an answer out of range or to an unknown question
                JsonObject answers = o.has("answers") && o.get("answers").isJsonObject() ? o.getAsJsonObject("answers") : o;
                answers.add(r.nextBoolean() ? odd(r) : List.copyOf(answers.keySet().isEmpty() ? List.of("x")
                        : answers.keySet()).get(0), oddValue(r));
            }
            case 6 -> { // nested a little
                JsonElement nested = o.get(key) == null ? JsonNull.INSTANCE : o.get(key);
                for (int i = 1 + r.nextInt(20); i > 0; i--) {
                    JsonArray a = new JsonArray();
                    a.add(nested);
                    nested = a;
                }
                o.add(key, nested);
            }
            default -> o.add(key, new JsonPrimitive(odd(r)));
        }
        return root;
    }

    private static void collect(JsonElement e, List<JsonObject> into) {
        if (e.isJsonObject()) {
            into.add(e.getAsJsonObject());
            e.getAsJsonObject().entrySet().forEach(x -> collect(x.getValue(), into));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, into));
        }
    }

    private static JsonElement oddValue(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(r.nextBoolean());
            case 2 -> JsonParser.parseString(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]);
            case 3 -> new JsonArray();
            case 4 -> new JsonObject();
            case 5 -> {
                JsonObject o = new JsonObject();
                o.addProperty(odd(r), odd(r));
                yield o;
            }
            default -> new JsonPrimitive(odd(r));
        };
    }

    private static String odd(Random r) {
        return ODD_STRINGS[r.nextInt(ODD_STRINGS.length)];
    }

    /** A query string of known and unknown parameters with odd values, some bytes not UTF-8. */
    private static String query(Random r) {
        StringBuilder q = new StringBuilder();
        String[] names = {"lang", "format", "first", "second", "name", "lang", "x", ""};
        for (int i = r.nextInt(5); i >= 0; i--) {
            q.append(q.length() == 0 ? "" : "&").append(names[r.nextInt(names.length)]).append('=');
            switch (r.nextInt(5)) {
                case 0 -> q.append("%FF%FE");
                case 1 -> q.append("%C0%80");
                case 2 -> q.append(List.of("html", "pdf", "json", "csv", "docx", "weighted", "maturity", "sv", "en")
                        .get(r.nextInt(9)));
                case 3 -> q.append(enc("x".repeat(r.nextInt(5000))));
                default -> q.append(enc(odd(r)));
            }
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    // ---------------------------------------------------------------- helpers

    private String create() throws Exception {
        Answer a = send("POST", "/api/v1/assessments", ("{\"relationship\": {\"customer\": \"Acme\", \"provider\": "
                + "\"Atea\"}, \"model\": \"partnership\", \"deadline\": \"2099-12-31\"}").getBytes(UTF_8), true);
        assertEquals(201, a.status, a.body);
        return JsonParser.parseString(a.body).getAsJsonObject().get("id").getAsString();
    }

    private String invite(String id, String perspective) throws Exception {
        Answer a = send("POST", "/api/v1/assessments/" + id + "/respondents", ("{\"perspective\": \"" + perspective
                + "\", \"name\": \"R\"}").getBytes(UTF_8), true);
        assertEquals(201, a.status, a.body);
        return JsonParser.parseString(a.body).getAsJsonObject().get("token").getAsString();
    }

    private int count(String path) throws Exception {
        Answer a = send("GET", path, null, true);
        assertEquals(200, a.status, a.body);
        JsonElement list = JsonParser.parseString(a.body);
        // a list, or an object holding one (GET /api/v1/users)
        return list.isJsonArray() ? list.getAsJsonArray().size()
                : list.getAsJsonObject().entrySet().iterator().next().getValue().getAsJsonArray().size();
    }

}
