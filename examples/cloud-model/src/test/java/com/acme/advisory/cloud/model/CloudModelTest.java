package com.acme.advisory.cloud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The cloud model as Tandem reads it when the bundle is dropped into deploy/. */
class CloudModelTest {

    /** The path the bundle's Tandem-ValueModel header names. */
    private static final String DOCUMENT = "models/cloud.model.json";

    private static ValueModel model() {
        return Models.loadResource(DOCUMENT);
    }

    /** The text is written in that language itself, not only found by falling back to another. */
    private static boolean given(LocalizedText text, String language) {
        String value = text.values().get(language);
        return value != null && !value.isBlank();
    }

    @Test
    void isReadWithoutAnyProblem() {
        ModelReading reading = Models.readResource(DOCUMENT);
        assertEquals("", Models.problems(reading), "Tandem would refuse or warn about the model");
        ValueModel model = reading.model().orElseThrow();
        assertEquals("cloud@1.0.0", model.key());
        assertEquals(List.of("en", "sv"), model.locales());
    }

    @Test
    void asksCustomerAndProviderTheSameQuestionsOnSixDimensions() {
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
    void isScoredWithTheConsultancysStrategy() {
        assertEquals("cloud-penalty", model().scoring().strategy());
    }

    @Test
    void everyDimensionAdvisesInEveryBandAndLanguage() {
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
    void theTrustedVerdictsNeedEveryDimension() {
        List<Band> bands = model().bands();
        assertEquals(List.of("transactional", "managed", "trusted", "strategic"), bands.stream().map(Band::id).toList());
        assertEquals(50.0, bands.get(2).floor());
        assertEquals(65.0, bands.get(3).floor());
    }
}
