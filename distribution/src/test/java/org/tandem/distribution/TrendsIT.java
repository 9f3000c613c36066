package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trends and portfolio in the running distribution: three assessments of one relationship (the
 * customer and provider written with other case and spacing the second time, the third on a newer
 * model version that renamed a dimension) give a history through the API, the report and the
 * assessment page; other relationships fill the model's portfolio, whose statistics appear from
 * five relationships on and never name a client.
 */
class TrendsIT {

    @TempDir
    Path dir;

    @Test
    void aRelationshipsHistoryAndTheModelsPortfolio() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port));
        try {
            p.await(Pattern.compile("ready at"));
            WebClient web = WebClient.admin(p, port, "a-long-password");

            String first = Assessments.submitted(p, dir, "Acme", "Atea");
            close(p, first);
            JsonObject history = json(web.get("/api/v1/assessments/" + first + "/history"));
            assertTrue(history.get("first").getAsBoolean(), history.toString());
            String firstReport = web.get("/api/v1/assessments/" + first + "/report?format=html&lang=en").body();
            assertTrue(firstReport.contains("This is the first assessment of this relationship"), firstReport);

            String second = Assessments.submitted(p, dir, "ACME ", "atea");
            close(p, second);

            // partnership 1.1.0: "innovation" renamed "innovation-driven"
            Path v11 = dir.resolve("partnership-1.1.model.json");
            Files.writeString(v11, newerModel(tandem.home));
            tandem.dropIntoDeploy(v11, "partnership-1.1.model.json");
            p.poll("tandem:models", Pattern.compile("partnership@1\\.1\\.0"));
            String third = Assessments.submitted(p, dir, "Acme", "Atea");

            history = json(web.get("/api/v1/assessments/" + third + "/history"));
            assertFalse(history.get("first").getAsBoolean());
            JsonArray entries = history.getAsJsonArray("entries");
            assertEquals(List.of(first, second, third), ids(entries));
            assertEquals("1.1.0", entries.get(2).getAsJsonObject().getAsJsonObject("model").get("version").getAsString());
            assertTrue(entries.get(2).getAsJsonObject().get("live").getAsBoolean(), "the third is still open");
            assertFalse(history.getAsJsonArray("dimensions").toString().contains("innovation"), history.toString());
            String leftOut = history.getAsJsonArray("leftOut").toString();
            assertTrue(leftOut.contains("\"innovation\"") && leftOut.contains("partnership@1.1.0"), leftOut);
            assertTrue(leftOut.contains("\"innovation-driven\"") && leftOut.contains("partnership@1.0.0"), leftOut);
            assertFalse(history.getAsJsonArray("changes").isEmpty());

            String report = web.get("/api/v1/assessments/" + third + "/report?format=html&lang=en").body();
            assertTrue(report.contains("<section class=\"trend\""), report);
            assertTrue(report.contains("Changes since the assessment of"), report);
            assertTrue(report.contains("class=\"sparkline\""), report);
            assertTrue(report.contains("Innovation-driven: not in partnership@1.0.0"), report);
            String markdown = web.get("/api/v1/assessments/" + third + "/report?format=markdown&lang=sv").body();
            assertTrue(markdown.contains("## Relationens historik"), markdown);
            String page = web.get("/assessments/" + third).body();
            assertTrue(page.contains("id=\"history-section\"") && page.contains("history-changes"), page);

            // a portfolio of one relationship shows its count only
            JsonObject portfolio = json(web.get("/api/v1/portfolio/partnership"));
            assertEquals(1, portfolio.get("relationships").getAsInt());
            assertFalse(portfolio.get("shown").getAsBoolean());
            assertTrue(portfolio.getAsJsonArray("dimensions").isEmpty());
            assertTrue(web.get("/portfolio/partnership").body().contains("id=\"portfolio-below\""));
            assertFalse(json(web.get("/api/v1/assessments/" + third + "/standing")).get("shown").getAsBoolean());

            List<String> others = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                String id = Assessments.submitted(p, dir, "Client " + i, "Provider " + i);
                close(p, id);
                others.add(id);
            }
            portfolio = json(web.get("/api/v1/portfolio/partnership"));
            assertEquals(5, portfolio.get("relationships").getAsInt(), portfolio.toString());
            assertTrue(portfolio.get("shown").getAsBoolean());
            assertEquals("[\"1.0.0\",\"1.1.0\"]", portfolio.getAsJsonArray("versions").toString());
            int counted = 0;
            for (var v : portfolio.getAsJsonArray("verdicts")) {
                counted += v.getAsJsonObject().get("relationships").getAsInt();
            }
            assertEquals(5, counted);
            JsonObject cooperative = portfolio.getAsJsonArray("dimensions").get(0).getAsJsonObject();
            assertEquals(5, cooperative.getAsJsonObject("score").get("count").getAsInt());
            String portfolioPage = web.get("/portfolio/partnership").body();
            assertTrue(portfolioPage.contains("portfolio-dimensions"), portfolioPage);
            for (String name : List.of("Acme", "Client 1", "Provider 4")) {
                assertFalse(portfolioPage.contains(name), "the portfolio page names no client: " + name);
                assertFalse(portfolio.toString().contains(name), name);
            }
            assertTrue(web.get("/portfolio").body().contains("href=\"/portfolio/partnership\""));

            JsonObject standing = json(web.get("/api/v1/assessments/" + third + "/standing"));
            assertTrue(standing.get("shown").getAsBoolean(), standing.toString());
            assertEquals(5, standing.get("relationships").getAsInt());
            report = web.get("/api/v1/assessments/" + third + "/report?format=html&lang=en").body();
            assertTrue(report.contains("<section class=\"standing\""), report);
            for (String id : others) {
                assertFalse(report.contains(id), "the report names no other relationship");
            }
            assertFalse(report.contains("Client 1"));
        } finally {
            p.terminate();
        }
    }

    private static void close(TandemProcess p, String id) throws Exception {
        p.command("tandem:close " + id, Pattern.compile("Assessment \\S+ closed"));
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static List<String> ids(JsonArray entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.getAsJsonObject().get("assessmentId").getAsString()));
        return ids;
    }

    /** The stock model from its bundle in system/, as version 1.1.0 with the "innovation" dimension renamed. */
    private static String newerModel(Path home) throws Exception {
        Path jar;
        try (var files = Files.walk(home.resolve("system"))) {
            jar = files.filter(f -> f.getFileName().toString().startsWith("org.tandem.model.partnership")
                    && f.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String json = new String(zip.getInputStream(zip.getEntry("models/partnership.model.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            JsonObject model = JsonParser.parseString(json).getAsJsonObject();
            model.addProperty("version", "1.1.0");
            for (var d : model.getAsJsonArray("dimensions")) {
                if (d.getAsJsonObject().get("id").getAsString().equals("innovation")) {
                    d.getAsJsonObject().addProperty("id", "innovation-driven");
                }
            }
            return model.toString();
        }
    }
}
