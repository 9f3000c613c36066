package org.tandem.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.condition.Condition;

/**
 * Starts and runs one Tandem: checks the data directory and the port, installs the chosen
 * features into Apache Felix, applies their configurations, raises the start level, and prints
 * the ready line once every feature bundle is active. Stops cleanly on Ctrl-C / SIGTERM.
 */
final class Launcher {

    private static final long STOP_TIMEOUT_MS = 10_000;
    private static final long START_TIMEOUT_MS = 60_000;

    /** The {@code osgi.condition.id} of the condition registered once Tandem is ready. */
    static final String READY_CONDITION = "tandem.ready";

    private final Settings settings;
    private final String version;
    private final boolean headless;
    private final PrintStream out;
    private FileChannel lockChannel;

    Launcher(Settings settings, String version, boolean headless, PrintStream out) {
        this.settings = settings;
        this.version = version;
        this.headless = headless;
        this.out = out;
    }

    /** The feature names to start: those of etc/ plus the console feature unless headless. */
    List<String> featureNames() {
        List<String> names = new ArrayList<>(settings.features());
        if (!headless) {
            names.add(System.console() != null ? "tandem-console" : "tandem-console-plain");
        }
        return names;
    }

    /** A started runtime. */
    private record Started(Framework framework, Map<Bundle, BundleSet.Entry> installed, OsgiLogBridge bridge,
            String phases) {
    }

    /** Starts the runtime, then blocks until it stops; returns the exit code. */
    int run(long startedAtMillis) throws LaunchException {
        prepareDirectories();
        checkPort();
        Logger log = Logging.configure(settings.logs());
        Started started = start(log);
        Framework framework = started.framework();
        Map<Bundle, BundleSet.Entry> installed = started.installed();
        OsgiLogBridge bridge = started.bridge();
        // on SIGTERM the hook stops the framework, then waits for run() to log the stop and close the log
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopQuietly(framework);
            try {
                finished.await(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tandem-shutdown"));
        long millis = System.currentTimeMillis() - startedAtMillis;
        String ready = "Tandem " + version + " ready at http://" + settings.host() + ":" + settings.port() + "/ in "
                + millis + " ms";
        log.info(ready + " (" + installed.size() + " bundles, data " + settings.data() + "; " + started.phases() + ")");
        out.println(ready);
        out.flush();
        announceReady(framework);
        Logging.consoleWarnings();
        try {
            framework.waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bridge.close();
        log.info("Tandem stopped");
        Logging.close();
        finished.countDown();
        return 0;
    }

    /**
     * Registers the condition {@value #READY_CONDITION} (OSGi Condition service): work that may wait
     * until Tandem serves, such as compiling every page template ahead of its first use, waits for it,
     * so it does not compete for the cores with the start. Those components hold it as an optional
     * reference, so they are satisfied (and {@code /health} says UP) before it comes. One-shot jobs
     * never announce it.
     */
    static void announceReady(Framework framework) {
        try {
            framework.getBundleContext().registerService(Condition.class, Condition.INSTANCE,
                    new Hashtable<>(Map.of(Condition.CONDITION_ID, READY_CONDITION)));
        } catch (IllegalStateException e) {
            // stopped meanwhile
        }
    }

    /**
     * Starts the runtime without a console or the port check, runs the one-shot job {@code name}
     * (the {@code org.tandem.api.job.Job} service of that name) with {@code arguments}, stops, and
     * returns the job's exit code. The job's output goes to {@code out} and {@code err}.
     */
    int runJob(String name, List<String> arguments, PrintStream err) throws LaunchException {
        try {
            Files.createDirectories(settings.data().resolve("etc"));
            Files.createDirectories(settings.deploy());
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot prepare " + settings.data() + ": "
                    + Settings.describe(e));
        }
        Logger log = Logging.configure(settings.logs());
        Started started = start(log);
        try {
            return Jobs.run(started.framework().getBundleContext(), name, arguments, out, err, settings.logs());
        } finally {
            stopQuietly(started.framework());
            started.bridge().close();
            out.flush();
        }
    }

    /**
     * Installs the features, starts the framework, applies the feature configurations, raises the
     * start level, starts the feature bundles above the configured level side by side and then
     * those of deploy/; fails naming every bundle that did not start.
     */
    private Started start(Logger log) throws LaunchException {
        List<Feature> features = new ArrayList<>();
        for (String name : featureNames()) {
            features.add(FeatureReader.read(settings.home().resolve("features"), name));
        }
        BundleSet bundles = new BundleSet(settings.home().resolve("system"), features);
        Map<String, Object> properties = FrameworkProperties.of(settings, settings.data().resolve("cache"), version);
        if (settings.trust().signed()) {
            // Felix attaches framework extension bundles (and runs their activators) without asking resolver
            // hooks, so under the signing policy there are none: read once, when Felix's ExtensionManager loads
            System.setProperty("felix.extensions.disable", "true");
        }
        long begun = System.nanoTime();
        Framework framework = new Felix(properties);
        StartupProblems problems = new StartupProblems();
        long frameworkStarted;
        long runtimeStarted;
        OsgiLogBridge bridge;
        Map<Bundle, BundleSet.Entry> installed;
        try {
            framework.init();
            if (settings.trust().signed()) {
                // before any bundle is installed or started, so that nothing unsigned ever resolves
                new BundleTrust(settings.trust(), settings.home().resolve("system"), settings.data().resolve("tmp"), log)
                        .register(framework.getBundleContext());
            }
            framework.getBundleContext().addFrameworkListener(problems);
            bridge = new OsgiLogBridge(framework.getBundleContext());
            bridge.open();
            installed = bundles.install(framework.getBundleContext(), true);
            framework.start();
            frameworkStarted = System.nanoTime();
            FeatureConfigurations.apply(framework.getBundleContext(), features,
                    FrameworkProperties.variables(properties));
            // the runtime (FileInstall among it) first; our bundles once etc/ is in ConfigAdmin
            raiseStartLevel(framework, FrameworkProperties.CONFIGURED_START_LEVEL);
            EtcConfigurations.await(framework.getBundleContext(),
                    List.of(settings.etc(), settings.data().resolve("etc")), log);
            runtimeStarted = System.nanoTime();
            // the feature bundles above it side by side; then those of deploy/
            raiseStartLevel(framework, FrameworkProperties.DEPLOY_START_LEVEL - 1);
            List<Bundle> above = new ArrayList<>();
            installed.forEach((bundle, entry) -> {
                if (entry.bundle().startOrder() > FrameworkProperties.CONFIGURED_START_LEVEL) {
                    above.add(bundle);
                }
            });
            SideBySideStart.start(framework, above, problems, START_TIMEOUT_MS);
            raiseStartLevel(framework, FrameworkProperties.DEPLOY_START_LEVEL);
        } catch (BundleException e) {
            stopQuietly(framework);
            throw new LaunchException(LaunchException.FAILED, "the OSGi framework did not start: " + e.getMessage(), e);
        } catch (LaunchException e) {
            stopQuietly(framework);
            throw e;
        }
        List<String> failures = problems.of(framework, installed);
        if (!failures.isEmpty()) {
            failures.forEach(f -> log.severe(f));
            stopQuietly(framework);
            throw new LaunchException(LaunchException.FAILED, "Tandem did not start (details in "
                    + settings.logs().resolve("tandem.0.log") + "):\n  " + String.join("\n  ", failures));
        }
        long featuresStarted = System.nanoTime();
        // where a start went, for whoever wonders why it was slow (docs/performance.md)
        String phases = "framework " + (frameworkStarted - begun) / 1_000_000 + " ms, runtime and etc/ "
                + (runtimeStarted - frameworkStarted) / 1_000_000 + " ms, features and deploy/ "
                + (featuresStarted - runtimeStarted) / 1_000_000 + " ms";
        return new Started(framework, installed, bridge, phases);
    }

    private void prepareDirectories() throws LaunchException {
        Path data = settings.data();
        try {
            Files.createDirectories(data);
            Files.createDirectories(settings.deploy());
            // configuration written while running (tandem:use, ...) lives with the data, not the installation
            Files.createDirectories(data.resolve("etc"));
            Path probe = Files.createTempFile(data, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "the data directory " + data
                    + " cannot be used: " + Settings.describe(e) + " (choose another with --data DIR)");
        }
        try {
            lockChannel = FileChannel.open(data.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                throw new LaunchException(LaunchException.FAILED, "the data directory " + data
                        + " is in use by another running Tandem (stop it, or choose another with --data DIR)");
            }
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot lock the data directory " + data + ": "
                    + Settings.describe(e));
        }
    }

    private void checkPort() throws LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (BindException e) {
            throw new LaunchException(LaunchException.FAILED, "port " + settings.port() + " on " + settings.host()
                    + " is already in use (choose another with --port N, or tandem.http.port in "
                    + Settings.FILE + ")");
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot listen on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage() + " (check tandem.http.host in " + Settings.FILE + ")");
        }
    }

    private static void raiseStartLevel(Framework framework, int level) throws LaunchException {
        CountDownLatch reached = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> {
            if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                reached.countDown();
            }
        });
        try {
            if (!reached.await(START_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new LaunchException(LaunchException.FAILED, "the bundles did not start within "
                        + START_TIMEOUT_MS / 1000 + " s (a bundle activator hangs? see logs/)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(LaunchException.FAILED, "interrupted while starting");
        }
    }

    static void stopQuietly(Framework framework) {
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                framework.stop();
            }
            framework.waitForStop(STOP_TIMEOUT_MS);
        } catch (BundleException | RuntimeException e) {
            Logger.getLogger(Logging.LOGGER).log(Level.WARNING, "stopping the framework failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
