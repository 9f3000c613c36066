package org.tandem.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One-shot jobs ({@code bin/tandem report ...}): run in a runtime of their own with a throw-away
 * data directory, so they never touch (or wait for) the data of a running Tandem. The job is the
 * {@code org.tandem.api.job.Job} service named by its {@code tandem.job} property; the launcher
 * does not see the API's classes, so it calls the service's {@code run} through the API interface
 * loaded by the service's bundle.
 */
final class Jobs {

    static final String JOB = "org.tandem.api.job.Job";
    private static final long WAIT_MILLIS = 30_000;

    private Jobs() {
    }

    /** Runs job {@code name} of the installation in {@code settings} in a temporary data directory; returns its exit code. */
    static int run(Settings settings, String version, String name, List<String> arguments, PrintStream out,
            PrintStream err) throws LaunchException {
        Path temp;
        try {
            temp = Files.createTempDirectory("tandem-" + name + "-");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot create a temporary directory for the " + name
                    + " job: " + Settings.describe(e));
        }
        boolean keepLogs = true;
        try {
            // no HTTP: a job must not take (or fail on) the port of a running Tandem
            Settings job = settings.withData(temp.resolve("data"), temp.resolve("logs"))
                    .withFrameworkProperty("org.apache.felix.http.enable", "false")
                    .withFrameworkProperty("tandem.job", name);
            copyChoices(settings.data().resolve("etc"), job.data().resolve("etc"));
            int code = new Launcher(job, version, true, out).runJob(name, arguments, err);
            keepLogs = false;
            return code;
        } finally {
            Logging.close();
            if (keepLogs) {
                // the runtime failed: its log says why, so it stays (the message names it)
                delete(temp.resolve("data"));
            } else {
                delete(temp);
            }
        }
    }

    /**
     * Copies the configuration an administrator chose while Tandem ran ({@code tandem:use},
     * {@code tandem:reportwith} write into {@code data/etc/}), so a job scores and renders as the
     * server does; the job reads the copies and never writes to the real data directory.
     */
    private static void copyChoices(Path from, Path to) throws LaunchException {
        try {
            Files.createDirectories(to);
            if (!Files.isDirectory(from)) {
                return;
            }
            try (var files = Files.list(from)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && (name.endsWith(".cfg") || name.endsWith(".config"))
                            && Files.isRegularFile(file)) {
                        Files.copy(file, to.resolve(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot read the configuration in " + from + ": "
                    + Settings.describe(e));
        }
    }

    /** Waits for the job service {@code name} in {@code context} and runs it; a failure names the log in {@code logs}. */
    static int run(BundleContext context, String name, List<String> arguments, PrintStream out, PrintStream err,
            Path logs) throws LaunchException {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter("(&(objectClass=" + JOB + ")(tandem.job="
                    + name + "))"), null);
        } catch (InvalidSyntaxException e) {
            throw new LaunchException(LaunchException.USAGE, "not a command name: " + name);
        }
        tracker.open(true);
        try {
            Object job = tracker.waitForService(WAIT_MILLIS);
            ServiceReference<Object> ref = tracker.getServiceReference();
            if (job == null || ref == null) {
                throw new LaunchException(LaunchException.FAILED, "no bundle provides the '" + name
                        + "' command (is org.tandem.core active? see the features in etc/tandem.properties)");
            }
            Class<?> type = ref.getBundle().loadClass(JOB);
            Method run = type.getMethod("run", List.class, PrintStream.class, PrintStream.class);
            return (Integer) run.invoke(job, List.copyOf(arguments), out, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.FAILED, "interrupted while waiting for the " + name + " command");
        } catch (InvocationTargetException e) {
            Logger.getLogger(Logging.LOGGER).log(Level.SEVERE, "the " + name + " command failed", e.getCause());
            throw new LaunchException(LaunchException.FAILED, "the " + name + " command failed: " + e.getCause()
                    + " (details in " + logs.resolve("tandem.0.log") + ")");
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new LaunchException(LaunchException.FAILED, "the " + name + " command cannot be called: " + e);
        } finally {
            tracker.close();
        }
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail the job
        }
    }
}
