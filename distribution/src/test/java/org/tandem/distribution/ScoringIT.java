package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring in the running distribution: 8 threads score continuously while the chosen strategy's
 * bundle is updated 20 times and another version is installed and removed; no scoring fails and
 * every card names a version that was installed. Then closing publishes a card that later swaps
 * do not change, re-scoring keeps the old card, and two strategies are compared.
 */
class ScoringIT {

    @TempDir
    Path dir;

    @Test
    void strategiesSwapUnderLoadWithoutAFailedScoring() throws Exception {
        Installation tandem = Installation.unpack(dir);
        // a strategy that only deploy/ provides: while its bundle is updated it is briefly gone, and
        // scorings wait for it (bounded by waitMillis, set here as an administrator would)
        Files.writeString(tandem.home.resolve("etc/org.tandem.scoring.cfg"), "waitMillis = 3000\n");
        Path weighted = tandem.system("org.tandem.scoring.weighted");
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            p.poll("tandem:strategies", Pattern.compile("waits up to 3000 ms"));
            String id = Assessments.submitted(p, dir, "Acme AB", "Atea");

            Path v = dir.resolve("swapped.jar");
            Installation.repack(weighted, v, "1.0.0", "value=\"weighted\"", "value=\"swapped\"");
            tandem.dropIntoDeploy(v, "swapped.jar");
            p.poll("tandem:strategies", Pattern.compile("swapped@1\\.0\\.0"));
            p.command("tandem:use partnership swapped", Pattern.compile("Model partnership is scored with swapped"));

            Set<String> installed = new HashSet<>(Set.of("1.0.0"));
            CompletableFuture<Void> swaps = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1500);
                    for (int i = 1; i <= 20; i++) {
                        String version = "1.0." + i;
                        installed.add(version);
                        Installation.repack(weighted, v, version, "value=\"weighted\"", "value=\"swapped\"");
                        tandem.dropIntoDeploy(v, "swapped.jar");
                        if (i == 8) {
                            installed.add("2.0.0");
                            Path other = Installation.repack(weighted, dir.resolve("other.jar"), "2.0.0",
                                    "value=\"weighted\"", "value=\"swapped\"");
                            tandem.dropIntoDeploy(other, "swapped-2.jar");
                        }
                        if (i == 14) {
                            Files.delete(tandem.deploy().resolve("swapped-2.jar"));
                        }
                        Thread.sleep(700);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Matcher check = p.command("tandem:scorecheck -t 8 -d 20 " + id,
                    Pattern.compile("(\\d+) scorings from 8 threads in 20 s: (\\d+) failed\\n((?:  .*\\n)*)"));
            swaps.get();
            assertEquals("0", check.group(2), "failed scorings:\n" + check.group());
            assertTrue(Long.parseLong(check.group(1)) > 100, check.group());
            Set<String> seen = new HashSet<>();
            Matcher versions = Pattern.compile("scored by swapped@(\\S+) \\(org\\.tandem\\.scoring\\.weighted (\\S+)\\)")
                    .matcher(check.group(3));
            while (versions.find()) {
                seen.add(versions.group(1));
                assertEquals(versions.group(1), versions.group(2), "strategy version is its bundle's");
            }
            assertTrue(installed.containsAll(seen), "versions seen " + seen + " were installed: " + installed);
            assertTrue(seen.size() >= 5, "the swaps showed in the provenance: " + seen);
            assertTrue(seen.contains("2.0.0"), "the highest version wins while it is installed: " + seen);

            // closing publishes the card; later swaps do not change it; re-scoring keeps the old card
            p.command("tandem:close " + id, Pattern.compile("closed"));
            String published = p.command("tandem:scorecards " + id, Pattern.compile("(\\S+)\\s+\\S+\\s+[\\d.]+\\s+swapped@1\\.0\\.20"))
                    .group(1);
            Installation.repack(weighted, v, "1.0.21", "value=\"weighted\"", "value=\"swapped\"");
            tandem.dropIntoDeploy(v, "swapped.jar");
            p.poll("tandem:strategies", Pattern.compile("swapped@1\\.0\\.21"));
            p.command("tandem:score " + id, Pattern.compile("swapped@1\\.0\\.20 .* at " + Pattern.quote(published)));
            p.command("tandem:rescore " + id, Pattern.compile("swapped@1\\.0\\.21"));
            p.command("tandem:scorecards " + id, Pattern.compile("(?s)swapped@1\\.0\\.20.*\\n.*swapped@1\\.0\\.21"));

            // side by side before switching: every assessment of the model under two strategies
            Assessments.submitted(p, dir, "Beta AB", "Atea");
            p.command("tandem:compare partnership weighted maturity",
                    Pattern.compile("2 assessment\\(s\\) of partnership, \\d+ with a different verdict"));
            p.command("tandem:strategies", Pattern.compile("waits up to 3000 ms"));
            p.command("tandem:score -s nosuch " + id,
                    Pattern.compile("scoring strategy nosuch is not installed \\(waited 3000 ms\\); installed: maturity@"));
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }
}
