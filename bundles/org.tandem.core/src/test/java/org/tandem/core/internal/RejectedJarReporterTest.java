package org.tandem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

/**
 * A jar in deploy/ that is not (yet) a bundle is reported and never claimed: FileInstall 3.7 drops a
 * claimed file for good when it later becomes a bundle, so a slow copy seen half-written was never
 * installed.
 */
class RejectedJarReporterTest {

    @TempDir
    Path dir;

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void aHalfWrittenJarIsReportedOnceAndLeftToFileInstallOnceComplete() throws IOException {
        RejectedJarReporter reporter = new RejectedJarReporter(logger());
        byte[] bundle = Files.readAllBytes(jar("org.example.slow"));
        Path file = dir.resolve("slow.jar");
        Files.write(file, Arrays.copyOf(bundle, bundle.length / 2));

        assertFalse(reporter.canHandle(file.toFile()), "a half-written jar is not claimed");
        assertFalse(reporter.canHandle(file.toFile()), "asked again on the next scan, still not claimed");
        assertEquals(1, lines.size(), "reported once: " + lines);
        assertTrue(lines.get(0).startsWith("ERROR " + file + " is not installed: it is not a readable jar"), lines.get(0));

        Files.write(file, bundle);
        assertFalse(reporter.canHandle(file.toFile()), "a complete bundle is left to FileInstall");
        assertEquals("INFO " + file + " is a complete bundle jar now and is installed", lines.get(1));
        assertFalse(reporter.canHandle(file.toFile()));
        assertEquals(2, lines.size(), lines.toString());
    }

    @Test
    void aJarWithoutBundleSymbolicNameIsReportedAndNotClaimed() throws IOException {
        RejectedJarReporter reporter = new RejectedJarReporter(logger());
        Path file = jar(null);
        assertFalse(reporter.canHandle(file.toFile()));
        assertTrue(lines.get(0).contains("is not installed: its manifest has no Bundle-SymbolicName"), lines.toString());
        assertFalse(reporter.canHandle(dir.resolve("notes.txt").toFile()), "only jars");
        assertEquals(1, lines.size());
    }

    private Path jar(String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            main.putValue("Bundle-ManifestVersion", "2");
            main.putValue("Bundle-SymbolicName", symbolicName);
        }
        Path jar = dir.resolve((symbolicName == null ? "library" : symbolicName) + "-source.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("data/" + i + ".txt"));
                zip.write(("entry " + i + " ").repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /** A logger that keeps "LEVEL message" lines, with {} replaced by the arguments. */
    private Logger logger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getName")) {
                        return "test";
                    }
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (args != null && args.length > 0 && args[0] instanceof String format) {
                        String text = format;
                        for (int i = 1; i < args.length; i++) {
                            text = text.replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(String.valueOf(args[i])));
                        }
                        lines.add(method.getName().toUpperCase() + " " + text);
                    }
                    return null;
                });
    }
}
