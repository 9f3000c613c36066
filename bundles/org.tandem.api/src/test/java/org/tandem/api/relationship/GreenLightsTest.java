package org.tandem.api.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Band;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.GreenLights.Lights;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;

/** The green-lights rules, with expectations worked out by hand. */
class GreenLightsTest {

    /** The stock model's bands: partner (60, floor 50) is the lowest band with a floor. */
    static final List<Band> STOCK = List.of(band("supplier", 0, 40, null), band("developing", 40, 60, null),
            band("partner", 60, 80, 50.0), band("strategic-partner", 80, 100, 65.0));

    static Band band(String id, double min, double max, Double floor) {
        return new Band(id, min, max, LocalizedText.of("en", id), LocalizedText.EMPTY, floor);
    }

    static ValueModel model(List<Band> bands) {
        return new ValueModel(1, "m", "1.0.0", LocalizedText.of("en", "M"), LocalizedText.EMPTY, List.of("en"), "en",
                List.of(new Perspective("customer", LocalizedText.of("en", "Customer"), LocalizedText.EMPTY, false)),
                List.of(), List.of(), bands, ScoringSettings.DEFAULT);
    }

    static ScoreCard card(Double overall, String verdict) {
        return new ScoreCard("a", overall, List.of(), List.of(),
                verdict == null ? null : new Verdict(verdict, List.of(), verdict), null, 2, null);
    }

    /** {@code met} figures that met their target and {@code missed} that did not, alternating directions. */
    static List<SlaFigure> figures(int met, int missed) {
        List<SlaFigure> all = new ArrayList<>();
        for (int i = 0; i < met; i++) {
            all.add(i % 2 == 0 ? new SlaFigure("met " + i, 99.5, 99.7, SlaDirection.HIGHER, "%")
                    : new SlaFigure("met " + i, 8, 6, SlaDirection.LOWER, "h"));
        }
        for (int i = 0; i < missed; i++) {
            all.add(i % 2 == 0 ? new SlaFigure("missed " + i, 99.5, 98, SlaDirection.HIGHER, "%")
                    : new SlaFigure("missed " + i, 8, 8.01, SlaDirection.LOWER, "h"));
        }
        return all;
    }

    @Test
    void aTargetIsMetAtItsValueInEitherDirection() {
        assertTrue(new SlaFigure("a", 99.5, 99.5, SlaDirection.HIGHER, "").met());
        assertFalse(new SlaFigure("a", 99.5, 99.49, SlaDirection.HIGHER, "").met());
        assertTrue(new SlaFigure("r", 8, 8, SlaDirection.LOWER, "").met());
        assertFalse(new SlaFigure("r", 8, 8.01, SlaDirection.LOWER, "").met());
    }

    @Test
    void lightsAreGreenFromEightyPerCentAndRedBelowHalf() {
        assertEquals(Lights.NONE, GreenLights.lights(0, 0));
        assertEquals(Lights.GREEN, GreenLights.lights(1, 1));
        assertEquals(Lights.GREEN, GreenLights.lights(4, 5), "80 % exactly");
        assertEquals(Lights.MIXED, GreenLights.lights(3, 4), "75 %");
        assertEquals(Lights.GREEN, GreenLights.lights(8, 10));
        assertEquals(Lights.MIXED, GreenLights.lights(7, 10));
        assertEquals(Lights.MIXED, GreenLights.lights(1, 2), "half is not below half");
        assertEquals(Lights.RED, GreenLights.lights(4, 10));
        assertEquals(Lights.RED, GreenLights.lights(0, 3));
    }

    @Test
    void noFiguresNoFlag() {
        GreenLights g = GreenLights.of(List.of(), card(45.0, "developing"), model(STOCK));
        assertEquals(Lights.NONE, g.lights());
        assertFalse(g.hasFigures());
        assertEquals(Boolean.TRUE, g.relationshipShort());
        assertFalse(g.flagged());
        assertFalse(g.bothRed());
    }

    @Test
    void greenLightsWithAVerdictBelowPartnerAreFlagged() {
        GreenLights g = GreenLights.of(figures(4, 1), card(55.0, "developing"), model(STOCK));
        assertEquals(Lights.GREEN, g.lights());
        assertEquals(4, g.met());
        assertEquals(5, g.total());
        assertEquals("partner", g.partnershipBand());
        assertTrue(g.flagged());
    }

    @Test
    void aVerdictHeldBackByAFloorFallsShortWhateverTheOverallScore() {
        // 85 reaches strategic partner by its score, but a value below the floors keeps the verdict at developing
        GreenLights g = GreenLights.of(figures(3, 0), card(85.0, "developing"), model(STOCK));
        assertTrue(g.flagged());
    }

    @Test
    void greenLightsAndAPartnershipAreNotFlagged() {
        GreenLights partner = GreenLights.of(figures(2, 0), card(60.0, "partner"), model(STOCK));
        assertEquals(Boolean.FALSE, partner.relationshipShort(), "60 is partner: the lowest partnership band");
        assertFalse(partner.flagged());
    }

    @Test
    void mixedLightsAreNotFlagged() {
        GreenLights g = GreenLights.of(figures(3, 1), card(30.0, "supplier"), model(STOCK));
        assertEquals(Lights.MIXED, g.lights());
        assertFalse(g.flagged());
        assertFalse(g.bothRed());
    }

    @Test
    void everyTargetMissedIsRedLightsNotTheFlag() {
        GreenLights g = GreenLights.of(figures(0, 3), card(30.0, "supplier"), model(STOCK));
        assertEquals(Lights.RED, g.lights());
        assertEquals(0, g.met());
        assertFalse(g.flagged());
        assertTrue(g.bothRed());
        GreenLights partner = GreenLights.of(figures(0, 3), card(70.0, "partner"), model(STOCK));
        assertFalse(partner.bothRed());
    }

    @Test
    void withoutFloorsTheMidpointDecides() {
        ValueModel plain = model(List.of(band("low", 0, 50, null), band("high", 50, 100, null)));
        GreenLights atMidpoint = GreenLights.of(figures(1, 0), card(50.0, "high"), plain);
        assertNull(atMidpoint.partnershipBand());
        assertTrue(atMidpoint.flagged(), "50 is not above the midpoint");
        assertFalse(GreenLights.of(figures(1, 0), card(50.1, "high"), plain).flagged());
    }

    @Test
    void aModelWithoutBandsUsesTheMidpoint() {
        ValueModel none = model(List.of());
        assertTrue(GreenLights.of(figures(5, 0), card(42.0, null), none).flagged());
        assertFalse(GreenLights.of(figures(5, 0), card(75.0, null), none).flagged());
    }

    @Test
    void nothingScoredDecidesNothing() {
        GreenLights g = GreenLights.of(figures(2, 0), card(null, null), model(STOCK));
        assertNull(g.relationshipShort());
        assertFalse(g.flagged());
    }
}
