package org.tandem.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ModelReading;

/**
 * The JSON Schema for editors (docs/value-model.schema.json) accepts the test models and what the
 * writer writes, and refuses documents with unknown fields, wrong types or missing fields.
 */
class SchemaTest {

    /** Relative to this module, Surefire's working directory. */
    private static final Path SCHEMA = Path.of("../../docs/value-model.schema.json");
    private static final Path MODELS = Path.of("src/test/resources/models");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        assertTrue(Files.isRegularFile(SCHEMA), SCHEMA.toAbsolutePath().toString());
        JsonNode node = MAPPER.readTree(Files.readString(SCHEMA));
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        return schema.validate(MAPPER.readTree(json));
    }

    private static ObjectNode minimal() throws IOException {
        return (ObjectNode) MAPPER.readTree(TestModels.resource(TestModels.MINIMAL));
    }

    private static ObjectNode question(ObjectNode doc, int dimension, int question) {
        return (ObjectNode) doc.get("dimensions").get(dimension).get("questions").get(question);
    }

    /** The schema's messages about a copy of the minimal document after {@code change}. */
    private static Set<ValidationMessage> mutate(Consumer<ObjectNode> change) throws IOException {
        ObjectNode doc = minimal();
        change.accept(doc);
        return validate(MAPPER.writeValueAsString(doc));
    }

    /** The schema refused the document, among others for {@code keyword} at {@code location}. */
    private static void assertRefused(Set<ValidationMessage> messages, String keyword, String location) {
        assertFalse(messages.isEmpty(), "the schema accepted the document");
        assertTrue(messages.stream().anyMatch(m -> m.getType().equals(keyword)
                && m.getInstanceLocation().toString().equals(location)),
                () -> "expected " + keyword + " at " + location + " in " + messages);
    }

    @Test
    void minimalModelIsValid() throws IOException {
        assertEquals(Set.of(), validate(TestModels.resource(TestModels.MINIMAL)));
    }

    @Test
    void everyTestModelIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(MODELS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".model.json")).sorted().toList();
        }
        assertTrue(files.contains(MODELS.resolve("minimal.model.json")), files::toString);
        assertTrue(files.size() >= 2, files::toString);
        for (Path file : files) {
            assertEquals(Set.of(), validate(Files.readString(file)), file.toString());
        }
    }

    @Test
    void theInsightsExampleIsValid() throws IOException {
        assertEquals(Set.of(), validate(Files.readString(ModelInsightQuestionsTest.EXAMPLE)));
        assertRefused(mutate(doc -> question(doc, 0, 0).put("role", "hope")), "enum", "$.dimensions[0].questions[0].role");
    }

    @Test
    void writtenModelsAreValid() throws IOException {
        assertEquals(Set.of(), validate(ModelWriter.write(TestModels.minimal())));
        assertEquals(Set.of(), validate(ModelWriter.write(TestModels.everyKind())));
    }

    @Test
    void unknownFieldIsRefused() throws IOException {
        assertRefused(mutate(doc -> doc.put("colour", "blue")), "additionalProperties", "$");
    }

    @Test
    void unknownFieldInAQuestionIsRefused() throws IOException {
        assertRefused(mutate(doc -> question(doc, 1, 0).put("hint", "x")), "additionalProperties",
                "$.dimensions[1].questions[0]");
    }

    @Test
    void wrongTypeIsRefused() throws IOException {
        assertRefused(mutate(doc -> question(doc, 1, 0).put("weight", "3")), "type",
                "$.dimensions[1].questions[0].weight");
    }

    @Test
    void wrongFormatIsRefused() throws IOException {
        assertRefused(mutate(doc -> doc.put("format", 2)), "const", "$.format");
    }

    @Test
    void localisedTextThatIsAStringIsRefused() throws IOException {
        assertRefused(mutate(doc -> doc.put("description", "A small model")), "type", "$.description");
    }

    @Test
    void missingRequiredFieldIsRefused() throws IOException {
        assertRefused(mutate(doc -> doc.remove("id")), "required", "$");
    }

    @Test
    void missingQuestionTypeIsRefused() throws IOException {
        assertRefused(mutate(doc -> question(doc, 0, 1).remove("type")), "required", "$.dimensions[0].questions[1]");
    }

    @Test
    void scaleQuestionWithoutScaleIsRefused() throws IOException {
        assertRefused(mutate(doc -> question(doc, 0, 0).remove("scale")), "required", "$.dimensions[0].questions[0]");
    }

    @Test
    void conditionWithTwoTestsIsRefused() throws IOException {
        assertRefused(mutate(doc -> ((ObjectNode) question(doc, 0, 2).get("showIf")).put("atLeast", 1)), "oneOf",
                "$.dimensions[0].questions[2].showIf");
    }

    @Test
    void invalidIdIsRefused() throws IOException {
        assertRefused(mutate(doc -> doc.put("id", "my model")), "pattern", "$.id");
    }

    @Test
    void emptyDimensionsAreRefused() throws IOException {
        assertRefused(mutate(doc -> doc.set("dimensions", MAPPER.createArrayNode())), "minItems", "$.dimensions");
    }

    @Test
    void choicePointsAboveHundredAreRefused() throws IOException {
        assertRefused(mutate(doc -> ((ObjectNode) ((ArrayNode) question(doc, 1, 0).get("choices")).get(0)).put("points", 101)),
                "maximum", "$.dimensions[1].questions[0].choices[0].points");
    }

    @Test
    void documentsTheSchemaRefusesForTypesTheReaderRefusesToo() throws IOException {
        // the reader is the authority; unknown fields are only warnings there, wrong types are errors in both
        ObjectNode doc = minimal();
        question(doc, 1, 0).put("weight", "3");
        String json = MAPPER.writeValueAsString(doc);
        assertFalse(validate(json).isEmpty());
        ModelReading reading = new ModelReaderImpl().read("schema", json);
        assertFalse(reading.valid(), reading.problems()::toString);
    }
}
