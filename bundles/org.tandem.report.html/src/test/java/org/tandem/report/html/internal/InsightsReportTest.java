package org.tandem.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.InsightFixtures;
import org.tandem.testkit.Models;
import org.tandem.testkit.ReportFixtures;

/** The blind-spot quadrants and the importance table in the HTML report. */
class InsightsReportTest {

    private static final ValueModel MODEL = Models.load(Path.of("../../examples/insights-model/insights.model.json"));

    private static Document document(ReportInput input, String language) throws IOException {
        return document(input, language, null);
    }

    /** Kept for looking at in a browser as {@code target/<name>-<language>.html} when named. */
    private static Document document(ReportInput input, String language, String name) throws IOException {
        String html = Reports.html(input, language);
        if (name != null) {
            Files.writeString(Path.of("target", name + "-" + language + ".html"), html);
        }
        ParseErrorList[] errors = new ParseErrorList[1];
        Document document = Reports.parse(html, errors);
        assertTrue(errors[0].isEmpty(), () -> "parse errors: " + errors[0]);
        return document;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void eachSideHasAQuadrantChartWithEveryDimension(String language) throws IOException {
        Document document = document(InsightFixtures.input(MODEL), language, "insights-report");
        List<Element> charts = document.select("section.insights svg.quadrant");
        assertEquals(2, charts.size(), "customer and provider");
        for (Element chart : charts) {
            assertEquals("img", chart.attr("role"));
            assertEquals(4, chart.select("g.q-point").size());
            assertEquals(4, chart.select("circle.q-expected").size(), "an expectation per dimension");
            assertEquals(List.of("1", "2", "3", "4"), chart.select("g.q-point text").eachText());
        }
        Element customer = document.selectFirst("div.quadrant-side[data-side=customer]");
        // cooperative (1): 100 against 25, a blind spot; innovation (4): 25 against 100, undervalued
        assertEquals("q-point q-blind-spot", customer.select("g.q-point").get(0).attr("class"));
        assertEquals("q-point q-undervalued", customer.select("g.q-point").get(3).attr("class"));
    }

    @Test
    void theShortListNamesTheQuadrantsBlindSpotsFirstWithWhatEachSideExpected() throws IOException {
        Element customer = document(InsightFixtures.input(MODEL), "en").selectFirst("div.quadrant-side[data-side=customer]");
        assertEquals("Customer (the business): own score against Provider (IT)'s", customer.selectFirst("h3").text());
        List<String> groups = customer.select("div.quadrant-group > dt").eachText();
        assertEquals(List.of("Blind spot (we score it high, the other side low)",
                "Undervalued (we score it low, the other side high)", "Agreed weakness (both sides score it low)",
                "Agreed strength (both sides score it high)"), groups);
        assertEquals("1 Cooperative: own 100.0, Provider (IT) 25.0, expected 75.0 (misjudged)",
                customer.selectFirst("div.q-blind-spot dd").text());
    }

    @Test
    void importanceTableShowsEachSidesPriorityBesideItsScoreAndTheGap() throws IOException {
        Element section = document(InsightFixtures.input(MODEL), "en").selectFirst("section.importance");
        assertEquals("Importance versus performance", section.selectFirst("h2").text());
        List<Element> rows = section.select("tbody tr");
        assertEquals(4, rows.size());
        // cooperative: customer 100 (score 100), provider 25 (score 25); gap 75
        assertEquals(List.of("100.0", "100.0", "25.0", "25.0", "75.0"), rows.get(0).select("td").eachText());
        assertEquals("Cooperative Priorities differ", rows.get(0).selectFirst("th").text());
        assertNull(rows.get(1).selectFirst(".differ-tag"), "transparent matters 75 to both");
        assertEquals(3, section.select("tr.differ").size());
    }

    @Test
    void swedishLabels() throws IOException {
        Document document = document(InsightFixtures.input(MODEL), "sv");
        assertEquals("Blinda fläckar", document.selectFirst("#insights-heading").text());
        assertEquals("Vikt mot resultat", document.selectFirst("#importance-heading").text());
        assertTrue(document.selectFirst("div.q-blind-spot dt").text().startsWith("Blind fläck"));
    }

    @Test
    void aModelWithoutExpectationQuestionsSaysWhatTheChartCannotShow() throws IOException {
        Document document = document(InsightFixtures.withoutExpectations(MODEL), "en", "no-expectations-report");
        assertEquals(2, document.select("svg.quadrant").size());
        assertTrue(document.select("circle.q-expected").isEmpty());
        assertTrue(document.selectFirst("section.insights p.note").text().startsWith("This model asks no expectation"));
    }

    @Test
    void aReportWithoutInsightsHasNeitherSection() throws IOException {
        Document document = document(ReportFixtures.sample(), "en", "sample-report");
        assertNull(document.selectFirst("section.insights"));
        assertNull(document.selectFirst("section.importance"));
        assertNull(document.selectFirst("svg.quadrant"));
    }
}
