package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, up to the point where the framework would start: every failure is
 * one line on stderr, prefixed {@code tandem: }, with the right exit code. The timeout turns a
 * runtime that starts after all (and would wait for its stop) into a failure.
 */
@Timeout(30)
class MainTest {

    @TempDir
    Path home;

    private Installation installation;

    @BeforeEach
    void install() {
        installation = Installation.in(home, "tandem.features = base\n").emptyFeature("base");
    }

    @Test
    void help() {
        Result result = run("--help");

        assertEquals(0, result.code);
        assertEquals(Arguments.USAGE, result.out);
        assertTrue(result.out.startsWith("Usage: tandem"), result.out);
        assertEquals("", result.err);
    }

    @Test
    void helpNeedsNoInstallation(@TempDir Path empty) {
        Result result = runIn(empty, "--help");

        assertEquals(0, result.code);
        assertEquals(Arguments.USAGE, result.out);
    }

    @Test
    void version() {
        Result result = run("--version");

        assertEquals(0, result.code);
        assertEquals("Tandem " + Main.version() + System.lineSeparator(), result.out);
        assertEquals("", result.err);
    }

    @Test
    void unknownFeatureInEtc() {
        installation.write("etc/tandem.properties", "tandem.features = base, nosuch\n").emptyFeature("web");

        Result result = run("--headless");

        assertEquals(LaunchException.USAGE, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("unknown feature 'nosuch'"), message);
        assertTrue(message.contains("known: base, web"), message);
    }

    @Test
    void badPort() {
        Result result = run("--headless", "--port", "abc");

        assertEquals(LaunchException.USAGE, result.code);
        assertTrue(result.errorLine().contains("--port needs a number from 1 to 65535, not 'abc'"), result.err);
    }

    @Test
    void unknownCommand() {
        Result result = run("bogus");

        assertEquals(LaunchException.USAGE, result.code);
        assertTrue(result.errorLine().contains("unknown command 'bogus'"), result.err);
    }

    @Test
    void badPortInEtc() {
        installation.write("etc/tandem.properties", "tandem.features = base\ntandem.http.port = 0\n");

        Result result = run("--headless");

        assertEquals(LaunchException.USAGE, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("tandem.properties: tandem.http.port"), message);
    }

    @Test
    void invalidFeatureDocument() {
        installation.feature("base", "{ \"id\": \"org.tandem:base:osgifeature:1\", \"bundles\": [ }");

        Result result = run("--headless");

        assertEquals(LaunchException.USAGE, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("base.json: not valid JSON"), message);
    }

    @Test
    void missingBundleJar() {
        installation.feature("base", """
                { "id": "org.tandem:base:osgifeature:1", "bundles": [ "org.tandem:org.tandem.api:1.0.0" ] }
                """);

        Result result = run("--headless");

        assertEquals(LaunchException.FAILED, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("org.tandem.api-1.0.0.jar is missing"), message);
    }

    @Test
    void unusableDataDirectory() throws IOException {
        Path file = Files.writeString(home.resolve("f"), "a file, not a directory");

        Result result = run("--headless", "--data", file.resolve("sub").toString());

        assertEquals(LaunchException.FAILED, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("the data directory " + file.resolve("sub") + " cannot be used"), message);
        assertTrue(message.contains("--data DIR"), message);
    }

    @Test
    void portInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Result result = run("--headless", "--port", String.valueOf(taken.getLocalPort()));

            assertEquals(LaunchException.FAILED, result.code);
            String message = result.errorLine();
            assertTrue(message.contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), message);
        }
    }

    @Test
    void consoleFeatureIsAddedUnlessHeadless() {
        Result result = run();

        assertEquals(LaunchException.USAGE, result.code);
        String message = result.errorLine();
        assertTrue(message.contains("unknown feature 'tandem-console"), message);
        assertTrue(message.contains("known: base"), message);
    }

    @Test
    void missingInstallationFile(@TempDir Path empty) {
        Result result = runIn(empty, "--headless");

        assertEquals(LaunchException.USAGE, result.code);
        assertTrue(result.errorLine().contains("cannot read " + empty.resolve("etc/tandem.properties")), result.err);
    }

    private Result run(String... args) {
        return runIn(home, args);
    }

    private static Result runIn(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, home, System.currentTimeMillis(), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Result(int code, String out, String err) {

        /** The one line on stderr, without its {@code tandem: } prefix; fails unless there is exactly one. */
        String errorLine() {
            assertTrue(err.endsWith(System.lineSeparator()), "a whole line: " + err);
            String[] lines = err.split("\\R");
            assertEquals(1, lines.length, "one line on stderr, no stack trace: " + err);
            assertTrue(lines[0].startsWith("tandem: "), err);
            return lines[0].substring("tandem: ".length());
        }
    }
}
