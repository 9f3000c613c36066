package org.tandem.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs), driven
 * through Selenium. Each browser has its own profile: closing it and opening another is a user
 * closing the browser and coming back.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path screenshots;

    /** A browser window of {@code width} x {@code height} preferring {@code language}; screenshots go to {@code screenshots}. */
    Browser(int width, int height, String language, Path screenshots) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the end-to-end tests need " + CHROMIUM + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.screenshots = screenshots;
    }

    /** Clicks what {@code selector} finds (a submit button, a link) and waits until the next page has replaced this one. */
    void click(By selector) {
        click(driver.findElement(selector));
    }

    /** Clicks {@code element} and waits until the next page has replaced this one. */
    void click(WebElement element) {
        element.click();
        // the old page's element goes away: stale, or (while Chromium swaps documents) no longer in one
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Saves what the browser shows as {@code name}.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path file = screenshots.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
