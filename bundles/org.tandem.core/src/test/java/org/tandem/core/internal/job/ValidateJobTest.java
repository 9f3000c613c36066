package org.tandem.core.internal.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.internal.model.ModelReaderImpl;

class ValidateJobTest {

    @TempDir
    Path dir;

    private String minimal;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void readMinimalModel() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("models/minimal.model.json")) {
            minimal = new String(in.readAllBytes(), UTF_8);
        }
    }

    private int validate(String... args) {
        return new ValidateJob(new ModelReaderImpl()).run(List.of(args), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));
    }

    private List<String> lines() {
        return out.toString(UTF_8).lines().toList();
    }

    private String file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json).toString();
    }

    private String jar(String name, String header, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", "org.example.model");
        if (header != null) {
            main.putValue("Tandem-ValueModel", header);
        }
        Path jar = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(os, manifest)) {
            for (int i = 0; i + 1 < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(UTF_8));
                zip.closeEntry();
            }
        }
        return jar.toString();
    }

    @Test
    void aValidModelFileIsSummedUpAndExitsZero() throws IOException {
        String f = file("minimal.model.json", minimal);
        assertEquals(0, validate(f));
        assertEquals(List.of(f + ": OK: minimal@1.0.0, 2 dimensions, 5 questions"), lines());
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void everyProblemHasItsFileJsonPathAndSeverity() throws IOException {
        String f = file("bad.model.json", minimal.replace("\"agree5\", \"min\": 1", "\"agree5\", \"min\": 5")
                .replace("\"format\": 1,", "\"format\": 1, \"colour\": \"blue\","));
        assertEquals(1, validate(f));
        assertEquals(List.of(
                f + ": $.colour: warning: unknown field 'colour' is ignored",
                f + ": $.scales[0]: error: min (5) must be below max (5)",
                f + ": $.scales[0].labels.1: error: not a point of the scale 5..5",
                f + ": 3 problems (2 errors, 1 warning)"), lines());
    }

    @Test
    void warningsAloneStillPass() throws IOException {
        String f = file("warn.model.json", minimal.replace("\"format\": 1,", "\"format\": 1, \"colour\": \"blue\","));
        assertEquals(0, validate(f));
        assertEquals(List.of(f + ": $.colour: warning: unknown field 'colour' is ignored",
                f + ": OK: minimal@1.0.0, 2 dimensions, 5 questions, 1 warning"), lines());
    }

    @Test
    void aJarIsReadAsTheExtenderReadsIt() throws IOException {
        String j = jar("model.jar", "models/minimal.json, /models/gone.json", "models/minimal.json", minimal);
        assertEquals(1, validate(j));
        assertEquals(List.of(
                j + "!models/minimal.json: OK: minimal@1.0.0, 2 dimensions, 5 questions",
                j + "!/models/gone.json: $: error: Tandem-ValueModel names /models/gone.json, which is not in the jar",
                j + "!/models/gone.json: 1 problem (1 error)"), lines());
    }

    @Test
    void aJarWithoutTheHeaderHoldsNoModel() throws IOException {
        String j = jar("plain.jar", null, "models/minimal.json", minimal);
        assertEquals(1, validate(j));
        assertEquals(List.of(j + ": error: no Tandem-ValueModel header in the manifest, so the jar holds no model for"
                + " Tandem; name its model documents there, e.g. Tandem-ValueModel: models/my.model.json",
                j + ": 1 problem (1 error)"), lines());
    }

    @Test
    void aJarThatIsNoBundleOrNamesNothingIsNamedSo() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Tandem-ValueModel", " , ");
        Path j = dir.resolve("nobundle.jar");
        try (OutputStream os = Files.newOutputStream(j); JarOutputStream zip = new JarOutputStream(os, manifest)) {
            // the manifest is the whole jar
        }
        assertEquals(1, validate(j.toString()));
        assertEquals(List.of(
                j + ": error: not an OSGi bundle: the manifest has no Bundle-SymbolicName, so deploy/ would not install it",
                j + ": error: Tandem-ValueModel names no model document",
                j + ": 2 problems (2 errors)"), lines());
    }

    @Test
    void aCorruptJarIsAProblemNotAFailure() throws IOException {
        Path j = dir.resolve("broken.jar");
        Files.write(j, "PK\u0003\u0004 this is not a zip".getBytes(UTF_8));
        assertEquals(1, validate(j.toString()));
        assertTrue(lines().get(0).startsWith(j + ": error: not a readable jar ("), lines().get(0));
        assertTrue(lines().get(0).endsWith("); build it again or copy it whole"), lines().get(0));
    }

    @Test
    void twoDocumentsOfOneVersionInAJarClash() throws IOException {
        String j = jar("twice.jar", "a.json,b.json", "a.json", minimal, "b.json", minimal);
        assertEquals(1, validate(j));
        assertEquals(List.of(
                j + "!a.json: OK: minimal@1.0.0, 2 dimensions, 5 questions",
                j + "!b.json: $.version: error: model minimal@1.0.0 is also in a.json; give this one another version",
                j + "!b.json: 1 problem (1 error)"), lines());
    }

    @Test
    void jsonListsEveryProblemForTools() throws IOException {
        String f = file("bad.model.json", "{ \"format\": 1 ");
        String j = jar("plain.jar", null);
        assertEquals(1, validate("--json", f, j));
        JsonArray problems = JsonParser.parseString(out.toString(UTF_8)).getAsJsonArray();
        assertEquals(2, problems.size(), out.toString(UTF_8));
        assertEquals(f, problems.get(0).getAsJsonObject().get("file").getAsString());
        assertEquals("$", problems.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals("error", problems.get(0).getAsJsonObject().get("severity").getAsString());
        assertTrue(problems.get(0).getAsJsonObject().get("message").getAsString().startsWith("not valid JSON: "));
        assertEquals(j, problems.get(1).getAsJsonObject().get("file").getAsString());
        assertTrue(!problems.get(1).getAsJsonObject().has("path"), "a jar's own problem has no JSON path");
    }

    @Test
    void aValidFileGivesAnEmptyJsonArray() throws IOException {
        assertEquals(0, validate("--json", file("minimal.model.json", minimal)));
        assertEquals("[]", out.toString(UTF_8).trim());
    }

    @Test
    void usageMistakesExitTwoBeforeAnythingIsRead() throws IOException {
        String f = file("minimal.model.json", minimal);
        assertEquals(2, validate());
        assertTrue(err.toString(UTF_8).startsWith("tandem validate: name at least one model file"), err.toString(UTF_8));
        err.reset();
        assertEquals(2, validate("--jsn", f));
        assertTrue(err.toString(UTF_8).startsWith("tandem validate: unknown option '--jsn'"), err.toString(UTF_8));
        err.reset();
        String missing = dir.resolve("missing.model.json").toString();
        assertEquals(2, validate(f, missing, dir.toString()));
        assertEquals(List.of("tandem validate: " + missing + " does not exist",
                "tandem validate: " + dir + " is a folder; name the files in it", ValidateJob.USAGE),
                err.toString(UTF_8).lines().toList());
        assertEquals("", out.toString(UTF_8), "nothing is checked when a file is missing");
        assertEquals(0, validate("--help"));
        assertEquals(ValidateJob.USAGE, out.toString(UTF_8).trim());
    }

    @Test
    void afterTwoDashesEveryArgumentIsAFile() throws IOException {
        Files.writeString(dir.resolve("-odd.model.json"), minimal);
        // a relative name starting with '-' cannot be told from an option without --
        assertEquals(2, validate("--", dir.resolve("-odd.model.json") + "x"));
        out.reset();
        String f = dir.resolve("-odd.model.json").toString();
        assertEquals(0, validate("--", f));
        assertEquals(List.of(f + ": OK: minimal@1.0.0, 2 dimensions, 5 questions"), lines());
    }
}
