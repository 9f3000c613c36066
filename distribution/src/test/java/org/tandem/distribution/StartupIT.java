package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the distribution the ways users get wrong, and headless: each gives one clear line and an exit code. */
class StartupIT {

    @TempDir
    Path dir;

    private Installation tandem;

    @BeforeEach
    void unpack() throws Exception {
        tandem = Installation.unpack(dir);
    }

    @Test
    void theClassArchiveIsWrittenAtTheFirstStopMappedByLaterStartsAndABrokenOneIsDropped() throws Exception {
        Path cds = tandem.home.resolve("data/cds");
        try (TandemProcess p = TandemProcess.startWithClassArchive(tandem.home, "--headless", "--port",
                String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            assertTrue(List.of(0, 143).contains(p.terminate()), p.stderr());
        }
        List<Path> written;
        try (var files = Files.list(cds)) {
            written = files.toList();
        }
        assertEquals(1, written.size(), "one archive written when the first start stopped: " + written);
        assertTrue(written.get(0).getFileName().toString().matches("tandem-\\d+\\.jsa\\.\\d+"), written.toString());
        Path archive = cds.resolve(written.get(0).getFileName().toString().replaceFirst("\\.\\d+$", ""));

        try (TandemProcess p = TandemProcess.startWithClassArchive(tandem.home, "--headless", "--port",
                String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            assertTrue(Files.isRegularFile(archive), "the archive is kept under its own name once it verified");
            assertTrue(Files.readString(Path.of("/proc/" + p.pid() + "/maps")).contains(archive.toString()),
                    "the JVM maps the archive");
            assertFalse(p.stdout().contains("cds") || p.stderr().contains("cds"), p.stdout() + p.stderr());
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }

        // an archive cut short (the JVM killed while writing it) would crash a JVM that maps it: it is dropped
        byte[] whole = Files.readAllBytes(archive);
        Files.delete(archive);
        Path cut = cds.resolve(archive.getFileName() + ".999999999");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        try (TandemProcess p = TandemProcess.startWithClassArchive(tandem.home, "--headless", "--port",
                String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            assertFalse(Files.exists(cut), "the broken archive is deleted");
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }

    /**
     * Adds feature {@code name} with one bundle {@code org.example.<name>} of {@code headers} at
     * {@code startOrder}, starts Tandem, checks it stops with exit code 1 before the ready line, and
     * returns what it wrote on stderr.
     */
    private String failedStart(String name, int startOrder, String... headers) throws Exception {
        String bundle = "org.example." + name;
        Path jar = Installation.bundle(dir, bundle, "1.0.0", headers);
        Files.copy(jar, tandem.home.resolve("system").resolve(bundle + "-1.0.0.jar"));
        Files.writeString(tandem.home.resolve("features/" + name + ".json"), """
                { "feature-resource-version": "1.0", "id": "org.example:%s:osgifeature:1.0.0",
                  "bundles": [ { "id": "org.example:%s:1.0.0", "start-order": %d } ] }
                """.formatted(name, bundle, startOrder));
        addFeature(name);
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", free())) {
            assertEquals(1, p.awaitExit());
            String err = p.stderr();
            assertTrue(err.startsWith("tandem: Tandem did not start (details in "), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            assertFalse(p.stdout().contains("ready at"));
            return err;
        }
    }

    @Test
    void aFeatureBundleThatDoesNotResolveStopsStartUpNamingTheBundleAndTheRequirement() throws Exception {
        String err = failedStart("broken", 5, "Import-Package", "org.example.missing");
        assertTrue(err.contains("bundle org.example.broken 1.0.0 of feature broken: Unable to resolve"), err);
        assertTrue(err.contains("org.example.missing"), "names the unresolved requirement: " + err);
    }

    @Test
    void aFeatureBundleThatFailsToStartBesideTheOthersStopsStartUpNamingIt() throws Exception {
        String err = failedStart("failing", 6, "Bundle-Activator", "org.example.Missing");
        assertTrue(err.contains("bundle org.example.failing 1.0.0 of feature failing: failed to start"), err);
        assertTrue(err.contains("org.example.Missing"), "names the activator: " + err);
    }

    @Test
    void aBadBundleInDeployIsReportedAndSkippedNeverFatal() throws Exception {
        Path jar = Installation.bundle(dir, "org.example.unresolved", "1.0.0", "Import-Package", "org.example.missing");
        Files.copy(jar, tandem.deploy().resolve("unresolved.jar"));
        Files.writeString(tandem.deploy().resolve("corrupt.jar"), "not a jar");
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", free())) {
            p.await(Pattern.compile("ready at"));
            long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
            while (System.nanoTime() < deadline
                    && !(tandem.logText().contains("org.example.missing") && tandem.logText().contains("corrupt.jar"))) {
                Thread.sleep(100);
            }
            String log = tandem.logText();
            assertTrue(log.contains("org.example.missing"), "the unresolved requirement is in the log:\n" + log);
            assertTrue(log.contains("corrupt.jar is not installed"), log);
            assertTrue(Pattern.compile("ready at .*; framework \\d+ ms, runtime and etc/ \\d+ ms, features and deploy/ "
                    + "\\d+ ms\\)").matcher(log).find(), "the ready line in the log says where the start went:\n" + log);
            assertTrue(p.alive());
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }

    @Test
    void theBuildCheckNamesAFeatureThatDoesNotResolve() throws Exception {
        Path jar = Installation.bundle(dir, "org.example.broken", "1.0.0", "Import-Package", "org.example.missing");
        Files.copy(jar, tandem.home.resolve("system/org.example.broken-1.0.0.jar"));
        Files.writeString(tandem.home.resolve("features/extra.json"), """
                { "id": "org.example:extra:osgifeature:1.0.0", "bundles": [ "org.example:org.example.broken:1.0.0" ] }
                """);
        try (TandemProcess p = TandemProcess.start(tandem.home, "check")) {
            assertEquals(1, p.awaitExit());
            assertTrue(p.stdout().contains("DOES NOT RESOLVE: tandem-runtime + tandem-core + tandem-scoring + tandem-report + tandem-web + extra"), p.stdout());
            assertTrue(p.stdout().contains("org.example.missing"), p.stdout());
        }
    }

    @Test
    void anUnknownFeatureInEtcIsAOneLineErrorListingTheKnownOnes() throws Exception {
        addFeature("no-such-feature");
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", free())) {
            assertEquals(2, p.awaitExit());
            assertOneLine(p, "unknown feature 'no-such-feature'");
            assertTrue(p.stderr().contains("known: tandem-console, tandem-console-plain, tandem-core, tandem-report, tandem-runtime, tandem-scoring, tandem-web"),
                    p.stderr());
        }
    }

    @Test
    void aBadPortIsAOneLineError() throws Exception {
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", "eighty")) {
            assertEquals(2, p.awaitExit());
            assertOneLine(p, "--port needs a number from 1 to 65535, not 'eighty'");
        }
    }

    @Test
    void aPortInUseIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port",
                        String.valueOf(taken.getLocalPort()))) {
            assertEquals(1, p.awaitExit());
            assertOneLine(p, "port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void anUnusableDataDirectoryIsAOneLineError() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", free(), "--data",
                file.resolve("data").toString())) {
            assertEquals(1, p.awaitExit());
            assertOneLine(p, "the data directory " + file.resolve("data") + " cannot be used");
        }
    }

    @Test
    void theStoreOpensRightAfterTheReadyLineWithoutWaitingForARequest() throws Exception {
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", free())) {
            p.await(Pattern.compile("ready at"));
            String opened = "org.tandem.store.jdbc - Start completed";
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            String log = Files.readString(tandem.log());
            while (!log.contains(opened) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                log = Files.readString(tandem.log());
            }
            assertTrue(log.contains(opened), "the store opened by itself: " + log);
            assertTrue(log.indexOf("ready at") < log.indexOf(opened), "after the ready line, not during the start");
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }

    @Test
    void headlessRunsWithoutAShellAndASecondTandemOnTheSameDataIsRefused() throws Exception {
        Path data = dir.resolve("shared-data");
        try (TandemProcess first = TandemProcess.start(tandem.home, "--headless", "--port", free(), "--data",
                data.toString())) {
            first.await(Pattern.compile("ready at"));
            try (TandemProcess second = TandemProcess.start(tandem.home, "--headless", "--port", free(), "--data",
                    data.toString())) {
                assertEquals(1, second.awaitExit());
                assertOneLine(second, "is in use by another running Tandem");
            }
            assertFalse(first.stdout().contains("g! "), "no shell prompt when headless");
            assertTrue(List.of(0, 143).contains(first.terminate()));
        }
        String log = Files.readString(tandem.log());
        assertFalse(log.contains("org.apache.felix.gogo.shell"), "no console bundle when headless");
    }

    private void addFeature(String name) throws Exception {
        Path properties = tandem.home.resolve("etc/tandem.properties");
        String text = Files.readString(properties).replace("tandem.features = tandem-runtime, tandem-core",
                "tandem.features = tandem-runtime, tandem-core, " + name);
        Files.writeString(properties, text, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String free() throws Exception {
        return String.valueOf(Installation.freePort());
    }

    private static void assertOneLine(TandemProcess p, String expected) {
        String err = p.stderr().strip();
        assertTrue(err.startsWith("tandem: ") && err.contains(expected), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
    }
}
