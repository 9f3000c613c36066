package org.tandem.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one log of a running Tandem: {@code logs/tandem.0.log}, rotated at 10 MB through five files
 * by {@link FileHandler}, with warnings and errors also on the console. Framework messages, OSGi
 * Log Service entries (bundle and framework events, SCR, FileInstall) and the launcher's own
 * messages all arrive here as {@code java.util.logging} records.
 */
public final class Logging {

    static final String LOGGER = "tandem";
    static final int LIMIT_BYTES = 10 * 1024 * 1024;
    static final int FILES = 5;

    private Logging() {
    }

    /**
     * Routes all of java.util.logging (ours, FileInstall's, libraries' through slf4j-jdk14) to the
     * log file and the console; returns the {@code tandem} logger.
     */
    public static Logger configure(Path logs) throws LaunchException {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logs);
            // the log holds the first administrator's one-time password: for this user only
            try {
                Files.setPosixFilePermissions(logs, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system, or not ours to change: the folder keeps its permissions
            }
            FileHandler file = new FileHandler(logs.resolve("tandem.%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new LineFormatter());
            file.setLevel(Level.INFO);
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED,
                    "cannot write the log in " + logs + ": " + Settings.describe(e));
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new LineFormatter(logs.resolve("tandem.0.log")));
        // quiet while starting: a start-up failure is summarised in one message, details in the file
        console.setLevel(Level.OFF);
        root.addHandler(console);
        return Logger.getLogger(LOGGER);
    }

    /** From now on, warnings and errors are shown on the console too. */
    public static void consoleWarnings() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setLevel(Level.WARNING);
            }
        }
    }

    /** Flushes and closes the handlers, so nothing is lost at exit. */
    public static void close() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.close();
        }
    }

    /**
     * The JDK's LogManager closes every handler from a shutdown hook of its own, racing Tandem's
     * hook that stops the framework and logs the bundles stopping. This manager leaves the
     * handlers open at shutdown; {@link #close()} closes them once the framework has stopped.
     * Installed with {@code -Djava.util.logging.manager} before any logging.
     */
    public static final class Manager extends java.util.logging.LogManager {
        private volatile boolean initialised;

        @Override
        public void readConfiguration() throws IOException, SecurityException {
            super.readConfiguration();
            initialised = true;
        }

        @Override
        public void reset() {
            if (!initialised) {
                super.reset();
            }
        }
    }

    /**
     * One line per record ({@code time LEVEL [source] message}); in the file the stack trace
     * follows, on the console a pointer to the file.
     */
    static final class LineFormatter extends Formatter {
        private final Path file;

        /** For the file: stack traces in full. */
        LineFormatter() {
            this(null);
        }

        /** For the console: no stack traces, a pointer to {@code file} instead. */
        LineFormatter(Path file) {
            this.file = file;
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(160);
            line.append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(name(record.getLevel())).append(' ');
            String name = record.getLoggerName();
            if (name != null && !name.isEmpty() && !name.equals(LOGGER)) {
                line.append('[').append(name.startsWith(LOGGER + ".") ? name.substring(LOGGER.length() + 1) : name)
                        .append("] ");
            }
            line.append(formatMessage(record));
            if (record.getThrown() != null && file != null) {
                line.append(" (").append(record.getThrown()).append("; details in ").append(file).append(')');
            }
            line.append(System.lineSeparator());
            if (record.getThrown() != null && file == null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String name(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN ";
            }
            return level.intValue() >= Level.INFO.intValue() ? "INFO " : "DEBUG";
        }
    }
}
