package org.tandem.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * {@code tandem check}: resolves the features in a throw-away framework, without starting any
 * bundle, and names every unresolved requirement. The build runs it on the assembled
 * distribution, so a feature that does not resolve fails the build.
 * <p>
 * Checked are the features of {@code etc/tandem.properties} with each console, and each other
 * feature in {@code features/} together with them.
 */
final class FeatureCheck {

    static final List<String> CONSOLES = List.of("tandem-console", "tandem-console-plain");

    private final Settings settings;
    private final PrintStream out;

    FeatureCheck(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    int run() throws LaunchException {
        Path featuresDir = settings.home().resolve("features");
        List<List<String>> sets = new ArrayList<>();
        for (String console : CONSOLES) {
            sets.add(with(settings.features(), console));
        }
        for (String other : FeatureReader.known(featuresDir)) {
            if (!settings.features().contains(other) && !CONSOLES.contains(other)) {
                sets.add(with(settings.features(), other));
            }
        }
        int failed = 0;
        for (List<String> set : sets) {
            List<String> problems = resolve(featuresDir, set);
            if (problems.isEmpty()) {
                out.println("resolves: " + String.join(" + ", set));
            } else {
                failed++;
                out.println("DOES NOT RESOLVE: " + String.join(" + ", set));
                problems.forEach(p -> out.println("  " + p));
            }
        }
        out.println(failed == 0 ? "All " + sets.size() + " feature sets resolve."
                : failed + " of " + sets.size() + " feature sets do not resolve.");
        return failed == 0 ? 0 : LaunchException.FAILED;
    }

    private static List<String> with(List<String> base, String extra) {
        List<String> set = new ArrayList<>(base);
        set.add(extra);
        return set;
    }

    private List<String> resolve(Path featuresDir, List<String> names) throws LaunchException {
        List<Feature> features = new ArrayList<>();
        for (String name : names) {
            features.add(FeatureReader.read(featuresDir, name));
        }
        BundleSet bundles = new BundleSet(settings.home().resolve("system"), features);
        Path storage;
        try {
            storage = Files.createTempDirectory("tandem-check");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILED, "cannot create a temporary directory: " + e.getMessage());
        }
        Map<String, Object> properties = FrameworkProperties.of(settings, storage, "check");
        Framework framework = new Felix(properties);
        try {
            framework.init();
            Map<Bundle, BundleSet.Entry> installed = bundles.install(framework.getBundleContext(), false);
            List<String> problems = new ArrayList<>();
            for (var e : installed.entrySet()) {
                String why = StartupProblems.unresolved(framework, e.getKey());
                if (why != null) {
                    problems.add(e.getValue().bundle().id() + " (feature " + e.getValue().feature().name() + "): " + why);
                }
            }
            return problems;
        } catch (BundleException e) {
            throw new LaunchException(LaunchException.FAILED, "the OSGi framework did not initialise: " + e.getMessage(), e);
        } finally {
            Launcher.stopQuietly(framework);
            deleteTree(storage);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
