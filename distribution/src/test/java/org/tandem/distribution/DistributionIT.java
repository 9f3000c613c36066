package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution, unpacked and started as a user does, driven through its shell: it
 * becomes ready, hot-deploys, survives bad jars, and stops cleanly on SIGTERM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    @TempDir
    static Path dir;

    private Installation tandem;
    private TandemProcess process;
    private int port;

    @BeforeAll
    void start() throws Exception {
        tandem = Installation.unpack(dir);
        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--port", String.valueOf(port));
    }

    @AfterAll
    void stop() {
        process.close();
    }

    @Test
    @Order(1)
    void printsTheReadyLineWithEveryBundleActiveAndNoComponentUnsatisfied() throws Exception {
        process.await(Pattern.compile("Tandem \\S+ ready at http://127\\.0\\.0\\.1:" + port + "/ in \\d+ ms"));
        Matcher status = process.command("tandem:status", Pattern.compile("(?s)Bundles:.*?\\n(.*?)g! "));
        assertTrue(status.group().contains("All bundles active, all components satisfied."), status.group());
        assertTrue(status.group().matches("(?s).*Components: \\d+ \\(\\d+ active.*"), status.group());
        assertTrue(Files.isDirectory(tandem.home.resolve("data")), "data/ is created on first start");
        assertTrue(tandem.logText().contains("ready at"), "the log records the start");
    }

    @Test
    @Order(2)
    void aJarMovedIntoDeployIsInstalledUpdatedInPlaceAndUninstalled() throws Exception {
        Path v1 = Installation.bundle(dir, "org.example.hello", "1.0.0");
        Path v2 = Installation.bundle(dir, "org.example.hello", "1.1.0");

        Path deployed = tandem.dropIntoDeploy(v1, "hello.jar");
        String id = process.poll("lb -s org.example.hello",
                Pattern.compile("(\\d+)\\|Active\\s*\\|\\s*\\d+\\|org\\.example\\.hello \\(1\\.0\\.0\\)")).group(1);

        tandem.dropIntoDeploy(v2, "hello.jar");
        String updatedId = process.poll("lb -s org.example.hello",
                Pattern.compile("(\\d+)\\|Active\\s*\\|\\s*\\d+\\|org\\.example\\.hello \\(1\\.1\\.0\\)")).group(1);
        assertEquals(id, updatedId, "a replaced jar updates its bundle; it is not uninstalled and reinstalled");

        Files.delete(deployed);
        process.poll("lb -s org.example.hello", Pattern.compile("No matching bundles found"));
        process.poll("tandem:status", Pattern.compile("All bundles active"));
    }

    @Test
    @Order(3)
    void theShellDeploysRollsBackAndUndeploys() throws Exception {
        Path v1 = Installation.bundle(dir, "org.example.shell", "1.0.0");
        Path v2 = Installation.bundle(dir, "org.example.shell", "2.0.0");

        process.command("tandem:deploy " + v1, Pattern.compile("org\\.example\\.shell 1\\.0\\.0 deployed, active in \\d+ ms"));
        process.command("tandem:deploy " + v2,
                Pattern.compile("org\\.example\\.shell 2\\.0\\.0 deployed, active in \\d+ ms; replaced 1\\.0\\.0"));
        process.command("tandem:rollback org.example.shell",
                Pattern.compile("org\\.example\\.shell 1\\.0\\.0 rolled back, active in \\d+ ms; replaced 2\\.0\\.0"));
        process.command("tandem:deployed", Pattern.compile("org\\.example\\.shell\\s+1\\.0\\.0\\s+ACTIVE.*rollback: 2\\.0\\.0"));
        process.command("tandem:undeploy org.example.shell", Pattern.compile("org\\.example\\.shell 1\\.0\\.0 uninstalled"));
        try (var files = Files.list(tandem.deploy())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".")), "no staging file is left");
        }
        process.command("tandem:deploy " + dir.resolve("missing.jar"), Pattern.compile("no such file: .*missing\\.jar"));
    }

    @Test
    @Order(4)
    void aCorruptJarIsReportedInTheLogAndEverythingElseKeepsRunning() throws Exception {
        Path garbage = dir.resolve("garbage.jar");
        Files.writeString(garbage, "this is not a zip file");
        tandem.dropIntoDeploy(garbage, "broken.jar");
        Path notABundle = dir.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(notABundle);
                var jar = new java.util.jar.JarOutputStream(out)) {
            jar.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
        }
        tandem.dropIntoDeploy(notABundle, "plain.jar");

        long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
        while (!tandem.logText().contains("plain.jar is not") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(tandem.logText().contains("broken.jar is not installed: it is not a readable jar"),
                "the log names the corrupt jar:\n" + tandem.logText());
        assertTrue(tandem.logText().contains("plain.jar is not installed: it has no META-INF/MANIFEST.MF"),
                "the log names the jar that is not a bundle:\n" + tandem.logText());
        assertTrue(process.alive());
        process.command("tandem:status", Pattern.compile("All bundles active, all components satisfied\\."));
        Files.delete(tandem.deploy().resolve("broken.jar"));
        Files.delete(tandem.deploy().resolve("plain.jar"));
    }

    @Test
    @Order(5)
    void aJarStillBeingWrittenIsNotInstalledUntilComplete() throws Exception {
        byte[] jar = Files.readAllBytes(Installation.bundle(dir, "org.example.slow", "1.0.0"));
        Path target = tandem.deploy().resolve("slow.jar");
        try (OutputStream out = Files.newOutputStream(target)) {
            // a slow copy: a chunk every 100 ms for about 1.5 s, six scans of deploy/
            int chunk = Math.max(1, jar.length / 15);
            for (int i = 0; i < jar.length; i += chunk) {
                out.write(jar, i, Math.min(chunk, jar.length - i));
                out.flush();
                Thread.sleep(100);
                process.command("lb -s org.example.slow", Pattern.compile("No matching bundles found"));
            }
        }
        process.poll("lb -s org.example.slow", Pattern.compile("\\|Active\\s*\\|\\s*\\d+\\|org\\.example\\.slow \\(1\\.0\\.0\\)"));
    }

    @Test
    @Order(99)
    void sigtermStopsEveryBundleAndEndsTheProcessCleanly() throws Exception {
        int exit = process.terminate();
        assertTrue(List.of(0, 143).contains(exit), "exit status " + exit);
        String log = tandem.logText();
        assertTrue(log.contains("[org.tandem.shell] BundleEvent STOPPED"), log);
        // (the platform's last bundles, SCR among them, stop after the log service's listener may have gone:
        // their events are not always written; "Tandem stopped" comes after the framework has stopped)
        assertTrue(log.contains("[org.tandem.store.jdbc] BundleEvent STOPPED"), log);
        assertTrue(log.contains("Tandem stopped"), log);
        List<String> errors = log.lines().filter(l -> l.contains(" ERROR "))
                .filter(l -> !l.contains("broken.jar") && !l.contains("plain.jar")).toList();
        assertEquals(List.of(), errors, "no errors but those of the corrupt jars");
    }
}
