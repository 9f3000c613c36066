package org.tandem.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Waits until FileInstall has handed every {@code .cfg}/{@code .config} file of the configuration
 * folders to ConfigAdmin, so that Tandem's own components start with their configuration in place
 * rather than receiving it a moment later. FileInstall reads the folders in its own thread; without
 * this wait a component could activate first.
 */
final class EtcConfigurations {

    private static final long TIMEOUT_MS = 5_000;

    private EtcConfigurations() {
    }

    static void await(BundleContext context, List<Path> folders, Logger log) {
        Set<String> expected = new HashSet<>();
        for (Path folder : folders) {
            expected.addAll(files(folder));
        }
        if (expected.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
        Set<String> missing = new HashSet<>(expected);
        while (System.nanoTime() < deadline) {
            missing.removeAll(applied(context));
            if (missing.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warning("Configuration files not applied within " + TIMEOUT_MS / 1000 + " s (see FileInstall's messages): "
                + String.join(", ", missing));
    }

    private static List<String> files(Path folder) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && (n.endsWith(".cfg") || n.endsWith(".config")))
                    .forEach(n -> names.add(folder.resolve(n).toAbsolutePath().normalize().toString()));
        } catch (IOException e) {
            // a missing folder has nothing to wait for
        }
        return names;
    }

    /** The files behind the configurations FileInstall created ({@code felix.fileinstall.filename}). */
    private static Set<String> applied(BundleContext context) {
        Set<String> files = new HashSet<>();
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            return files;
        }
        ConfigurationAdmin admin = context.getService(ref);
        try {
            Configuration[] configurations = admin.listConfigurations("(" + FeatureConfigurations.FILE_OWNER + "=*)");
            for (Configuration c : configurations == null ? new Configuration[0] : configurations) {
                Object name = c.getProperties().get(FeatureConfigurations.FILE_OWNER);
                if (name != null) {
                    String text = name.toString();
                    files.add(text.startsWith("file:") ? Path.of(java.net.URI.create(text)).toAbsolutePath().normalize()
                            .toString() : text);
                }
            }
        } catch (IOException | InvalidSyntaxException | IllegalArgumentException e) {
            // nothing applied that can be seen; the caller times out with a warning
        } finally {
            context.ungetService(ref);
        }
        return files;
    }
}
