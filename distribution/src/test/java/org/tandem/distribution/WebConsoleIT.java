package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional Felix Web Console: off by default; when switched on, only behind Tandem's administrator sign-in. */
class WebConsoleIT {

    @TempDir
    Path dir;

    @Test
    void theConsoleIsOffByDefaultAndOnlyForSignedInAdministratorsWhenOn() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        String oneTime;
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            oneTime = p.await(WebClient.ONE_TIME).group(1);
            p.await(Pattern.compile("ready at"));
            assertEquals(404, new WebClient(port).get("/system/console/bundles").statusCode(), "off by default");
            p.terminate();
        }
        Path properties = tandem.home.resolve("etc/tandem.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("tandem-web\n", "tandem-web, tandem-webconsole\n"));
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            WebClient stranger = new WebClient(port);
            HttpResponse<String> refused = stranger.get("/system/console/bundles");
            assertEquals(303, refused.statusCode(), refused.body());
            assertEquals("/login", refused.headers().firstValue("Location").orElse(""));
            WebClient admin = new WebClient(port);
            admin.login("admin", oneTime);
            assertEquals(303, admin.get("/system/console/bundles").statusCode(),
                    "not before the one-time password is replaced");
            admin.get("/password");
            admin.post("/password", WebClient.form("current", oneTime, "password", "a-long-password"));
            HttpResponse<String> console = admin.get("/system/console/bundles");
            assertEquals(200, console.statusCode(), console.body());
            assertTrue(console.body().contains("org.tandem.core"), "the console lists our bundles");
        }
    }
}
