package org.tandem.launcher;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code bin/tandem}: parses the command line and runs the command; errors are one line each. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.util.logging.manager", Logging.Manager.class.getName());
        long started = startedAt(System.getProperty("tandem.started"));
        int code = run(args, started, System.out, System.err);
        Logging.close();
        System.exit(code);
    }

    /** Runs {@code args}; returns the process exit code. */
    static int run(String[] args, long started, PrintStream out, PrintStream err) {
        return run(args, null, started, out, err);
    }

    /** Runs {@code args} in the installation {@code home} (null: found as {@link #home()} does). */
    static int run(String[] args, Path home, long started, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.help()) {
                out.print(Arguments.USAGE);
                return 0;
            }
            String version = version();
            if (arguments.version()) {
                out.println("Tandem " + version);
                return 0;
            }
            Settings settings = Settings.load(home != null ? home : home(), arguments);
            if (arguments.isJob()) {
                return Jobs.run(settings, version, arguments.command(), arguments.job(), out, err);
            }
            return switch (arguments.command()) {
                case "check" -> new FeatureCheck(settings, out).run();
                default -> new Launcher(settings, version, arguments.headless(), out).run(started);
            };
        } catch (LaunchException e) {
            err.println("tandem: " + e.getMessage());
            return e.exitCode();
        }
    }

    /**
     * When the process started, in epoch milliseconds: {@code -Dtandem.started} from bin/tandem
     * (the shell's clock, before the JVM starts), else the JVM's own start time.
     */
    static long startedAt(String property) {
        if (property != null && property.matches("\\d{13}")) {
            return Long.parseLong(property);
        }
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The installation: {@code -Dtandem.home}, else the folder above the launcher's {@code lib/}. */
    static Path home() throws LaunchException {
        String property = System.getProperty("tandem.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = jar.getParent().getParent();
            if (Files.isDirectory(home.resolve("etc"))) {
                return home;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the message below
        }
        throw new LaunchException(LaunchException.USAGE,
                "cannot find the installation: start Tandem with bin/tandem (or set -Dtandem.home)");
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }
}
