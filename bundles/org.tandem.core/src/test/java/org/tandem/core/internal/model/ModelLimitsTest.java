package org.tandem.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;

/**
 * Huge and malicious documents, built by hand: each is refused with a problem saying which limit
 * it passed and where, instead of an exception, a hang or memory the size of the document many
 * times over.
 */
class ModelLimitsTest {

    private static final ModelReaderImpl READER = new ModelReaderImpl();

    private static List<ModelProblem> problems(JsonObject document) {
        return problems(document.toString());
    }

    private static List<ModelProblem> problems(String document) {
        ModelReading reading = READER.read("huge.model.json", document);
        assertFalse(reading.valid());
        assertTrue(reading.model().isEmpty());
        return reading.problems();
    }

    private static JsonArray questions(JsonObject document, int dimension) {
        return document.getAsJsonArray("dimensions").get(dimension).getAsJsonObject().getAsJsonArray("questions");
    }

    /** A yes/no question asked of the customer, {@code id}. */
    private static JsonObject question(String id) {
        JsonObject text = new JsonObject();
        text.addProperty("en", "Q");
        text.addProperty("sv", "F");
        JsonObject asked = new JsonObject();
        asked.add("customer", text);
        JsonObject q = new JsonObject();
        q.addProperty("id", id);
        q.addProperty("type", "yesno");
        q.add("text", asked);
        return q;
    }

    @Test
    void aDocumentOfTwentyMegabytesIsRefusedForItsSize() {
        String document = TestModels.resource(TestModels.MINIMAL) + " ".repeat(20 * 1024 * 1024);
        assertEquals(List.of(ModelProblem.error("$", "the document has " + document.length() + " characters; at most "
                + ModelLimits.MAX_CHARS + " are accepted")), problems(document));
    }

    @Test
    void aHundredThousandQuestionsAreRefusedWithoutReadingThem() {
        JsonObject document = TestModels.minimalDocument();
        JsonArray questions = questions(document, 0);
        for (int i = 0; i < 100_000; i++) {
            questions.add(new JsonObject());
        }
        assertEquals(List.of(ModelProblem.error("$.dimensions[0].questions", "has 100003 elements; at most 1000 are "
                + "accepted"), ModelProblem.error("$.dimensions", "the model has 100005 questions; at most 1000 are "
                + "accepted")), problems(document));
    }

    @Test
    void moreThanAThousandQuestionsAcrossDimensionsAreRefused() {
        JsonObject document = TestModels.minimalDocument();
        for (int i = 0; i < 996; i++) {
            questions(document, i % 2).add(question("q" + i));
        }
        assertEquals(List.of(ModelProblem.error("$.dimensions", "the model has 1001 questions; at most 1000 are "
                + "accepted")), problems(document));
    }

    @Test
    void aThousandQuestionsAreRead() {
        JsonObject document = TestModels.minimalDocument();
        for (int i = 0; i < 995; i++) {
            questions(document, 1).add(question("q" + i));
        }
        ModelReading reading = READER.read("many.model.json", document.toString());
        assertTrue(reading.valid(), reading.problems().toString());
        assertEquals(1000, reading.model().orElseThrow().questions().size());
    }

    @Test
    void aQuestionTextOfTenMegabytesIsRefusedForTheDocumentsSize() {
        JsonObject document = TestModels.minimalDocument();
        questions(document, 0).add(question("huge"));
        String json = document.toString().replace("\"Q\"", "\"" + "x".repeat(10 * 1024 * 1024) + "\"");
        assertTrue(problems(json).get(0).message().startsWith("the document has "));
    }

    @Test
    void aTextAboveTheLimitIsRefusedNamingWhereItIs() {
        JsonObject document = TestModels.minimalDocument();
        JsonObject q = question("long");
        q.getAsJsonObject("text").getAsJsonObject("customer").addProperty("en", "x".repeat(ModelLimits.MAX_TEXT + 1));
        questions(document, 0).add(q);
        assertEquals(List.of(ModelProblem.error("$.dimensions[0].questions[3].text.customer.en", "a text of 10001 "
                + "characters; at most 10000 are accepted")), problems(document));
    }

    @Test
    void aHugeFieldNameIsRefused() {
        JsonObject document = TestModels.minimalDocument();
        document.addProperty("k".repeat(ModelLimits.MAX_TEXT + 1), 1);
        assertEquals(List.of(ModelProblem.error("$." + "k".repeat(40) + "…", "a text of 10001 characters; at most "
                + "10000 are accepted")), problems(document));
    }

    @Test
    void nestingBelowGsonsLimitButAboveTheModelsIsRefused() {
        JsonObject document = TestModels.minimalDocument();
        JsonElement deep = new JsonPrimitive(1);
        for (int i = 0; i < 40; i++) {
            JsonArray wrap = new JsonArray();
            wrap.add(deep);
            deep = wrap;
        }
        document.add("description", deep);
        assertEquals(List.of(ModelProblem.error("$.description" + "[0]".repeat(32), "nested more than 32 levels deep")),
                problems(document));
    }

    @Test
    void onlyTheFirstFewProblemsOfAnOversizedDocumentAreListed() {
        JsonObject document = TestModels.minimalDocument();
        for (int i = 0; i < 5_000; i++) {
            document.addProperty("x" + i, "y");
        }
        // 5,000 fields: the object is refused whole, its fields are not looked at
        assertEquals(1, problems(document).size());
        JsonArray many = new JsonArray();
        for (int i = 0; i < 200; i++) {
            many.add("y".repeat(ModelLimits.MAX_TEXT + 1));
        }
        JsonObject other = TestModels.minimalDocument();
        other.add("description", many);
        assertEquals(10, problems(other).size());
    }

    @Test
    void readingStopsAtTheByteLimit() throws Exception {
        assertNull(ModelLimits.read(new ByteArrayInputStream(new byte[ModelLimits.MAX_BYTES + 1])));
        assertEquals(ModelLimits.MAX_BYTES, ModelLimits.read(new ByteArrayInputStream(
                new byte[ModelLimits.MAX_BYTES])).length);
    }
}
