package org.tandem.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.api.model.ModelProblem.error;
import static org.tandem.api.model.ModelProblem.warning;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.api.model.Condition;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;

/**
 * The reader and validator, rule by rule: each test makes one small change to the valid minimal
 * document and expects exactly the problems (severity, JSON path, message) it causes.
 */
class ModelReaderTest {

    private static final ModelReaderImpl READER = new ModelReaderImpl();
    private static final String SOURCE = "test.model.json";

    /** Paths into the minimal document. */
    private static final String COOP = "$.dimensions[0]";
    private static final String TRANSP = "$.dimensions[1]";
    private static final String SCALE_Q = COOP + ".questions[0]";
    private static final String YESNO_Q = COOP + ".questions[1]";
    private static final String TEXT_Q = COOP + ".questions[2]";
    private static final String CHOICE_Q = TRANSP + ".questions[0]";
    private static final String NUMBER_Q = TRANSP + ".questions[1]";

    // ---------------------------------------------------------------- helpers

    private static ModelReading read(String json) {
        return READER.read(SOURCE, json);
    }

    /** Reads a copy of the minimal document after {@code change}. */
    private static ModelReading mutate(Consumer<JsonObject> change) {
        JsonObject doc = TestModels.minimalDocument();
        change.accept(doc);
        return read(doc.toString());
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    private static JsonObject text(String sv, String en) {
        JsonObject t = new JsonObject();
        t.addProperty("sv", sv);
        t.addProperty("en", en);
        return t;
    }

    private static JsonObject item(JsonObject doc, String array, int index) {
        return doc.getAsJsonArray(array).get(index).getAsJsonObject();
    }

    private static JsonObject perspective(JsonObject doc, int i) {
        return item(doc, "perspectives", i);
    }

    private static JsonObject scale(JsonObject doc) {
        return item(doc, "scales", 0);
    }

    private static JsonObject band(JsonObject doc, int i) {
        return item(doc, "bands", i);
    }

    private static JsonObject dimension(JsonObject doc, int i) {
        return item(doc, "dimensions", i);
    }

    private static JsonObject question(JsonObject doc, int dimension, int question) {
        return item(dimension(doc, dimension), "questions", question);
    }

    private static JsonObject choiceQuestion(JsonObject doc) {
        return question(doc, 1, 0);
    }

    private static JsonObject numberQuestion(JsonObject doc) {
        return question(doc, 1, 1);
    }

    private static JsonObject scaleQuestion(JsonObject doc) {
        return question(doc, 0, 0);
    }

    private static JsonObject yesnoQuestion(JsonObject doc) {
        return question(doc, 0, 1);
    }

    private static JsonObject textQuestion(JsonObject doc) {
        return question(doc, 0, 2);
    }

    private static JsonObject showIf(JsonObject doc) {
        return textQuestion(doc).getAsJsonObject("showIf");
    }

    /** Exactly these problems, in this order; the model is present exactly when none is an error. */
    private static void assertProblems(ModelReading reading, ModelProblem... expected) {
        assertEquals(List.of(expected), reading.problems(), "problems");
        boolean anyError = Arrays.stream(expected).anyMatch(ModelProblem::isError);
        assertEquals(!anyError, reading.valid(), "valid");
        assertEquals(!anyError, reading.model().isPresent(), "model present");
        assertEquals(SOURCE, reading.source());
    }

    // ---------------------------------------------------------------- the valid document

    @Nested
    class ValidDocument {

        @Test
        void readsWithoutProblems() {
            ModelReading reading = read(TestModels.resource(TestModels.MINIMAL));
            assertProblems(reading);
            assertEquals(TestModels.minimal(), reading.model().orElseThrow());
        }

        @Test
        void recordsHoldTheValuesAndDefaults() {
            ValueModel m = read(TestModels.resource(TestModels.MINIMAL)).model().orElseThrow();
            assertAll(
                    () -> assertEquals(1, m.format()),
                    () -> assertEquals("minimal", m.id()),
                    () -> assertEquals("1.0.0", m.version()),
                    () -> assertEquals("minimal@1.0.0", m.key()),
                    () -> assertEquals("Minimal model", m.title().get("en", "sv")),
                    () -> assertEquals(List.of("sv", "en"), m.locales()),
                    () -> assertEquals("sv", m.defaultLocale(), "defaultLocale defaults to the first locale"),
                    () -> assertEquals(ScoringSettings.DEFAULT, m.scoring(), "scoring defaults to weighted, 1"),
                    () -> assertEquals("weighted", m.scoring().strategy()),
                    () -> assertEquals(1, m.scoring().minimumRespondents()),
                    () -> assertEquals(List.of("customer", "provider"), m.perspectives().stream().map(p -> p.id()).toList()),
                    () -> assertFalse(m.perspectives().get(0).optional(), "optional defaults to false"),
                    () -> assertTrue(m.perspectives().get(1).optional()),
                    () -> assertEquals(1, m.scales().get(0).min()),
                    () -> assertEquals(5, m.scales().get(0).max()),
                    () -> assertEquals("Completely", m.scales().get(0).labels().get(5).get("en", "sv")),
                    () -> assertEquals(0, m.bands().get(0).min()),
                    () -> assertEquals(50, m.bands().get(0).max()),
                    () -> assertNull(m.bands().get(0).floor()),
                    () -> assertEquals(40.0, m.bands().get(1).floor()),
                    () -> assertEquals(1, m.dimensions().get(0).weight(), "dimension weight defaults to 1"),
                    () -> assertEquals(2, m.dimensions().get(1).weight()),
                    () -> assertEquals("Keep it up.", m.dimensions().get(0).recommendations().get("partner").get("en", "sv")));
            Question scale = m.question("coop-interests").orElseThrow();
            Question yesno = m.question("coop-plan").orElseThrow();
            Question text = m.question("coop-plan-why").orElseThrow();
            Question choice = m.question("transp-sharing").orElseThrow();
            Question number = m.question("transp-meetings").orElseThrow();
            assertAll(
                    () -> assertEquals(QuestionType.SCALE, scale.type()),
                    () -> assertEquals("agree5", scale.scale()),
                    () -> assertEquals(1, scale.weight(), "question weight defaults to 1"),
                    () -> assertTrue(scale.required(), "required defaults to true"),
                    () -> assertFalse(scale.reverse(), "reverse defaults to false"),
                    () -> assertNull(scale.showIf()),
                    () -> assertEquals("Think of the last year.", scale.help().get("en", "sv")),
                    () -> assertEquals(QuestionType.YES_NO, yesno.type()),
                    () -> assertTrue(yesno.reverse()),
                    () -> assertTrue(yesno.required()),
                    () -> assertEquals(QuestionType.TEXT, text.type()),
                    () -> assertFalse(text.required(), "text questions default to not required"),
                    () -> assertEquals(List.of("customer"), List.copyOf(text.perspectives())),
                    () -> assertEquals(new Condition("coop-plan", Condition.Operator.EQUALS, List.of("yes")), text.showIf()),
                    () -> assertEquals(QuestionType.CHOICE, choice.type()),
                    () -> assertEquals(3, choice.weight()),
                    () -> assertEquals(List.of("never", "sometimes", "always"), choice.choices().stream().map(c -> c.id()).toList()),
                    () -> assertEquals(List.of(0.0, 50.0, 100.0), choice.choices().stream().map(c -> c.points()).toList()),
                    () -> assertEquals(QuestionType.NUMBER, number.type()),
                    () -> assertEquals(0.0, number.min()),
                    () -> assertEquals(12.0, number.max()),
                    () -> assertFalse(number.required()),
                    () -> assertFalse(number.askedOf("customer")),
                    () -> assertTrue(number.askedOf("provider")));
        }

        @Test
        void everyModelResourceReadsValidWithoutProblems() throws IOException {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of("src/test/resources/models"))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".model.json")).sorted().toList();
            }
            assertTrue(files.size() >= 2, "the test models: " + files);
            for (Path file : files) {
                ModelReading reading = READER.read(file.toString(), Files.readString(file));
                assertEquals(List.of(), reading.problems(), file.toString());
                assertTrue(reading.valid(), file.toString());
            }
        }

        @Test
        void schemaAndCommentFieldsAreNotUnknown() {
            assertProblems(mutate(doc -> {
                doc.addProperty("$comment", "for editors");
                doc.addProperty("$schema", "https://tandem.example/value-model.schema.json");
            }));
        }

        @Test
        void explicitDefaultLocaleAndScoringAreRead() {
            ModelReading reading = mutate(doc -> {
                doc.addProperty("defaultLocale", "en");
                doc.add("scoring", json("{\"strategy\": \"median\", \"minimumRespondents\": 3}"));
            });
            assertProblems(reading);
            assertEquals("en", reading.model().orElseThrow().defaultLocale());
            assertEquals(new ScoringSettings("median", 3), reading.model().orElseThrow().scoring());
        }

        @Test
        void scaleOfElevenPointsIsAccepted() {
            assertProblems(mutate(doc -> scale(doc).addProperty("max", 11)));
        }

        @Test
        void versionWithSuffixIsAccepted() {
            assertProblems(mutate(doc -> doc.addProperty("version", "1.10.0-beta2")));
        }

        @Test
        void conditionsOnScaleAndWithInAreAccepted() {
            ModelReading reading = mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).add("in", json("[\"yes\", \"no\"]"));
                numberQuestion(doc).add("showIf", json("{\"question\": \"coop-interests\", \"atMost\": 2}"));
            });
            assertProblems(reading);
            ValueModel m = reading.model().orElseThrow();
            assertEquals(new Condition("coop-plan", Condition.Operator.EQUALS, List.of("yes", "no")),
                    m.question("coop-plan-why").orElseThrow().showIf());
            assertEquals(new Condition("coop-interests", Condition.Operator.AT_MOST, List.of("2")),
                    m.question("transp-meetings").orElseThrow().showIf());
        }
    }

    // ---------------------------------------------------------------- the document as a whole

    @Nested
    class Document {

        @Test
        void notJson() {
            assertProblems(read("{\"format\": 1,"),
                    error("$", "not valid JSON: End of input at line 1 column 14 path $.format"));
        }

        @Test
        void trailingTextIsNotJson() {
            assertProblems(read("{\"format\": 1} x"),
                    error("$", "not valid JSON: unexpected character at line 1 column 16 path $"));
        }

        @Test
        void lenientSyntaxIsNotJson() {
            // what a lenient JSON parser would accept but editors, schema validators and other tools refuse
            assertProblems(read("{'format': 1}"), error("$", "not valid JSON: unexpected character at line 1 column 3 path $."));
            assertProblems(read("{format: 1}"), error("$", "not valid JSON: unexpected character at line 1 column 3 path $."));
            assertProblems(read("{\"format\": 1 /* one */}"),
                    error("$", "not valid JSON: unexpected character at line 1 column 15 path $.format"));
            assertProblems(read("{\"format\": NaN}"),
                    error("$", "not valid JSON: unexpected character at line 1 column 12 path $.format"));
            assertProblems(read("{\"format\": 1}{}"), error("$", "not valid JSON: unexpected character at line 1 column 15 path $"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "\"a model\"", "42", "null", "true"})
        void notAnObject(String document) {
            assertProblems(read(document), error("$", "a model document is a JSON object"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t "})
        void emptyDocument(String document) {
            assertProblems(read(document), error("$", "the document is empty"));
        }

        @Test
        void nullDocument() {
            assertProblems(read(null), error("$", "the document is empty"));
        }

        @Test
        void deeplyNestedArrayIsAnErrorNotAnException() {
            String document = "[".repeat(100_000);
            ModelReading reading = assertDoesNotThrow(() -> read(document));
            assertProblems(reading, error("$", "not valid JSON: nested more than 255 levels deep at line 1 column 257"));
        }

        @Test
        void deeplyNestedValueInsideTheModelIsAnErrorNotAnException() {
            String document = "{\"format\": 1, \"description\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
            ModelReading reading = assertDoesNotThrow(() -> read(document));
            assertProblems(reading, error("$", "not valid JSON: nested more than 255 levels deep at line 1 column 285"));
        }

        @Test
        void documentOfFiveMegabytesIsRefused() {
            String valid = TestModels.resource(TestModels.MINIMAL);
            String document = valid + " ".repeat(5 * 1024 * 1024 - valid.length());
            assertEquals(5 * 1024 * 1024, document.length());
            assertProblems(read(document),
                    error("$", "the document has 5242880 characters; at most 4194304 are accepted"));
        }

        @Test
        void documentOfExactlyTheLimitIsRead() {
            String valid = TestModels.resource(TestModels.MINIMAL);
            String document = valid + " ".repeat(ModelReaderImpl.MAX_CHARS - valid.length());
            assertProblems(read(document));
        }

        @Test
        void validateWithoutModel() {
            ModelReading reading = READER.validate(SOURCE, null);
            assertProblems(reading, error("$", "no model"));
        }
    }

    // ---------------------------------------------------------------- format

    @Nested
    class Format {

        @Test
        void missing() {
            assertProblems(mutate(doc -> doc.remove("format")), error("$.format", "format is required"));
        }

        @Test
        void notANumber() {
            assertProblems(mutate(doc -> doc.addProperty("format", "1")), error("$.format", "must be a number"));
        }

        @Test
        void notAWholeNumber() {
            assertProblems(mutate(doc -> doc.addProperty("format", 1.5)), error("$.format", "must be a whole number"));
        }

        @Test
        void unsupportedVersionStopsReading() {
            // the other mistake is not reported: a format-2 document is not read at all
            assertProblems(mutate(doc -> {
                doc.addProperty("format", 2);
                doc.addProperty("version", "two");
            }), error("$.format", "unsupported format 2: this Tandem reads format 1"));
        }
    }

    // ---------------------------------------------------------------- required fields

    @Nested
    class RequiredFields {

        @Test
        void id() {
            assertProblems(mutate(doc -> doc.remove("id")), error("$.id", "id is required"));
        }

        @Test
        void version() {
            assertProblems(mutate(doc -> doc.remove("version")), error("$.version", "version is required"));
        }

        @Test
        void nullCountsAsMissing() {
            assertProblems(mutate(doc -> doc.add("version", null)), error("$.version", "version is required"));
        }

        @Test
        void title() {
            assertProblems(mutate(doc -> doc.remove("title")),
                    error("$.title", "title is required"),
                    error("$.title", "missing text in 'sv', 'en'"));
        }

        @Test
        void locales() {
            ModelReading reading = mutate(doc -> doc.remove("locales"));
            assertEquals(List.of(
                    error("$.locales", "locales is required"),
                    error("$.locales", "name at least one language, e.g. [\"en\"]")), reading.errors());
            assertFalse(reading.valid());
            // with no locales every text is in an unknown language
            assertEquals(warning("$.title.en", "'en' is not one of the model's locales []; the text is never shown"),
                    reading.problems().get(2));
            assertTrue(reading.problems().stream().skip(2).allMatch(p -> !p.isError()
                    && p.message().endsWith("is not one of the model's locales []; the text is never shown")));
        }

        @Test
        void perspectives() {
            ModelReading reading = mutate(doc -> doc.remove("perspectives"));
            List<ModelProblem> expected = new ArrayList<>(List.of(
                    error("$.perspectives", "perspectives is required"),
                    error("$.perspectives", "a model needs at least one perspective")));
            for (String[] asked : new String[][] {
                    {SCALE_Q, "customer"}, {SCALE_Q, "provider"}, {YESNO_Q, "customer"}, {YESNO_Q, "provider"},
                    {TEXT_Q, "customer"}, {CHOICE_Q, "customer"}, {CHOICE_Q, "provider"}, {NUMBER_Q, "provider"}}) {
                expected.add(error(asked[0] + ".text." + asked[1], "unknown perspective '" + asked[1] + "' (perspectives: )"));
            }
            assertProblems(reading, expected.toArray(ModelProblem[]::new));
        }

        @Test
        void bands() {
            ModelReading reading = mutate(doc -> doc.remove("bands"));
            assertProblems(reading,
                    error("$.bands", "bands is required"),
                    error("$.bands", "a model needs at least one band covering 0 to 100"),
                    error(COOP + ".recommendations.partner", "unknown band 'partner' (bands: )"),
                    error(COOP + ".recommendations.supplier", "unknown band 'supplier' (bands: )"),
                    error(TRANSP + ".recommendations.partner", "unknown band 'partner' (bands: )"),
                    error(TRANSP + ".recommendations.supplier", "unknown band 'supplier' (bands: )"));
        }

        @Test
        void dimensions() {
            assertProblems(mutate(doc -> doc.remove("dimensions")),
                    error("$.dimensions", "dimensions is required"),
                    error("$.dimensions", "a model needs at least one dimension"));
        }

        @Test
        void questionText() {
            assertProblems(mutate(doc -> scaleQuestion(doc).remove("text")),
                    error(SCALE_Q + ".text", "text is required"),
                    error(SCALE_Q + ".text", "give the question's text for at least one perspective"));
        }

        @Test
        void questionType() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).remove("type")), error(YESNO_Q + ".type", "type is required"));
        }

        @Test
        void questionId() {
            assertProblems(mutate(doc -> numberQuestion(doc).remove("id")), error(NUMBER_Q + ".id", "id is required"));
        }

        @Test
        void perspectiveTitle() {
            assertProblems(mutate(doc -> perspective(doc, 0).remove("title")),
                    error("$.perspectives[0].title", "title is required"),
                    error("$.perspectives[0].title", "missing text in 'sv', 'en'"));
        }

        @Test
        void bandMin() {
            // the band cannot be placed on 0-100, so coverage is not checked
            assertProblems(mutate(doc -> band(doc, 1).remove("min")),
                    error("$.bands[1].min", "min is required"),
                    error("$.bands[1]", "min (NaN) must be below max (100)"));
        }

        @Test
        void choicePoints() {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 1).remove("points")),
                    error(CHOICE_Q + ".choices[1].points", "points is required"),
                    error(CHOICE_Q + ".choices[1].points", "must be from 0 to 100, not NaN"));
        }

        @Test
        void conditionQuestion() {
            assertProblems(mutate(doc -> showIf(doc).remove("question")),
                    error(TEXT_Q + ".showIf.question", "question is required"));
        }
    }

    // ---------------------------------------------------------------- wrong types

    @Nested
    class WrongTypes {

        @Test
        void string() {
            assertProblems(mutate(doc -> doc.addProperty("id", 5)), error("$.id", "must be a string"));
        }

        @Test
        void stringInArray() {
            assertProblems(mutate(doc -> doc.getAsJsonArray("locales").add(7)), error("$.locales[2]", "must be a string"));
        }

        @Test
        void number() {
            assertProblems(mutate(doc -> choiceQuestion(doc).addProperty("weight", "3")),
                    error(CHOICE_Q + ".weight", "must be a number"));
        }

        @Test
        void wholeNumber() {
            assertProblems(mutate(doc -> doc.add("scoring", json("{\"minimumRespondents\": 1.5}"))),
                    error("$.scoring.minimumRespondents", "must be a whole number"));
        }

        @Test
        void wholeNumberOfScale() {
            assertProblems(mutate(doc -> scale(doc).addProperty("min", 0.5)), error("$.scales[0].min", "must be a whole number"));
        }

        @Test
        void booleanValue() {
            assertProblems(mutate(doc -> perspective(doc, 1).addProperty("optional", "yes")),
                    error("$.perspectives[1].optional", "must be true or false"));
        }

        @Test
        void array() {
            assertProblems(mutate(doc -> choiceQuestion(doc).add("choices", new JsonObject())),
                    error(CHOICE_Q + ".choices", "must be an array"),
                    error(CHOICE_Q + ".choices", "a choice question needs at least two choices"));
        }

        @Test
        void object() {
            assertProblems(mutate(doc -> doc.addProperty("scoring", 1)), error("$.scoring", "must be an object"));
        }

        @Test
        void objectInArray() {
            assertProblems(mutate(doc -> doc.getAsJsonArray("perspectives").add("auditor")),
                    error("$.perspectives[2]", "must be an object"));
        }

        @Test
        void localisedText() {
            assertProblems(mutate(doc -> doc.addProperty("description", "A small model")),
                    error("$.description", "must be a localised text: an object of language to text, e.g. {\"en\": \"...\"}"));
        }

        @Test
        void localisedTextValue() {
            assertProblems(mutate(doc -> doc.getAsJsonObject("title").addProperty("sv", 1)),
                    error("$.title.sv", "must be a string"),
                    error("$.title", "missing text in 'sv'"));
        }

        @Test
        void questionTexts() {
            assertProblems(mutate(doc -> textQuestion(doc).addProperty("text", "Why?")),
                    error(TEXT_Q + ".text", "must be an object"),
                    error(TEXT_Q + ".text", "give the question's text for at least one perspective"));
        }

        @Test
        void conditionValue() {
            assertProblems(mutate(doc -> showIf(doc).add("equals", new JsonObject())),
                    error(TEXT_Q + ".showIf.equals", "must be a string, number or boolean"));
        }

        @Test
        void conditionNumber() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).addProperty("question", "coop-interests");
                showIf(doc).addProperty("atLeast", "4");
            }), error(TEXT_Q + ".showIf.atLeast", "must be a number"));
        }
    }

    // ---------------------------------------------------------------- unknown fields

    @Nested
    class UnknownFields {

        @Test
        void topLevelIsAWarningAndTheModelIsValid() {
            ModelReading reading = mutate(doc -> doc.addProperty("colour", "blue"));
            assertProblems(reading, warning("$.colour", "unknown field 'colour' is ignored"));
            assertEquals(TestModels.minimal(), reading.model().orElseThrow());
        }

        @Test
        void inAQuestion() {
            assertProblems(mutate(doc -> choiceQuestion(doc).addProperty("hint", "x")),
                    warning(CHOICE_Q + ".hint", "unknown field 'hint' is ignored"));
        }

        @Test
        void inACondition() {
            assertProblems(mutate(doc -> showIf(doc).addProperty("not", true)),
                    warning(TEXT_Q + ".showIf.not", "unknown field 'not' is ignored"));
        }

        @Test
        void inChoiceBandScaleScoringAndPerspective() {
            assertProblems(mutate(doc -> {
                        perspective(doc, 0).addProperty("x1", 1);
                        scale(doc).addProperty("x2", 1);
                        band(doc, 0).addProperty("x3", 1);
                        item(choiceQuestion(doc), "choices", 0).addProperty("x4", 1);
                        doc.add("scoring", json("{\"x5\": 1}"));
                    }),
                    warning("$.scoring.x5", "unknown field 'x5' is ignored"),
                    warning("$.perspectives[0].x1", "unknown field 'x1' is ignored"),
                    warning("$.scales[0].x2", "unknown field 'x2' is ignored"),
                    warning("$.bands[0].x3", "unknown field 'x3' is ignored"),
                    warning(CHOICE_Q + ".choices[0].x4", "unknown field 'x4' is ignored"));
        }
    }

    // ---------------------------------------------------------------- ids

    @Nested
    class Ids {

        @Test
        void invalidCharacters() {
            assertProblems(mutate(doc -> doc.addProperty("id", "my model")),
                    error("$.id", "'my model' is not a valid id: use letters, digits, '-', '.' and '_'"));
        }

        @Test
        void invalidQuestionId() {
            assertProblems(mutate(doc -> numberQuestion(doc).addProperty("id", "meetings?")),
                    error(NUMBER_Q + ".id", "'meetings?' is not a valid id: use letters, digits, '-', '.' and '_'"));
        }

        @Test
        void emptyChoiceId() {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 0).addProperty("id", "")),
                    error(CHOICE_Q + ".choices[0].id", "'' is not a valid id: use letters, digits, '-', '.' and '_'"));
        }

        @Test
        void duplicatePerspective() {
            assertProblems(mutate(doc -> doc.getAsJsonArray("perspectives")
                            .add(json("{\"id\": \"customer\", \"title\": {\"sv\": \"Kund\", \"en\": \"Customer\"}}"))),
                    error("$.perspectives[2].id", "duplicate id 'customer' (also at $.perspectives[0])"));
        }

        @Test
        void duplicateScale() {
            assertProblems(mutate(doc -> doc.getAsJsonArray("scales").add(json("{\"id\": \"agree5\", \"min\": 1, \"max\": 7}"))),
                    error("$.scales[1].id", "duplicate id 'agree5' (also at $.scales[0])"));
        }

        @Test
        void duplicateBand() {
            assertProblems(mutate(doc -> {
                band(doc, 1).addProperty("id", "supplier");
                dimension(doc, 0).getAsJsonObject("recommendations").remove("partner");
                dimension(doc, 1).getAsJsonObject("recommendations").remove("partner");
            }), error("$.bands[1].id", "duplicate id 'supplier' (also at $.bands[0])"));
        }

        @Test
        void duplicateDimension() {
            assertProblems(mutate(doc -> dimension(doc, 1).addProperty("id", "cooperative")),
                    error("$.dimensions[1].id", "duplicate id 'cooperative' (also at $.dimensions[0])"));
        }

        @Test
        void duplicateQuestionAcrossDimensions() {
            assertProblems(mutate(doc -> numberQuestion(doc).addProperty("id", "coop-interests")),
                    error(NUMBER_Q + ".id", "duplicate question id 'coop-interests' (also at " + SCALE_Q + ")"));
        }

        @Test
        void duplicateChoice() {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 2).addProperty("id", "never")),
                    error(CHOICE_Q + ".choices[2].id", "duplicate id 'never' (also at " + CHOICE_Q + ".choices[0])"));
        }
    }

    // ---------------------------------------------------------------- model fields

    @Nested
    class ModelFields {

        @Test
        void versionNotSemantic() {
            assertProblems(mutate(doc -> doc.addProperty("version", "1.0")),
                    error("$.version", "'1.0' is not a semantic version major.minor.patch, e.g. 1.0.0"));
        }

        @Test
        void defaultLocaleNotInLocales() {
            assertProblems(mutate(doc -> doc.addProperty("defaultLocale", "de")),
                    error("$.defaultLocale", "'de' is not one of the locales [sv, en]"));
        }

        @Test
        void emptyLocales() {
            ModelReading reading = mutate(doc -> doc.add("locales", new JsonArray()));
            assertEquals(List.of(error("$.locales", "name at least one language, e.g. [\"en\"]")), reading.errors());
            assertFalse(reading.valid());
            assertEquals(warning("$.title.en", "'en' is not one of the model's locales []; the text is never shown"),
                    reading.problems().get(1));
        }

        @Test
        void minimumRespondentsBelowOne() {
            assertProblems(mutate(doc -> doc.add("scoring", json("{\"minimumRespondents\": 0}"))),
                    error("$.scoring.minimumRespondents", "must be 1 or more"));
        }
    }

    // ---------------------------------------------------------------- texts and locales

    @Nested
    class Texts {

        @Test
        void modelTitle() {
            assertProblems(mutate(doc -> doc.getAsJsonObject("title").remove("en")), error("$.title", "missing text in 'en'"));
        }

        @Test
        void blankCountsAsMissing() {
            assertProblems(mutate(doc -> doc.getAsJsonObject("title").addProperty("sv", "  ")),
                    error("$.title", "missing text in 'sv'"));
        }

        @Test
        void perspectiveTitle() {
            assertProblems(mutate(doc -> perspective(doc, 1).getAsJsonObject("title").remove("sv")),
                    error("$.perspectives[1].title", "missing text in 'sv'"));
        }

        @Test
        void optionalDescriptionWhenGiven() {
            assertProblems(mutate(doc -> band(doc, 1).getAsJsonObject("description").remove("sv")),
                    error("$.bands[1].description", "missing text in 'sv'"));
        }

        @Test
        void questionTextPerPerspective() {
            assertProblems(mutate(doc -> scaleQuestion(doc).getAsJsonObject("text").getAsJsonObject("provider").remove("en")),
                    error(SCALE_Q + ".text.provider", "missing text in 'en'"));
        }

        @Test
        void questionHelp() {
            assertProblems(mutate(doc -> scaleQuestion(doc).getAsJsonObject("help").remove("en")),
                    error(SCALE_Q + ".help", "missing text in 'en'"));
        }

        @Test
        void recommendation() {
            assertProblems(mutate(doc -> dimension(doc, 1).getAsJsonObject("recommendations").getAsJsonObject("partner").remove("sv")),
                    error(TRANSP + ".recommendations.partner", "missing text in 'sv'"));
        }

        @Test
        void choiceLabel() {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 2).add("label", json("{\"sv\": \"Alltid\"}"))),
                    error(CHOICE_Q + ".choices[2].label", "missing text in 'en'"));
        }

        @Test
        void scaleLabel() {
            assertProblems(mutate(doc -> scale(doc).getAsJsonObject("labels").getAsJsonObject("5").remove("en")),
                    error("$.scales[0].labels.5", "missing text in 'en'"));
        }

        @Test
        void bandAndDimensionTitles() {
            assertProblems(mutate(doc -> {
                        band(doc, 0).add("title", json("{\"en\": \"Supplier\"}"));
                        dimension(doc, 1).add("title", json("{\"sv\": \"Öppenhet\"}"));
                    }),
                    error("$.bands[0].title", "missing text in 'sv'"),
                    error(TRANSP + ".title", "missing text in 'en'"));
        }

        @Test
        void languageNotInLocalesIsAWarning() {
            ModelReading reading = mutate(doc -> doc.getAsJsonObject("title").addProperty("de", "Minimales Modell"));
            assertProblems(reading,
                    warning("$.title.de", "'de' is not one of the model's locales [sv, en]; the text is never shown"));
        }

        @Test
        void severalLanguagesNotInLocalesAreReportedInAStableOrder() {
            assertProblems(mutate(doc -> {
                        doc.getAsJsonObject("title").addProperty("fr", "Modèle");
                        doc.getAsJsonObject("title").addProperty("de", "Modell");
                    }),
                    warning("$.title.de", "'de' is not one of the model's locales [sv, en]; the text is never shown"),
                    warning("$.title.fr", "'fr' is not one of the model's locales [sv, en]; the text is never shown"));
        }
    }

    // ---------------------------------------------------------------- scales

    @Nested
    class Scales {

        @Test
        void minNotBelowMax() {
            assertProblems(mutate(doc -> {
                scale(doc).addProperty("min", 5);
                scale(doc).getAsJsonObject("labels").remove("1");
            }), error("$.scales[0]", "min (5) must be below max (5)"));
        }

        @Test
        void moreThanElevenPoints() {
            assertProblems(mutate(doc -> scale(doc).addProperty("max", 12)),
                    error("$.scales[0]", "a scale has at most 11 points (1 to 12 has 12)"));
        }

        @Test
        void labelOutsideRange() {
            assertProblems(mutate(doc -> scale(doc).getAsJsonObject("labels").add("6", text("Över", "Above"))),
                    error("$.scales[0].labels.6", "not a point of the scale 1..5"));
        }

        @Test
        void labelKeyNotANumber() {
            assertProblems(mutate(doc -> scale(doc).getAsJsonObject("labels").add("five", text("Fem", "Five"))),
                    error("$.scales[0].labels.five", "a label's key is a point of the scale, a whole number"));
        }
    }

    // ---------------------------------------------------------------- bands

    @Nested
    class Bands {

        @Test
        void gap() {
            assertProblems(mutate(doc -> band(doc, 1).addProperty("min", 60)),
                    error("$.bands[1].min", "gap: scores from 50 to 60 have no band (band 'supplier' ends at 50)"));
        }

        @Test
        void overlap() {
            assertProblems(mutate(doc -> band(doc, 1).addProperty("min", 40)),
                    error("$.bands[1].min", "overlap: band 'partner' starts at 40 but band 'supplier' runs to 50"));
        }

        @Test
        void notStartingAtZero() {
            assertProblems(mutate(doc -> band(doc, 0).addProperty("min", 10)),
                    error("$.bands[0].min", "the bands must start at 0; scores from 0 to 10 have no band"));
        }

        @Test
        void notEndingAtHundred() {
            assertProblems(mutate(doc -> band(doc, 1).addProperty("max", 90)),
                    error("$.bands[1].max", "the bands must end at 100, not 90"));
        }

        @Test
        void minNotBelowMax() {
            assertProblems(mutate(doc -> band(doc, 1).addProperty("max", 50)),
                    error("$.bands[1]", "min (50) must be below max (50)"),
                    error("$.bands[1].max", "the bands must end at 100, not 50"));
        }

        @Test
        void unsortedBandsAreFine() {
            assertProblems(mutate(doc -> {
                JsonArray bands = doc.getAsJsonArray("bands");
                JsonElement first = bands.remove(0);
                bands.add(first);
            }));
        }

        @Test
        void gapIsReportedAtTheBandInTheDocument() {
            // sorted by min the bands are supplier, partner; the document lists partner first
            assertProblems(mutate(doc -> {
                JsonArray bands = doc.getAsJsonArray("bands");
                bands.add(bands.remove(0));
                band(doc, 0).addProperty("min", 55);
            }), error("$.bands[0].min", "gap: scores from 50 to 55 have no band (band 'supplier' ends at 50)"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {-1, 100.5})
        void floorOutOfRange(double floor) {
            assertProblems(mutate(doc -> band(doc, 1).addProperty("floor", floor)),
                    error("$.bands[1].floor", "must be from 0 to 100"));
        }

        @Test
        void noBands() {
            assertProblems(mutate(doc -> {
                doc.add("bands", new JsonArray());
                dimension(doc, 0).remove("recommendations");
                dimension(doc, 1).remove("recommendations");
            }), error("$.bands", "a model needs at least one band covering 0 to 100"));
        }
    }

    // ---------------------------------------------------------------- dimensions

    @Nested
    class Dimensions {

        @ParameterizedTest
        @ValueSource(doubles = {0, -0.5})
        void weightNotAboveZero(double weight) {
            assertProblems(mutate(doc -> dimension(doc, 1).addProperty("weight", weight)),
                    error(TRANSP + ".weight", "must be above 0, not " + ModelRules.num(weight)));
        }

        @Test
        void weightZeroMessage() {
            assertProblems(mutate(doc -> dimension(doc, 0).addProperty("weight", 0)),
                    error(COOP + ".weight", "must be above 0, not 0"));
        }

        @Test
        void withoutQuestions() {
            assertProblems(mutate(doc -> dimension(doc, 1).add("questions", new JsonArray())),
                    error(TRANSP + ".questions", "dimension 'transparent' has no questions"));
        }

        @Test
        void noDimensions() {
            assertProblems(mutate(doc -> doc.add("dimensions", new JsonArray())),
                    error("$.dimensions", "a model needs at least one dimension"));
        }

        @Test
        void recommendationForUnknownBand() {
            assertProblems(mutate(doc -> dimension(doc, 0).getAsJsonObject("recommendations").add("gold", text("Guld", "Gold"))),
                    error(COOP + ".recommendations.gold", "unknown band 'gold' (bands: supplier, partner)"));
        }

        @Test
        void recommendationsAreReportedInAStableOrder() {
            assertProblems(mutate(doc -> {
                        JsonObject r = dimension(doc, 0).getAsJsonObject("recommendations");
                        r.add("silver", text("Silver", "Silver"));
                        r.add("gold", text("Guld", "Gold"));
                        r.getAsJsonObject("partner").remove("en");
                        r.getAsJsonObject("supplier").remove("en");
                    }),
                    error(COOP + ".recommendations.supplier", "missing text in 'en'"),
                    error(COOP + ".recommendations.partner", "missing text in 'en'"),
                    error(COOP + ".recommendations.gold", "unknown band 'gold' (bands: supplier, partner)"),
                    error(COOP + ".recommendations.silver", "unknown band 'silver' (bands: supplier, partner)"));
        }
    }

    // ---------------------------------------------------------------- questions

    @Nested
    class Questions {

        @ParameterizedTest
        @ValueSource(doubles = {0, -2})
        void weightNotAboveZero(double weight) {
            assertProblems(mutate(doc -> scaleQuestion(doc).addProperty("weight", weight)),
                    error(SCALE_Q + ".weight", "must be above 0, not " + ModelRules.num(weight)));
        }

        @Test
        void textForUnknownPerspective() {
            assertProblems(mutate(doc -> scaleQuestion(doc).getAsJsonObject("text").add("partner", text("Vi", "We"))),
                    error(SCALE_Q + ".text.partner", "unknown perspective 'partner' (perspectives: customer, provider)"));
        }

        @Test
        void textsAreReportedInAStableOrder() {
            assertProblems(mutate(doc -> {
                        JsonObject t = scaleQuestion(doc).getAsJsonObject("text");
                        t.add("zebra", text("Z", "Z"));
                        t.add("auditor", text("A", "A"));
                        t.getAsJsonObject("provider").remove("sv");
                        t.getAsJsonObject("customer").remove("sv");
                    }),
                    error(SCALE_Q + ".text.customer", "missing text in 'sv'"),
                    error(SCALE_Q + ".text.provider", "missing text in 'sv'"),
                    error(SCALE_Q + ".text.auditor", "unknown perspective 'auditor' (perspectives: customer, provider)"),
                    error(SCALE_Q + ".text.zebra", "unknown perspective 'zebra' (perspectives: customer, provider)"));
        }

        @Test
        void noText() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).add("text", new JsonObject())),
                    error(YESNO_Q + ".text", "give the question's text for at least one perspective"));
        }

        @Test
        void unknownType() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).addProperty("type", "bool")),
                    error(YESNO_Q + ".type", "unknown type 'bool' (types: scale, yesno, choice, number, text)"));
        }

        @Test
        void scaleQuestionWithoutScale() {
            assertProblems(mutate(doc -> scaleQuestion(doc).remove("scale")),
                    error(SCALE_Q + ".scale", "a scale question names its scale"));
        }

        @Test
        void scaleQuestionWithUnknownScale() {
            assertProblems(mutate(doc -> scaleQuestion(doc).addProperty("scale", "agree7")),
                    error(SCALE_Q + ".scale", "unknown scale 'agree7' (scales: agree5)"));
        }

        @Test
        void scaleOnANonScaleQuestion() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).addProperty("scale", "agree5")),
                    error(YESNO_Q + ".scale", "only scale questions name a scale; this is a yesno question"));
        }

        @Test
        void choiceQuestionWithOneChoice() {
            assertProblems(mutate(doc -> {
                JsonArray choices = choiceQuestion(doc).getAsJsonArray("choices");
                choices.remove(2);
                choices.remove(1);
            }), error(CHOICE_Q + ".choices", "a choice question needs at least two choices"));
        }

        @Test
        void choiceQuestionWithoutChoices() {
            assertProblems(mutate(doc -> choiceQuestion(doc).remove("choices")),
                    error(CHOICE_Q + ".choices", "a choice question needs at least two choices"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {-1, 100.5})
        void choicePointsOutsideRange(double points) {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 1).addProperty("points", points)),
                    error(CHOICE_Q + ".choices[1].points", "must be from 0 to 100, not " + ModelRules.num(points)));
        }

        @Test
        void choicePointsMessage() {
            assertProblems(mutate(doc -> item(choiceQuestion(doc), "choices", 2).addProperty("points", 150)),
                    error(CHOICE_Q + ".choices[2].points", "must be from 0 to 100, not 150"));
        }

        @Test
        void choicesOnANonChoiceQuestion() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).add("choices", choiceQuestion(doc).get("choices").deepCopy())),
                    error(YESNO_Q + ".choices", "only choice questions have choices; this is a yesno question"));
        }

        @Test
        void numberMinAboveMax() {
            assertProblems(mutate(doc -> numberQuestion(doc).addProperty("min", 13)),
                    error(NUMBER_Q + ".min", "min (13) is above max (12)"));
        }

        @Test
        void numberMinEqualToMaxIsAccepted() {
            assertProblems(mutate(doc -> numberQuestion(doc).addProperty("min", 12)));
        }

        @Test
        void minOnANonNumberQuestion() {
            assertProblems(mutate(doc -> yesnoQuestion(doc).addProperty("min", 0)),
                    error(YESNO_Q + ".min", "only number questions have min and max"));
        }

        @Test
        void maxOnANonNumberQuestion() {
            assertProblems(mutate(doc -> scaleQuestion(doc).addProperty("max", 5)),
                    error(SCALE_Q + ".max", "only number questions have min and max"));
        }
    }

    // ---------------------------------------------------------------- conditions

    @Nested
    class Conditions {

        @Test
        void unknownQuestion() {
            assertProblems(mutate(doc -> showIf(doc).addProperty("question", "nope")),
                    error(TEXT_Q + ".showIf.question", "the condition points at unknown question 'nope'"));
        }

        @Test
        void questionNotAskedOfTheSamePerspectives() {
            assertProblems(mutate(doc -> question(doc, 0, 1).getAsJsonObject("text").remove("customer")),
                    error(TEXT_Q + ".showIf.question", "'coop-plan' is not asked of customer, so this question would"
                            + " never be shown to them; ask both of the same perspectives"));
        }

        @Test
        void laterQuestion() {
            assertProblems(mutate(doc -> showIf(doc).addProperty("question", "transp-sharing")),
                    error(TEXT_Q + ".showIf.question", "the condition points at question 'transp-sharing', which comes later;"
                            + " a condition can only depend on an earlier question"));
        }

        @Test
        void itself() {
            assertProblems(mutate(doc -> showIf(doc).addProperty("question", "coop-plan-why")),
                    error(TEXT_Q + ".showIf.question", "a question cannot depend on itself"));
        }

        @Test
        void noTest() {
            assertProblems(mutate(doc -> showIf(doc).remove("equals")),
                    error(TEXT_Q + ".showIf", "a condition needs exactly one of equals, in, atLeast, atMost"));
        }

        @Test
        void twoTests() {
            assertProblems(mutate(doc -> showIf(doc).add("in", json("[\"yes\"]"))),
                    error(TEXT_Q + ".showIf", "a condition needs exactly one of equals, in, atLeast, atMost (found equals, in)"));
        }

        @Test
        void atLeastAndAtMost() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).addProperty("atLeast", 1);
                showIf(doc).addProperty("atMost", 3);
            }), error(TEXT_Q + ".showIf", "a condition needs exactly one of equals, in, atLeast, atMost (found atLeast, atMost)"));
        }

        @Test
        void atLeastOnAYesNoQuestion() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).addProperty("atLeast", 1);
            }), error(TEXT_Q + ".showIf", "atLeast and atMost need a scale or number question; 'coop-plan' is a yesno question"));
        }

        @Test
        void atMostOnAChoiceQuestion() {
            assertProblems(mutate(doc -> numberQuestion(doc).add("showIf",
                            json("{\"question\": \"transp-sharing\", \"atMost\": 50}"))),
                    error(NUMBER_Q + ".showIf",
                            "atLeast and atMost need a scale or number question; 'transp-sharing' is a choice question"));
        }

        @Test
        void atLeastOnAQuestionOfUnknownType() {
            assertProblems(mutate(doc -> {
                        yesnoQuestion(doc).addProperty("type", "bool");
                        showIf(doc).remove("equals");
                        showIf(doc).addProperty("atLeast", 1);
                    }),
                    error(YESNO_Q + ".type", "unknown type 'bool' (types: scale, yesno, choice, number, text)"),
                    error(TEXT_Q + ".showIf",
                            "atLeast and atMost need a scale or number question; 'coop-plan' is a question of unknown type"));
        }

        @Test
        void inEmpty() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).add("in", new JsonArray());
            }), error(TEXT_Q + ".showIf.in", "must be a non-empty array of values"));
        }

        @Test
        void inNotAnArray() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).addProperty("in", "yes");
            }), error(TEXT_Q + ".showIf.in", "must be a non-empty array of values"));
        }

        @Test
        void inWithAnObject() {
            assertProblems(mutate(doc -> {
                showIf(doc).remove("equals");
                showIf(doc).add("in", json("[\"yes\", {}]"));
            }), error(TEXT_Q + ".showIf.in", "must be a string, number or boolean"));
        }
    }

    // ---------------------------------------------------------------- many problems

    @Nested
    class ManyProblems {

        @Test
        void threeIndependentMistakesAreAllReportedInDocumentOrder() {
            assertProblems(mutate(doc -> {
                        item(choiceQuestion(doc), "choices", 0).addProperty("points", -1);
                        doc.addProperty("version", "1.0");
                        band(doc, 1).addProperty("floor", 101);
                    }),
                    error("$.version", "'1.0' is not a semantic version major.minor.patch, e.g. 1.0.0"),
                    error("$.bands[1].floor", "must be from 0 to 100"),
                    error(CHOICE_Q + ".choices[0].points", "must be from 0 to 100, not -1"));
        }

        @Test
        void structuralAndRuleProblemsAreAllReported() {
            ModelReading reading = mutate(doc -> {
                doc.addProperty("colour", "blue");
                doc.addProperty("id", "my model");
                perspective(doc, 1).addProperty("optional", "yes");
                numberQuestion(doc).addProperty("weight", 0);
            });
            List<ModelProblem> problems = reading.problems();
            assertEquals(4, problems.size(), problems::toString);
            assertTrue(problems.containsAll(List.of(
                    warning("$.colour", "unknown field 'colour' is ignored"),
                    error("$.id", "'my model' is not a valid id: use letters, digits, '-', '.' and '_'"),
                    error("$.perspectives[1].optional", "must be true or false"),
                    error(NUMBER_Q + ".weight", "must be above 0, not 0"))), problems::toString);
            assertFalse(reading.valid());
        }

        @Test
        void readingTheSameDocumentTwiceGivesTheSameProblems() {
            Consumer<JsonObject> mistakes = doc -> {
                doc.getAsJsonObject("title").addProperty("de", "x");
                doc.getAsJsonObject("title").addProperty("fr", "y");
                scaleQuestion(doc).getAsJsonObject("text").add("auditor", text("A", "A"));
                scaleQuestion(doc).getAsJsonObject("text").add("board", text("B", "B"));
                scale(doc).getAsJsonObject("labels").add("7", text("S", "S"));
                scale(doc).getAsJsonObject("labels").add("6", text("S", "S"));
            };
            List<ModelProblem> first = mutate(mistakes).problems();
            assertEquals(List.of(
                    warning("$.title.de", "'de' is not one of the model's locales [sv, en]; the text is never shown"),
                    warning("$.title.fr", "'fr' is not one of the model's locales [sv, en]; the text is never shown"),
                    error("$.scales[0].labels.6", "not a point of the scale 1..5"),
                    error("$.scales[0].labels.7", "not a point of the scale 1..5"),
                    error(SCALE_Q + ".text.auditor", "unknown perspective 'auditor' (perspectives: customer, provider)"),
                    error(SCALE_Q + ".text.board", "unknown perspective 'board' (perspectives: customer, provider)")),
                    first);
            for (int i = 0; i < 5; i++) {
                assertEquals(first, mutate(mistakes).problems());
            }
        }
    }
}
