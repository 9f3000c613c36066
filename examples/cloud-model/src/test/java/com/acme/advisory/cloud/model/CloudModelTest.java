package com.acme.advisory.cloud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;
import org.tandem.core.internal.model.ModelReaderImpl;

/** The cloud model as Tandem reads it when the bundle is dropped into deploy/. */
class CloudModelTest {

    private static final String DOCUMENT = "models/cloud.model.json";

    private static String document() throws IOException {
        try (InputStream in = CloudModelTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertNotNull(in, DOCUMENT + " is not in the bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValueModel model() throws IOException {
        ModelReading reading = new ModelReaderImpl().read(DOCUMENT, document());
        assertEquals(List.of(), reading.problems(), "Tandem would refuse or warn about the model");
        return reading.model().orElseThrow();
    }

    /** The text is written in that language itself, not only found by falling back to another. */
    private static boolean given(LocalizedText text, String language) {
        String value = text.values().get(language);
        return value != null && !value.isBlank();
    }

    @Test
    void isReadWithoutAnyProblem() throws IOException {
        ValueModel model = model();
        assertEquals("cloud@1.0.0", model.key());
        assertEquals(List.of("en", "sv"), model.locales());
    }

    @Test
    void asksCustomerAndProviderTheSameQuestionsOnSixDimensions() throws IOException {
        ValueModel model = model();
        assertEquals(List.of("customer", "provider"), model.perspectives().stream().map(Perspective::id).toList());
        assertEquals(List.of("availability", "cost", "security", "exit", "support", "roadmap"),
                model.dimensions().stream().map(Dimension::id).toList());
        for (Question q : model.questions()) {
            assertTrue(q.askedOf("customer") && q.askedOf("provider"), q.id() + " is asked of both sides");
            for (String side : List.of("customer", "provider")) {
                for (String language : model.locales()) {
                    assertTrue(given(q.text().get(side), language), q.id() + " " + side + " " + language);
                }
            }
        }
    }

    @Test
    void isScoredWithTheConsultancysStrategy() throws IOException {
        assertEquals("cloud-penalty", model().scoring().strategy());
    }

    @Test
    void everyDimensionAdvisesInEveryBandAndLanguage() throws IOException {
        ValueModel model = model();
        for (Dimension d : model.dimensions()) {
            for (Band b : model.bands()) {
                assertNotNull(d.recommendations().get(b.id()), d.id() + " has no advice for " + b.id());
                for (String language : model.locales()) {
                    assertTrue(given(d.recommendations().get(b.id()), language),
                            d.id() + " " + b.id() + " " + language);
                }
            }
        }
    }

    @Test
    void theTrustedVerdictsNeedEveryDimension() throws IOException {
        List<Band> bands = model().bands();
        assertEquals(List.of("transactional", "managed", "trusted", "strategic"), bands.stream().map(Band::id).toList());
        assertEquals(50.0, bands.get(2).floor());
        assertEquals(65.0, bands.get(3).floor());
    }
}
