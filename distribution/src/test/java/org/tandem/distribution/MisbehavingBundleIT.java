package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle whose activation fails, dropped into a running installation: /health lists it by name
 * and everything else keeps serving.
 */
class MisbehavingBundleIT {

    @TempDir
    Path dir;

    @Test
    void aBundleWhoseActivationFailsIsListedByHealthAndScoringGoesOn() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            WebClient web = new WebClient(port);
            assertEquals(200, web.get("/health").statusCode());

            // its activator is not in it: starting it fails, as when an activator throws
            tandem.dropIntoDeploy(Installation.bundle(dir, "test.activation.broken", "1.0.0",
                    "Bundle-Activator", "test.activation.broken.Activator"), "broken.jar");

            HttpResponse<String> health = web.get("/health");
            for (int i = 0; i < 150 && !health.body().contains("test.activation.broken"); i++) {
                Thread.sleep(200);
                health = web.get("/health");
            }
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("{\"bundle\":\"test.activation.broken\",\"version\":\"1.0.0\""),
                    health.body());

            String id = Assessments.submitted(p, dir, "Acme AB", "Atea");
            p.command("tandem:score " + id, Pattern.compile("Scored by weighted@\\S+ \\(org\\.tandem\\.scoring\\.weighted"));
            assertEquals(200, web.get("/login").statusCode(), "the web application serves as before");
            Evidence.record("a bundle whose activation throws", "MisbehavingBundleIT", "1 bundle", 2, 0, 0,
                    "/health answers 503 naming the bundle and its version; scoring and the web serve as before");
        }
    }
}
