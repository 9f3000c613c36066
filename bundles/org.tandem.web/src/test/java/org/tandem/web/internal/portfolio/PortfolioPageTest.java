package org.tandem.web.internal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.Statistics;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;
import org.tandem.web.internal.http.Pages;

/** The portfolio page: counts and quartiles with titles, no style attributes, nothing below the minimum. */
class PortfolioPageTest {

    private static final ValueModel MODEL = new ValueModel(1, "partnership", "1.1.0", LocalizedText.of("en", "Partner?"),
            LocalizedText.EMPTY, List.of("en"), "en",
            List.of(new Perspective("customer", LocalizedText.of("en", "Customer"), LocalizedText.EMPTY, false),
                    new Perspective("provider", LocalizedText.of("en", "Provider"), LocalizedText.EMPTY, false)),
            List.of(), List.of(new Dimension("coop", LocalizedText.of("en", "Cooperative"), LocalizedText.EMPTY, 1,
                    List.of(), Map.of())),
            List.of(new Band("supplier", 0, 50, LocalizedText.of("en", "Supplier"), LocalizedText.EMPTY, null),
                    new Band("partner", 50, 100, LocalizedText.of("en", "Partner"), LocalizedText.EMPTY, null)),
            ScoringSettings.DEFAULT);

    private static Document render(Portfolio portfolio) throws Exception {
        Map<String, Object> m = new HashMap<>();
        m.put("user", "");
        m.put("csrf", "CSRF");
        m.put("portfolio", PortfolioView.page(portfolio, "en"));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                PortfolioPageTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> method.getName().equals("getWriter") ? writer : null);
        new Pages().render(response, 200, "portfolio/model", "en", m);
        writer.flush();
        // kept for looking at: target/portfolio-<n>.html (links /static/tandem.css)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "portfolio-" + portfolio.relationships()
                + ".html"), out.toString());
        return Jsoup.parse(out.toString());
    }

    @Test
    void verdictCountsAndQuartilesPerDimensionAndSide() throws Exception {
        Portfolio p = new Portfolio("partnership", MODEL, 5, 5, List.of("1.0.0", "1.1.0"),
                List.of(new Portfolio.VerdictCount("supplier", 2), new Portfolio.VerdictCount("partner", 3)),
                List.of(new Portfolio.DimensionStatistics("coop", new Statistics(5, 30, 45, 60),
                        List.of(new Portfolio.SideStatistics("customer", new Statistics(5, 20, 30, 40))))));
        Document page = render(p);
        assertEquals("5 relationships, assessed with versions 1.0.0, 1.1.0 of the model.",
                page.selectFirst("#portfolio-summary").text());
        assertEquals(List.of("Supplier 2 40% 40%", "Partner 3 60% 60%"),
                page.select("table.portfolio-verdicts tbody tr").eachText());
        assertEquals(List.of("Cooperative", "45.0 (30.0–60.0)", "30.0 (20.0–40.0)", "–"),
                page.select("table.portfolio-dimensions tbody tr").get(0).select("th, td").eachText());
        assertTrue(page.select("[style]").isEmpty(), "no style attributes (CSP)");
        assertTrue(page.select("script:not([src])").isEmpty());
        assertEquals(4, page.select("table.portfolio-dimensions thead th[scope=col]").size());
    }

    @Test
    void belowTheMinimumOnlyTheCountIsShown() throws Exception {
        Document page = render(new Portfolio("partnership", MODEL, 3, 5, List.of("1.1.0"), List.of(), List.of()));
        assertNotNull(page.selectFirst("#portfolio-below"));
        assertTrue(page.selectFirst("#portfolio-below").text().contains("from 5 relationships on"));
        assertNull(page.selectFirst("table.portfolio-dimensions"));
    }
}
