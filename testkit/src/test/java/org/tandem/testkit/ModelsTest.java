package org.tandem.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;

/** Models read in a unit test as Tandem reads them when deployed: every problem with its JSON path. */
class ModelsTest {

    private static final String RESOURCE = "models/minimal.model.json";

    @TempDir
    Path dir;

    private static String document() throws IOException {
        try (var in = ModelsTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidModelIsReadTheSameFromAResourceAFileAndAString() throws IOException {
        Path file = Files.writeString(dir.resolve("minimal.model.json"), document());
        ValueModel fromResource = Models.loadResource(RESOURCE);
        assertEquals("minimal@1.0.0", fromResource.key());
        assertEquals(List.of("cooperative", "transparent"), fromResource.dimensions().stream().map(d -> d.id()).toList());
        assertEquals(fromResource, Models.load(file));
        assertEquals(fromResource, Models.loadJson(document()));
        assertEquals(fromResource, Models.loadResource("/" + RESOURCE), "a leading slash is allowed");
        ModelReading reading = Models.read(file);
        assertTrue(reading.valid());
        assertEquals(file.toString(), reading.source(), "problems name the file");
    }

    @Test
    void everyProblemIsListedWithItsJsonPath() throws IOException {
        String broken = document()
                .replace("\"id\": \"minimal\",", "")                              // no id
                .replace("\"scale\": \"agree5\"", "\"scale\": \"agree9\"")          // unknown scale
                .replace("\"min\": 50, \"max\": 100", "\"min\": 60, \"max\": 100"); // gap 50-60
        ModelReading reading = Models.readJson(broken);
        assertFalse(reading.valid());
        List<String> paths = reading.errors().stream().map(ModelProblem::path).toList();
        assertTrue(paths.contains("$.id"), paths.toString());
        assertTrue(paths.contains("$.dimensions[0].questions[0].scale"), paths.toString());
        assertTrue(paths.contains("$.bands[1].min"), paths.toString());

        AssertionError failure = assertThrows(AssertionError.class, () -> Models.loadJson(broken));
        assertTrue(failure.getMessage().startsWith("string: Tandem would refuse this model, " + reading.errors().size()
                + " errors\n"), failure.getMessage());
        for (ModelProblem problem : reading.problems()) {
            assertTrue(failure.getMessage().contains(problem.toString()), "lists " + problem);
        }
        assertTrue(failure.getMessage().contains("ERROR $.dimensions[0].questions[0].scale: unknown scale 'agree9'"),
                failure.getMessage());
    }

    @Test
    void warningsAreListedButDoNotRefuseTheModel() throws IOException {
        ModelReading reading = Models.readJson(document().replace("\"format\": 1,", "\"format\": 1, \"colour\": \"red\","));
        assertTrue(reading.valid());
        assertEquals(1, reading.problems().size(), Models.problems(reading));
        assertEquals("$.colour", reading.problems().get(0).path());
        assertFalse(reading.problems().get(0).isError());
    }

    @Test
    void aDocumentThatCannotBeReadIsAProblemNotAnException() throws IOException {
        ModelReading missing = Models.read(dir.resolve("none.model.json"));
        assertEquals("$", missing.errors().get(0).path());
        assertTrue(missing.errors().get(0).message().startsWith("cannot read the file"), missing.errors().toString());

        ModelReading latin1 = Models.read(Files.write(dir.resolve("latin1.model.json"), new byte[] {'{', (byte) 0xE5, '}'}));
        assertEquals(List.of(ModelProblem.error("$", "the file is not UTF-8 text; save it as UTF-8")), latin1.problems());

        ModelReading noResource = Models.readResource("models/none.model.json");
        assertEquals("models/none.model.json", noResource.source());
        assertTrue(noResource.errors().get(0).message().startsWith("no such resource on the class path"));
        AssertionError failure = assertThrows(AssertionError.class, () -> Models.loadResource("models/none.model.json"));
        assertTrue(failure.getMessage().contains("ERROR $: no such resource"), failure.getMessage());

        assertEquals("$", Models.readJson("").errors().get(0).path());
        assertEquals("$", Models.readJson("{ not json").errors().get(0).path());
    }

    @Test
    void aModelBuiltInCodeIsCheckedWithTheSameRules() {
        assertEquals(List.of(), Models.validate(ScoringFixtures.model()).problems(),
                "the test kit's own sample model is one Tandem accepts");
        assertEquals(List.of(), Models.validate(ReportFixtures.model()).problems());
        assertFalse(Models.validate(null).valid());
    }
}
