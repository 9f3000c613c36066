package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web foundation in the running distribution: the first-start administrator with a one-time
 * password that must be replaced, sign-in and its throttling, sessions ended by a password change,
 * security headers, body limits and /health.
 */
class WebFoundationIT {

    @TempDir
    Path dir;

    @Test
    void theFirstAdministratorSignsInWithTheOneTimePasswordAndMustChooseAnother() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            String oneTime = p.await(WebClient.ONE_TIME).group(1);
            p.await(Pattern.compile("ready at"));
            assertTrue(Files.readString(tandem.home.resolve("logs/tandem.0.log")).contains(oneTime),
                    "the one-time password is in the log too");
            WebClient web = new WebClient(port);
            HttpResponse<String> signedIn = web.login("admin", oneTime);
            assertEquals(303, signedIn.statusCode());
            assertEquals("/password", signedIn.headers().firstValue("Location").orElse(""));
            String cookie = signedIn.headers().allValues("Set-Cookie").get(0);
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            web.get("/password");
            assertEquals(400, web.post("/password", WebClient.form("current", oneTime, "password", "short")).statusCode());
            assertEquals(403, web.post("/password", WebClient.form("current", oneTime, "password", "a-long-password",
                    "csrf", "forged")).statusCode());
            web.get("/password");
            assertEquals(303, web.post("/password", WebClient.form("current", oneTime, "password", "a-long-password"))
                    .statusCode());
            WebClient other = new WebClient(port);
            assertEquals(401, other.login("admin", oneTime).statusCode(), "the one-time password is spent");
            assertEquals(303, other.login("ADMIN", "a-long-password").statusCode(), "names ignore case");

            // the server restarts: the signed-in session and the password stay valid
            p.terminate();
        }
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            assertTrue(!p.stdout().contains("one-time password"), "no new administrator on a later start");
            assertEquals(303, new WebClient(port).login("admin", "a-long-password").statusCode());
        }
    }

    @Test
    void guessingIsThrottledAndEveryAnswerCarriesTheSecurityHeaders() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            WebClient web = new WebClient(port);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, web.login("admin", "guess-" + i).statusCode());
            }
            HttpResponse<String> throttled = web.login("admin", "guess-5");
            assertEquals(429, throttled.statusCode());
            assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
            assertTrue(throttled.body().contains("Too many failed attempts"), throttled.body());

            HttpResponse<String> health = web.get("/health");
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().startsWith("{\"status\":\"UP\""), health.body());
            String csp = health.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(""));

            HttpResponse<String> huge = web.json("POST", "/login", "x".repeat(2 * 1024 * 1024));
            assertEquals(413, huge.statusCode());
            assertEquals(404, web.get("/no-such-page").statusCode());
            for (String method : new String[] {"TRACE", "OPTIONS", "PATCH"}) {
                HttpResponse<String> refused = web.http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(web.base + "/api/v1/users")).method(method,
                                java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(405, refused.statusCode(), method + ": " + refused.body());
            }
            // a body without a declared length is limited too: 413 (or 400), never a 5xx
            byte[] form = ("name=" + "x".repeat(3 * 1024 * 1024)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            HttpResponse<String> chunked = web.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(web.base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(form))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(chunked.statusCode() == 413 || chunked.statusCode() == 400, chunked.statusCode() + " " + chunked.body());
            assertEquals(303, web.get("/").statusCode());
        }
    }
}
