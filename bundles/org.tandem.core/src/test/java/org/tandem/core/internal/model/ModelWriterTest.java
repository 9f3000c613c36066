package org.tandem.core.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.api.model.ModelProblem.error;
import static org.tandem.api.model.ModelProblem.warning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;

/** Writing a model and reading it back gives the same records; models built in code validate like documents. */
class ModelWriterTest {

    /** The stock model, relative to this module (Surefire's working directory). */
    private static final Path PARTNERSHIP =
            Path.of("../org.tandem.model.partnership/src/main/resources/models/partnership.model.json");

    private static final ModelReaderImpl READER = new ModelReaderImpl();

    /** Writes {@code model}, reads it back and expects no problem at all. */
    private static ValueModel roundTrip(ValueModel model) {
        String json = ModelWriter.write(model);
        ModelReading reading = READER.read("written", json);
        assertEquals(List.of(), reading.problems(), json);
        return reading.model().orElseThrow();
    }

    @Test
    void minimalDocumentRoundTrips() {
        ValueModel read = READER.read(TestModels.MINIMAL, TestModels.resource(TestModels.MINIMAL)).model().orElseThrow();
        assertEquals(read, roundTrip(read));
    }

    @Test
    void minimalRecordsRoundTrip() {
        assertEquals(TestModels.minimal(), roundTrip(TestModels.minimal()));
    }

    @Test
    void modelWithEveryQuestionTypeAndOperatorIsValid() {
        ValueModel model = TestModels.everyKind();
        ModelReading reading = READER.validate("code", model);
        assertEquals(List.of(), reading.problems());
        assertSame(model, reading.model().orElseThrow(), "validate returns the model it was given");
        assertEquals(
                List.of(QuestionType.SCALE, QuestionType.YES_NO, QuestionType.CHOICE, QuestionType.NUMBER,
                        QuestionType.TEXT),
                model.questions().stream().map(Question::type).distinct().sorted().toList(),
                "every question type");
        assertEquals(List.of(Condition.Operator.values()),
                model.questions().stream().map(Question::showIf).filter(c -> c != null).map(Condition::operator)
                        .distinct().sorted().toList(),
                "every operator");
        assertTrue(model.questions().stream().anyMatch(q -> q.showIf() != null && q.showIf().values().size() > 1),
                "a condition with several values (in)");
    }

    @Test
    void modelWithEveryQuestionTypeAndOperatorRoundTrips() {
        ValueModel model = TestModels.everyKind();
        assertEquals(model, roundTrip(model));
    }

    @Test
    void stockPartnershipModelRoundTrips() throws IOException {
        assertTrue(Files.isRegularFile(PARTNERSHIP), "the stock model " + PARTNERSHIP.toAbsolutePath());
        ModelReading reading = READER.read(PARTNERSHIP.toString(), Files.readString(PARTNERSHIP));
        assertEquals(List.of(), reading.errors(), "the stock model reads valid");
        ValueModel model = reading.model().orElseThrow();
        assertEquals(model, roundTrip(model));
    }

    @Test
    void writtenDocumentIsReadTheSameTwice() {
        ValueModel model = TestModels.everyKind();
        ValueModel once = roundTrip(model);
        assertEquals(once, roundTrip(once));
    }

    @Test
    void validateReportsTheSamePathsAsTheWrittenDocument() {
        ValueModel model = faulty();
        List<ModelProblem> expected = List.of(
                warning("$.title.de", "'de' is not one of the model's locales [sv, en]; the text is never shown"),
                error("$.bands[1].min", "gap: scores from 33.5 to 40 have no band (band 'supplier' ends at 33.5)"),
                error("$.dimensions[0].questions[1].showIf.question", "the condition points at question 'q-number',"
                        + " which comes later; a condition can only depend on an earlier question"),
                error("$.dimensions[0].questions[2].choices[0].label", "missing text in 'en'"),
                error("$.dimensions[1].weight", "must be above 0, not 0"),
                error("$.dimensions[1].questions[2].scale", "unknown scale 'grade10' (scales: agree7, grade)"),
                error("$.dimensions[1].questions[3].id", "duplicate question id 'q-scale' (also at $.dimensions[0].questions[0])"));
        ModelReading validated = READER.validate("code", model);
        assertEquals(expected, validated.problems());
        assertTrue(validated.model().isEmpty(), "a model with errors is refused");
        ModelReading read = READER.read("written", ModelWriter.write(model));
        assertEquals(expected, read.problems(), "the document's problems");
    }

    @Test
    void validateWithoutProblemsReturnsTheModel() {
        ModelReading reading = READER.validate("code", TestModels.minimal());
        assertEquals(List.of(), reading.problems());
        assertEquals("code", reading.source());
        assertEquals(TestModels.minimal(), reading.model().orElseThrow());
    }

    /** {@link TestModels#everyKind()} with one mistake of each kind, made on the records. */
    private static ValueModel faulty() {
        ValueModel m = TestModels.everyKind();
        Map<String, String> title = new LinkedHashMap<>(m.title().values());
        title.put("de", "Alles");

        List<Band> bands = new ArrayList<>(m.bands());
        Band partner = bands.get(1);
        bands.set(1, new Band(partner.id(), 40, partner.max(), partner.title(), partner.description(), partner.floor()));

        Dimension first = m.dimensions().get(0);
        List<Question> firstQuestions = new ArrayList<>(first.questions());
        Question yesno = firstQuestions.get(1);
        firstQuestions.set(1, new Question(yesno.id(), yesno.type(), yesno.text(), yesno.help(), yesno.scale(),
                yesno.choices(), yesno.min(), yesno.max(), yesno.weight(), yesno.reverse(), yesno.required(),
                new Condition("q-number", Condition.Operator.AT_LEAST, List.of("1"))));
        Question choice = firstQuestions.get(2);
        List<Choice> choices = new ArrayList<>(choice.choices());
        choices.set(0, new Choice(choices.get(0).id(), LocalizedText.of("sv", "Lite"), choices.get(0).points()));
        firstQuestions.set(2, new Question(choice.id(), choice.type(), choice.text(), choice.help(), choice.scale(),
                choices, choice.min(), choice.max(), choice.weight(), choice.reverse(), choice.required(), choice.showIf()));

        Dimension second = m.dimensions().get(1);
        List<Question> secondQuestions = new ArrayList<>(second.questions());
        Question grade = secondQuestions.get(2);
        secondQuestions.set(2, new Question(grade.id(), grade.type(), grade.text(), grade.help(), "grade10",
                grade.choices(), grade.min(), grade.max(), grade.weight(), grade.reverse(), grade.required(), grade.showIf()));
        Question text = secondQuestions.get(3);
        secondQuestions.set(3, new Question("q-scale", text.type(), text.text(), text.help(), text.scale(),
                text.choices(), text.min(), text.max(), text.weight(), text.reverse(), text.required(), null));

        List<Dimension> dimensions = List.of(
                new Dimension(first.id(), first.title(), first.description(), first.weight(), firstQuestions,
                        first.recommendations()),
                new Dimension(second.id(), second.title(), second.description(), 0, secondQuestions,
                        second.recommendations()));
        return new ValueModel(m.format(), m.id(), m.version(), new LocalizedText(title), m.description(), m.locales(),
                m.defaultLocale(), m.perspectives(), m.scales(), dimensions, bands, m.scoring());
    }

    @Test
    void aModelBuiltInCodeWithNullsIsReportedNotThrown() {
        ValueModel withNullTitle = new ValueModel(1, "nulls", "1.0.0", null, LocalizedText.EMPTY, List.of("en"), "en",
                List.of(), List.of(), List.of(), List.of(), org.tandem.api.model.ScoringSettings.DEFAULT);
        var reading = new ModelReaderImpl().validate("code", withNullTitle);
        assertFalse(reading.valid());
        assertTrue(reading.errors().get(reading.errors().size() - 1).message().startsWith("the model cannot be checked:"),
                reading.problems().toString());
    }
}
