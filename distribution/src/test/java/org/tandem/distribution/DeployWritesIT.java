package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial writes in deploy/: a bundle jar copied slowly under its final name (paused for longer than
 * FileInstall's stability window, so it is seen half-written), a truncated jar and a jar that is not
 * a bundle. None is ever installed half-written, each is reported in the log by name, the slow one is
 * installed once complete, and the assessment already there keeps being scored.
 */
class DeployWritesIT {

    @TempDir
    Path dir;

    @Test
    void halfWrittenTruncatedAndNonBundleJarsAreReportedAndNeverInstalled() throws Exception {
        Installation tandem = Installation.unpack(dir);
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            String id = Assessments.submitted(p, dir, "Acme AB", "Atea");
            p.command("tandem:score " + id, Pattern.compile("weighted@"));
            Path weighted = tandem.system("org.tandem.scoring.weighted");

            // copied slowly, straight under its final name: paused long enough to be seen half-written
            byte[] slow = Files.readAllBytes(Installation.repack(weighted, dir.resolve("slow.jar"), "3.0.0",
                    "value=\"weighted\"", "value=\"slow\""));
            Path target = tandem.deploy().resolve("slow.jar");
            int chunks = 6;
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int i = 0; i < chunks; i++) {
                    int from = slow.length * i / chunks;
                    out.write(Arrays.copyOfRange(slow, from, slow.length * (i + 1) / chunks));
                    out.flush();
                    if (i == chunks - 1) {
                        break; // complete now
                    }
                    Thread.sleep(1200);
                    String strategies = p.command("tandem:strategies", Pattern.compile("waits up to")).group();
                    assertFalse(strategies.contains("slow@"), "nothing of a half-written jar is installed");
                    assertFalse(Pattern.compile("org\\.tandem\\.scoring\\.weighted 3\\.0\\.0").matcher(
                            bundles(p)).find(), "no half-written bundle appears");
                }
            }
            p.poll("tandem:strategies", Pattern.compile("slow@3\\.0\\.0"));
            p.poll("tandem:deployed", Pattern.compile("org\\.tandem\\.scoring\\.weighted\\s+3\\.0\\.0\\s+ACTIVE\\s+slow\\.jar"));
            assertTrue(tandem.logText().contains("slow.jar is not installed: it is not a readable jar"),
                    "the half-written jar was reported:\n" + tandem.logText());
            assertTrue(tandem.logText().contains("slow.jar is a complete bundle jar now and is installed"),
                    "and that it was installed once complete:\n" + tandem.logText());

            // a truncated jar, moved in at once: reported, never installed
            byte[] whole = Files.readAllBytes(Installation.repack(weighted, dir.resolve("cut.jar"), "4.0.0",
                    "value=\"weighted\"", "value=\"cut\""));
            Files.write(dir.resolve("truncated.jar"), Arrays.copyOf(whole, whole.length * 2 / 3));
            tandem.dropIntoDeploy(dir.resolve("truncated.jar"), "truncated.jar");
            // a jar that is not a bundle
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (JarOutputStream plain = new JarOutputStream(Files.newOutputStream(dir.resolve("library.jar")), manifest)) {
                plain.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
                plain.write("not a bundle".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                plain.closeEntry();
            }
            tandem.dropIntoDeploy(dir.resolve("library.jar"), "library.jar");
            long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
            while (!(tandem.logText().contains("truncated.jar is not installed: it is not a readable jar")
                    && tandem.logText().contains("library.jar is not installed: its manifest has no Bundle-SymbolicName"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String log = tandem.logText();
            assertTrue(log.contains("truncated.jar is not installed: it is not a readable jar"), log);
            assertTrue(log.contains("library.jar is not installed: its manifest has no Bundle-SymbolicName"), log);
            Thread.sleep(1000); // a few more scans
            String strategies = p.command("tandem:strategies", Pattern.compile("waits up to")).group();
            assertFalse(strategies.contains("cut@"), strategies);
            assertFalse(Pattern.compile("org\\.tandem\\.scoring\\.weighted 4\\.0\\.0").matcher(bundles(p)).find(), "the truncated bundle is not installed");

            // the rest is unaffected: the assessment is scored, the slow one serves too
            p.command("tandem:score " + id, Pattern.compile("weighted@"));
            p.command("tandem:score -s slow " + id, Pattern.compile("slow@3\\.0\\.0"));

            // completing the truncated jar (moved in at once) installs it
            tandem.dropIntoDeploy(Installation.repack(weighted, dir.resolve("cut.jar"), "4.0.0",
                    "value=\"weighted\"", "value=\"cut\""), "truncated.jar");
            p.poll("tandem:strategies", Pattern.compile("cut@4\\.0\\.0"));
            Evidence.record("partial writes in deploy/", "DeployWritesIT", "3 jars: copied slowly in 6 chunks, "
                    + "truncated, not a bundle", 4, 0, 0, "none installed half-written; each reported in the log; "
                    + "the slow and the truncated jar installed once complete; the assessment scored throughout "
                    + "(served = its 4 scorings)");
            p.poll("tandem:deployed", Pattern.compile("org\\.tandem\\.scoring\\.weighted\\s+4\\.0\\.0\\s+ACTIVE\\s+truncated\\.jar"));
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }

    /** The installed bundles with their symbolic names, versions and states. */
    private static String bundles(TandemProcess p) throws Exception {
        return p.command("tandem:status -a", Pattern.compile("(?s)All bundles:\\n.*?All components:")).group();
    }
}
