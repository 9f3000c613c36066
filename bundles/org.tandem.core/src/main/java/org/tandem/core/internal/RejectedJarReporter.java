package org.tandem.core.internal;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Reports jars in deploy/ that are not bundles (not a zip, or no Bundle-SymbolicName): FileInstall
 * alone skips them silently. It reports them when FileInstall asks whether it handles them, and never
 * claims them: FileInstall then asks again on every scan, so a jar that becomes a bundle later (a
 * slow copy under its final name that was seen half-written, a broken jar replaced by a good one) is
 * installed as soon as it is complete. A claimed jar would be dropped by FileInstall 3.7 when it
 * became a bundle, and never installed. One error per file and content; the rest of the folder is
 * unaffected.
 */
@Component(service = ArtifactInstaller.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class RejectedJarReporter implements ArtifactInstaller {

    private static final int MAX_REMEMBERED = 1_000;
    /** A jar whose content keeps changing (being copied) is reported again at most this often. */
    static final long REPORT_AGAIN_MILLIS = 10_000;

    private final Logger log;
    /** What was last reported per jar. */
    private final Map<String, Report> reported = new ConcurrentHashMap<>();

    private record Report(String problem, String content, long at) {
    }

    @Activate
    public RejectedJarReporter(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Override
    public boolean canHandle(File file) {
        if (!file.getName().endsWith(".jar")) {
            return false;
        }
        String problem = problem(file);
        String path = file.getPath();
        if (problem == null) {
            if (reported.remove(path) != null) {
                log.info("{} is a complete bundle jar now and is installed", file);
            }
            return false;
        }
        String content = file.length() + "/" + file.lastModified();
        long now = System.currentTimeMillis();
        Report last = reported.get(path);
        if (last == null || !last.problem().equals(problem)
                || !last.content().equals(content) && now - last.at() >= REPORT_AGAIN_MILLIS) {
            if (reported.size() >= MAX_REMEMBERED) {
                reported.clear();
            }
            reported.put(path, new Report(problem, content, now));
            log.error("{} is not installed: {}. A jar still being copied is installed once it is complete; "
                    + "otherwise replace it with a bundle jar (moved in at once) or remove it.", file, problem);
        }
        return false;
    }

    @Override
    public void install(File file) {
        // never claimed (canHandle is always false)
    }

    @Override
    public void update(File file) {
        // never claimed
    }

    @Override
    public void uninstall(File file) {
        reported.remove(file.getPath());
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
