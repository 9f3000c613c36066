package org.tandem.core.internal;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Reports jars in deploy/ that are not bundles (not a zip, or no Bundle-SymbolicName). FileInstall
 * alone skips them silently; claiming them here puts one clear error in the log, and the rest of
 * the folder is unaffected. A jar that is a bundle is left to FileInstall.
 */
@Component(service = ArtifactInstaller.class)
public class RejectedJarReporter implements ArtifactInstaller {

    private final Logger log;

    @Activate
    public RejectedJarReporter(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Override
    public boolean canHandle(File file) {
        return file.getName().endsWith(".jar") && problem(file) != null;
    }

    @Override
    public void install(File file) {
        report(file);
    }

    @Override
    public void update(File file) {
        report(file);
    }

    @Override
    public void uninstall(File file) {
        log.info("{} removed from the deploy folder", file);
    }

    private void report(File file) {
        String problem = problem(file);
        if (problem != null) {
            log.error("{} is not installed: {}. Replace it with a bundle jar (moved in at once) or remove it.",
                    file, problem);
        }
    }

    /** What keeps {@code file} from being a bundle, or null when it is one. */
    static String problem(File file) {
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return "it has no META-INF/MANIFEST.MF";
            }
            String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null || name.isBlank() ? "its manifest has no Bundle-SymbolicName" : null;
        } catch (IOException e) {
            return "it is not a readable jar (" + e.getMessage() + ")";
        }
    }
}
