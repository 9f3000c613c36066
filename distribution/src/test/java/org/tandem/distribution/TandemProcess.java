package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code bin/tandem} as a child process: its output collected, its shell fed through standard input. */
final class TandemProcess implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private int mark;

    private TandemProcess(Process process) {
        this.process = process;
        collect(process.getInputStream(), out);
        collect(process.getErrorStream(), err);
    }

    /**
     * Starts {@code bin/tandem} with {@code args}, without the class-data archive (writing one when it
     * stops costs each short-lived test process a second or two; {@link #startWithClassArchive} has it).
     */
    static TandemProcess start(Path home, String... args) throws IOException {
        return start(home, false, args);
    }

    /** Starts {@code bin/tandem} as users do, with the class-data archive. */
    static TandemProcess startWithClassArchive(Path home, String... args) throws IOException {
        return start(home, true, args);
    }

    private static TandemProcess start(Path home, boolean classArchive, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/tandem").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        if (!classArchive) {
            builder.environment().put("TANDEM_CDS", "off");
        }
        return new TandemProcess(builder.start());
    }

    long pid() {
        return process.pid();
    }

    private static void collect(InputStream stream, StringBuffer into) {
        Thread reader = new Thread(() -> {
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                for (int n; (n = in.read(buffer)) > 0;) {
                    into.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until standard output (after the last command) matches {@code pattern}; returns the match. */
    Matcher await(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(out.substring(Math.min(mark, out.length())));
            if (m.find()) {
                return m;
            }
            if (!process.isAlive()) {
                Thread.sleep(100);
                m = pattern.matcher(out.substring(Math.min(mark, out.length())));
                if (m.find()) {
                    return m;
                }
                fail("Tandem exited (" + process.exitValue() + ") before printing /" + pattern + "/\nstdout:\n" + out
                        + "\nstderr:\n" + err);
            }
            Thread.sleep(20);
        }
        fail("no /" + pattern + "/ within " + TIMEOUT.toSeconds() + " s\nstdout:\n" + out + "\nstderr:\n" + err);
        return null;
    }

    /** Types {@code line} into the shell and waits for output matching {@code expected}. */
    Matcher command(String line, Pattern expected) throws IOException, InterruptedException {
        mark = out.length();
        OutputStream stdin = process.getOutputStream();
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        return await(expected);
    }

    /** Polls a shell command until its output matches, for changes that FileInstall carries out. */
    Matcher poll(String line, Pattern expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            mark = out.length();
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            Thread.sleep(200);
            Matcher m = expected.matcher(out.substring(mark));
            if (m.find()) {
                return m;
            }
        }
        fail("'" + line + "' never printed /" + expected + "/ within " + TIMEOUT.toSeconds() + " s; last output:\n"
                + out.substring(mark));
        return null;
    }

    /** Sends SIGTERM and waits up to 10 s; returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Tandem did not stop within 10 s of SIGTERM\nstdout:\n" + out + "\nstderr:\n" + err);
        }
        return process.exitValue();
    }

    /**
     * Kills the JVM with SIGKILL, as {@code kill -9} does: no shutdown hooks, nothing closed. {@code bin/tandem}
     * execs the JVM, so the process is the JVM itself; any process it started goes too. Waits until it is gone
     * and returns the exit code (137 on Linux).
     */
    int kill() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("Tandem (pid " + process.pid() + ") was still running " + TIMEOUT.toSeconds() + " s after SIGKILL");
        }
        return process.exitValue();
    }

    /** The program the process runs, as the operating system reports it (e.g. /usr/lib/jvm/.../bin/java). */
    String program() {
        return process.info().command().orElse("");
    }

    /** Waits for the process to end by itself; returns the exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Tandem did not exit within " + TIMEOUT.toSeconds() + " s\nstdout:\n" + out + "\nstderr:\n" + err);
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    String stdout() {
        return out.toString();
    }

    String stderr() {
        return err.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
