package org.tandem.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Keys, trust stores and signed jars made with the JDK's own keytool and jarsigner, as an administrator would. */
final class Signing {

    static final String PASSWORD = "store-secret";

    private final Path dir;

    Signing(Path dir) {
        this.dir = dir;
    }

    /** A key store {@code name}.p12 with a new key pair of {@code dname}; {@code extra} are more keytool options. */
    Path key(String name, String dname, String... extra) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-keystore", store.toString(), "-storetype",
                "PKCS12", "-storepass", PASSWORD, "-alias", name, "-dname", dname, "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", "30"));
        Collections.addAll(args, extra);
        run("keytool", args);
        return store;
    }

    /** Imports the certificate of {@code alias} in {@code keys} into {@code trust} (created if missing). */
    Path trust(Path keys, String alias, Path trust, String storeType) throws IOException, InterruptedException {
        Path certificate = dir.resolve(alias + ".cer");
        run("keytool", List.of("-exportcert", "-keystore", keys.toString(), "-storepass", PASSWORD, "-alias", alias,
                "-file", certificate.toString()));
        run("keytool", List.of("-importcert", "-noprompt", "-keystore", trust.toString(), "-storetype", storeType,
                "-storepass", PASSWORD, "-alias", alias, "-file", certificate.toString()));
        return trust;
    }

    /** Has {@code ca} (a key of {@code caKeys}) certify the key {@code alias} of {@code keys}. */
    void certify(Path caKeys, String ca, Path keys, String alias) throws IOException, InterruptedException {
        Path request = dir.resolve(alias + ".csr");
        Path signed = dir.resolve(alias + "-by-" + ca + ".cer");
        Path caCertificate = dir.resolve(ca + "-ca.cer");
        run("keytool", List.of("-certreq", "-keystore", keys.toString(), "-storepass", PASSWORD, "-alias", alias,
                "-file", request.toString()));
        run("keytool", List.of("-gencert", "-keystore", caKeys.toString(), "-storepass", PASSWORD, "-alias", ca,
                "-infile", request.toString(), "-outfile", signed.toString(), "-validity", "30"));
        run("keytool", List.of("-exportcert", "-keystore", caKeys.toString(), "-storepass", PASSWORD, "-alias", ca,
                "-file", caCertificate.toString()));
        run("keytool", List.of("-importcert", "-noprompt", "-trustcacerts", "-keystore", keys.toString(),
                "-storepass", PASSWORD, "-alias", ca, "-file", caCertificate.toString()));
        run("keytool", List.of("-importcert", "-noprompt", "-keystore", keys.toString(), "-storepass", PASSWORD,
                "-alias", alias, "-file", signed.toString()));
    }

    /** Signs {@code jar} in place with the key {@code alias} of {@code keys}. */
    Path sign(Path jar, Path keys, String alias) throws IOException, InterruptedException {
        run("jarsigner", List.of("-keystore", keys.toString(), "-storepass", PASSWORD, jar.toString(), alias));
        return jar;
    }

    /** A small bundle jar {@code org.example.<name>} with a few entries and {@code headers} (name, value, ...). */
    Path bundle(String name, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.example." + name);
        main.putValue("Bundle-Version", "1.0.0");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (String entry : List.of("org/example/A.class", "org/example/B.class", "OSGI-INF/c.xml")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("content of " + entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    /**
     * A copy of {@code jar} with the same entries and bytes, but {@code changes} applied: a name mapped to
     * new content replaces or adds that entry, a name mapped to null removes it.
     */
    Path rewrite(Path jar, String name, Map<String, String> changes) throws IOException {
        Path out = dir.resolve(name + ".jar");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (changes.containsKey(entry.getName())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (var content = in.getInputStream(entry)) {
                    content.transferTo(zip);
                }
                zip.closeEntry();
            }
            for (Map.Entry<String, String> change : changes.entrySet()) {
                if (change.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(change.getKey()));
                    zip.write(change.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        return out;
    }

    private static void run(String tool, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
