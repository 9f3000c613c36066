package org.tandem.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A signing key, a trust store and signed jars, made with the JDK's keytool and jarsigner as docs/security.md shows. */
final class Signing {

    static final String PASSWORD = "store-secret";

    private Signing() {
    }

    /** A key store {@code dir/name.p12} holding a new key pair {@code name} of {@code dname}. */
    static Path key(Path dir, String name, String dname) throws IOException, InterruptedException {
        Path store = dir.resolve(name + ".p12");
        run("keytool", "-genkeypair", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", name, "-dname", dname, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30");
        return store;
    }

    /** Imports the certificate of the key {@code alias} of {@code keys} into the PKCS12 trust store {@code trust}. */
    static void trust(Path keys, String alias, Path trust) throws IOException, InterruptedException {
        Path certificate = keys.resolveSibling(alias + ".cer");
        run("keytool", "-exportcert", "-keystore", keys.toString(), "-storepass", PASSWORD, "-alias", alias,
                "-file", certificate.toString());
        run("keytool", "-importcert", "-noprompt", "-keystore", trust.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", alias, "-file", certificate.toString());
    }

    /** Signs {@code jar} in place with the key {@code alias} of {@code keys}. */
    static Path sign(Path jar, Path keys, String alias) throws IOException, InterruptedException {
        run("jarsigner", "-keystore", keys.toString(), "-storepass", PASSWORD, jar.toString(), alias);
        return jar;
    }

    /** A copy of {@code jar}, entry for entry, with one more entry {@code name} added after signing. */
    static Path withEntryAdded(Path jar, Path out, String name, String content) throws IOException {
        try (var in = new java.util.zip.ZipFile(jar.toFile());
                var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(out))) {
            for (var entries = in.entries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                try (var bytes = in.getInputStream(entry)) {
                    bytes.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out;
    }

    private static void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
