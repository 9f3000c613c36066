package org.tandem.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportView;

/** The analysed, localised view every renderer builds on, read from the fixed sample. */
class ReportViewTest {

    private final ReportView en = ReportView.of(ReportFixtures.sample(), "en");
    private final ReportView sv = ReportView.of(ReportFixtures.sample(), "sv");

    @Test
    void strengthsAndWeaknessesAreRelativeToTheWholeRelationship() {
        // overall 61.4, held back by transparent (44.8) and innovation (38.5)
        assertEquals(List.of("trust", "cooperative", "enduser"), en.strengths().stream().map(ReportView.Row::id).toList());
        assertEquals(List.of("innovation", "transparent"), en.weaknesses().stream().map(ReportView.Row::id).toList());
        ReportView.Row innovation = en.dimensions().get(3);
        assertEquals("Start talking about innovation-driven together.", innovation.recommendation(),
                "the recommendation of the band it is in (supplier)");
        assertEquals("", en.dimensions().get(4).recommendation(), "a strength needs none");
    }

    @Test
    void theVerdictSaysWhatHeldItBack() {
        ReportView.VerdictText verdict = en.verdict();
        assertEquals("Developing cooperation", verdict.title());
        assertEquals("Partner", verdict.reached());
        assertEquals(List.of("Transparent", "Innovation-driven"), verdict.heldBackBy());
        assertEquals("The overall score of 61.4 reaches Partner, but Transparent, Innovation-driven fall below that "
                + "band's floor of 50.0, so the verdict is Developing cooperation.", verdict.why());
        assertEquals("Totalpoängen 61,4 når Partner, men Transparent, Innovationsdriven ligger under nivåns golv på "
                + "50,0, så resultatet blir Samarbete under utveckling.", sv.verdict().why());
    }

    @Test
    void textsNumbersAndDatesAreInTheReportsLanguage() {
        assertEquals("61.4", en.number(61.44));
        assertEquals("61,4", sv.number(61.44));
        assertEquals("–", sv.number(null));
        assertEquals("3 November 2026", en.date());
        assertEquals("3 november 2026", sv.date());
        assertEquals("2026-11-03", sv.isoDate());
        assertEquals("Förtroende", sv.dimensions().get(4).title());
        assertEquals("Kund", sv.sides().get(0).title());
        assertEquals("Customer (3 respondents)", en.label("chart.legend.side", "Customer", 3));
        assertEquals("End user (1 respondent)", en.label("chart.legend.side", "End user", 1));
        assertEquals("no.such.label", en.label("no.such.label"));
    }

    @Test
    void aLanguageTheModelLacksReadsAsItsDefault() {
        ReportView fi = ReportView.of(ReportFixtures.sample(), "fi");
        assertEquals("en", fi.language());
        assertEquals("Trust", fi.dimensions().get(4).title());
        assertEquals("en", ReportView.of(ReportFixtures.sample(), null).language());
    }

    @Test
    void sidesCountRespondentsAndProvenanceNamesEveryPart() {
        assertEquals(List.of(3, 2, 1), en.sides().stream().map(ReportView.Side::respondents).toList());
        assertEquals(6, en.respondents());
        ReportView.Origin origin = en.origin();
        assertEquals("sample@1.0.0", origin.model());
        assertEquals("weighted@1.0.0 (org.tandem.scoring.weighted 1.0.0)", origin.strategy());
        assertEquals("tandem.test@1.0.0 (org.tandem.testkit 1.0.0)", origin.renderer());
        assertEquals("2026-11-03 09:30 UTC", origin.scoredAt());
        assertFalse(en.preliminary());
    }

    @Test
    void commentsComeFromCommentsAndFreeTextAnswersInResponseOrder() {
        assertEquals(List.of("We meet every week."), en.dimensions().get(0).comments());
        assertEquals(List.of("Good start."), en.generalComments());
        assertEquals(Map.of("customer", 3, "provider", 2, "enduser", 1), ReportFixtures.sample().respondents());
    }

    @Test
    void anAssessmentNobodyAnsweredHasNoVerdictAndOnlyWeaknesses() {
        ReportView empty = ReportView.of(ReportFixtures.empty(), "en");
        assertEquals("No verdict yet", empty.verdict().title());
        assertTrue(empty.preliminary());
        assertEquals(List.of(), empty.strengths());
        assertEquals(5, empty.weaknesses().size());
        assertEquals("Start talking about cooperative together.", empty.weaknesses().get(0).recommendation(),
                "unscored: the lowest band's recommendation");
        assertEquals(List.of(), empty.sides());
    }
}
