package org.tandem.core.internal.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;
import org.tandem.core.internal.registry.ModelExtender;

/**
 * Reads the model documents of a file as the runtime would get them: a model file as
 * {@code deploy/} reads it, a bundle jar as the model extender reads it (the documents its
 * {@code Tandem-ValueModel} header names), without installing anything.
 */
final class ModelDocuments {

    /** More than the reader accepts (4 M characters), so an oversized entry is its problem, not a memory one. */
    private static final int MAX_ENTRY_BYTES = 16 * 1024 * 1024;

    private final ModelReader reader;

    ModelDocuments(ModelReader reader) {
        this.reader = reader;
    }

    /** Checks {@code file} (named {@code name} in messages): a jar by its name, anything else as a model document. */
    List<Checked> check(String name, Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") ? jar(name, file)
                : List.of(document(name, file));
    }

    private Checked document(String name, Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return problem(name, null, "the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            return problem(name, null, "cannot read the file: " + e);
        }
        return checked(name, null, reader.read(name, json));
    }

    List<Checked> jar(String name, Path file) {
        // no signature checks: the runtime does not ask for them, and a bad signature is not a model problem
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            String header = manifest == null ? null : manifest.getMainAttributes().getValue(ModelExtender.HEADER);
            if (header == null) {
                return List.of(Checked.jar(name, "no " + ModelExtender.HEADER + " header in the manifest, so the jar"
                        + " holds no model for Tandem; name its model documents there, e.g. "
                        + ModelExtender.HEADER + ": models/my.model.json"));
            }
            List<String> own = new ArrayList<>();
            if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                own.add("not an OSGi bundle: the manifest has no Bundle-SymbolicName, so deploy/ would not install it");
            }
            List<String> paths = paths(header);
            if (paths.isEmpty()) {
                own.add(ModelExtender.HEADER + " names no model document");
            }
            List<Checked> checked = new ArrayList<>();
            if (!own.isEmpty()) {
                checked.add(Checked.jar(name, own.toArray(String[]::new)));
            }
            for (String path : paths) {
                checked.add(entry(name, jar, path));
            }
            return clashes(checked);
        } catch (IOException e) {
            // ZipException and friends: a truncated or corrupt file
            return List.of(Checked.jar(name, "not a readable jar (" + (e.getMessage() == null ? e : e.getMessage())
                    + "); build it again or copy it whole"));
        }
    }

    /** The paths the header names, as the extender splits it. */
    static List<String> paths(String header) {
        List<String> paths = new ArrayList<>();
        for (String path : header.split(",")) {
            if (!path.isBlank()) {
                paths.add(path.trim());
            }
        }
        return paths;
    }

    private Checked entry(String name, JarFile jar, String path) {
        String inJar = path.startsWith("/") ? path.substring(1) : path;
        ZipEntry entry = jar.getEntry(inJar);
        if (entry == null || entry.isDirectory()) {
            return problem(name, path, ModelExtender.HEADER + " names " + path + ", which is not in the jar");
        }
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                return problem(name, path, "the document is larger than " + MAX_ENTRY_BYTES + " bytes");
            }
            // decoded leniently, as the extender reads it
            return checked(name, path, reader.read(name + "!" + path, new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return problem(name, path, "cannot read " + path + " from the jar (" + e.getMessage() + ")");
        }
    }

    /** A second document with the same id and version is refused by the registry: say so now. */
    private static List<Checked> clashes(List<Checked> checked) {
        Map<String, String> first = new HashMap<>();
        List<Checked> result = new ArrayList<>();
        for (Checked c : checked) {
            Optional<String> key = c.model().map(ValueModel::key);
            String earlier = key.map(k -> first.putIfAbsent(k, c.entry())).orElse(null);
            if (earlier == null) {
                result.add(c);
                continue;
            }
            List<ModelProblem> problems = new ArrayList<>(c.problems());
            problems.add(ModelProblem.error("$.version", "model " + key.get() + " is also in " + earlier
                    + "; give this one another version"));
            result.add(new Checked(c.file(), c.entry(), problems, Optional.empty()));
        }
        return result;
    }

    private static Checked checked(String file, String entry, ModelReading reading) {
        return new Checked(file, entry, reading.problems(), reading.model());
    }

    private static Checked problem(String file, String entry, String message) {
        return new Checked(file, entry, List.of(ModelProblem.error("$", message)), Optional.empty());
    }
}
