package com.acme.advisory.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

/** The branded page: the contract every renderer passes, the brand, and nothing a user typed becomes markup. */
class BrandedHtmlReportRendererTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new BrandedHtmlReportRenderer();
    }

    private String page(String language) throws IOException {
        return new String(render(ReportFixtures.sample(), language), StandardCharsets.UTF_8);
    }

    @Test
    void showsTheConsultancyAndTheAnalysis() throws IOException {
        String page = page("en");
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 40));
        assertTrue(page.contains("<p class=\"firm\">Acme Advisory</p>"), "the consultancy's name");
        assertTrue(page.contains("--acme-teal: #0b4f5c"), "the consultancy's colours");
        assertTrue(page.contains("ACME Retail – Northwind IT"), "the relationship");
        assertTrue(page.contains("Developing cooperation"), "the verdict");
        assertTrue(page.contains("Agree on two concrete steps for transparent."), "advice for a weakness");
        assertTrue(page.contains("We meet every week."), "a comment");
        assertTrue(page.contains("tandem.test@1.0.0"), "the renderer in the provenance");
    }

    @Test
    void isSelfContained() throws IOException {
        String page = page("en");
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.contains("<link"), "no linked style sheets");
        assertFalse(page.contains("src=\""), "nothing loaded from elsewhere");
        assertFalse(page.contains("style=\""), "no style attributes");
    }

    @Test
    void speaksSwedish() throws IOException {
        String page = page("sv");
        assertTrue(page.contains("<html lang=\"sv\">"));
        assertTrue(page.contains("Oberoende rådgivning om molntjänster"));
        assertTrue(page.contains("Samarbete under utveckling"), "the verdict in Swedish");
    }

    @Test
    void escapesEverythingUsersTyped() throws IOException {
        String page = new String(render(ReportFixtures.hostile(), "en"), StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>alert(1)</script>"), "a comment became a script");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the comment is shown as text");
        assertFalse(page.contains("<b>bold</b>"), "a customer name became markup");
        assertTrue(page.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"), "the customer name is shown as text");
        assertFalse(page.contains("<img"), "a comment became an image");
        assertTrue(page.contains("=HYPERLINK(&quot;http://x&quot;)"), "the relationship is shown as text");
    }
}
