package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The web pages in a real headless Chromium against the packaged distribution, as people use
 * them. Screenshots land in target/screenshots/.
 */
class EndToEndIT {

    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @Test
    void theAdministratorSignsInForTheFirstTimeAndChoosesAPassword() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
                Browser browser = new Browser(1200, 900, "sv", SHOTS)) {
            String oneTime = p.await(WebClient.ONE_TIME).group(1);
            p.await(Pattern.compile("ready at"));
            browser.driver.get("http://127.0.0.1:" + port + "/");
            assertEquals("Logga in – Tandem", browser.driver.getTitle(), "Swedish from the browser's language");
            browser.screenshot("login-sv");
            browser.driver.findElement(By.id("name")).sendKeys("admin");
            browser.driver.findElement(By.id("password")).sendKeys("wrong password");
            browser.click(By.cssSelector("main form button[type=submit]"));
            assertTrue(browser.driver.findElement(By.cssSelector("[role=alert]")).getText().contains("fel"),
                    browser.driver.getPageSource());
            browser.driver.findElement(By.id("password")).sendKeys(oneTime);
            browser.click(By.cssSelector("main form button[type=submit]"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/password"), browser.driver.getCurrentUrl());
            browser.screenshot("password-sv");
            browser.driver.findElement(By.id("current")).sendKeys(oneTime);
            browser.driver.findElement(By.id("password")).sendKeys("a-long-password");
            browser.click(By.cssSelector("main form button[type=submit]"));
            assertTrue(browser.driver.getCurrentUrl().contains("/assessments"), browser.driver.getCurrentUrl());
        }
    }

    @Test
    void aConsultantRunsAnAssessmentBothSidesAnswerInTheirLanguagesAndTheReportOpens() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        String base = "http://127.0.0.1:" + port;
        try (TandemProcess p = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
                Browser consultant = new Browser(1200, 1000, "en", SHOTS)) {
            String oneTime = p.await(WebClient.ONE_TIME).group(1);
            p.await(Pattern.compile("ready at"));
            WebDriver c = consultant.driver;
            c.get(base + "/login");
            c.findElement(By.id("name")).sendKeys("admin");
            c.findElement(By.id("password")).sendKeys(oneTime);
            consultant.click(By.cssSelector("main form button[type=submit]"));
            c.findElement(By.id("current")).sendKeys(oneTime);
            c.findElement(By.id("password")).sendKeys("a-long-password");
            consultant.click(By.cssSelector("main form button[type=submit]"));

            c.get(base + "/assessments/new");
            c.findElement(By.id("customer")).sendKeys("ACME Retail");
            c.findElement(By.id("provider")).sendKeys("Northwind IT");
            c.findElement(By.id("name")).sendKeys("ACME – Northwind 2026");
            consultant.screenshot("consultant-new");
            consultant.click(By.cssSelector("main form button[type=submit]"));
            assertTrue(c.getCurrentUrl().matches(".*/assessments/[0-9a-f-]{36}$"), c.getCurrentUrl());
            String assessment = c.getCurrentUrl();
            for (String side : new String[] {"customer", "provider"}) {
                c.findElement(By.id("names-" + side)).sendKeys(side.equals("customer") ? "Kim" : "Alex");
                consultant.click(c.findElement(By.cssSelector("form.add input[name=perspective][value=" + side + "]"))
                        .findElement(By.xpath("..")).findElement(By.cssSelector("button[type=submit]")));
            }
            List<String> links = c.findElements(By.cssSelector("input[id^=link-]")).stream()
                    .map(e -> e.getAttribute("value")).toList();
            assertEquals(2, links.size(), c.getPageSource());
            consultant.screenshot("consultant-assessment");

            // the customer answers in Swedish on a phone, closes the browser half-way and comes back
            String customerLink = links.get(0);
            int pagesBefore;
            try (Browser phone = new Browser(390, 844, "sv", SHOTS)) {
                phone.driver.get(customerLink);
                assertEquals("sv", phone.driver.findElement(By.tagName("html")).getAttribute("lang"));
                phone.screenshot("respondent-start-sv");
                phone.click(By.cssSelector("main a.button"));
                pagesBefore = answerPages(phone, 4, 2, "respondent-page-sv");
            }
            try (Browser again = new Browser(390, 844, "sv", SHOTS)) {
                again.driver.get(customerLink);
                again.screenshot("respondent-resume-sv");
                again.click(By.cssSelector("main a.button"));
                assertTrue(again.driver.getCurrentUrl().endsWith("/" + (pagesBefore + 1) + "?lang=sv")
                        || again.driver.getCurrentUrl().contains("/" + (pagesBefore + 1)), again.driver.getCurrentUrl());
                answerPages(again, 4, 99, "respondent-later-sv");
                again.screenshot("respondent-review-sv");
                again.click(By.cssSelector("button[name=action][value=submit]"));
                again.screenshot("respondent-thanks-sv");
                assertTrue(again.driver.getCurrentUrl().contains("/thanks"), again.driver.getCurrentUrl());
            }
            // the provider answers in English on a desktop
            try (Browser desk = new Browser(1200, 1000, "en", SHOTS)) {
                desk.driver.get(links.get(1));
                assertEquals("en", desk.driver.findElement(By.tagName("html")).getAttribute("lang"));
                desk.click(By.cssSelector("main a.button"));
                answerPages(desk, 5, 99, "respondent-page-en");
                desk.click(By.cssSelector("button[name=action][value=submit]"));
                assertTrue(desk.driver.getCurrentUrl().contains("/thanks"), desk.driver.getCurrentUrl());
            }

            c.get(assessment);
            consultant.screenshot("consultant-results");
            consultant.click(By.id("report"));
            assertTrue(c.getPageSource().contains("ACME Retail") && c.getPageSource().contains("<svg"),
                    "the report shows the relationship and its chart");
            consultant.screenshot("consultant-report");
        }
    }

    /**
     * Answers every scale question on the pages that follow with {@code value} (1-5) and goes on,
     * for at most {@code pages} pages or until the review; returns how many pages were answered.
     */
    private static int answerPages(Browser browser, int value, int pages, String shots) throws Exception {
        WebDriver d = browser.driver;
        int answered = 0;
        while (answered < pages && !d.getCurrentUrl().contains("/review")) {
            for (WebElement group : d.findElements(By.cssSelector("form.questionnaire fieldset"))) {
                List<WebElement> radios = group.findElements(By.cssSelector("input[type=radio]"));
                if (radios.size() >= value) {
                    radios.get(value - 1).click();
                }
            }
            if (answered == 0) {
                browser.screenshot(shots);
            }
            browser.click(By.cssSelector("button[name=action][value=next]"));
            assertTrue(d.findElements(By.cssSelector("[role=alert]")).isEmpty(), d.getPageSource());
            answered++;
        }
        return answered;
    }
}
