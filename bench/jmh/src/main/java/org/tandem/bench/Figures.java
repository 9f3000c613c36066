package org.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The figures a benchmark hands to {@code bench/all} for its table of goals: lines {@code key value}
 * appended to the file the environment variable {@value #VARIABLE} names (as {@code bench/lib/figures.sh}
 * does for the shell benchmarks); nothing when it is not set.
 */
final class Figures {

    static final String VARIABLE = "TANDEM_BENCH_FIGURES";

    private Figures() {
    }

    static void figure(String key, double value) {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), key + " " + String.format(Locale.ROOT, "%.4f", value) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figures to " + file, e);
        }
    }
}
