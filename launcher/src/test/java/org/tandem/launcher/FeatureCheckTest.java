package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCheckTest {

    @TempDir
    Path home;

    @Test
    void missingBundleJarFailsNamingTheJar() throws LaunchException {
        Installation installation = Installation.in(home, "tandem.features = base\n")
                .feature("base", """
                        { "id": "org.tandem:base:osgifeature:1",
                          "bundles": [ { "id": "org.tandem:org.tandem.api:1.0.0", "start-order": 2 } ] }
                        """)
                .emptyFeature("tandem-console")
                .emptyFeature("tandem-console-plain");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LaunchException e = org.junit.jupiter.api.Assertions.assertThrows(LaunchException.class,
                () -> new FeatureCheck(installation.settings("check"), new PrintStream(out, true, StandardCharsets.UTF_8))
                        .run());

        assertEquals(LaunchException.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains(home.resolve("system/org.tandem.api-1.0.0.jar") + " is missing"),
                e.getMessage());
        assertTrue(e.getMessage().contains("feature base"), e.getMessage());
    }

    @Test
    void checkCommandReportsTheMissingJar() {
        Installation.in(home, "tandem.features = base\n")
                .feature("base", """
                        { "id": "org.tandem:base:osgifeature:1", "bundles": [ "org.tandem:org.tandem.api:1.0.0" ] }
                        """)
                .emptyFeature("tandem-console")
                .emptyFeature("tandem-console-plain");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"check"}, home, 0, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(LaunchException.FAILED, code);
        assertTrue(message.startsWith("tandem: "), message);
        assertTrue(message.contains("org.tandem.api-1.0.0.jar is missing"), message);
        assertEquals(1, message.split("\\R").length, message);
    }
}
