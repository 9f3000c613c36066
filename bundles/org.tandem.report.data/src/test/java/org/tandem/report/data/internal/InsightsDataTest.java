package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.InsightFixtures;
import org.tandem.testkit.Models;

/** The blind-spot quadrants and importance in the JSON, CSV and Markdown reports of the example model. */
class InsightsDataTest {

    private static final ValueModel MODEL = Models.load(Path.of("../../examples/insights-model/insights.model.json"));

    private static String render(ReportRenderer renderer, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(InsightFixtures.input(MODEL), language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonCarriesEveryPlacementAndTheImportance() throws IOException {
        JsonObject insights = JsonParser.parseString(render(new JsonReportRenderer(), "en")).getAsJsonObject()
                .getAsJsonObject("scoreCard").getAsJsonObject("insights");
        assertEquals(50.0, insights.get("threshold").getAsDouble());
        assertTrue(insights.get("expectations").getAsBoolean());
        JsonArray quadrants = insights.getAsJsonArray("quadrants");
        assertEquals(8, quadrants.size(), "4 dimensions for customer and provider");
        JsonObject cooperative = quadrants.get(0).getAsJsonObject();
        assertEquals(List.of("dimension", "perspective", "counterpart", "own", "other", "quadrant", "expected",
                "expectationGap", "misjudged"), List.copyOf(cooperative.keySet()));
        assertEquals("cooperative", cooperative.get("dimension").getAsString());
        assertEquals("customer", cooperative.get("perspective").getAsString());
        assertEquals("provider", cooperative.get("counterpart").getAsString());
        assertEquals("blind-spot", cooperative.get("quadrant").getAsString());
        assertEquals(100.0, cooperative.get("own").getAsDouble());
        assertEquals(25.0, cooperative.get("other").getAsDouble());
        assertEquals(75.0, cooperative.get("expected").getAsDouble());
        assertEquals(50.0, cooperative.get("expectationGap").getAsDouble());
        assertTrue(cooperative.get("misjudged").getAsBoolean());
        JsonObject importance = insights.getAsJsonArray("importance").get(0).getAsJsonObject();
        assertEquals(75.0, importance.get("gap").getAsDouble());
        assertTrue(importance.get("prioritiesDiffer").getAsBoolean());
        assertEquals(100.0, importance.getAsJsonArray("perspectives").get(0).getAsJsonObject().get("importance")
                .getAsDouble());
    }

    @Test
    void csvHasTheInsightsOnEachRowOfDimensionAndSide() throws IOException {
        String csv = render(new CsvReportRenderer(), "en");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertEquals(8, rows.size());
        Map<String, String> customer = rows.get(0).toMap();
        assertEquals("cooperative", customer.get("dimension"));
        assertEquals("customer", customer.get("side"));
        assertEquals("100.0", customer.get("importance"));
        assertEquals("75.0", customer.get("importance_gap"));
        assertEquals("blind-spot", customer.get("quadrant"));
        assertEquals("provider", customer.get("counterpart"));
        assertEquals("25.0", customer.get("counterpart_score"));
        assertEquals("75.0", customer.get("expected"));
        assertEquals("50.0", customer.get("expectation_gap"));
        Map<String, String> provider = rows.get(1).toMap();
        assertEquals("undervalued", provider.get("quadrant"));
        assertEquals("-75.0", provider.get("expectation_gap"));
    }

    @Test
    void markdownListsTheQuadrantsAndTheImportanceTable() throws IOException {
        String md = render(new MarkdownReportRenderer(), "en");
        assertTrue(md.contains("## Blind spots"), md);
        assertTrue(md.contains("### Customer (the business): own score against Provider (IT)'s"), md);
        assertTrue(md.contains("- **Blind spot:** Cooperative – own 100.0, Provider (IT) 25.0, expected 75.0 (misjudged)"),
                md);
        assertTrue(md.contains("## Importance versus performance"), md);
        assertTrue(md.contains("| Cooperative (Priorities differ) | 100.0 | 100.0 | 25.0 | 25.0 | 75.0 |"), md);
    }
}
