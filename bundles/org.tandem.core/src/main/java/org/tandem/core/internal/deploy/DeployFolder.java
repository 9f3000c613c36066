package org.tandem.core.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.tandem.api.deploy.DeployChange;
import org.tandem.api.deploy.DeployException;
import org.tandem.api.deploy.DeployException.Reason;
import org.tandem.api.deploy.DeployedJar;
import org.tandem.api.deploy.ModuleDeployer;

/**
 * The hot-deploy folder as administrators change it, from the shell or the web. Every write is staged
 * under a name FileInstall ignores (a leading dot) and renamed into place atomically, so FileInstall
 * never sees a half-written jar and a replaced jar is an update, never an uninstall and reinstall.
 * The jar a change replaces or removes is kept in the history folder, one per bundle, for rollback.
 * Changes are made one at a time, so two uploads of one bundle cannot interleave their renames.
 * <p>
 * When bundles must be signed, a jar is checked before it is moved in, so a refused jar never reaches
 * the folder; the framework's own check (a resolver hook of the launcher) still keeps a jar copied in by
 * other means from running, and {@link #refusal(DeployedJar)} says why.
 */
public class DeployFolder implements ModuleDeployer {

    /** An uploaded file's name: a plain jar name, no path, no leading dot. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]{0,200}\\.jar");

    private final Path deploy;
    private final Path history;
    private final Function<Path, String> trust;

    public DeployFolder(Path deploy, Path history) {
        this(deploy, history, null);
    }

    /**
     * @param trust why a jar may not run (null when it may), or null when every bundle may run
     */
    public DeployFolder(Path deploy, Path history, Function<Path, String> trust) {
        this.deploy = deploy;
        this.history = history;
        this.trust = trust;
    }

    @Override
    public Path folder() {
        return deploy;
    }

    @Override
    public synchronized DeployChange deploy(Path jar) throws IOException {
        DeployedJar incoming = read(jar, jar.toString());
        checkTrust(jar, jar.toString());
        Path target = targetOf(incoming.symbolicName());
        Path staged = stage(jar, deploy, target.getFileName().toString());
        return moveIn(incoming, staged, target);
    }

    @Override
    public synchronized DeployChange deploy(String fileName, InputStream content, long maxBytes) throws IOException {
        checkName(fileName);
        Files.createDirectories(deploy);
        Path staged = deploy.resolve("." + UUID.randomUUID() + ".upload");
        try {
            copy(content, staged, maxBytes, fileName);
            DeployedJar incoming = read(staged, fileName);
            checkTrust(staged, fileName);
            Path target = targetOf(incoming.symbolicName());
            return moveIn(incoming, staged, target);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public synchronized DeployChange rollback(String name) throws IOException {
        String symbolicName = symbolicName(name);
        Path kept = inside(history, symbolicName);
        if (!Files.isRegularFile(kept)) {
            throw new DeployException(Reason.NOTHING_KEPT,
                    "nothing to roll back for " + symbolicName + ": no earlier jar in " + history);
        }
        DeployedJar restored = read(kept, kept.toString());
        checkTrust(kept, kept.toString());
        Optional<DeployedJar> current = find(symbolicName);
        Path target = current.map(DeployedJar::file).orElse(inside(deploy, symbolicName));
        Path staged = stage(kept, deploy, target.getFileName().toString());
        if (current.isPresent()) {
            keep(current.get());
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new DeployChange(new DeployedJar(symbolicName, restored.version(), target), current.orElse(null));
    }

    @Override
    public synchronized DeployChange undeploy(String name) throws IOException {
        String symbolicName = symbolicName(name);
        DeployedJar current = find(symbolicName).orElseThrow(() -> new DeployException(Reason.NOT_DEPLOYED,
                symbolicName + " is not deployed in " + deploy));
        keep(current);
        Files.delete(current.file());
        return new DeployChange(null, current);
    }

    @Override
    public List<DeployedJar> deployed() throws IOException {
        List<DeployedJar> jars = new ArrayList<>();
        if (!Files.isDirectory(deploy)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(deploy, "[!.]*.jar")) {
            for (Path file : files) {
                try {
                    jars.add(read(file, file.toString()));
                } catch (DeployException e) {
                    // not a bundle: FileInstall reports it; the list shows bundles only
                }
            }
        }
        jars.sort((a, b) -> a.symbolicName().compareTo(b.symbolicName()));
        return jars;
    }

    @Override
    public Optional<DeployedJar> kept(String symbolicName) throws IOException {
        Path kept = inside(history, symbolicName);
        try {
            return Files.isRegularFile(kept) ? Optional.of(read(kept, kept.toString())) : Optional.empty();
        } catch (DeployException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> refusal(DeployedJar jar) {
        return trust == null ? Optional.empty() : Optional.ofNullable(trust.apply(jar.file()));
    }

    /** Refuses a jar that may not run here, before it is moved into the folder. */
    private void checkTrust(Path jar, String name) {
        String problem = trust == null ? null : trust.apply(jar);
        if (problem != null) {
            throw new DeployException(Reason.NOT_TRUSTED, name + " is refused: " + problem
                    + " (bundles must be signed by a certificate of the trust store: tandem.trust.policy = signed)");
        }
    }

    /** Refuses a name that could point outside the folder or that FileInstall would not pick up. */
    static void checkName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new DeployException(Reason.BAD_NAME, "the uploaded file has no name: name it <something>.jar");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")) {
            throw new DeployException(Reason.BAD_NAME, "'" + fileName
                    + "' is not a plain file name: a bundle is uploaded without a folder and without '..'");
        }
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new DeployException(Reason.BAD_NAME, "'" + fileName + "' is not a jar file name: use letters, "
                    + "digits, '.', '_', '-' and '+', not starting with a dot, ending in .jar");
        }
    }

    private DeployChange moveIn(DeployedJar incoming, Path staged, Path target) throws IOException {
        Optional<DeployedJar> existing = find(incoming.symbolicName());
        if (existing.isPresent()) {
            keep(existing.get());
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new DeployChange(new DeployedJar(incoming.symbolicName(), incoming.version(), target),
                existing.orElse(null));
    }

    private Path targetOf(String symbolicName) throws IOException {
        return find(symbolicName).map(DeployedJar::file).orElse(inside(deploy, symbolicName));
    }

    private Optional<DeployedJar> find(String symbolicName) throws IOException {
        return deployed().stream().filter(j -> j.symbolicName().equals(symbolicName)).findFirst();
    }

    /** Accepts a symbolic name or the file name of a deployed jar. */
    private String symbolicName(String name) throws IOException {
        for (DeployedJar jar : deployed()) {
            if (jar.file().getFileName().toString().equals(name)) {
                return jar.symbolicName();
            }
        }
        return name;
    }

    private void keep(DeployedJar jar) throws IOException {
        Files.createDirectories(history);
        Path staged = stage(jar.file(), history, jar.symbolicName() + ".jar");
        Files.move(staged, inside(history, jar.symbolicName()), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies {@code source} to a hidden name in {@code dir} and forces it to disk. */
    private static Path stage(Path source, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path staged = dir.resolve("." + name + ".staging");
        Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
        force(staged);
        return staged;
    }

    /** Writes at most {@code maxBytes} of {@code in} to {@code file} and forces it to disk. */
    private static void copy(InputStream in, Path file, long maxBytes, String fileName) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > maxBytes) {
                    throw new DeployException(Reason.TOO_LARGE, fileName + " is larger than the " + maxBytes
                            + " bytes allowed (maxUploadBytes, PID org.tandem.web)");
                }
                out.write(buffer, 0, n);
            }
        }
        force(file);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The bundle in {@code jar}; {@code name} is how messages call it. */
    static DeployedJar read(Path jar, String name) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new DeployException(Reason.NOT_A_BUNDLE, "no such file: " + name);
        }
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (ZipException | NoSuchFileException e) {
            throw new DeployException(Reason.NOT_A_BUNDLE, name + " is not a jar file (" + e.getMessage() + ")");
        }
        String symbolicName = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
        if (symbolicName == null || symbolicName.isBlank()) {
            throw new DeployException(Reason.NOT_A_BUNDLE,
                    name + " is not an OSGi bundle: its META-INF/MANIFEST.MF has no Bundle-SymbolicName");
        }
        String version = manifest.getMainAttributes().getValue("Bundle-Version");
        String plain = symbolicName.split(";")[0].trim();
        if (!SYMBOLIC_NAME.matcher(plain).matches()) {
            throw new DeployException(Reason.NOT_A_BUNDLE, name + " has an invalid Bundle-SymbolicName '" + plain
                    + "': only letters, digits, '_', '-' and dots between them");
        }
        return new DeployedJar(plain, version == null ? "0.0.0" : version.trim(), jar);
    }

    /** An OSGi symbolic name: dot-separated tokens, nothing that could name another folder. */
    private static final java.util.regex.Pattern SYMBOLIC_NAME =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    /** {@code dir}/{@code symbolicName}.jar, refused unless it stays inside {@code dir}. */
    private static Path inside(Path dir, String symbolicName) {
        Path file = dir.resolve(symbolicName + ".jar").normalize();
        if (!SYMBOLIC_NAME.matcher(symbolicName).matches() || !file.getParent().equals(dir.normalize())) {
            throw new DeployException(Reason.BAD_NAME, "'" + symbolicName + "' is not a bundle's symbolic name");
        }
        return file;
    }
}
