package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A consultant attaches the period's SLA figures through the form, agrees actions with both sides, and
 * the report sets the figures beside the relationship ("green lights, red relationship") and lists the
 * actions; the next assessment of the same customer and provider shows which were done. In a real
 * headless Chromium against the packaged distribution; screenshots land in target/screenshots/.
 */
class GreenLightsWebIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void slaFiguresAndAgreedActionsReachTheReportAndTheNextAssessment() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        String base = "http://127.0.0.1:" + port;
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port));
                Browser consultant = new Browser(1200, 1100, "en", SHOTS)) {
            WebClient web = WebClient.admin(p, port, "a-long-password");
            p.await(Pattern.compile("ready at"));
            // every answer in the middle of the scale but innovation at its worst: innovation 0, the others 50,
            // 40 overall: "Developing cooperation", below Partner, with innovation to work on
            String first = submitted(p, 3);
            WebDriver c = consultant.driver;
            c.get(base + "/login");
            c.findElement(By.id("name")).sendKeys("admin");
            c.findElement(By.id("password")).sendKeys("a-long-password");
            consultant.click(By.cssSelector("main form button[type=submit]"));

            // the SLA figures, typed into the form (one with a decimal comma)
            c.get(base + "/assessments/" + first);
            consultant.click(By.id("sla-link"));
            row(c, 0, "Availability", "99.5", "99.7", "higher", "%");
            row(c, 1, "Incident resolution (P1)", "8", "6", "lower", "h");
            row(c, 2, "Changes on time", "90", "95,5", "higher", "%");
            consultant.click(By.id("save-sla"));
            assertTrue(c.getCurrentUrl().contains("saved"), c.getCurrentUrl());
            assertEquals("3 of 3 targets met · green lights", c.findElement(By.cssSelector(".sla-summary")).getText());
            assertEquals("95.5", c.findElement(By.id("achieved-2")).getAttribute("value"));
            assertTrue(c.findElement(By.id("reading")).getText().startsWith("Green lights, red relationship"),
                    c.findElement(By.id("reading")).getText());
            consultant.screenshot("greenlights-sla-form");

            // the same page in Swedish on a phone
            c.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            c.get(base + "/sla/" + first + "?lang=sv");
            assertTrue(c.findElement(By.tagName("h1")).getText().endsWith(": servicenivåer (SLA)"),
                    c.findElement(By.tagName("h1")).getText());
            assertEquals("Gröna lampor, röd relation", c.findElement(By.cssSelector("#reading strong")).getText());
            consultant.screenshot("greenlights-sla-phone-sv");
            c.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1100));
            c.get(base + "/sla/" + first);

            // a wrong number is shown at its field, and nothing is saved
            WebElement target = c.findElement(By.id("target-1"));
            target.clear();
            target.sendKeys("8 h");
            consultant.click(By.id("save-sla"));
            assertEquals("“8 h” is not a number: enter a number such as 99.5, and the unit in its own field.",
                    c.findElement(By.id("target-1-error")).getText());
            assertEquals("true", c.findElement(By.id("target-1")).getAttribute("aria-invalid"));

            // a pasted file with a mistake is refused whole, naming its line and column
            c.get(base + "/sla/" + first);
            c.findElement(By.id("sla-text")).sendKeys("service,target,achieved,better,unit\n"
                    + "Availability,99.5,99.1,higher,%\nResolution,8 h,6,lower,h\n");
            consultant.click(By.id("import-sla"));
            String errors = c.findElement(By.id("import-errors")).getText();
            assertTrue(errors.contains("line 3, target: '8 h' is not a number; write the unit in the unit column"),
                    errors);
            assertEquals("3 of 3 targets met · green lights", c.findElement(By.cssSelector(".sla-summary")).getText());
            consultant.screenshot("greenlights-sla-import-refused");

            // the action plan: the model's recommendations, and two agreed actions
            c.get(base + "/assessments/" + first);
            consultant.click(By.id("actions-link"));
            assertTrue(c.findElements(By.cssSelector("dl.proposals dt")).size() > 0, c.getPageSource());
            agree(consultant, "innovation", "Quarterly innovation day with both sides' architects",
                    "Northwind IT: Eva Berg", "2027-03-31");
            agree(consultant, "", "Monthly steering group on goals, not only figures", "Both", null);
            List<String> agreed = c.findElements(By.cssSelector("section[aria-labelledby=agreed] tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(2, agreed.size(), c.getPageSource());
            assertTrue(agreed.get(0).contains("Quarterly innovation day") && agreed.get(0).contains("2027-03-31"),
                    agreed.get(0));
            consultant.screenshot("greenlights-actions");

            // the report: the lights beside the relationship, and the plan
            c.get(base + "/assessments/" + first + "/report?lang=en");
            assertEquals("Green lights, red relationship · 3 of 3 targets met",
                    c.findElement(By.cssSelector("section.sla .lights-title")).getText().replaceAll("\\s+", " "));
            assertEquals(3, c.findElements(By.cssSelector("section.sla tbody tr.met")).size());
            String plan = c.findElement(By.cssSelector("section.plan")).getText();
            assertTrue(plan.contains("Quarterly innovation day with both sides' architects"), plan);
            assertTrue(plan.contains("Monthly steering group on goals, not only figures"), plan);
            consultant.screenshot("greenlights-report");

            // the JSON API says the same, and refuses a bad import with its line
            String csrf = JsonParser.parseString(web.get("/api/v1/session").body()).getAsJsonObject().get("csrf")
                    .getAsString();
            JsonObject sla = JsonParser.parseString(web.get("/api/v1/assessments/" + first + "/sla").body())
                    .getAsJsonObject();
            assertEquals(3, sla.getAsJsonArray("figures").size());
            assertTrue(sla.getAsJsonObject("greenLights").get("flagged").getAsBoolean(), sla.toString());
            HttpResponse<String> refused = web.json("POST", "/api/v1/assessments/" + first + "/sla/import",
                    "service,target,achieved,better\nA,1,x,higher\n", "Content-Type", "text/csv", "X-CSRF-Token", csrf);
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"line\":2,\"field\":\"achieved\""), refused.body());

            // the next assessment of the same customer and provider shows the actions and which are done
            String second = submitted(p, 4);
            c.get(base + "/actions/" + second);
            assertEquals("0 of 2 actions are done. Mark the others done as they are.",
                    c.findElement(By.cssSelector("section[aria-labelledby=previous] p")).getText());
            consultant.click(c.findElement(By.cssSelector("section[aria-labelledby=previous] tbody tr"))
                    .findElement(By.cssSelector("button[type=submit]")));
            assertEquals("1 of 2 actions are done. Mark the others done as they are.",
                    c.findElement(By.cssSelector("section[aria-labelledby=previous] p")).getText());
            consultant.screenshot("greenlights-previous-actions");
            c.get(base + "/assessments/" + second + "/report?lang=en");
            assertEquals("No SLA figures", c.findElement(By.cssSelector("section.sla .lights-title")).getText());
            assertTrue(c.findElement(By.cssSelector("section.plan")).getText()
                    .contains("1 of 2 actions agreed at the previous assessment are done."));
            consultant.screenshot("greenlights-next-report");
        }
    }

    /** Types one row of the SLA form. */
    private static void row(WebDriver c, int i, String service, String target, String achieved, String better,
            String unit) {
        c.findElement(By.id("service-" + i)).sendKeys(service);
        c.findElement(By.id("target-" + i)).sendKeys(target);
        c.findElement(By.id("achieved-" + i)).sendKeys(achieved);
        new Select(c.findElement(By.id("better-" + i))).selectByValue(better);
        c.findElement(By.id("unit-" + i)).sendKeys(unit);
    }

    /** Agrees an action through the form; {@code due} set as the date picker would. */
    private static void agree(Browser browser, String dimension, String what, String owner, String due) {
        WebDriver c = browser.driver;
        new Select(c.findElement(By.id("action-dimension"))).selectByValue(dimension);
        c.findElement(By.id("action-what")).sendKeys(what);
        c.findElement(By.id("action-owner")).sendKeys(owner);
        if (due != null) {
            ((JavascriptExecutor) c).executeScript("arguments[0].value = arguments[1]",
                    c.findElement(By.id("action-due")), due);
        }
        browser.click(By.id("agree-action"));
    }

    /**
     * An assessment of ACME Retail and Northwind IT with one respondent per side: every scale answer {@code value},
     * but innovation's at their worst.
     */
    private String submitted(TandemProcess p, int value) throws Exception {
        String id = p.command("tandem:create partnership \"ACME Retail\" \"Northwind IT\"",
                Pattern.compile("Assessment (\\S+) created")).group(1);
        String questions;
        try (var in = GreenLightsWebIT.class.getResourceAsStream("/models/partnership-questions.txt")) {
            questions = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder json = new StringBuilder("{\"answers\": {");
        String sep = "";
        for (String question : questions.strip().split("\\s+")) {
            // innovation at its worst: 1, or 5 where the question is reversed
            int answer = !question.startsWith("innov-") ? value
                    : question.equals("innov-green-lights") || question.equals("innov-frozen-environment") ? 5 : 1;
            json.append(sep).append('"').append(question).append("\": ").append(answer);
            sep = ", ";
        }
        Path answers = dir.resolve("answers-" + value + ".json");
        Files.writeString(answers, json.append("}}").toString());
        for (String side : new String[] {"customer", "provider"}) {
            String token = p.command("tandem:invite " + id + " " + side + " Someone",
                    Pattern.compile("Invitation token: (\\S+)")).group(1);
            p.command("tandem:answer --submit " + token + " " + answers, Pattern.compile("answers submitted"));
        }
        return id;
    }
}
