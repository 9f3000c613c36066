package ${package}.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * ${consultancy}'s report: one self-contained HTML page (no scripts, nothing loaded from elsewhere)
 * built on {@link ReportView}, so it shows the same analysis as every Tandem report: the verdict and
 * why, the dimensions side by side, what to work on with the model's advice, comments and
 * provenance. Every text is escaped as it is written. Change how it looks; keep the escaping.
 * <p>
 * Stateless and thread safe.
 */
@Component(service = ReportRenderer.class)
@ReportRendererProperties(id = "${modelId}.html", format = "html", mediaType = "text/html; charset=UTF-8",
        extension = "html", name = "${consultancy} HTML")
public class HtmlReportRenderer implements ReportRenderer {

    static final String CONSULTANCY = "${consultancy}";

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        Relationship relationship = input.assessment().relationship();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(view.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(view.modelTitle() + ": " + relationship.name())).append("</title>\n")
                .append("</head>\n<body>\n<header>\n")
                .append("<p class=\"consultancy\">").append(escape(CONSULTANCY)).append("</p>\n")
                .append("<h1>").append(escape(view.modelTitle())).append("</h1>\n")
                .append("<p>").append(escape(relationship.name())).append(" (").append(escape(view.date())).append(")</p>\n")
                .append("</header>\n<main>\n");
        ReportView.VerdictText verdict = view.verdict();
        html.append("<h2>").append(escape(view.label("verdict"))).append("</h2>\n")
                .append("<p><strong>").append(escape(verdict.title())).append("</strong></p>\n")
                .append("<p>").append(escape(verdict.why())).append("</p>\n")
                .append("<p>").append(escape(view.label("overall") + ": " + view.number(view.overall()))).append("</p>\n");
        dimensions(view, html);
        html.append("<h2>").append(escape(view.label("weaknesses"))).append("</h2>\n");
        for (ReportView.Row row : view.weaknesses()) {
            html.append("<h3>").append(escape(row.title())).append("</h3>\n")
                    .append("<p>").append(escape(row.recommendation())).append("</p>\n");
        }
        html.append("<h2>").append(escape(view.label("comments"))).append("</h2>\n");
        view.dimensions().forEach(row -> row.comments().forEach(c ->
                html.append("<blockquote>").append(escape(row.title() + ": " + c)).append("</blockquote>\n")));
        view.generalComments().forEach(c -> html.append("<blockquote>").append(escape(c)).append("</blockquote>\n"));
        ReportView.Origin origin = view.origin();
        html.append("</main>\n<footer>\n<p>")
                .append(escape(view.label("provenance") + ": " + origin.model() + ", " + origin.strategy() + ", "
                        + origin.renderer() + ", " + origin.scoredAt()))
                .append("</p>\n</footer>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void dimensions(ReportView view, StringBuilder html) {
        html.append("<h2>").append(escape(view.label("dimensions"))).append("</h2>\n<table>\n<thead><tr><th scope=\"col\">")
                .append(escape(view.label("dimension"))).append("</th><th scope=\"col\">")
                .append(escape(view.label("score"))).append("</th>");
        view.sides().forEach(s -> html.append("<th scope=\"col\">").append(escape(s.title())).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ReportView.Row row : view.dimensions()) {
            html.append("<tr><th scope=\"row\">").append(escape(row.title())).append("</th><td>")
                    .append(escape(view.number(row.score()))).append("</td>");
            view.sides().forEach(s -> html.append("<td>").append(escape(view.number(row.scoreOf(s.id())))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The text with the characters that mean something in HTML written as references. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
