package org.tandem.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.TrendFixtures;

/** The history of the relationship and where it stands, in the HTML report. */
class TrendReportTest {

    /** Kept for looking at in a browser as {@code target/<name>-<language>.html}. */
    private static Document document(ReportInput input, String language, String name) throws IOException {
        String html = Reports.html(input, language);
        Files.writeString(Path.of("target", name + "-" + language + ".html"), html);
        ParseErrorList[] errors = new ParseErrorList[1];
        Document document = Reports.parse(html, errors);
        assertTrue(errors[0].isEmpty(), () -> "parse errors: " + errors[0]);
        return document;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void eachComparedDimensionHasASmallChartAndItsScoresPerAssessment(String language) throws IOException {
        Element section = document(TrendFixtures.trend(), language, "trend-report").selectFirst("section.trend");
        assertNotNull(section);
        assertEquals(3, section.select("table.trend-points tbody tr").size());
        List<Element> charts = section.select("svg.sparkline");
        assertEquals(4, charts.size(), "trust is left out");
        for (Element chart : charts) {
            assertEquals("img", chart.attr("role"));
            assertTrue(chart.hasAttr("aria-label"));
        }
        // two sides were scored in every entry: two lines of three points each
        Element cooperative = section.select("div.trend-dimension").get(0);
        assertEquals(3, cooperative.select("svg.sparkline > path").stream()
                .filter(p -> p.attr("fill").equals("none")).count() + 1, "a grid and two lines");
    }

    @Test
    void whatChangedSinceLastTimeLargestFirstAndTheDimensionLeftOut() throws IOException {
        Element section = document(TrendFixtures.trend(), "en", "trend-report").selectFirst("section.trend");
        assertEquals("+12.5 Cooperative for Provider", section.select("ul.changes li").get(0).text());
        assertEquals("Changes since the assessment of 2025-11-04", section.select("h3").get(0).text());
        Element cooperative = section.select("div.trend-dimension").get(0);
        assertEquals("Cooperative", cooperative.selectFirst("h3").text());
        Element provider = cooperative.select("table.trend-table tbody tr").get(2);
        assertEquals(List.of("Provider", "66.7", "66.7", "79.2", "+12.5"), provider.select("th, td").eachText());
        assertEquals("num change up", provider.select("td").last().attr("class"));
        assertEquals("Trust: not in sample@0.9.0", section.selectFirst("ul.left-out li").text());
        Element sv = document(TrendFixtures.trend(), "sv", "trend-report").selectFirst("section.trend");
        assertEquals("+12,5 Samarbetsinriktad för Leverantör", sv.select("ul.changes li").get(0).text());
    }

    @Test
    void theStandingShowsOwnScoreRankAndTheGroupsQuartilesOnly() throws IOException {
        Element section = document(TrendFixtures.trend(), "en", "trend-report").selectFirst("section.standing");
        assertTrue(section.selectFirst("p").text().contains("7 relationships"));
        List<Element> rows = section.select("tbody tr");
        assertEquals(6, rows.size(), "overall and five dimensions");
        assertEquals(List.of("Cooperative", "72.9", "60.0", "50.0 – 70.0", "higher than 83% of the others"),
                rows.get(1).select("th, td").eachText());
    }

    @Test
    void aFirstAssessmentSaysSoAndShowsNoStanding() throws IOException {
        Document document = document(TrendFixtures.first(), "en", "trend-first");
        Element section = document.selectFirst("section.trend");
        assertTrue(section.selectFirst("p.first-assessment").text().startsWith("This is the first assessment"));
        assertTrue(section.select("svg.sparkline").isEmpty());
        assertNull(document.selectFirst("section.standing"));
    }

    @Test
    void anInputWithoutHistoryHasNoSuchSections() throws IOException {
        Document document = document(ReportFixtures.sample(), "en", "trend-none");
        assertNull(document.selectFirst("section.trend"));
        assertNull(document.selectFirst("section.standing"));
    }
}
