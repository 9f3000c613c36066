package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two Tandem installations on one PostgreSQL database, as docs/deploy.md sets them up: a session and
 * its CSRF token from one work on the other, invitations work on either, respondents submit through
 * both at once, reports from either are the same, closing on both at once closes once, and when one
 * instance is killed mid-load the other keeps serving and nothing is lost or doubled.
 * <p>
 * Needs {@code TANDEM_TEST_POSTGRES_URL} (with {@code _USER}, {@code _PASSWORD}), which
 * {@code .ci/run} sets; the test works in a schema of its own and drops it afterwards.
 */
class TwoInstancesIT {

    private static final String URL = System.getenv("TANDEM_TEST_POSTGRES_URL");
    private static final int RESPONDENTS = 40;
    private static final String PUBLIC = "https://tandem.example.test";
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String schema;

    @TempDir
    Path dir;

    private final ConcurrentLinkedQueue<String> failuresOnTheSurvivor = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void createSchema() throws Exception {
        // per test, not per class: a skipped test is then counted as skipped, with this reason
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "needs PostgreSQL: TANDEM_TEST_POSTGRES_URL (and _USER, _PASSWORD); .ci/run sets them");
        schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        ds.setUser(System.getenv("TANDEM_TEST_POSTGRES_USER"));
        ds.setPassword(System.getenv("TANDEM_TEST_POSTGRES_PASSWORD"));
        return ds;
    }

    /** Points an installation at the shared database, with the password in a file, as docs/deploy.md shows. */
    private void configure(Installation tandem) throws IOException {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Files.writeString(tandem.home.resolve("etc/store.password"),
                System.getenv("TANDEM_TEST_POSTGRES_PASSWORD") + "\n");
        Files.writeString(tandem.home.resolve("etc/org.tandem.store.jdbc.cfg"), String.join("\n",
                "url = " + url,
                "user = " + System.getenv("TANDEM_TEST_POSTGRES_USER"),
                "passwordFile = etc/store.password",
                "driver = org.postgresql.Driver",
                "DataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver)", ""));
        // behind the proxy: links and the first-start message name the public address
        Files.writeString(tandem.home.resolve("etc/org.tandem.web.cfg"), "publicUrl = " + PUBLIC + "\n");
    }

    @Test
    void eitherInstanceServesAnyRequestAndOneKeepsServingWhenTheOtherIsKilled() throws Exception {
        Installation a = Installation.unpack(Files.createDirectories(dir.resolve("a")));
        Installation b = Installation.unpack(Files.createDirectories(dir.resolve("b")));
        configure(a);
        configure(b);
        int portA = Installation.freePort();
        int portB = Installation.freePort();
        // both start at once on the empty database: one migrates, one creates the administrator
        try (TandemProcess first = TandemProcess.start(a.home, "--headless", "--port", String.valueOf(portA));
                TandemProcess second = TandemProcess.start(b.home, "--headless", "--port", String.valueOf(portB))) {
            first.await(Pattern.compile("ready at"));
            second.await(Pattern.compile("ready at"));
            String oneTime = oneTimePassword(first, second);

            // signed in on A: the cookie and its CSRF token work on B
            WebClient onA = new WebClient(portA);
            assertEquals(303, onA.login("admin", oneTime).statusCode());
            onA.get("/password");
            assertEquals(303, onA.post("/password", WebClient.form("current", oneTime, "password", "a-long-password"))
                    .statusCode());
            WebClient onB = onA.at(portB);
            String csrf = onA.get("/api/v1/session").headers().firstValue("X-CSRF-Token").orElseThrow();
            HttpResponse<String> sessionOnB = onB.get("/api/v1/session");
            assertEquals(200, sessionOnB.statusCode(), "the session cookie from A is valid on B");
            assertEquals(csrf, sessionOnB.headers().firstValue("X-CSRF-Token").orElseThrow());
            assertEquals(200, onB.get("/admin/modules").statusCode(), "signed in on B's pages too");

            // sign-in attempts count on the database: guesses spread over both instances meet one limit
            WebClient guessA = new WebClient(portA);
            WebClient guessB = new WebClient(portB);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, (i % 2 == 0 ? guessA : guessB).login("mallory", "guess-" + i).statusCode());
            }
            assertEquals(429, guessB.login("mallory", "guess-5").statusCode(), "the sixth guess waits, on B");
            assertEquals(429, guessA.login("mallory", "guess-6").statusCode(), "and on A");

            // a small assessment answered through both; reports from either instance are the same
            String small = create(onB, csrf, "Acme", "Atea");
            String full = fullAnswers();
            for (int i = 0; i < 4; i++) {
                String token = invite(i % 2 == 0 ? onA : onB, csrf, small, i % 2 == 0 ? "customer" : "provider");
                WebClient writer = i % 2 == 0 ? onB : onA; // the invitation link works on the other instance
                assertEquals(200, respondent(writer, "PUT", "/api/v1/responses/" + token,
                        "{\"answers\": " + full + ", \"revision\": 0}").statusCode());
                assertEquals(200, respondent(i % 2 == 0 ? onA : onB, "POST", "/api/v1/responses/" + token + "/submit",
                        null).statusCode());
            }
            List<Integer> closes = closeOnBothAtOnce(onA, onB, csrf, small);
            assertEquals(List.of(200, 409), closes.stream().sorted().toList(), "closed once: " + closes);
            for (String format : List.of("json", "html", "csv")) {
                String path = "/api/v1/assessments/" + small + "/report?format=" + format + "&lang=en";
                HttpResponse<String> fromA = onA.json("GET", path, null);
                HttpResponse<String> fromB = onB.json("GET", path, null);
                assertEquals(200, fromA.statusCode(), fromA.body());
                assertEquals(fromA.body(), fromB.body(), "the " + format + " report is the same from either instance");
            }

            // respondents submit through both; B is killed mid-load; A serves on, nothing lost or doubled
            String big = create(onA, csrf, "Kommunen", "Leverantören");
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < RESPONDENTS; i++) {
                tokens.add(invite(i % 2 == 0 ? onA : onB, csrf, big, i % 2 == 0 ? "customer" : "provider"));
            }
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger viaB = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < RESPONDENTS; i++) {
                String token = tokens.get(i);
                boolean startOnB = i % 2 == 1;
                load.add(pool.submit(() -> {
                    answer(token, startOnB ? onB : onA, onA, full, acknowledged, viaB);
                    done.incrementAndGet();
                    return null;
                }));
            }
            while (done.get() < RESPONDENTS / 3) {
                Thread.sleep(20);
            }
            assertEquals(137, second.kill(), "B is killed with SIGKILL");
            for (Future<?> f : load) {
                f.get();
            }
            pool.shutdown();

            assertEquals(List.of(), List.copyOf(failuresOnTheSurvivor), "A answered every request");
            assertTrue(viaB.get() > 0, "some respondents were served by B before it was killed");
            JsonElement listed = JsonParser.parseString(onA.json("GET", "/api/v1/assessments/" + big
                    + "/respondents", null).body());
            assertEquals(RESPONDENTS, listed.getAsJsonArray().size(), "no respondent doubled");
            int submitted = 0;
            for (JsonElement r : listed.getAsJsonArray()) {
                submitted += r.getAsJsonObject().get("status").getAsString().equals("submitted") ? 1 : 0;
            }
            assertEquals(RESPONDENTS, submitted, "every respondent's submission is there");
            assertTrue(acknowledged.size() >= RESPONDENTS - 8, "acknowledged: " + acknowledged.size());
            JsonObject card = JsonParser.parseString(onA.json("GET", "/api/v1/assessments/" + big + "/scorecard", null)
                    .body()).getAsJsonObject();
            assertEquals(RESPONDENTS, card.get("respondents").getAsInt(), "every response scored once");
            Evidence.record("one of two instances on one PostgreSQL killed (SIGKILL) mid-load", "TwoInstancesIT",
                    "1 kill, " + RESPONDENTS + " respondents through both instances", acknowledged.size(),
                    failuresOnTheSurvivor.size(), RESPONDENTS - submitted, viaB.get()
                    + " steps answered by the killed instance first; every respondent submitted once, scored once");
        }
    }

    /**
     * A respondent's visit: saves half the answers, then all, then submits, starting on {@code first}. A
     * request the killed instance could not answer is carried over to {@code survivor}, which is asked
     * where the response stands first: a save the killed instance made before dying is kept, not redone.
     */
    private void answer(String token, WebClient first, WebClient survivor, String full, Set<String> acknowledged,
            AtomicInteger viaB) throws Exception {
        String path = "/api/v1/responses/" + token;
        String half = full.substring(0, full.indexOf(',', full.length() / 2)) + "}";
        WebClient web = first;
        int step = 0;
        while (step < 3) {
            String body = step == 0 ? "{\"answers\": " + half + ", \"revision\": 0}"
                    : step == 1 ? "{\"answers\": " + full + ", \"revision\": 1}" : null;
            HttpResponse<String> r = null;
            try {
                r = respondent(web, step < 2 ? "PUT" : "POST", step < 2 ? path : path + "/submit", body);
            } catch (IOException e) {
                if (web == survivor) {
                    failuresOnTheSurvivor.add(token + " step " + step + ": " + e);
                    return;
                }
            }
            if (r != null && r.statusCode() == 200) {
                if (web != survivor) {
                    viaB.incrementAndGet();
                }
                if (step == 2) {
                    acknowledged.add(token);
                }
                step++;
                continue;
            }
            if (web == survivor) {
                failuresOnTheSurvivor.add(token + " step " + step + ": " + (r == null ? "no answer" : r.statusCode()
                        + " " + r.body()));
                return;
            }
            // the other instance is gone: carry on with the survivor from where the response stands
            web = survivor;
            HttpResponse<String> stored = respondent(web, "GET", path, null);
            if (stored.statusCode() != 200) {
                failuresOnTheSurvivor.add(token + " reading: " + stored.statusCode() + " " + stored.body());
                return;
            }
            JsonObject response = JsonParser.parseString(stored.body()).getAsJsonObject();
            JsonElement status = response.get("status");
            if (status != null && status.getAsString().equals("submitted")) {
                return; // submitted by the killed instance before it died: kept, not doubled
            }
            long revision = response.has("revision") ? response.get("revision").getAsLong() : 0;
            step = (int) Math.min(revision, 2);
        }
    }

    private static String oneTimePassword(TandemProcess... processes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (TandemProcess p : processes) {
                Matcher m = WebClient.ONE_TIME.matcher(p.stdout());
                if (m.find()) {
                    assertTrue(p.stdout().contains("sign in at " + PUBLIC + "/login as 'admin'"), p.stdout());
                    for (TandemProcess other : processes) {
                        if (other != p) {
                            assertTrue(!WebClient.ONE_TIME.matcher(other.stdout()).find(),
                                    "one administrator, made by one instance");
                        }
                    }
                    return m.group(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("neither instance printed the administrator's one-time password");
    }

    private static String create(WebClient web, String csrf, String customer, String provider) throws Exception {
        HttpResponse<String> created = web.json("POST", "/api/v1/assessments", "{\"relationship\": {\"customer\": \""
                + customer + "\", \"provider\": \"" + provider + "\"}, \"model\": \"partnership\"}", "X-CSRF-Token", csrf);
        assertEquals(201, created.statusCode(), created.body());
        return JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
    }

    private static String invite(WebClient web, String csrf, String assessment, String side) throws Exception {
        HttpResponse<String> invited = web.json("POST", "/api/v1/assessments/" + assessment + "/respondents",
                "{\"perspective\": \"" + side + "\", \"name\": \"Someone\"}", "X-CSRF-Token", csrf);
        assertEquals(201, invited.statusCode(), invited.body());
        JsonObject respondent = JsonParser.parseString(invited.body()).getAsJsonObject();
        String token = respondent.get("token").getAsString();
        assertEquals(PUBLIC + "/r/" + token, respondent.get("link").getAsString(), "links name the public address");
        return token;
    }

    private static List<Integer> closeOnBothAtOnce(WebClient onA, WebClient onB, String csrf, String id)
            throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            String path = "/api/v1/assessments/" + id + "/close";
            Future<HttpResponse<String>> fromA = two.submit(() -> onA.json("POST", path, "{}", "X-CSRF-Token", csrf));
            Future<HttpResponse<String>> fromB = two.submit(() -> onB.json("POST", path, "{}", "X-CSRF-Token", csrf));
            return List.of(fromA.get().statusCode(), fromB.get().statusCode());
        } finally {
            two.shutdown();
        }
    }

    /** As a respondent: the invitation token in the path, no cookie. */
    private static HttpResponse<String> respondent(WebClient instance, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.base + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return PLAIN.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String fullAnswers() throws Exception {
        return Assessments.answers(1).replaceFirst("^\\{\"answers\": ", "").replaceFirst("}$", "");
    }
}
