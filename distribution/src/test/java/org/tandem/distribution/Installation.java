package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A Tandem unpacked from the built archive into a folder of its own, as a user installs it. */
final class Installation {

    final Path home;

    private Installation(Path home) {
        this.home = home;
    }

    static Installation unpack(Path into) throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("tandem.archive", "target/tandem.tar.gz"));
        Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", into.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor(), "unpacking " + archive);
        try (var dirs = Files.list(into)) {
            return new Installation(dirs.filter(p -> p.getFileName().toString().startsWith("tandem-")).findFirst()
                    .orElseThrow(() -> new IOException("no tandem-* folder in " + archive)));
        }
    }

    Path deploy() {
        return home.resolve("deploy");
    }

    Path log() {
        return home.resolve("logs/tandem.0.log");
    }

    String logText() throws IOException {
        return Files.exists(log()) ? Files.readString(log()) : "";
    }

    /** Moves {@code jar} into deploy/ at once, as the docs tell administrators to. */
    Path dropIntoDeploy(Path jar, String name) throws IOException {
        Path staged = deploy().resolve("." + name);
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staged, deploy().resolve(name), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes a bundle jar (manifest only) with the given headers. */
    static Path bundle(Path dir, String symbolicName, String version, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = dir.resolve(symbolicName + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole bundle
        }
        return jar;
    }

    /** Writes a data-only model bundle: {@code Tandem-ValueModel} names the one document inside. */
    static Path modelBundle(Path dir, String symbolicName, String version, String path, String json)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Tandem-ValueModel", path);
        Path jar = dir.resolve(symbolicName + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(path));
            zip.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    /** A model document from the test resources, with its version replaced. */
    static String model(String name, String version) throws IOException {
        try (var in = Installation.class.getResourceAsStream("/models/" + name)) {
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return version == null ? json : json.replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"" + version + "\"");
        }
    }

    /**
     * A copy of {@code jar} with another Bundle-Version, and every {@code replace[i]} in its text entries
     * (manifest, component descriptions) replaced by {@code replace[i+1]}.
     */
    static Path repack(Path jar, Path out, String version, String... replace) throws IOException {
        try (var in = new java.util.jar.JarFile(jar.toFile());
                OutputStream os = Files.newOutputStream(out)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream zip = new JarOutputStream(os, manifest)) {
                for (var entries = in.entries(); entries.hasMoreElements();) {
                    var entry = entries.nextElement();
                    if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    byte[] bytes = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().endsWith(".xml")) {
                        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                        for (int i = 0; i + 1 < replace.length; i += 2) {
                            text = text.replace(replace[i], replace[i + 1]);
                        }
                        bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        }
        return out;
    }

    /** The jar of one of our bundles in system/. */
    Path system(String artifact) throws IOException {
        try (var files = Files.list(home.resolve("system"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(artifact + "-")).findFirst()
                    .orElseThrow(() -> new IOException("no " + artifact + " in system/"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
