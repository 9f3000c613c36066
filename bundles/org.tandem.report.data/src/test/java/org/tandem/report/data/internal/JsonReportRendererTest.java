package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

class JsonReportRendererTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new JsonReportRenderer();
    }

    private JsonObject json(ReportInput input, String language) throws IOException {
        return JsonParser.parseString(new String(render(input, language), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void matchesTheGoldenFiles() throws IOException {
        assertAll(() -> Golden.assertMatches("sample-en.json", render(ReportFixtures.sample(), "en")),
                () -> Golden.assertMatches("sample-sv.json", render(ReportFixtures.sample(), "sv")));
    }

    @Test
    void holdsTheScoreCardsNumbers() throws IOException {
        assertHoldsTheScoreCardsNumbers(ReportFixtures.sample(), "en");
    }

    @Test
    void holdsTheScoreCardsNumbersUnroundedWhenTheyHaveManyDecimals() throws IOException {
        ReportInput input = UnroundedSample.input();
        for (Double number : UnroundedSample.numbers(input.scoreCard())) {
            assertNotEquals(Math.round(number * 10) / 10.0, number, "the card has more than one decimal: " + number);
        }
        for (String language : List.of("en", "sv")) {
            assertHoldsTheScoreCardsNumbers(input, language);
            String text = new String(render(input, language), StandardCharsets.UTF_8);
            assertTrue(text.contains("\"overall\": 59.29232804232804,"), text);
            assertTrue(text.contains("\"score\": 66.66666666666667,"), text);
        }
    }

    private void assertHoldsTheScoreCardsNumbers(ReportInput input, String language) throws IOException {
        ScoreCard card = input.scoreCard();
        JsonObject json = json(input, language).getAsJsonObject("scoreCard");
        assertEquals(card.overall(), json.get("overall").getAsDouble());
        assertEquals(card.respondents(), json.get("respondents").getAsInt());
        assertTrue(json.get("level").isJsonNull());
        assertEquals("developing", json.getAsJsonObject("verdict").get("band").getAsString());
        assertEquals("partner", json.getAsJsonObject("verdict").get("reached").getAsString());
        assertEquals(List.of("transparent", "innovation"), strings(json.getAsJsonObject("verdict").getAsJsonArray("heldBackBy")));
        assertPerspectives(card.perspectives(), json.getAsJsonArray("perspectives"));
        JsonArray dimensions = json.getAsJsonArray("dimensions");
        assertEquals(card.dimensions().size(), dimensions.size());
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionScore expected = card.dimensions().get(i);
            JsonObject actual = dimensions.get(i).getAsJsonObject();
            assertEquals(expected.dimension(), actual.get("dimension").getAsString());
            assertEquals(expected.score(), actual.get("score").getAsDouble());
            assertEquals(expected.band(), actual.get("band").getAsString());
            assertEquals(expected.gap(), actual.get("gap").getAsDouble());
            assertTrue(actual.get("level").isJsonNull());
            assertPerspectives(expected.perspectives(), actual.getAsJsonArray("perspectives"));
        }
        assertEquals("2026-11-03T09:30:00Z", json.getAsJsonObject("provenance").get("computedAt").getAsString());
    }

    @Test
    void writesEveryFieldInAFixedOrderEvenWhenNothingWasAnswered() throws IOException {
        for (ReportInput input : List.of(ReportFixtures.sample(), ReportFixtures.empty())) {
            JsonObject json = json(input, "en");
            assertEquals(List.of("format", "formatVersion", "language", "assessment", "model", "scoreCard",
                    "respondents", "comments", "sla", "actions", "renderer", "history", "standing"),
                    new ArrayList<>(json.keySet()));
            assertEquals("tandem-report", json.get("format").getAsString());
            assertEquals(1, json.get("formatVersion").getAsInt());
            JsonObject assessment = json.getAsJsonObject("assessment");
            assertEquals(List.of("id", "relationship", "model", "status", "created", "deadline", "closed"),
                    new ArrayList<>(assessment.keySet()));
            assertEquals(List.of("id", "version", "title", "perspectives", "dimensions", "bands"),
                    new ArrayList<>(json.getAsJsonObject("model").keySet()));
            JsonObject card = json.getAsJsonObject("scoreCard");
            assertEquals(List.of("overall", "verdict", "level", "respondents", "perspectives", "dimensions",
                    "provenance", "insights"), new ArrayList<>(card.keySet()));
            // a card without insights has them all the same, empty
            assertEquals(List.of("threshold", "expectations", "quadrants", "importance"),
                    new ArrayList<>(card.getAsJsonObject("insights").keySet()));
            assertEquals(0, card.getAsJsonObject("insights").getAsJsonArray("quadrants").size());
            assertEquals(List.of("band", "heldBackBy", "reached"),
                    new ArrayList<>(card.getAsJsonObject("verdict").keySet()));
            for (JsonElement dimension : card.getAsJsonArray("dimensions")) {
                assertEquals(List.of("dimension", "score", "band", "level", "gap", "perspectives"),
                        new ArrayList<>(dimension.getAsJsonObject().keySet()));
            }
            assertEquals(List.of("modelId", "modelVersion", "strategyId", "strategyVersion", "bundle", "bundleVersion",
                    "computedAt"), new ArrayList<>(card.getAsJsonObject("provenance").keySet()));
            assertEquals(List.of("customer", "provider", "enduser"),
                    new ArrayList<>(json.getAsJsonObject("respondents").keySet()));
            assertEquals(List.of("general", "dimensions"), new ArrayList<>(json.getAsJsonObject("comments").keySet()));
            assertEquals(List.of("cooperative", "transparent", "enduser", "innovation", "trust"),
                    new ArrayList<>(json.getAsJsonObject("comments").getAsJsonObject("dimensions").keySet()));
            assertEquals(List.of("id", "format", "name", "mediaType", "extension", "version", "bundle",
                    "bundleVersion"), new ArrayList<>(json.getAsJsonObject("renderer").keySet()));
        }
    }

    @Test
    void writesTheAssessmentCountsAndCommentsOfTheSample() throws IOException {
        JsonObject json = json(ReportFixtures.sample(), "sv");
        assertEquals("sv", json.get("language").getAsString());
        assertEquals("Partnerskap", json.getAsJsonObject("model").get("title").getAsString());
        JsonObject assessment = json.getAsJsonObject("assessment");
        assertEquals("closed", assessment.get("status").getAsString());
        assertEquals("2026-10-01T08:00:00Z", assessment.get("created").getAsString());
        assertEquals("2026-11-01T00:00:00Z", assessment.get("deadline").getAsString());
        assertEquals("ACME Retail – Northwind IT",
                assessment.getAsJsonObject("relationship").get("name").getAsString());
        JsonObject respondents = json.getAsJsonObject("respondents");
        assertEquals(3, respondents.get("customer").getAsInt());
        assertEquals(1, respondents.get("enduser").getAsInt());
        JsonObject comments = json.getAsJsonObject("comments");
        assertEquals(List.of("Good start."), strings(comments.getAsJsonArray("general")));
        assertEquals(List.of("We meet every week."),
                strings(comments.getAsJsonObject("dimensions").getAsJsonArray("cooperative")));
        assertEquals("tandem.test", json.getAsJsonObject("renderer").get("id").getAsString());
    }

    @Test
    void keepsHostileTextsExactAndWritesNoRawMarkup() throws IOException {
        byte[] bytes = render(ReportFixtures.hostile(), "en");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("<script>"), "raw <script> in the bytes");
        assertFalse(text.contains("<b>"), "raw <b> in the bytes");
        assertTrue(text.contains("\\u003cscript\\u003e"));
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        JsonObject comments = json.getAsJsonObject("comments");
        assertEquals(List.of("<script>alert(1)</script>"),
                strings(comments.getAsJsonObject("dimensions").getAsJsonArray("cooperative")));
        assertEquals(List.of("-2+3\nsecond line\r\n\"quoted\", comma"),
                strings(comments.getAsJsonObject("dimensions").getAsJsonArray("transparent")));
        assertEquals(ReportFixtures.hostile().comments(""), strings(comments.getAsJsonArray("general")));
        JsonObject relationship = json.getAsJsonObject("assessment").getAsJsonObject("relationship");
        assertEquals("=HYPERLINK(\"http://x\")", relationship.get("name").getAsString());
        assertEquals("<b>bold</b> & co", relationship.get("customer").getAsString());
    }

    @Test
    void writesNullsForWhatAnEmptyAssessmentLacks() throws IOException {
        JsonObject json = json(ReportFixtures.empty(), "en");
        JsonObject card = json.getAsJsonObject("scoreCard");
        assertTrue(card.get("overall").isJsonNull());
        assertTrue(card.getAsJsonObject("verdict").get("band").isJsonNull());
        assertTrue(card.getAsJsonArray("dimensions").get(0).getAsJsonObject().get("score").isJsonNull());
        assertTrue(json.getAsJsonObject("assessment").get("closed").isJsonNull());
        assertEquals("open", json.getAsJsonObject("assessment").get("status").getAsString());
    }

    private static void assertPerspectives(List<PerspectiveScore> expected, JsonArray actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < actual.size(); i++) {
            JsonObject p = actual.get(i).getAsJsonObject();
            assertEquals(List.of("perspective", "score", "spread", "respondents"), new ArrayList<>(p.keySet()));
            assertEquals(expected.get(i).perspective(), p.get("perspective").getAsString());
            assertEquals(expected.get(i).score(), p.get("score").getAsDouble());
            assertEquals(expected.get(i).spread(), p.get("spread").getAsDouble());
            assertEquals(expected.get(i).respondents(), p.get("respondents").getAsInt());
        }
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        array.forEach(e -> values.add(e.getAsString()));
        return values;
    }
}
