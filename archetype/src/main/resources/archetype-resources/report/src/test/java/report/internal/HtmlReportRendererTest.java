package ${package}.report.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

/** The page: the contract every renderer passes, the consultancy's name, and nothing a user typed becomes markup. */
class HtmlReportRendererTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new HtmlReportRenderer();
    }

    private String page(ReportInput input, String language) throws IOException {
        return new String(render(input, language), StandardCharsets.UTF_8);
    }

    @Test
    void showsTheConsultancyAndTheAnalysis() throws IOException {
        String page = page(ReportFixtures.sample(), "en");
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 40));
        assertTrue(page.contains(HtmlReportRenderer.escape(HtmlReportRenderer.CONSULTANCY)), "the consultancy's name");
        assertTrue(page.contains("Developing cooperation"), "the verdict");
        assertTrue(page.contains("We meet every week."), "a comment");
        assertFalse(page.contains("<script"), "no scripts");
    }

    @Test
    void speaksSwedish() throws IOException {
        String page = page(ReportFixtures.sample(), "sv");
        assertTrue(page.contains("<html lang=\"sv\">"));
        assertTrue(page.contains("Samarbete under utveckling"), "the verdict in Swedish");
    }

    @Test
    void escapesEverythingUsersTyped() throws IOException {
        String page = page(ReportFixtures.hostile(), "en");
        assertFalse(page.contains("<script>alert(1)</script>"), "a comment became a script");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the comment is shown as text");
        assertFalse(page.contains("<b>bold</b>"), "a name became markup");
    }
}
