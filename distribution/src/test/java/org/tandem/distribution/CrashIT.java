package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crashes: respondents save and submit from several threads while the JVM is killed with SIGKILL
 * ({@code kill -9}) at a random moment; Tandem is started again on the same data directory. After
 * every restart the store opens by itself (the ready line, /health UP), every submit that was
 * acknowledged (a 2xx reached the respondent) is there exactly once and submitted with its answers,
 * and every other response is in a state a respondent could have left it in: untouched, the whole
 * draft, or the whole submitted answers, never a mix.
 * <p>
 * {@code -Dcrash.rounds=N} sets the number of kills (3 by default; {@code bench/crash} runs 20),
 * {@code -Dcrash.respondents=N} the respondents per round (40), {@code -Dcrash.seed=N} the random seed.
 * The test prints one summary line starting with {@code crash summary:}.
 */
class CrashIT {

    private static final String PASSWORD = "a-long-password";
    private static final int THREADS = 4;

    private final int rounds = Integer.getInteger("crash.rounds", 3);
    private final int perRound = Integer.getInteger("crash.respondents", 40);
    private final long seed = Long.getLong("crash.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Path dir;
    private Installation tandem;
    private TandemProcess process;
    private int port;
    private WebClient web;
    private String csrf;
    private List<String> questions;

    /** Every respondent invited so far, by token. */
    private final Map<String, Respondent> respondents = new LinkedHashMap<>();
    /** Every assessment created so far. */
    private final List<String> assessments = new ArrayList<>();
    /** Saves and submits that were answered with something other than a 2xx. */
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.alive()) {
            process.terminate();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void everyAcknowledgedSubmitSurvivesKillNineExactlyOnceAndNothingIsHalfWritten() throws Exception {
        try (var in = CrashIT.class.getResourceAsStream("/models/partnership-questions.txt")) {
            questions = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        }
        dir = Files.createTempDirectory("tandem-crash-it");
        tandem = Installation.unpack(dir);
        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        web = WebClient.admin(process, port, PASSWORD);
        csrf = csrf();

        Tally tally = new Tally();
        // a problem is reported once, in the first round that sees it
        Map<String, String> problems = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            String assessment = create(round);
            List<Respondent> batch = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                Respondent r = invite(assessment, i % 2 == 0 ? "customer" : "provider", "R" + round + "-" + i,
                        1 + random.nextInt(5), 1 + random.nextInt(5), i % 2 == 1);
                batch.add(r);
                respondents.put(r.token, r);
            }

            stream(batch);
            restart();
            for (String problem : check(tally, round)) {
                problems.putIfAbsent(problem.replaceFirst("^round \\d+: ", ""), problem);
            }
        }
        tally.rounds = rounds;
        System.out.println("crash summary: " + tally + " (seed " + seed + ", " + perRound + " respondents and "
                + THREADS + " threads per round)");
        refused.forEach(r -> problems.put(r, "refused: " + r));
        long broken = problems.size() - refused.size(); // lost, duplicated, half-written or changed responses
        Evidence.record("kill -9 during a stream of saves and submits", "CrashIT", rounds + " kills, "
                + perRound * rounds + " respondents", tally.acknowledged, refused.size(), broken,
                "acknowledged submits found after restart: " + tally.found + " of " + tally.acknowledged
                + "; lost " + tally.lost.size() + ", duplicated " + tally.duplicated.size()
                + ", other problems (half-written, changed) "
                + Math.max(0, broken - tally.lost.size() - tally.duplicated.size())
                + "; the store opened without repair after every kill");
        if (!problems.isEmpty()) {
            keepEvidence();
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems after kill -9:\n"
                + String.join("\n", problems.values()));
        assertTrue(tally.acknowledged > 0, "no submit was acknowledged before the kills: " + tally);
    }

    /**
     * Stops Tandem and copies its data directory (the database, the log) to
     * {@code target/crash-evidence/<seed>}, so a failure can be examined after the run (H2's
     * {@code Recover} tool, the log); the test's own directory is deleted afterwards.
     */
    private void keepEvidence() throws Exception {
        process.terminate();
        Path data = tandem.home.resolve("data");
        Path logs = tandem.home.resolve("logs");
        Path evidence = Path.of("target", "crash-evidence", String.valueOf(seed)).toAbsolutePath();
        for (Path from : List.of(data, logs)) {
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (var files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = evidence.resolve(from.getFileName()).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        System.out.println("crash evidence kept in " + evidence);
    }

    /**
     * Saves and submits {@code batch} from several threads and kills the JVM once a random number of
     * saves and submits were acknowledged, while the others are in flight.
     */
    private void stream(List<Respondent> batch) throws Exception {
        ConcurrentLinkedQueue<Respondent> queue = new ConcurrentLinkedQueue<>(batch);
        int killAfter = 1 + random.nextInt(batch.size() * 3 / 2);
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch reached = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                for (Respondent r; (r = queue.poll()) != null;) {
                    try {
                        r.putSent = true;
                        r.putAcknowledged = ok(respondent("PUT", r.token, body(r.draft, 0)));
                        if (!r.putAcknowledged) {
                            continue;
                        }
                        acknowledge(acknowledged, killAfter, reached);
                        r.submitSent = true;
                        r.submitAcknowledged = ok(respondent("POST", r.token + "/submit",
                                r.submitWithAnswers ? body(r.submitted, 1) : null));
                        if (r.submitAcknowledged) {
                            acknowledge(acknowledged, killAfter, reached);
                        }
                    } catch (IOException e) {
                        return; // the server is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                reached.countDown(); // out of respondents: kill now
            }, "respondent-" + t);
            threads.add(thread);
            thread.start();
        }
        reached.await();
        Thread.sleep(random.nextInt(25)); // a random moment, not just after an answer
        long inFlight = batch.stream().filter(r -> r.putSent && !r.putAcknowledged
                || r.submitSent && !r.submitAcknowledged).count();
        String program = process.program();
        assertTrue(program.isEmpty() || program.endsWith("java"), "the process killed is the JVM, not " + program);
        assertEquals(137, process.kill(), "Tandem died of SIGKILL");
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        System.out.println("crash round " + batch.get(0).round + ": killed after " + acknowledged.get()
                + " acknowledged saves and submits, with " + inFlight + " sent and not yet answered");
    }

    private static void acknowledge(AtomicInteger acknowledged, int killAfter, CountDownLatch reached) {
        if (acknowledged.incrementAndGet() >= killAfter) {
            reached.countDown();
        }
    }

    /** Starts Tandem on the same installation and data; it must open its store without help. */
    private void restart() throws Exception {
        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        process.await(Pattern.compile("ready at"));
        web = new WebClient(port);
        HttpResponse<String> health = null;
        for (int i = 0; i < 50; i++) {
            health = web.get("/health");
            if (health.statusCode() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, health.statusCode(), "/health after restart: " + health.body());
        assertEquals("UP", json(health.body()).get("status").getAsString(), health.body());
        assertEquals(303, web.login("admin", PASSWORD).statusCode(), "sign-in after restart");
        csrf = csrf();
    }

    /** Checks every response invited so far; adds this round's figures to {@code tally}; returns the problems. */
    private List<String> check(Tally tally, int round) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> listed = new HashMap<>();
        Map<String, String> status = new HashMap<>();
        for (String assessment : assessments) {
            JsonArray list = JsonParser.parseString(ok200(consultant("GET", "/api/v1/assessments/" + assessment
                    + "/respondents")).body()).getAsJsonArray();
            int submitted = 0;
            for (JsonElement e : list) {
                JsonObject o = e.getAsJsonObject();
                String token = o.get("token").getAsString();
                listed.merge(token, 1, Integer::sum);
                status.put(token, o.get("status").getAsString());
                submitted += "submitted".equals(o.get("status").getAsString()) ? 1 : 0;
            }
            JsonObject a = json(ok200(consultant("GET", "/api/v1/assessments/" + assessment)).body());
            int counted = 0;
            for (JsonElement p : a.getAsJsonArray("progress")) {
                counted += p.getAsJsonObject().get("submitted").getAsInt();
            }
            if (counted != submitted) {
                problems.add("round " + round + ": assessment " + assessment + " counts " + counted
                        + " submitted responses but lists " + submitted);
                tally.duplicated.add(assessment);
            }
        }
        for (Respondent r : respondents.values()) {
            boolean thisRound = r.round == round;
            if (thisRound && r.submitAcknowledged) {
                tally.acknowledged++;
            }
            int times = listed.getOrDefault(r.token, 0);
            if (times != 1) {
                problems.add("round " + round + ": " + r + " is listed " + times + " times");
                if (times > 1) {
                    tally.duplicated.add(r.token);
                }
                if (times == 0) {
                    tally.lost(r);
                    continue;
                }
            }
            HttpResponse<String> got = respondent("GET", r.token, null);
            if (got.statusCode() != 200) {
                problems.add("round " + round + ": " + r + " cannot be read: " + got.statusCode() + " " + got.body());
                tally.lost(r);
                continue;
            }
            JsonObject response = json(got.body());
            String state = response.get("status").getAsString();
            Map<String, String> answers = new HashMap<>();
            response.getAsJsonObject("answers").entrySet()
                    .forEach(e -> answers.put(e.getKey(), e.getValue().getAsString()));
            String seen = state + " " + (answers.isEmpty() ? "without answers" : answers.equals(r.expected(r.draft))
                    ? "with the draft" : answers.equals(r.expected(r.submitted)) ? "with the submitted answers"
                            : "with other answers " + answers);
            boolean untouched = state.equals("new") && answers.isEmpty();
            boolean draft = state.equals("draft") && answers.equals(r.expected(r.draft));
            boolean done = state.equals("submitted") && answers.equals(r.expected(r.submitted));
            String inList = status.get(r.token);
            if (!Map.of("new", "invited", "draft", "started", "submitted", "submitted").get(state).equals(inList)) {
                problems.add("round " + round + ": " + r + " is " + state + " but listed as " + inList);
            }
            if (r.submitAcknowledged) {
                if (done) {
                    tally.found += thisRound ? 1 : 0;
                } else {
                    tally.lost(r);
                    problems.add("round " + round + ": " + r + " was acknowledged as submitted but is " + seen);
                }
            } else if (r.putAcknowledged) {
                if (!draft && !done) {
                    problems.add("round " + round + ": " + r + " had its draft acknowledged but is " + seen);
                }
            } else if (!untouched && !draft && !done) {
                problems.add("round " + round + ": " + r + " is half-written: " + seen);
            }
        }
        return problems;
    }

    private String create(int round) throws Exception {
        HttpResponse<String> created = consultant("POST", "/api/v1/assessments", "{\"relationship\": {\"customer\": "
                + "\"Crash " + round + "\", \"provider\": \"Kill nine\"}, \"model\": \"partnership\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created.body()).get("id").getAsString();
        assessments.add(id);
        return id;
    }

    private Respondent invite(String assessment, String perspective, String name, int draft, int submitted,
            boolean submitWithAnswers) throws Exception {
        HttpResponse<String> invited = consultant("POST", "/api/v1/assessments/" + assessment + "/respondents",
                "{\"perspective\": \"" + perspective + "\", \"name\": \"" + name + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        // submitting without a body submits the draft
        return new Respondent(json(invited.body()).get("token").getAsString(), name,
                Integer.parseInt(name.substring(1, name.indexOf('-'))), draft, submitWithAnswers ? submitted : draft,
                submitWithAnswers);
    }

    private String csrf() throws Exception {
        HttpResponse<String> session = web.get("/api/v1/session");
        assertEquals(200, session.statusCode(), session.body());
        return session.headers().firstValue("X-CSRF-Token").orElseThrow();
    }

    private String body(int value, int revision) {
        StringBuilder json = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < questions.size(); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(questions.get(i)).append("\": ").append(value);
        }
        return json.append("}, \"revision\": ").append(revision).append('}').toString();
    }

    private HttpResponse<String> consultant(String method, String path) throws Exception {
        return consultant(method, path, null);
    }

    private HttpResponse<String> consultant(String method, String path, String body) throws Exception {
        return web.json(method, path, body, "X-CSRF-Token", csrf);
    }

    private HttpResponse<String> respondent(String method, String tokenPath, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/responses/"
                + tokenPath)).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** True for a 2xx; a refusal is recorded (every save and submit here is valid, so none should be refused). */
    private boolean ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            refused.add(response.request().method() + " " + response.request().uri().getPath() + ": "
                    + response.statusCode() + " " + response.body());
            return false;
        }
        return true;
    }

    private static HttpResponse<String> ok200(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject json(String body) {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    /** One respondent: the answer given to every question in the draft and on submit, and what was acknowledged. */
    private final class Respondent {
        final String token;
        final String name;
        final int round;
        final int draft;
        final int submitted;
        final boolean submitWithAnswers;
        volatile boolean putSent;
        volatile boolean putAcknowledged;
        volatile boolean submitSent;
        volatile boolean submitAcknowledged;

        Respondent(String token, String name, int round, int draft, int submitted, boolean submitWithAnswers) {
            this.token = token;
            this.name = name;
            this.round = round;
            this.draft = draft;
            this.submitted = submitted;
            this.submitWithAnswers = submitWithAnswers;
        }

        Map<String, String> expected(int value) {
            Map<String, String> answers = new HashMap<>();
            questions.forEach(q -> answers.put(q, String.valueOf(value)));
            return answers;
        }

        @Override
        public String toString() {
            return "respondent " + name + " (save " + (putAcknowledged ? "acknowledged" : putSent ? "sent" : "not sent")
                    + ", submit " + (submitAcknowledged ? "acknowledged" : submitSent ? "sent" : "not sent") + ")";
        }
    }

    /** The figures of all rounds. */
    private static final class Tally {
        int rounds;
        int acknowledged;
        int found;
        /** Acknowledged submits missing after a restart, counted once however many restarts miss them. */
        final Set<String> lost = new HashSet<>();
        /** Respondents listed twice, and assessments counting more submitted responses than they list. */
        final Set<String> duplicated = new HashSet<>();

        void lost(Respondent r) {
            if (r.submitAcknowledged) {
                lost.add(r.token);
            }
        }

        @Override
        public String toString() {
            return "acknowledged=" + acknowledged + " found=" + found + " lost=" + lost.size() + " duplicated=" + duplicated.size()
                    + " rounds=" + rounds;
        }
    }
}
