package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

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
            browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            assertTrue(browser.driver.findElement(By.cssSelector("[role=alert]")).getText().contains("fel"),
                    browser.driver.getPageSource());
            browser.driver.findElement(By.id("password")).sendKeys(oneTime);
            browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            assertTrue(browser.driver.getCurrentUrl().endsWith("/password"), browser.driver.getCurrentUrl());
            browser.screenshot("password-sv");
            browser.driver.findElement(By.id("current")).sendKeys(oneTime);
            browser.driver.findElement(By.id("password")).sendKeys("a-long-password");
            browser.driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            assertTrue(browser.driver.getCurrentUrl().contains("/assessments"), browser.driver.getCurrentUrl());
        }
    }
}
