package com.acme.advisory.report.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * Acme Advisory's report: one self-contained HTML page (its style sheet inside, no scripts, no
 * images from elsewhere) in the consultancy's colours, with the analysis every Tandem report
 * shares ({@link ReportView}): verdict and why, the dimensions side by side with the perception
 * gap, strengths, what to work on with the model's advice, comments and where the report came from.
 * <p>
 * Stateless and thread safe: each call writes its own page.
 */
@Component(service = ReportRenderer.class)
@ReportRendererProperties(id = "acme.html", format = "html", mediaType = "text/html; charset=UTF-8",
        extension = "html", name = "Acme Advisory HTML")
public class BrandedHtmlReportRenderer implements ReportRenderer {

    static final String FIRM = "Acme Advisory";

    private final String css;

    public BrandedHtmlReportRenderer() {
        try (InputStream in = BrandedHtmlReportRenderer.class.getResourceAsStream("acme.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle's style sheet acme.css cannot be read", e);
        }
    }

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        Html html = new Html();
        Relationship relationship = input.assessment().relationship();
        html.constant("<!DOCTYPE html>\n").open("html", "lang", view.language()).open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", FIRM + " – " + view.modelTitle() + ": " + relationship.name())
                .open("style").constant(css).close("style").close("head").open("body");
        html.open("header", "class", "brand").element("p", FIRM, "class", "firm")
                .element("p", sv(view) ? "Oberoende rådgivning om molntjänster" : "Independent cloud sourcing advice",
                        "class", "tagline")
                .close("header").open("main");
        html.element("h1", view.modelTitle()).element("p", relationship.name(), "class", "relationship");
        html.open("dl", "class", "facts");
        fact(html, view.label("customer"), relationship.customer());
        fact(html, view.label("provider"), relationship.provider());
        fact(html, view.label("date"), view.date());
        fact(html, view.label("respondents.total"), Integer.toString(view.respondents()));
        html.close("dl");
        if (view.preliminary()) {
            html.element("p", view.label("report.preliminary"), "class", "preliminary");
        }
        verdict(html, view);
        dimensions(html, view);
        strengthsAndAdvice(html, view);
        comments(html, view);
        html.close("main");
        footer(html, view);
        html.close("body").close("html");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean sv(ReportView view) {
        return view.language().equals("sv");
    }

    private static void fact(Html html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }

    private static void verdict(Html html, ReportView view) {
        ReportView.VerdictText verdict = view.verdict();
        html.open("section", "class", "verdict", "aria-labelledby", "verdict").element("h2", view.label("verdict"), "id",
                "verdict");
        html.element("p", verdict.title(), "class", "band").element("p", verdict.why());
        if (!verdict.description().isEmpty()) {
            html.element("p", verdict.description());
        }
        html.open("p").text(view.label("overall") + ": ").element("strong", view.number(view.overall()))
                .meter(view.overall(), view.label("overall")).close("p").close("section");
    }

    private static void dimensions(Html html, ReportView view) {
        html.open("section", "aria-labelledby", "dimensions").element("h2", view.label("dimensions"), "id", "dimensions");
        html.open("table").element("caption", view.label("scale")).open("thead").open("tr")
                .element("th", view.label("dimension"), "scope", "col").element("th", view.label("score"), "scope", "col");
        view.sides().forEach(s -> html.element("th", s.title(), "scope", "col"));
        html.element("th", view.label("gap"), "scope", "col").element("th", view.label("band"), "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (ReportView.Row row : view.dimensions()) {
            html.open("tr").element("th", row.title(), "scope", "row").open("td", "class", "number")
                    .text(view.number(row.score())).text(" ").meter(row.score(), row.title()).close("td");
            view.sides().forEach(s -> html.element("td", view.number(row.scoreOf(s.id())), "class", "number"));
            html.element("td", view.number(row.gap()), "class", "number")
                    .element("td", row.band() == null ? view.label("not.scored") : row.bandTitle()).close("tr");
        }
        html.close("tbody").close("table").close("section");
    }

    private static void strengthsAndAdvice(Html html, ReportView view) {
        html.open("section", "aria-labelledby", "strengths").element("h2", view.label("strengths"), "id", "strengths");
        List<ReportView.Row> strengths = view.strengths();
        if (strengths.isEmpty()) {
            html.element("p", view.label("strengths.none"));
        } else {
            html.open("ul");
            strengths.forEach(r -> html.element("li", r.title() + " (" + view.number(r.score()) + ")"));
            html.close("ul");
        }
        html.close("section").open("section", "class", "advice", "aria-labelledby", "advice")
                .element("h2", view.label("weaknesses"), "id", "advice");
        if (view.weaknesses().isEmpty()) {
            html.element("p", view.label("weaknesses.none"));
        }
        for (ReportView.Row r : view.weaknesses()) {
            html.element("h3", r.title() + " (" + view.number(r.score()) + ")").element("p", r.recommendation());
        }
        html.close("section");
    }

    private static void comments(Html html, ReportView view) {
        html.open("section", "aria-labelledby", "comments").element("h2", view.label("comments"), "id", "comments");
        boolean any = false;
        for (ReportView.Row r : view.dimensions()) {
            if (!r.comments().isEmpty()) {
                any = true;
                html.element("h3", r.title());
                r.comments().forEach(c -> html.element("blockquote", c));
            }
        }
        if (!view.generalComments().isEmpty()) {
            any = true;
            html.element("h3", view.label("comments.general"));
            view.generalComments().forEach(c -> html.element("blockquote", c));
        }
        if (!any) {
            html.element("p", view.label("comments.none"));
        }
        html.close("section");
    }

    private static void footer(Html html, ReportView view) {
        ReportView.Origin origin = view.origin();
        html.open("footer").element("h2", view.label("provenance")).open("dl", "class", "facts");
        fact(html, view.label("provenance.model"), origin.model());
        fact(html, view.label("provenance.strategy"), origin.strategy());
        fact(html, view.label("provenance.renderer"), origin.renderer());
        fact(html, view.label("provenance.scored"), origin.scoredAt());
        html.close("dl").element("p", "© " + FIRM).close("footer");
    }
}
