package org.tandem.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.testkit.ReportFixtures;

/**
 * The sample report, byte for byte, against {@code src/test/resources/golden/sample-<language>.html}.
 * Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change; the test then
 * fails to say so, and the new files are for a person to look at before they are committed.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources",
            "golden");

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void writesTheSampleAsTheGoldenFileSays(String language) throws IOException {
        Path file = GOLDEN.resolve("sample-" + language + ".html");
        byte[] actual = Reports.bytes(ReportFixtures.sample(), language);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
            fail("rewrote " + file + "; look at it, then run again without -Dgolden.update");
        }
        assertTrue(Files.exists(file), () -> file + " is missing; run with -Dgolden.update=true to write it");
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actual)) {
            // compared as text only to show where they differ
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                    () -> "the report differs from " + file + "; if that is intended, run with -Dgolden.update=true");
            fail("the report differs from " + file + " in its bytes");
        }
    }
}
