package org.tandem.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.api.model.ModelProblem.error;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;

/**
 * Question roles (expectation, importance) and perspective counterparts: read, written back,
 * checked; and models without them read exactly as before.
 */
class ModelInsightQuestionsTest {

    static final Path EXAMPLE = Path.of("../../examples/insights-model/insights.model.json");
    private static final Path PARTNERSHIP =
            Path.of("../org.tandem.model.partnership/src/main/resources/models/partnership.model.json");
    private static final ModelReaderImpl READER = new ModelReaderImpl();
    private static final String SOURCE = "pair.model.json";

    /** The minimal document with customer and provider as each other's counterparts, after {@code change}. */
    private static ModelReading paired(Consumer<JsonObject> change) {
        JsonObject doc = TestModels.minimalDocument();
        perspective(doc, 0).addProperty("counterpart", "provider");
        perspective(doc, 1).addProperty("counterpart", "customer");
        change.accept(doc);
        return READER.read(SOURCE, doc.toString());
    }

    private static JsonObject perspective(JsonObject doc, int i) {
        return doc.getAsJsonArray("perspectives").get(i).getAsJsonObject();
    }

    private static JsonObject question(JsonObject doc, int dimension, int question) {
        return doc.getAsJsonArray("dimensions").get(dimension).getAsJsonObject().getAsJsonArray("questions")
                .get(question).getAsJsonObject();
    }

    private static void assertProblems(ModelReading reading, ModelProblem... expected) {
        assertEquals(List.of(expected), reading.problems(), "problems");
        assertEquals(SOURCE, reading.source());
        assertEquals(expected.length == 0, reading.valid());
    }

    @Test
    void exampleModelReadsWithItsRolesAndCounterparts() throws IOException {
        ModelReading reading = READER.read(EXAMPLE.toString(), Files.readString(EXAMPLE));
        assertEquals(List.of(), reading.problems());
        ValueModel model = reading.model().orElseThrow();
        assertEquals("provider", model.perspective("customer").orElseThrow().counterpart());
        assertEquals("customer", model.perspective("provider").orElseThrow().counterpart());
        assertEquals(QuestionRole.EXPECTATION, model.question("transparent-expected").orElseThrow().role());
        assertEquals(QuestionRole.IMPORTANCE, model.question("transparent-importance").orElseThrow().role());
        assertEquals(QuestionRole.PERFORMANCE, model.question("transp-goals").orElseThrow().role());
        for (String role : List.of("expectation", "importance")) {
            assertEquals(4, model.questions().stream().filter(q -> q.role().jsonName().equals(role)).count(), role);
        }
    }

    @Test
    void modelsWithoutRolesReadAsBefore() throws IOException {
        ValueModel model = READER.read("partnership.model.json", Files.readString(PARTNERSHIP)).model().orElseThrow();
        assertTrue(model.questions().stream().allMatch(Question::measuresPerformance));
        assertTrue(model.perspectives().stream().allMatch(p -> p.counterpart() == null));
        assertEquals(false, model.asks(QuestionRole.EXPECTATION));
        assertProblems(paired(doc -> { }));
    }

    @Test
    void writtenModelKeepsRolesAndCounterparts() throws IOException {
        ValueModel model = READER.read("x", Files.readString(EXAMPLE)).model().orElseThrow();
        String written = ModelWriter.write(model);
        assertEquals(model, READER.read("y", written).model().orElseThrow());
        // a performance question is written without a role, as models before roles were
        assertTrue(ModelWriter.write(TestModels.minimal()).indexOf("\"role\"") < 0);
    }

    @Test
    void unknownRoleIsAnErrorAtItsPath() {
        assertProblems(paired(doc -> question(doc, 0, 0).addProperty("role", "hope")),
                error("$.dimensions[0].questions[0].role",
                        "unknown role 'hope' (roles: performance, expectation, importance)"));
    }

    @Test
    void textQuestionCannotHaveARole() {
        assertProblems(paired(doc -> question(doc, 0, 2).addProperty("role", "importance")),
                error("$.dimensions[0].questions[2].role", "a text question cannot have role 'importance': its"
                        + " answers are not scored; use a scale, yesno, choice or number question"));
    }

    @Test
    void expectationNeedsACounterpart() {
        assertProblems(paired(doc -> {
            perspective(doc, 0).remove("counterpart");
            perspective(doc, 1).remove("counterpart");
            question(doc, 0, 0).addProperty("role", "expectation");
        }), error("$.dimensions[0].questions[0].text.customer", "an expectation question asks a side how its"
                + " counterpart answers, and perspective 'customer' has no \"counterpart\""),
                error("$.dimensions[0].questions[0].text.provider", "an expectation question asks a side how its"
                        + " counterpart answers, and perspective 'provider' has no \"counterpart\""));
    }

    @Test
    void counterpartsPairBothWays() {
        assertProblems(paired(doc -> perspective(doc, 1).remove("counterpart")),
                error("$.perspectives[0].counterpart", "'provider' names no counterpart; counterparts pair both"
                        + " ways: give 'provider' \"counterpart\": \"customer\""));
    }

    @Test
    void counterpartMustBeAnotherKnownPerspective() {
        assertProblems(paired(doc -> {
            perspective(doc, 0).addProperty("counterpart", "auditor");
            perspective(doc, 1).addProperty("counterpart", "provider");
        }), error("$.perspectives[0].counterpart", "unknown perspective 'auditor' (perspectives: customer, provider)"),
                error("$.perspectives[1].counterpart", "a perspective cannot be its own counterpart"));
    }

    @Test
    void dimensionNeedsAPerformanceQuestion() {
        assertProblems(paired(doc -> {
            question(doc, 1, 0).addProperty("role", "importance");
            question(doc, 1, 1).addProperty("role", "expectation");
        }), error("$.dimensions[1].questions", "dimension 'transparent' has only expectation and importance"
                + " questions; its score is made of performance questions (questions without a role)"));
    }

    @Test
    void roleOfAnUnreadableQuestionIsNotGuessed() {
        ModelReading reading = paired(doc -> question(doc, 0, 0).addProperty("role", 3));
        assertTrue(reading.problems().stream().anyMatch(p -> p.path().equals("$.dimensions[0].questions[0].role")),
                reading.problems()::toString);
        assertNull(reading.model().orElse(null));
    }
}
