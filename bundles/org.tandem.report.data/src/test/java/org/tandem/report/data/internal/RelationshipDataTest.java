package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;

/** SLA figures, the green-lights flag and agreed actions in the JSON, CSV and Markdown reports. */
class RelationshipDataTest {

    private static byte[] render(ReportRenderer renderer, ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        return out.toByteArray();
    }

    @Test
    void jsonCarriesTheFiguresTheFlagAndTheActions() throws IOException {
        JsonObject json = JsonParser.parseString(new String(render(new JsonReportRenderer(), ReportFixtures.greenLights(),
                "en"), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject sla = json.getAsJsonObject("sla");
        assertEquals(5, sla.getAsJsonArray("figures").size());
        assertEquals("{\"service\":\"Service desk answers within 60 s\",\"target\":80.0,\"achieved\":76.0,"
                + "\"better\":\"higher\",\"unit\":\"%\",\"met\":false}", sla.getAsJsonArray("figures").get(3).toString());
        assertEquals("green", sla.get("lights").getAsString());
        assertEquals(4, sla.get("met").getAsInt());
        assertEquals("partner", sla.get("partnershipBand").getAsString());
        assertTrue(sla.get("greenLightsRedRelationship").getAsBoolean());
        JsonObject actions = json.getAsJsonObject("actions");
        assertEquals(3, actions.getAsJsonArray("agreed").size());
        assertTrue(actions.getAsJsonArray("agreed").get(2).getAsJsonObject().get("dimension").isJsonNull());
        assertEquals("done", actions.getAsJsonArray("previous").get(0).getAsJsonObject().get("status").getAsString());

        JsonObject none = JsonParser.parseString(new String(render(new JsonReportRenderer(), ReportFixtures.sample(),
                "en"), StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("sla");
        assertEquals("none", none.get("lights").getAsString());
        assertEquals(false, none.get("greenLightsRedRelationship").getAsBoolean());
    }

    @Test
    void csvCarriesTheReadingOnEveryRowAndTheActionsPerDimension() throws IOException {
        List<CSVRecord> rows = CsvFiles.parse(render(new CsvReportRenderer(), ReportFixtures.greenLights(), "en"));
        CSVRecord innovation = rows.stream().filter(r -> r.get("dimension").equals("innovation")).findFirst().orElseThrow();
        assertEquals(List.of("4", "5", "green", "true", "1", "0"), List.of(innovation.get("sla_met"),
                innovation.get("sla_total"), innovation.get("sla_lights"), innovation.get("green_lights_red_relationship"),
                innovation.get("actions"), innovation.get("actions_done")));
        CSVRecord transparent = rows.stream().filter(r -> r.get("dimension").equals("transparent")).findFirst()
                .orElseThrow();
        assertEquals("1", transparent.get("actions_done"));
        CSVRecord none = CsvFiles.parse(render(new CsvReportRenderer(), ReportFixtures.sample(), "en")).get(0);
        assertEquals(List.of("", "0", "none", ""), List.of(none.get("sla_met"), none.get("sla_total"),
                none.get("sla_lights"), none.get("green_lights_red_relationship")));
        CSVRecord red = CsvFiles.parse(render(new CsvReportRenderer(), ReportFixtures.redLights(), "en")).get(0);
        assertEquals(List.of("0", "3", "red", "false"), List.of(red.get("sla_met"), red.get("sla_total"),
                red.get("sla_lights"), red.get("green_lights_red_relationship")));
    }

    @Test
    void markdownSaysWhatTheLightsMeanAndListsTheActions() throws IOException {
        String md = new String(render(new MarkdownReportRenderer(), ReportFixtures.greenLights(), "en"),
                StandardCharsets.UTF_8);
        assertTrue(md.contains("## Service levels beside the relationship\n\n**Green lights, red relationship** "
                + "(4 of 5 targets met): The service levels are met"), md);
        assertTrue(md.contains("| Service desk answers within 60 s | 80 % | 76 % | higher | Missed |"), md);
        assertTrue(md.contains("| Innovation-driven | Quarterly innovation day with both sides' architects | "
                + "Northwind IT: Eva Berg | 2027-03-31 | Open |"), md);
        assertTrue(md.contains("1 of 2 actions agreed at the previous assessment are done."), md);
    }
}
