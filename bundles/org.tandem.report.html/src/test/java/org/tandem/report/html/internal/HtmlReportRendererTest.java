package org.tandem.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.ReportFixtures;

/** What a reader, a browser and a printer see of the HTML report. */
class HtmlReportRendererTest {

    private static final List<String> TITLES_EN = List.of("Cooperative", "Transparent",
            "End-user experience in focus", "Innovation-driven", "Trust");
    private static final List<String> TITLES_SV = List.of("Samarbetsinriktad", "Transparent",
            "Slutanvändarens upplevelse i fokus", "Innovationsdriven", "Förtroende");

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void parsesAsHtml5WithoutErrors(String language) {
        for (ReportInput input : List.of(ReportFixtures.sample(), ReportFixtures.hostile(), ReportFixtures.empty())) {
            ParseErrorList[] errors = new ParseErrorList[1];
            Document document = Reports.parse(Reports.html(input, language), errors);
            assertTrue(errors[0].isEmpty(), () -> "parse errors: " + errors[0]);
            assertEquals(language, document.selectFirst("html").attr("lang"));
            assertEquals("utf-8", document.selectFirst("meta[charset]").attr("charset"));
        }
    }

    @Test
    void drawsOneAxisPerDimensionAndOnePolygonPerSideScoredOnThreeOrMore() {
        Document document = document(ReportFixtures.sample(), "en");
        Element radar = document.selectFirst("svg.radar");
        assertEquals("img", radar.attr("role"));
        assertFalse(radar.attr("aria-label").isBlank());
        assertEquals("Scores per dimension and side", radar.selectFirst("title").text());
        assertEquals(5, radar.select("line.axis").size());
        assertEquals(5, radar.select("path.ring").size(), "grid rings at 20, 40, 60, 80, 100");
        Elements polygons = radar.select("polygon");
        assertEquals(2, polygons.size(), "customer and provider; end users scored one dimension");
        assertEquals(2, radar.select("polygon.side").size());
        assertEquals("customer", polygons.get(0).parent().attr("data-side"));
        assertEquals("provider", polygons.get(1).parent().attr("data-side"));
        assertTrue(radar.select("g[data-side=enduser] polygon").isEmpty());
        assertEquals(1, radar.select("g[data-side=enduser] path.marker.point").size());
        assertEquals(TITLES_EN, radar.select("text.axis-label").stream()
                .map(label -> String.join(" ", label.select("tspan").eachText())).toList());
    }

    @Test
    void tellsSidesApartInColourAndInBlackAndWhite() {
        Elements polygons = document(ReportFixtures.sample(), "en").select("svg.radar polygon.side");
        assertFalse(polygons.get(0).attr("stroke").equals(polygons.get(1).attr("stroke")));
        assertFalse(polygons.get(0).attr("stroke-dasharray").equals(polygons.get(1).attr("stroke-dasharray")));
    }

    @Test
    void namesEverySideWithItsRespondentsInTheLegend() {
        Document document = document(ReportFixtures.sample(), "en");
        assertEquals(List.of("Customer (3 respondents)", "Provider (2 respondents)",
                "End user (1 respondent) Shown as points: scored on fewer than three dimensions."),
                document.select("ul.legend li").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void showsEveryDimensionWithItsBarsGapAndSpread(String language) {
        Document document = document(ReportFixtures.sample(), language);
        List<String> titles = language.equals("en") ? TITLES_EN : TITLES_SV;
        assertEquals(titles, document.select("article.dimension h3").eachText());
        Element cooperative = document.selectFirst("article.dimension");
        assertEquals(2, cooperative.select("tbody tr[class^=side-] svg.bar rect").size());
        assertEquals(language.equals("en") ? "12.5" : "12,5", cooperative.selectFirst("tr.gap td.num").text());
        assertEquals(language.equals("en") ? "± 14.4" : "± 14,4",
                cooperative.selectFirst("tr.side-1 td.num:last-child").text());
        Element enduser = document.select("article.dimension").get(2);
        assertEquals(3, enduser.select("svg.bar rect").size(), "customer, provider and end users");
    }

    @Test
    void readsInOrderFromVerdictToProvenance() {
        Document document = document(ReportFixtures.sample(), "en");
        assertEquals(List.of("Verdict", "Service levels beside the relationship", "Scores per dimension and side", "Dimensions", "Strengths", "To work on",
                "Action plan", "Respondents", "Comments", "How this report was made"),
                document.select("h2").eachText());
        assertEquals("Developing cooperation", document.selectFirst(".verdict .band").text());
        assertTrue(document.selectFirst(".verdict .why").text().contains("Transparent, Innovation-driven"));
        assertEquals(List.of("Trust 85.4", "Cooperative 72.9", "End-user experience in focus 65.6"),
                document.select(".summary .column:first-child li").eachText());
        assertEquals(List.of("Innovation-driven", "Transparent"),
                document.select(".recommendations .plan-item h3 .name").eachText());
        assertEquals("No SLA figures", document.selectFirst(".sla .lights-title").text());
        assertTrue(document.select(".sla-table").isEmpty());
        assertEquals("No actions agreed yet.", document.selectFirst(".recommendations p.none").text());
        assertEquals("We meet every week.", document.selectFirst(".comments .quotes li").text());
        assertTrue(document.select(".preliminary").isEmpty(), "the sample is closed");
        String footer = document.selectFirst("footer.provenance").text();
        assertTrue(footer.contains("sample@1.0.0"), footer);
        assertTrue(footer.contains("weighted@1.0.0"), footer);
        assertTrue(footer.contains("tandem.html@0.1.0 (org.tandem.report.html 0.1.0)"), footer);
        assertTrue(footer.contains("2026-11-03 09:30 UTC"), footer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void isSelfContained(String language) {
        Document document = document(ReportFixtures.sample(), language);
        assertTrue(document.select("script").isEmpty());
        assertTrue(document.select("link, img, iframe, object, embed, image, use").isEmpty());
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase(Locale.ROOT);
                assertFalse(value.contains("http:") || value.contains("https:") || value.contains("//"),
                        () -> element.tagName() + " " + attribute);
                assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), () -> attribute.toString());
            }
        }
        String style = document.select("style").html().toLowerCase(Locale.ROOT);
        for (String banned : List.of("http:", "https:", "//", "url(", "@import", "@font-face")) {
            assertFalse(style.contains(banned), banned + " in the style sheet");
        }
    }

    @Test
    void printsOnA4WithoutBreakingChartsOrBars() {
        String style = document(ReportFixtures.sample(), "en").select("style").html();
        assertTrue(style.contains("@page { size: A4;"), style);
        String print = style.substring(style.indexOf("@media print"));
        assertTrue(print.contains(".chart") && print.contains(".dimension") && print.contains("break-inside: avoid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void writesWhatUsersTypeAsText(String language) {
        Document document = document(ReportFixtures.hostile(), language);
        assertTrue(document.select("script").isEmpty(), "no script element");
        assertTrue(document.select("img").isEmpty(), "no img element");
        assertTrue(document.select("main b").isEmpty(), "no b element");
        Elements comments = document.select(".comments .quotes li");
        assertTrue(comments.eachText().contains("<script>alert(1)</script>"), comments::toString);
        assertTrue(comments.eachText().stream().anyMatch(t -> t.contains("<img src=x onerror=alert(2)>")));
        assertEquals("<b>bold</b> & co", document.selectFirst(".facts div:nth-child(1) dd").text());
        assertEquals("+cmd|' /C calc'!A0", document.selectFirst(".facts div:nth-child(2) dd").text());
        assertEquals("=HYPERLINK(\"http://x\")", document.selectFirst("h1").text());
        assertTrue(document.select("[onerror], [href], [src]").isEmpty());
    }

    @Test
    void reportsAnAssessmentNobodyAnsweredSensibly() {
        Document document = document(ReportFixtures.empty(), "en");
        assertEquals("No verdict yet", document.selectFirst(".verdict .band").text());
        assertEquals("Preliminary: the assessment is still open", document.selectFirst(".preliminary").text());
        assertEquals(5, document.select("svg.radar line.axis").size());
        assertTrue(document.select("svg.radar polygon, svg.radar path.marker").isEmpty());
        assertEquals("No scores to draw yet.", document.selectFirst(".chart .empty").text());
        assertEquals("No dimension stands out yet.", document.selectFirst(".summary .none").text());
        assertEquals("0", document.selectFirst(".respondents tfoot td").text());
        String text = document.text();
        for (String bad : List.of("NaN", "null", "Infinity")) {
            assertFalse(text.contains(bad), bad + " in " + text);
        }
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(a -> assertFalse(a.getValue().contains("NaN"), a::toString));
        }
    }

    private static Document document(ReportInput input, String language) {
        return Reports.parse(Reports.html(input, language), new ParseErrorList[1]);
    }

    @Test
    void flagsGreenLightsOnARedRelationshipAndListsTheFigures() {
        Document document = document(ReportFixtures.greenLights(), "en");
        Element sla = document.selectFirst("section.sla");
        assertTrue(sla.hasClass("sla-flag"));
        assertEquals("Green lights, red relationship · 4 of 5 targets met", sla.selectFirst(".lights-title").text());
        assertTrue(sla.selectFirst(".lights-text").text().contains(
                "its verdict is Developing cooperation, below Partner"), sla.text());
        assertEquals(List.of("Availability 99.5 % 99.7 % higher ✓ Met",
                "Incident resolution (P1) 4 h 3.5 h lower ✓ Met", "Changes on time 90 % 92 % higher ✓ Met",
                "Service desk answers within 60 s 80 % 76 % higher ✗ Missed",
                "Backups restored in test 12 12 higher ✓ Met"), sla.select("tbody tr").eachText());
        assertEquals(1, sla.select("tbody tr.missed").size());
        Element sv = document(ReportFixtures.greenLights(), "sv").selectFirst("section.sla");
        assertEquals("Gröna lampor, röd relation · 4 av 5 mål uppfyllda", sv.selectFirst(".lights-title").text());
        assertEquals("99,5 %", sv.selectFirst("tbody td.num").text());
    }

    @Test
    void saysRedLightsWhenEveryTargetIsMissed() {
        Element sla = document(ReportFixtures.redLights(), "en").selectFirst("section.sla");
        assertTrue(sla.hasClass("sla-red"));
        assertEquals("Red lights · 0 of 3 targets met", sla.selectFirst(".lights-title").text());
        assertTrue(sla.selectFirst(".lights-text").text().startsWith("Red lights: only 0 of 3 targets were met, "
                + "and the relationship falls short of a partnership too"), sla.text());
    }

    @Test
    void theActionPlanPutsAgreedActionsUnderTheirDimensionsAndListsLastTimes() {
        Element plan = document(ReportFixtures.greenLights(), "en").selectFirst("section.plan");
        assertEquals("Action plan", plan.selectFirst("h2").text());
        assertEquals(List.of("Innovation-driven", "Transparent", "The relationship as a whole"),
                plan.select(".plan-item h3 .name").eachText());
        assertEquals(List.of("Quarterly innovation day with both sides' architects Northwind IT: Eva Berg 2027-03-31 Open"),
                plan.select(".plan-item").get(0).select("tbody tr").eachText());
        assertEquals("Done", plan.select(".plan-item").get(1).selectFirst("tbody tr.done .status").text());
        assertTrue(plan.select(".plan-item").get(0).selectFirst(".recommendation").text().startsWith("Recommendation:"));
        assertEquals("1 of 2 actions agreed at the previous assessment are done.",
                plan.selectFirst(".previous-heading + p").text());
        assertEquals(List.of("Cooperative Agree a change-freeze calendar Northwind IT 2026-01-31 Done",
                "Innovation-driven Joint review of costs and savings Both 2026-06-30 Open"),
                plan.select("table.previous tbody tr").eachText());
    }
}
