package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's pages and API in the running distribution: the modules page lists the stock
 * modules; a scoring bundle uploaded through the page is installed and listed, chosen for the
 * partnership model and back, compared, rolled back and uninstalled; bad uploads are refused and
 * leave deploy/ alone; a consultant created on the users page is refused the admin pages and API;
 * an API token works as a bearer token.
 */
class AdminWebIT {

    private static final String BOUNDARY = "----tandem-test-boundary";

    @TempDir
    Path dir;

    @Test
    void theAdministratorManagesModulesAndUsers() throws Exception {
        Installation tandem = Installation.unpack(dir);
        Files.writeString(tandem.home.resolve("etc/org.tandem.web.cfg"), "maxUploadBytes = 400000\n");
        int port = Installation.freePort();
        Path weighted = tandem.system("org.tandem.scoring.weighted");
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            WebClient admin = WebClient.admin(p, port, "a-long-password");
            p.await(Pattern.compile("ready at"));
            List<String> shipped = files(tandem.deploy());

            // the stock modules and which model uses what
            HttpResponse<String> page = admin.get("/admin/modules");
            assertEquals(200, page.statusCode(), page.body());
            for (String shown : List.of("partnership", "weighted@", "maturity@", "tandem.html@", "tandem.pdf@",
                    "tandem.json@", "org.tandem.scoring.weighted")) {
                assertTrue(page.body().contains(shown), shown + " on the modules page");
            }

            // upload a strategy through the page's form; it appears within seconds
            Path tuned = Installation.repack(weighted, dir.resolve("tuned.jar"), "1.0.0", "value=\"weighted\"",
                    "value=\"tuned\"");
            HttpResponse<String> uploaded = upload(admin, "tuned.jar", Files.readAllBytes(tuned));
            assertEquals(303, uploaded.statusCode(), uploaded.body());
            assertTrue(uploaded.headers().firstValue("Location").orElse("").startsWith("/admin/modules?done=uploaded"));
            awaitPage(admin, "/admin/modules", b -> b.contains("tuned@1.0.0"));

            // switch the partnership model to it and back
            admin.get("/admin/modules");
            assertEquals(303, admin.post("/admin/modules/strategy",
                    WebClient.form("model", "partnership", "strategy", "tuned")).statusCode());
            assertTrue(json(admin, "/api/v1/modules").contains("\"strategy\":\"tuned\""));
            assertTrue(admin.get("/admin/modules?lang=en").body().contains("<code>tuned</code>"),
                    "the model's row names the chosen strategy");
            assertEquals(303, admin.post("/admin/modules/strategy",
                    WebClient.form("model", "partnership", "strategy", "default")).statusCode());
            assertTrue(admin.get("/admin/modules").body().contains("<code>weighted</code>"));
            assertEquals(404, admin.post("/admin/modules/strategy",
                    WebClient.form("model", "../../etc/evil", "strategy", "tuned")).statusCode());
            admin.get("/admin/modules");
            assertEquals(400, admin.post("/admin/modules/strategy",
                    WebClient.form("model", "partnership", "strategy", "nosuch")).statusCode());

            // compare side by side, on the page and in the API
            HttpResponse<String> compared = admin.get("/admin/modules/compare?model=partnership&first=weighted&second=tuned");
            assertEquals(200, compared.statusCode(), compared.body());
            assertTrue(compared.body().contains("No assessment, none with a different verdict"), compared.body());
            HttpResponse<String> apiCompare = admin.json("GET",
                    "/api/v1/strategies/partnership/compare?first=weighted&second=tuned", null);
            assertEquals(200, apiCompare.statusCode(), apiCompare.body());
            assertTrue(apiCompare.body().contains("\"rows\":[]"), apiCompare.body());
            assertEquals(400, admin.json("GET", "/api/v1/strategies/partnership/compare?first=weighted&second=nosuch",
                    null).statusCode());

            // a second version, rolled back, then uninstalled
            Installation.repack(weighted, tuned, "1.0.1", "value=\"weighted\"", "value=\"tuned\"");
            admin.get("/admin/modules");
            assertEquals(303, upload(admin, "tuned.jar", Files.readAllBytes(tuned)).statusCode());
            awaitPage(admin, "/admin/modules", b -> b.contains("tuned@1.0.1") && b.contains("Roll back to 1.0.0"));
            assertEquals(303, admin.post("/admin/modules/rollback",
                    WebClient.form("bundle", "org.tandem.scoring.weighted")).statusCode());
            awaitPage(admin, "/admin/modules", b -> b.contains("tuned@1.0.0") && !b.contains("tuned@1.0.1"));
            assertEquals(303, admin.post("/admin/modules/undeploy",
                    WebClient.form("bundle", "org.tandem.scoring.weighted")).statusCode());
            awaitPage(admin, "/admin/modules", b -> !b.contains("tuned@"));
            assertEquals(shipped, files(tandem.deploy()));

            // bad uploads: a path in the name, a text file, too large; deploy/ stays empty
            admin.get("/admin/modules");
            HttpResponse<String> evil = upload(admin, "../evil.jar", Files.readAllBytes(tuned));
            assertEquals(400, evil.statusCode(), evil.body());
            assertTrue(evil.body().contains("not a plain file name"), evil.body());
            HttpResponse<String> text = upload(admin, "notes.jar", "just text".getBytes(StandardCharsets.UTF_8));
            assertEquals(422, text.statusCode(), text.body());
            assertTrue(text.body().contains("notes.jar is not a jar file"), text.body());
            HttpResponse<String> big = upload(admin, "big.jar", new byte[500_000]);
            assertEquals(413, big.statusCode(), big.body());
            String csrf = admin.csrf();
            HttpResponse<String> apiEvil = raw(admin.http, admin.base + "/api/v1/modules/upload?name=..%2Fevil.jar",
                    Files.readAllBytes(tuned), "X-CSRF-Token", csrf);
            assertEquals(400, apiEvil.statusCode(), apiEvil.body());
            assertTrue(apiEvil.body().startsWith("{\"error\":"), apiEvil.body());
            assertEquals(413, raw(admin.http, admin.base + "/api/v1/modules/upload?name=big.jar", new byte[500_000],
                    "X-CSRF-Token", csrf).statusCode());
            assertEquals(shipped, files(tandem.deploy()), "nothing from a refused upload");
            assertFalse(Files.exists(tandem.home.resolve("evil.jar")));

            // a consultant created on the users page signs in with the one-time password and is refused here
            admin.get("/admin/users");
            HttpResponse<String> created = admin.post("/admin/users/create", WebClient.form("name", "carl", "role",
                    "consultant"));
            assertEquals(200, created.statusCode(), created.body());
            Matcher oneTime = Pattern.compile("id=\"one-time\">([^<]+)<").matcher(created.body());
            assertTrue(oneTime.find(), created.body());
            admin.get("/admin/users");
            assertEquals(409, admin.post("/admin/users/create", WebClient.form("name", "CARL", "role", "admin"))
                    .statusCode(), "names are unique without regard to case");
            WebClient carl = new WebClient(port);
            HttpResponse<String> first = carl.login("carl", oneTime.group(1));
            assertEquals("/password", first.headers().firstValue("Location").orElse(""));
            carl.get("/password");
            assertEquals(303, carl.post("/password", WebClient.form("current", oneTime.group(1), "password",
                    "a-consultant-password")).statusCode());
            assertEquals(403, carl.get("/admin/modules").statusCode());
            assertEquals(403, carl.get("/admin/users").statusCode());
            assertEquals(403, carl.json("GET", "/api/v1/modules", null).statusCode());

            // an API token for the administrator, shown once, works as a bearer token
            admin.get("/admin/users");
            HttpResponse<String> tokenPage = admin.post("/admin/users/token", WebClient.form("label", "ci"));
            Matcher token = Pattern.compile("id=\"api-token\">([^<]+)<").matcher(tokenPage.body());
            assertTrue(token.find(), tokenPage.body());
            WebClient api = new WebClient(port);
            assertEquals(401, api.json("GET", "/api/v1/modules", null).statusCode());
            String bearer = "Bearer " + token.group(1);
            HttpResponse<String> modules = api.json("GET", "/api/v1/modules", null, "Authorization", bearer);
            assertEquals(200, modules.statusCode(), modules.body());
            assertTrue(modules.body().contains("\"strategies\":[") && modules.body().contains("weighted"));
            HttpResponse<String> strategy = api.json("PUT", "/api/v1/strategies/partnership",
                    "{\"strategy\": \"maturity\"}", "Authorization", bearer);
            assertEquals(200, strategy.statusCode(), strategy.body());
            assertTrue(strategy.body().contains("\"strategy\":\"maturity\""), strategy.body());
            assertEquals(200, api.json("PUT", "/api/v1/strategies/partnership", "{\"strategy\": \"default\"}",
                    "Authorization", bearer).statusCode());
            HttpResponse<String> users = api.json("GET", "/api/v1/users", null, "Authorization", bearer);
            assertTrue(users.body().contains("\"name\":\"carl\""), users.body());
            HttpResponse<String> dora = api.json("POST", "/api/v1/users", "{\"name\": \"dora\", \"role\": \"admin\"}",
                    "Authorization", bearer);
            assertEquals(201, dora.statusCode(), dora.body());
            assertTrue(dora.body().contains("\"password\":\""), dora.body());
            assertEquals(400, api.json("POST", "/api/v1/users", "{\"name\": \"eve\", \"role\": \"root\"}",
                    "Authorization", bearer).statusCode());
            String adminId = find(users.body(), "\"id\":\"([^\"]+)\",\"name\":\"admin\"");
            assertEquals(409, api.json("DELETE", "/api/v1/users/" + adminId, null, "Authorization", bearer).statusCode(),
                    "an administrator cannot delete themself");
            assertEquals(404, api.json("DELETE", "/api/v1/modules/org.example.nothing", null, "Authorization", bearer)
                    .statusCode());

            // the consultant is deleted on the users page and cannot sign in any more
            admin.get("/admin/users");
            String carlId = find(users.body(), "\"id\":\"([^\"]+)\",\"name\":\"carl\"");
            assertEquals(303, admin.post("/admin/users/delete", WebClient.form("id", carlId)).statusCode());
            assertEquals(401, new WebClient(port).login("carl", "a-consultant-password").statusCode());
        }
    }

    /** Posts the modules page's upload form: the CSRF token of the last page and one file. */
    private static HttpResponse<String> upload(WebClient web, String fileName, byte[] content) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + web.csrf()
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"jar\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/admin/modules/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> raw(HttpClient http, String url, byte[] body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(WebClient web, String path) throws Exception {
        HttpResponse<String> response = web.json("GET", path, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** Reloads a page until it shows what a change should show (FileInstall carries changes out). */
    private static void awaitPage(WebClient web, String path, Predicate<String> shows) throws Exception {
        long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = web.get(path).body();
            if (shows.test(body)) {
                return;
            }
            Thread.sleep(200);
        }
        fail(path + " never showed the change; last page:\n" + body);
    }

    private static List<String> files(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }
}
