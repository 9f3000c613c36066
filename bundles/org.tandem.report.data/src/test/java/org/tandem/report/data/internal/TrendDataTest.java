package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.TrendFixtures;

/** The relationship's history and its portfolio standing in the JSON, CSV and Markdown reports. */
class TrendDataTest {

    private static String render(ReportRenderer renderer, ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonCarriesTheEntriesChangesAndTheStanding() throws IOException {
        JsonObject doc = JsonParser.parseString(render(new JsonReportRenderer(), TrendFixtures.trend(), "en"))
                .getAsJsonObject();
        JsonObject history = doc.getAsJsonObject("history");
        assertFalse(history.get("first").getAsBoolean());
        assertEquals(3, history.getAsJsonArray("entries").size());
        assertEquals("0.9.0", history.getAsJsonArray("entries").get(0).getAsJsonObject().getAsJsonObject("model")
                .get("version").getAsString());
        JsonObject providerCoop = history.getAsJsonArray("changes").get(2).getAsJsonObject();
        assertEquals("provider", providerCoop.get("perspective").getAsString());
        assertEquals(12.5, providerCoop.get("delta").getAsDouble(), 1e-9);
        assertEquals("trust", history.getAsJsonArray("leftOut").get(0).getAsJsonObject().get("dimension").getAsString());
        JsonObject standing = doc.getAsJsonObject("standing");
        assertEquals(7, standing.get("relationships").getAsInt());
        JsonObject coop = standing.getAsJsonArray("dimensions").get(0).getAsJsonObject();
        assertEquals(83.3, coop.get("percentileRank").getAsDouble());
        assertEquals(60.0, coop.getAsJsonObject("group").get("median").getAsDouble());
        JsonObject none = JsonParser.parseString(render(new JsonReportRenderer(), ReportFixtures.sample(), "en"))
                .getAsJsonObject();
        assertTrue(none.get("history").isJsonNull());
        assertTrue(none.get("standing").isJsonNull());
    }

    @Test
    void csvHasThePreviousScoreTheChangeAndThePercentileRankPerRow() throws IOException {
        String csv = render(new CsvReportRenderer(), TrendFixtures.trend(), "en");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        Map<String, String> provider = rows.get(1).toMap();
        assertEquals("cooperative", provider.get("dimension"));
        assertEquals("provider", provider.get("side"));
        assertEquals("66.7", provider.get("previous_score"));
        assertEquals("12.5", provider.get("change").substring(0, 4));
        assertEquals("83.3", provider.get("percentile_rank"));
        Map<String, String> trust = rows.stream().map(CSVRecord::toMap).filter(r -> r.get("dimension").equals("trust"))
                .findFirst().orElseThrow();
        assertEquals("", trust.get("change"), "trust is left out of the comparison");
    }

    @Test
    void markdownHasTheHistoryTableChangesAndStanding() throws IOException {
        String md = render(new MarkdownReportRenderer(), TrendFixtures.trend(), "en");
        assertTrue(md.contains("## History of the relationship"), md);
        assertTrue(md.contains("- \\+12.5 Cooperative for Provider"), md); // "+" escaped at a line start
        assertTrue(md.contains("| Cooperative | Provider | 66.7 | 66.7 | 79.2 | +12.5 |"), md);
        assertTrue(md.contains("- Trust: not in sample@0.9.0"), md);
        assertTrue(md.contains("## Where you stand"), md);
        assertTrue(md.contains("| Cooperative | 72.9 | 60.0 | 50.0 – 70.0 | higher than 83% of the others |"), md);
        String first = render(new MarkdownReportRenderer(), TrendFixtures.first(), "en");
        assertTrue(first.contains("This is the first assessment of this relationship"), first);
        assertFalse(first.contains("Where you stand"), first);
    }
}
