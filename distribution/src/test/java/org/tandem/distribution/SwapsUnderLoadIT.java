package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot swaps under load, through the JSON API of the running distribution: for about 30 s respondents
 * are invited, save drafts and submit, and score cards and HTML and PDF reports are read, while the
 * administrator updates, rolls back, removes and puts back the scoring strategy the model uses, a
 * higher version of the stock HTML renderer, and a newer version of the model. Every request gets its
 * 2xx (one made during a swap waits for the plugin to come back), every acknowledged submit is there
 * at the end, and every score card names a strategy version that was installed, carried by the bundle
 * of that version. Meanwhile the core and the questionnaire bundles are updated to a new version,
 * rolled back, and uninstalled and installed again through the shell, in turn; the web waits for
 * their services to come back. The store is not swapped here.
 */
class SwapsUnderLoadIT {

    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final String STRATEGY_BUNDLE = "org.tandem.scoring.weighted";
    private static final String HTML_BUNDLE = "org.tandem.report.html";
    private static final String MODEL_BUNDLE = "org.tandem.model.partnership";
    private static final String CORE_BUNDLE = "org.tandem.core";
    private static final String QUESTIONNAIRE_BUNDLE = "org.tandem.questionnaire";
    private final Set<String> platformSwaps = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    private WebClient web;
    private String csrf;
    private final AtomicInteger requests = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void respondentsAndReportsAreServedWhilePluginsAreSwapped() throws Exception {
        Installation tandem = Installation.unpack(dir);
        // what an administrator sets so that a request made during a swap waits for the plugin to come back
        Files.writeString(tandem.home.resolve("etc/org.tandem.scoring.cfg"), "waitMillis = 10000\n");
        Files.writeString(tandem.home.resolve("etc/org.tandem.report.cfg"), "waitMillis = 10000\n");
        Files.writeString(tandem.home.resolve("etc/org.tandem.web.cfg"), "serviceWaitMillis = 10000\n");
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            web = WebClient.admin(p, port, "a-long-password");
            csrf = web.get("/api/v1/session").headers().firstValue("X-CSRF-Token").orElseThrow();
            p.poll("tandem:strategies", Pattern.compile("waits up to 10000 ms"));

            // the model is scored by a strategy that only deploy/ provides
            Set<String> strategies = ConcurrentHashMap.newKeySet();
            Path weighted = tandem.system(STRATEGY_BUNDLE);
            strategies.add("1.1.0");
            upload(strategy(weighted, "1.1.0"), "swapped.jar");
            awaitModules("\"key\":\"swapped@1.1.0\"");
            expect(200, consultant("PUT", "/api/v1/strategies/partnership", "{\"strategy\": \"swapped\"}"));

            String id = JsonParser.parseString(expect(201, consultant("POST", "/api/v1/assessments",
                    "{\"relationship\": {\"customer\": \"Acme\", \"provider\": \"Atea\"}, \"model\": \"partnership\"}"))
                    .body()).getAsJsonObject().get("id").getAsString();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            String full = Assessments.answers(1).replaceFirst("^\\{\"answers\": ", "").replaceFirst("}$", "");
            for (String side : new String[] {"customer", "provider"}) { // opens the seal
                String token = respond(id, side, full);
                assertTrue(token != null, "a " + side + " submits: " + failures);
                acknowledged.add(token);
            }

            Set<String> renderers = ConcurrentHashMap.newKeySet();
            renderers.add(stockVersion(tandem, HTML_BUNDLE));
            Set<String> seen = ConcurrentHashMap.newKeySet();
            Set<String> rendered = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger reports = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> load = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                String side = t % 2 == 0 ? "customer" : "provider";
                load.add(pool.submit(() -> {
                    while (running.get()) {
                        String token = respond(id, side, full);
                        if (token != null) {
                            acknowledged.add(token);
                        }
                    }
                    return null;
                }));
            }
            for (int t = 0; t < 3; t++) {
                int thread = t;
                load.add(pool.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        HttpResponse<String> card = consultant("GET", "/api/v1/assessments/" + id + "/scorecard", null);
                        if (card.statusCode() == 200) {
                            JsonObject provenance = JsonParser.parseString(card.body()).getAsJsonObject()
                                    .getAsJsonObject("provenance");
                            String version = provenance.get("strategyVersion").getAsString();
                            seen.add(version);
                            if (!"swapped".equals(provenance.get("strategyId").getAsString())
                                    || !strategies.contains(version)
                                    || !version.equals(provenance.get("bundleVersion").getAsString())) {
                                failures.add("inconsistent provenance " + provenance);
                            }
                        }
                        String format = (i + thread) % 3 == 0 ? "pdf" : "html";
                        HttpResponse<String> report = consultant("GET", "/api/v1/assessments/" + id
                                + "/report?format=" + format + "&lang=en", null);
                        if (report.statusCode() == 200) {
                            reports.incrementAndGet();
                            Matcher renderer = Pattern.compile("tandem\\.html@(\\S+?)[ <)\"]").matcher(report.body());
                            boolean named = renderer.find();
                            if (named) {
                                rendered.add(renderer.group(1));
                            }
                            if (format.equals("html") && (!named || !renderers.contains(renderer.group(1)))) {
                                failures.add("html report by a renderer that was not installed: "
                                        + (renderer.find(0) ? renderer.group() : "none named"));
                            }
                        }
                    }
                    return null;
                }));
            }

            // the administrator's loop: update, roll back, remove and put back, through the admin API
            int swaps = 0;
            long end = System.nanoTime() + LOAD.toNanos();
            for (int round = 1; System.nanoTime() < end; round++) {
                String version = "1.1." + round;
                strategies.add(version);
                upload(strategy(weighted, version), "swapped.jar");
                swaps++;
                Thread.sleep(700);
                if (round % 2 == 0) {
                    expect(200, admin("POST", "/api/v1/modules/" + STRATEGY_BUNDLE + "/rollback"));
                    swaps++;
                    Thread.sleep(700);
                }
                if (round % 3 == 0) { // gone for a moment: scorings wait for it
                    expect(200, admin("DELETE", "/api/v1/modules/" + STRATEGY_BUNDLE));
                    Thread.sleep(300);
                    expect(200, admin("POST", "/api/v1/modules/" + STRATEGY_BUNDLE + "/rollback"));
                    swaps += 2;
                    Thread.sleep(700);
                }
                if (round % 2 == 1) { // a higher stock renderer comes, then goes again
                    renderers.add("9." + round + ".0");
                    upload(Installation.repack(tandem.system(HTML_BUNDLE), dir.resolve("html.jar"), "9." + round + ".0"),
                            "html.jar");
                } else {
                    expect(200, admin("DELETE", "/api/v1/modules/" + HTML_BUNDLE));
                }
                swaps++;
                // the platform's own bundles, in turn: a new version, back to the stock one, gone and back
                swaps += platform(p, tandem, round % 2 == 1 ? CORE_BUNDLE : QUESTIONNAIRE_BUNDLE, (round - 1) / 2);
                if (round % 4 == 1) { // a newer model version comes and goes; the assessment keeps its own
                    upload(model(tandem, "1." + (round + 1) + ".0"), "model.jar");
                    if (round == 1) {
                        awaitModules("\"id\":\"partnership\",\"version\":\"1.2.0\"");
                    }
                    swaps++;
                } else if (round % 4 == 3) {
                    expect(200, admin("DELETE", "/api/v1/modules/" + MODEL_BUNDLE));
                    swaps++;
                }
                Thread.sleep(700);
            }
            running.set(false);
            for (Future<?> f : load) {
                f.get();
            }
            pool.shutdown();

            // nothing lost: every acknowledged submit is there, and scored
            JsonElement listed = JsonParser.parseString(expect(200, consultant("GET", "/api/v1/assessments/" + id
                    + "/respondents", null)).body());
            Set<String> submitted = ConcurrentHashMap.newKeySet();
            for (JsonElement r : listed.getAsJsonArray()) {
                if (r.getAsJsonObject().get("status").getAsString().equals("submitted")) {
                    submitted.add(r.getAsJsonObject().get("token").getAsString());
                }
            }
            assertTrue(submitted.containsAll(acknowledged), "every acknowledged submit is there");
            JsonObject card = JsonParser.parseString(expect(200, consultant("GET", "/api/v1/assessments/" + id
                    + "/scorecard", null)).body()).getAsJsonObject();
            assertEquals(submitted.size(), card.get("respondents").getAsInt(), "every submitted response is scored");
            JsonObject assessment = JsonParser.parseString(expect(200, consultant("GET", "/api/v1/assessments/" + id,
                    null)).body()).getAsJsonObject();
            assertEquals("1.0.0", assessment.getAsJsonObject("model").get("version").getAsString(),
                    "the assessment keeps the model version it was created with");

            String figures = String.format("%d requests (%d submits, %d reports), %d swaps in %d s: %d failed; "
                    + "strategy versions seen %s, html renderer versions seen %s; platform swaps %s", requests.get(),
                    acknowledged.size(), reports.get(), swaps, LOAD.toSeconds(), failures.size(), seen, rendered,
                    new java.util.TreeSet<>(platformSwaps));
            System.out.println("Hot swaps under load: " + figures);
            Set<String> missing = new java.util.HashSet<>(acknowledged);
            missing.removeAll(submitted);
            Evidence.record("hot swaps under load: scoring, report, model, questionnaire and core bundles updated, "
                    + "rolled back and removed", "SwapsUnderLoadIT", swaps + " swaps in " + LOAD.toSeconds() + " s",
                    requests.get() - failures.size(), failures.size(), missing.size() + Math.abs(submitted.size()
                    - card.get("respondents").getAsInt()), acknowledged.size() + " acknowledged submits, " + reports.get()
                    + " reports; failed includes score cards with inconsistent provenance; platform swaps "
                    + new java.util.TreeSet<>(platformSwaps));
            Files.writeString(Path.of("target/swaps-under-load.txt"), figures + "\n");
            assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(10, failures.size())), figures);
            assertTrue(acknowledged.size() > 20 && reports.get() > 20, figures);
            assertTrue(seen.size() >= 3, "the swaps showed in the provenance: " + seen);
            assertTrue(rendered.size() >= 2, "the renderer swaps showed in the reports: " + rendered);
            for (String bundle : List.of(CORE_BUNDLE, QUESTIONNAIRE_BUNDLE)) {
                for (String how : List.of("updated", "rolled back", "removed")) {
                    assertTrue(platformSwaps.contains(bundle + " " + how), bundle + " " + how + ": " + platformSwaps);
                }
            }
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
        // a core installed again by hand from another location is taken as the feature's core at the next start
        try (TandemProcess again = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            again.await(Pattern.compile("ready at"));
            assertTrue(web.get("/api/v1/assessments").statusCode() == 200, "serving after the restart");
            assertTrue(List.of(0, 143).contains(again.terminate()));
        }
    }

    /**
     * Swaps a platform bundle through the shell as an administrator would: {@code update} to a new
     * version, {@code update} back to the stock jar, or {@code uninstall} and {@code start <its location>} again,
     * by {@code turn}; returns once the bundle is active again.
     */
    private int platform(TandemProcess p, Installation tandem, String bundle, int turn) throws Exception {
        Path stock = tandem.system(bundle);
        String stockVersion = stockVersion(tandem, bundle);
        Pattern listed = Pattern.compile("(\\d+)\\|Active\\s*\\|\\s*\\d+\\|" + Pattern.quote(bundle) + " \\(");
        // polled: Gogo's lb fails ("Bundle is uninstalled") when FileInstall removes a bundle while it lists
        String id = p.poll("lb -s", listed).group(1);
        switch (turn % 3) {
            case 0 -> {
                String version = "0.9." + turn;
                Path jar = Installation.repack(stock, dir.resolve(bundle + "-" + version + ".jar"), version);
                p.command("update " + id + " " + jar.toUri(), Pattern.compile("\\S"));
                awaitActive(p, bundle, version);
                platformSwaps.add(bundle + " updated");
            }
            case 1 -> {
                p.command("update " + id + " " + stock.toUri(), Pattern.compile("\\S"));
                awaitActive(p, bundle, stockVersion);
                platformSwaps.add(bundle + " rolled back");
            }
            default -> {
                p.command("uninstall " + id, Pattern.compile("\\S"));
                Thread.sleep(300);
                // installs and starts it again, from a location of the administrator's choosing
                p.command("start " + stock.toUri(), Pattern.compile("\\S"));
                awaitActive(p, bundle, stockVersion);
                platformSwaps.add(bundle + " removed");
            }
        }
        return 1;
    }

    private static void awaitActive(TandemProcess p, String bundle, String version) throws Exception {
        p.poll("lb -s", Pattern.compile("\\|Active\\s*\\|\\s*\\d+\\|"
                + Pattern.quote(bundle + " (" + version + ")")));
    }

    /** Invites a respondent, who reads the questionnaire, saves half, then all, and submits; their token or null. */
    private String respond(String id, String side, String full) throws Exception {
        HttpResponse<String> invited = consultant("POST", "/api/v1/assessments/" + id + "/respondents",
                "{\"perspective\": \"" + side + "\", \"name\": \"Someone\"}");
        if (invited.statusCode() != 201) {
            return null;
        }
        String token = JsonParser.parseString(invited.body()).getAsJsonObject().get("token").getAsString();
        String path = "/api/v1/responses/" + token;
        String half = full.substring(0, full.indexOf(',', full.length() / 2)) + "}";
        boolean ok = send("GET", path, null).statusCode() == 200
                && send("PUT", path, "{\"answers\": " + half + ", \"revision\": 0}").statusCode() == 200
                && send("PUT", path, "{\"answers\": " + full + ", \"revision\": 1}").statusCode() == 200
                && send("POST", path + "/submit", null).statusCode() == 200;
        return ok ? token : null;
    }

    private HttpResponse<String> consultant(String method, String path, String body) throws Exception {
        return count(method, path, web.json(method, path, body, "X-CSRF-Token", csrf));
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return consultant(method, path, null);
    }

    /** As a respondent: the invitation token in the path, no cookie. */
    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpClient plain = RESPONDENTS;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.base + path))
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return count(method, path, plain.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static final HttpClient RESPONDENTS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> count(String method, String path, HttpResponse<String> response) {
        requests.incrementAndGet();
        if (response.statusCode() / 100 != 2) {
            failures.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    /** Deploys a jar through the admin API, staged and moved into deploy/ at once. */
    private void upload(Path jar, String name) throws Exception {
        HttpResponse<String> uploaded = count("POST", "upload " + name, web.http.send(HttpRequest.newBuilder(
                URI.create(web.base + "/api/v1/modules/upload?name=" + name))
                .header("Content-Type", "application/java-archive").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofFile(jar)).build(), HttpResponse.BodyHandlers.ofString()));
        expect(201, uploaded);
    }

    private void awaitModules(String expected) throws Exception {
        long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
        String modules = "";
        while (System.nanoTime() < deadline) {
            modules = admin("GET", "/api/v1/modules").body();
            if (modules.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + expected + " in /api/v1/modules: " + modules);
    }

    /** The stock weighted strategy repacked as strategy "swapped" of {@code version}. */
    private Path strategy(Path weighted, String version) throws Exception {
        return Installation.repack(weighted, dir.resolve("swapped-" + version + ".jar"), version,
                "value=\"weighted\"", "value=\"swapped\"");
    }

    /** A newer version of the partnership model, in a newer version of its bundle. */
    private Path model(Installation tandem, String version) throws Exception {
        String json;
        try (var jar = new java.util.jar.JarFile(tandem.system(MODEL_BUNDLE).toFile())) {
            json = new String(jar.getInputStream(jar.getEntry("models/partnership.model.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        Path folder = Files.createDirectories(dir.resolve("model-" + version));
        return Installation.modelBundle(folder, MODEL_BUNDLE, version, "models/partnership.model.json",
                json.replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"" + version + "\""));
    }

    private static String stockVersion(Installation tandem, String bundle) throws Exception {
        try (var jar = new java.util.jar.JarFile(tandem.system(bundle).toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
    }
}
