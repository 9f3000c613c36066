package ${package}.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;
import org.tandem.testkit.Models;

/** The ${modelId} model as Tandem reads it when the bundle is dropped into deploy/. */
class ValueModelTest {

    private static final String DOCUMENT = "models/${modelId}.model.json";

    /** The model read as Tandem reads it (the test kit uses Tandem's own reader), without any problem or warning. */
    private static ValueModel model() throws IOException {
        ModelReading reading = Models.readResource(DOCUMENT);
        assertEquals("", Models.problems(reading), "Tandem would refuse or warn about the model");
        return Models.model(reading);
    }

    /** The text is written in that language itself, not only found by falling back to another. */
    private static boolean given(LocalizedText text, String language) {
        String value = text == null ? null : text.values().get(language);
        return value != null && !value.isBlank();
    }

    @Test
    void isReadWithoutAnyProblem() throws IOException {
        ValueModel model = model();
        assertEquals("${modelId}@1.0.0", model.key());
        assertEquals(List.of("en", "sv"), model.locales());
    }

    @Test
    void asksCustomerAndProviderEveryQuestionInEveryLanguage() throws IOException {
        ValueModel model = model();
        assertEquals(List.of("customer", "provider"), model.perspectives().stream().map(Perspective::id).toList());
        for (Question q : model.questions()) {
            for (String side : List.of("customer", "provider")) {
                assertTrue(q.askedOf(side), q.id() + " is asked of " + side);
                for (String language : model.locales()) {
                    assertTrue(given(q.text().get(side), language), q.id() + " " + side + " " + language);
                }
            }
        }
    }

    @Test
    void everyDimensionAdvisesInEveryBandAndLanguage() throws IOException {
        ValueModel model = model();
        assertEquals(List.of("collaboration", "transparency"), model.dimensions().stream().map(Dimension::id).toList());
        for (Dimension d : model.dimensions()) {
            for (Band b : model.bands()) {
                for (String language : model.locales()) {
                    assertTrue(given(d.recommendations().get(b.id()), language), d.id() + " " + b.id() + " " + language);
                }
            }
        }
    }

    @Test
    void namesTheStrategyThatScoresIt() throws IOException {
#if( $withStrategy == "true" )
        assertEquals("${modelId}-weighted", model().scoring().strategy(), "the strategy bundle of this project");
#else
        assertEquals("weighted", model().scoring().strategy(), "Tandem's own weighted scoring");
#end
    }
}
