package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Golden files under {@code src/test/resources/golden/}, compared byte for byte. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them; the test then fails to say so, and the new files
 * are to be read before they are committed.
 */
final class Golden {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void assertMatches(String name, byte[] actual) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.write(file, actual);
            fail("rewrote " + file + "; read it, then run the tests again without -Dgolden.update");
        }
        if (!Files.exists(file)) {
            fail(file + " is missing; run the tests with -Dgolden.update=true to write it");
        }
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actual)) {
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                    name + " differs from the golden file; run with -Dgolden.update=true if the change is intended");
            fail(name + " differs from the golden file in bytes that do not show as text (line ends, byte order mark)");
        }
    }
}
