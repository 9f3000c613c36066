package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A data directory that stops taking writes while Tandem runs: read-only, then full. The data
 * directory is a small tmpfs mounted for the test; "read-only" remounts it read-only (which root
 * cannot write through, unlike a {@code chmod}), "full" fills it with a filler file.
 * <p>
 * While the store cannot write: saves, submits and new assessments are answered with a 503 and a JSON
 * message that says the store cannot write, never a 500; what is stored can still be read. Once the
 * directory takes writes again, saving works again without a restart, and every response that was
 * acknowledged before is still there, also after a restart.
 * <p>
 * Mounting needs the privilege to mount (root with CAP_SYS_ADMIN); without it the test is skipped and
 * says so.
 */
class DataDirectoryIT {

    private static final String PASSWORD = "a-long-password";

    private Path dir;
    private Path data;
    private boolean mounted;
    private TandemProcess process;
    private int port;
    private WebClient web;
    private String csrf;
    private List<String> questions;
    /** Every acknowledged submit: token → the answer given to every question. */
    private final Map<String, Integer> submitted = new LinkedHashMap<>();
    /** Every acknowledged draft that was not submitted: token → the answer. */
    private final Map<String, Integer> drafts = new LinkedHashMap<>();
    private String assessment;
    private int invited;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.alive()) {
            process.terminate();
        }
        if (mounted) {
            run("umount", "-l", data.toString());
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Makes the data directory unwritable, or writable again. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /**
     * Read-only: the store's file and folder are made immutable ({@code chattr +i}), which stops root too, also
     * through files already open (a tmpfs cannot be remounted read-only while the database has its file open).
     */
    @Test
    void whileTheStoreIsReadOnlySavesAreRefusedClearlyAndWorkAgainAfterwards() throws Exception {
        Assumptions.assumeTrue(run("which", "chattr") == null, "this test needs chattr (e2fsprogs)");
        Path[] store = new Path[2];
        scenario("read-only", false, () -> {
            store[0] = data.resolve("store");
            store[1] = store[0].resolve("tandem.mv.db");
            String immutable = run("chattr", "+i", store[1].toString(), store[0].toString());
            Assumptions.assumeTrue(immutable == null, "the file system of the data directory does not take "
                    + "chattr +i: " + immutable);
        }, () -> assertEquals(null, run("chattr", "-i", store[1].toString(), store[0].toString()), "chattr -i"));
    }

    /** Full: the data directory is a 16 MB tmpfs, filled up with a filler file, which is then removed. */
    @Test
    void whileTheDataDirectoryIsFullSavesAreRefusedClearlyAndWorkAgainAfterwards() throws Exception {
        Path filler = Path.of("filler");
        scenario("full", true, () -> fill(data.resolve(filler)), () -> Files.delete(data.resolve(filler)));
    }

    private void scenario(String state, boolean tmpfs, Step block, Step unblock) throws Exception {
        try (var in = DataDirectoryIT.class.getResourceAsStream("/models/partnership-questions.txt")) {
            questions = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        }
        dir = Files.createTempDirectory("tandem-data-it");
        Installation tandem = Installation.unpack(dir);
        data = Files.createDirectories(tandem.home.resolve("data"));
        if (tmpfs) {
            String mount = run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", data.toString());
            Assumptions.assumeTrue(mount == null, "this test mounts a small tmpfs as the data directory, which "
                    + "needs the privilege to mount (root with CAP_SYS_ADMIN); mount said: " + mount);
            mounted = true;
        }

        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        web = WebClient.admin(process, port, PASSWORD);
        csrf = csrf();
        assessment = create("Before");
        acknowledgedWork(6);

        block.run();
        List<String> seen;
        try {
            seen = refusedWhileUnwritable(state);
        } finally {
            unblock.run();
        }
        savingWorksAgain("once the data directory takes writes again (" + state + ")");
        checkEverythingAcknowledged("after " + state);

        // and the store opens as it is after a restart
        process.terminate();
        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        process.await(Pattern.compile("ready at"));
        web = new WebClient(port);
        assertEquals(200, web.get("/health").statusCode(), "/health after restart");
        assertEquals(303, web.login("admin", PASSWORD).statusCode(), "sign-in after restart");
        csrf = csrf();
        checkEverythingAcknowledged("after restart");
        System.out.println("data directory summary (" + state + "): " + seen + "; acknowledged " + submitted.size()
                + " submits and " + drafts.size() + " drafts, all found after recovery without restart and after a "
                + "restart");
        Evidence.record(state.equals("full") ? "full disk (a 16 MB tmpfs data directory filled up)"
                : "read-only data directory (chattr +i on the store)", "DataDirectoryIT", "5 writes while unwritable, "
                + "then recovery", submitted.size() + drafts.size(), 0, 0, "writes answered " + seen.subList(0, 5)
                + " (503 with a JSON message that the store cannot write, never 500); reads and /health kept working; "
                + "the first save afterwards worked without a restart; all " + submitted.size() + " submits and "
                + drafts.size() + " drafts found, also after a restart");
    }

    /** Invites {@code n} respondents; saves and submits half, only saves the rest. */
    private void acknowledgedWork(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            String token = invite(assessment);
            int value = 1 + (invited % 5);
            assertEquals(200, save(token, value).statusCode(), "save");
            if (i % 2 == 0) {
                HttpResponse<String> done = web.json("POST", "/api/v1/responses/" + token + "/submit", null);
                assertEquals(200, done.statusCode(), done.body());
                submitted.put(token, value);
            } else {
                drafts.put(token, value);
            }
        }
    }

    /**
     * While the data directory cannot be written: every write is answered with a 503 JSON error saying the store
     * cannot write, never a 500, and reads still work. Returns what was seen, for the summary.
     */
    private List<String> refusedWhileUnwritable(String state) throws Exception {
        List<String> seen = new ArrayList<>();
        String draftToken = drafts.keySet().iterator().next();
        // a save may be taken in memory before the first write reaches the disk; the first ones to fail show it
        List<HttpResponse<String>> writes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            writes.add(save(draftToken, 5));
        }
        writes.add(web.json("POST", "/api/v1/responses/" + draftToken + "/submit", null));
        writes.add(consultant("POST", "/api/v1/assessments", "{\"relationship\": {\"customer\": \"While " + state
                + "\", \"provider\": \"P\"}, \"model\": \"partnership\"}"));
        for (HttpResponse<String> w : writes) {
            String what = w.request().method() + " " + w.request().uri().getPath();
            seen.add(what.replaceAll("/[A-Za-z0-9_-]{16,}", "/<token>") + " " + w.statusCode());
            assertTrue(w.statusCode() != 500,
                    what + " answered 500 while the data directory is " + state + ": " + w.body());
        }
        HttpResponse<String> refusal = writes.get(writes.size() - 1);
        assertEquals(503, refusal.statusCode(), "creating an assessment while " + state + ": " + refusal.body());
        String message = json(refusal.body()).getAsJsonObject("error").get("message").getAsString();
        assertTrue(message.matches("(?s).*(cannot write|read-only|disk is full|no space).*"),
                "the message says the store cannot write: " + message);
        seen.add("message: " + message);
        for (HttpResponse<String> w : writes) {
            assertTrue(w.statusCode() / 100 == 2 || w.statusCode() == 503,
                    "a write while " + state + " is answered 503, not " + w.statusCode() + ": " + w.body());
            if (w.statusCode() == 503) {
                assertTrue(json(w.body()).has("error"), "a JSON error: " + w.body());
            }
        }
        // reads still work
        for (String token : submitted.keySet()) {
            HttpResponse<String> got = web.json("GET", "/api/v1/responses/" + token, null);
            assertEquals(200, got.statusCode(), "reading a response while " + state + ": " + got.body());
        }
        HttpResponse<String> list = consultant("GET", "/api/v1/assessments/" + assessment + "/respondents", null);
        assertEquals(200, list.statusCode(), "listing respondents while " + state + ": " + list.body());
        HttpResponse<String> health = web.get("/health");
        seen.add("/health " + health.statusCode() + " " + json(health.body()).get("status").getAsString());
        return seen;
    }

    /** A save and a new respondent's save and submit succeed again, without a restart. */
    private void savingWorksAgain(String when) throws Exception {
        String draftToken = drafts.keySet().iterator().next();
        // the first save works, even if H2 still held its file open read-only (the store reopens it)
        HttpResponse<String> again = save(draftToken, drafts.get(draftToken));
        assertEquals(200, again.statusCode(), "saving " + when + ": " + again.body());
        acknowledgedWork(2);
        HttpResponse<String> health = web.get("/health");
        assertEquals(200, health.statusCode(), "/health " + when + ": " + health.body());
    }

    private void checkEverythingAcknowledged(String when) throws Exception {
        Map<String, Integer> all = new LinkedHashMap<>(drafts);
        all.putAll(submitted);
        for (var e : all.entrySet()) {
            HttpResponse<String> got = web.json("GET", "/api/v1/responses/" + e.getKey(), null);
            assertEquals(200, got.statusCode(), when + ": " + got.body());
            JsonObject response = json(got.body());
            String expectedStatus = submitted.containsKey(e.getKey()) ? "submitted" : "draft";
            assertEquals(expectedStatus, response.get("status").getAsString(), when + ": " + got.body());
            for (String q : questions) {
                JsonElement a = response.getAsJsonObject("answers").get(q);
                assertEquals(String.valueOf(e.getValue()), a == null ? null : a.getAsString(),
                        when + ": answer to " + q + " of " + e.getKey());
            }
        }
        HttpResponse<String> list = consultant("GET", "/api/v1/assessments/" + assessment + "/respondents", null);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(invited, JsonParser.parseString(list.body()).getAsJsonArray().size(), when + ": respondents");
    }

    /** Writes zeros to {@code filler} until the file system is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private String create(String customer) throws Exception {
        HttpResponse<String> created = consultant("POST", "/api/v1/assessments", "{\"relationship\": {\"customer\": "
                + "\"" + customer + "\", \"provider\": \"Disk\"}, \"model\": \"partnership\"}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).get("id").getAsString();
    }

    private String invite(String assessment) throws Exception {
        HttpResponse<String> r = consultant("POST", "/api/v1/assessments/" + assessment + "/respondents",
                "{\"perspective\": \"" + (invited % 2 == 0 ? "customer" : "provider") + "\", \"name\": \"R" + invited
                        + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        invited++;
        return json(r.body()).get("token").getAsString();
    }

    private HttpResponse<String> save(String token, int value) throws Exception {
        StringBuilder body = new StringBuilder("{\"answers\": {");
        for (int i = 0; i < questions.size(); i++) {
            body.append(i == 0 ? "" : ", ").append('"').append(questions.get(i)).append("\": ").append(value);
        }
        HttpResponse<String> read = web.json("GET", "/api/v1/responses/" + token, null);
        long revision = read.statusCode() == 200 && json(read.body()).has("revision")
                ? json(read.body()).get("revision").getAsLong() : 0;
        body.append("}, \"revision\": ").append(revision).append('}');
        return web.json("PUT", "/api/v1/responses/" + token, body.toString());
    }

    private String csrf() throws Exception {
        HttpResponse<String> session = web.get("/api/v1/session");
        assertEquals(200, session.statusCode(), session.body());
        return session.headers().firstValue("X-CSRF-Token").orElseThrow();
    }

    private HttpResponse<String> consultant(String method, String path, String body) throws Exception {
        return web.json(method, path, body, "X-CSRF-Token", csrf);
    }

    private static JsonObject json(String body) {
        return JsonParser.parseString(body).getAsJsonObject();
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        return p.exitValue() == 0 ? null : String.join(" ", command) + ": exit " + p.exitValue() + " " + out;
    }
}
