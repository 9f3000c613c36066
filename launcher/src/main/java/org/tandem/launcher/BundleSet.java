package org.tandem.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The bundles of the chosen features, as they must be installed in the framework. Installing
 * reconciles with what a warm framework cache already holds: bundles that are there stay (and are
 * updated when their jar changed), bundles of features no longer chosen are uninstalled, and
 * bundles that came from deploy/ are left to FileInstall.
 */
final class BundleSet {

    /** One bundle to install: its jar, its start level and the feature that asked for it. */
    record Entry(Feature.FeatureBundle bundle, Path jar, Feature feature) {
        String location() {
            return "reference:" + jar.toUri();
        }
    }

    private final Path system;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    BundleSet(Path system, List<Feature> features) throws LaunchException {
        this.system = system;
        for (Feature feature : features) {
            for (Feature.FeatureBundle bundle : feature.bundles()) {
                if (bundle.startOrder() >= FrameworkProperties.DEPLOY_START_LEVEL) {
                    throw new LaunchException(LaunchException.USAGE, feature.source() + ": bundle " + bundle.id()
                            + ": start-order must be below " + FrameworkProperties.DEPLOY_START_LEVEL
                            + " (the level of bundles from deploy/)");
                }
                Path jar = system.resolve(bundle.path());
                if (!Files.isRegularFile(jar)) {
                    throw new LaunchException(LaunchException.FAILED, "feature " + feature.name() + " ("
                            + feature.source() + ") names bundle " + bundle.id() + ", but " + jar + " is missing");
                }
                entries.merge(bundle.id(), new Entry(bundle, jar, feature),
                        (a, b) -> a.bundle().startOrder() <= b.bundle().startOrder() ? a : b);
            }
        }
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Installs (or keeps, or updates) every bundle and sets its start level; with {@code start},
     * marks those up to the configured start level to be started by the framework. Those above it
     * are left to the launcher ({@link SideBySideStart}), so the framework's start-level thread
     * does not start them one by one (a mark left in a framework cache by an older Tandem is removed).
     */
    Map<Bundle, Entry> install(BundleContext context, boolean start) throws LaunchException {
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0) {
                installed.put(b.getLocation(), b);
            }
        }
        Map<Bundle, Entry> result = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            Bundle bundle = installed.remove(entry.location());
            try {
                if (bundle == null) {
                    bundle = installOrAdopt(context, entry, installed);
                } else if (Files.getLastModifiedTime(entry.jar()).toMillis() > bundle.getLastModified()) {
                    bundle.update();
                }
                bundle.adapt(BundleStartLevel.class).setStartLevel(entry.bundle().startOrder());
                BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
                if (start && !isFragment(bundle) && entry.bundle().startOrder() <= FrameworkProperties.CONFIGURED_START_LEVEL) {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } else if (level.isPersistentlyStarted()) {
                    bundle.stop(); // not active yet: only removes the mark
                }
            } catch (BundleException | IOException | RuntimeException e) {
                throw new LaunchException(LaunchException.FAILED, "cannot install bundle " + entry.bundle().id()
                        + " of feature " + entry.feature().name() + " from " + entry.jar() + ": " + e.getMessage(), e);
            }
            result.put(bundle, entry);
        }
        uninstallLeftovers(installed.values());
        return result;
    }

    /**
     * Installs the entry's jar; if an administrator has installed the same bundle (symbolic name and
     * version) from another location, say {@code file:} instead of {@code reference:} from the shell,
     * that bundle is kept as the feature's bundle rather than failing the start.
     */
    private static Bundle installOrAdopt(BundleContext context, Entry entry, Map<String, Bundle> installed)
            throws BundleException, IOException {
        try {
            return context.installBundle(entry.location());
        } catch (BundleException e) {
            if (e.getType() != BundleException.DUPLICATE_BUNDLE_ERROR) {
                throw e;
            }
            Attributes manifest;
            try (JarFile jar = new JarFile(entry.jar().toFile())) {
                manifest = jar.getManifest().getMainAttributes();
            }
            String name = manifest.getValue("Bundle-SymbolicName").split(";")[0].trim();
            Version version = Version.parseVersion(manifest.getValue("Bundle-Version"));
            for (Bundle b : context.getBundles()) {
                if (name.equals(b.getSymbolicName()) && version.equals(b.getVersion())) {
                    installed.remove(b.getLocation());
                    return b;
                }
            }
            throw e;
        }
    }

    private void uninstallLeftovers(Iterable<Bundle> leftovers) throws LaunchException {
        String prefix = "reference:" + system.toUri();
        List<String> failed = new ArrayList<>();
        for (Bundle b : leftovers) {
            if (b.getLocation().startsWith(prefix)) {
                try {
                    b.uninstall();
                } catch (BundleException e) {
                    failed.add(b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new LaunchException(LaunchException.FAILED, "cannot uninstall bundles of features no longer"
                    + " chosen: " + String.join("; ", failed));
        }
    }

    static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }
}
