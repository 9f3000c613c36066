package org.tandem.shell.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * The hot-deploy folder as administrators change it through the shell. Every write is staged
 * under a name FileInstall ignores (a leading dot) and renamed into place atomically, so FileInstall
 * never sees a half-written jar and a replaced jar is an update, never an uninstall and reinstall.
 * The jar a change replaces or removes is kept in the history folder, one per bundle, for rollback.
 */
final class DeployFolder {

    /** A bundle jar: its symbolic name, version and file. */
    record BundleJar(String symbolicName, String version, Path file) {
    }

    /** The outcome of a change: the jar now in place (null after undeploy) and the one it replaced. */
    record Change(BundleJar current, BundleJar previous) {
    }

    private final Path deploy;
    private final Path history;

    DeployFolder(Path deploy, Path history) {
        this.deploy = deploy;
        this.history = history;
    }

    /** Copies {@code jar} into the folder, replacing the jar of the same bundle if there is one. */
    Change deploy(Path jar) throws DeployException, IOException {
        BundleJar incoming = read(jar);
        Optional<BundleJar> existing = find(incoming.symbolicName());
        Path target = existing.map(BundleJar::file).orElse(deploy.resolve(incoming.symbolicName() + ".jar"));
        if (existing.isPresent()) {
            keep(existing.get());
        }
        place(jar, target);
        return new Change(new BundleJar(incoming.symbolicName(), incoming.version(), target), existing.orElse(null));
    }

    /** Puts the kept jar of {@code name} back, keeping the one it replaces (so a second rollback undoes it). */
    Change rollback(String name) throws DeployException, IOException {
        String symbolicName = symbolicName(name);
        Path kept = history.resolve(symbolicName + ".jar");
        if (!Files.isRegularFile(kept)) {
            throw new DeployException("nothing to roll back for " + symbolicName + ": no earlier jar in " + history);
        }
        BundleJar restored = read(kept);
        Optional<BundleJar> current = find(symbolicName);
        Path target = current.map(BundleJar::file).orElse(deploy.resolve(symbolicName + ".jar"));
        Path staged = stage(kept, deploy, target.getFileName().toString());
        if (current.isPresent()) {
            keep(current.get());
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Change(new BundleJar(symbolicName, restored.version(), target), current.orElse(null));
    }

    /** Removes the jar of {@code name} from the folder, keeping it for rollback. */
    Change undeploy(String name) throws DeployException, IOException {
        String symbolicName = symbolicName(name);
        BundleJar current = find(symbolicName)
                .orElseThrow(() -> new DeployException(symbolicName + " is not deployed in " + deploy));
        keep(current);
        Files.delete(current.file());
        return new Change(null, current);
    }

    /** The bundle jars in the folder; jars that are not bundles are skipped. */
    List<BundleJar> list() throws IOException {
        List<BundleJar> jars = new ArrayList<>();
        if (!Files.isDirectory(deploy)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(deploy, "[!.]*.jar")) {
            for (Path file : files) {
                try {
                    jars.add(read(file));
                } catch (DeployException e) {
                    // not a bundle: FileInstall reports it; the list shows bundles only
                }
            }
        }
        jars.sort((a, b) -> a.symbolicName().compareTo(b.symbolicName()));
        return jars;
    }

    /** The kept jar of a bundle, if any. */
    Optional<BundleJar> kept(String symbolicName) throws IOException {
        Path kept = history.resolve(symbolicName + ".jar");
        try {
            return Files.isRegularFile(kept) ? Optional.of(read(kept)) : Optional.empty();
        } catch (DeployException e) {
            return Optional.empty();
        }
    }

    private Optional<BundleJar> find(String symbolicName) throws IOException {
        return list().stream().filter(j -> j.symbolicName().equals(symbolicName)).findFirst();
    }

    /** Accepts a symbolic name or the file name of a deployed jar. */
    private String symbolicName(String name) throws IOException {
        for (BundleJar jar : list()) {
            if (jar.file().getFileName().toString().equals(name)) {
                return jar.symbolicName();
            }
        }
        return name;
    }

    private void keep(BundleJar jar) throws IOException {
        Files.createDirectories(history);
        Path staged = stage(jar.file(), history, jar.symbolicName() + ".jar");
        Files.move(staged, history.resolve(jar.symbolicName() + ".jar"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void place(Path source, Path target) throws IOException {
        Files.createDirectories(deploy);
        Path staged = stage(source, deploy, target.getFileName().toString());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies {@code source} to a hidden name in {@code dir} and forces it to disk. */
    private static Path stage(Path source, Path dir, String name) throws IOException {
        Path staged = dir.resolve("." + name + ".staging");
        Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return staged;
    }

    static BundleJar read(Path jar) throws DeployException, IOException {
        if (!Files.isRegularFile(jar)) {
            throw new DeployException("no such file: " + jar);
        }
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (ZipException | NoSuchFileException e) {
            throw new DeployException(jar + " is not a jar file (" + e.getMessage() + ")");
        }
        String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            throw new DeployException(jar + " is not an OSGi bundle: its META-INF/MANIFEST.MF has no Bundle-SymbolicName");
        }
        String version = manifest.getMainAttributes().getValue("Bundle-Version");
        return new BundleJar(name.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(), jar);
    }

    /** A change that cannot be made, with a message for the administrator. */
    static final class DeployException extends Exception {
        private static final long serialVersionUID = 1L;

        DeployException(String message) {
            super(message);
        }
    }
}
