package org.tandem.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One row of the reliability table ({@code docs/reliability.md}): a fault or bad-input class, how many
 * cases a test ran, and what came of them. Printed, and appended to {@code target/reliability.tsv},
 * where {@code bench/reliability} collects the rows of a run into the table.
 */
final class Evidence {

    private static final Path FILE = Path.of("target/reliability.tsv");

    private Evidence() {
    }

    /**
     * @param fault   the fault or input class, e.g. "kill -9 during submissions"
     * @param test    the test that ran it
     * @param cases   how many cases, with their unit: "20 kills"
     * @param served  requests answered as expected (or acknowledged writes)
     * @param failed  requests that got an unexpected answer or none
     * @param lost    acknowledged responses missing (or half-written, duplicated) afterwards
     * @param outcome what else was checked and seen
     */
    static void record(String fault, String test, String cases, long served, long failed, long lost, String outcome) {
        String row = String.join("\t", fault, test, cases, String.valueOf(served), String.valueOf(failed),
                String.valueOf(lost), outcome.replace('\t', ' ').replace('\n', ' '));
        System.out.println("reliability\t" + row);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, row + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
