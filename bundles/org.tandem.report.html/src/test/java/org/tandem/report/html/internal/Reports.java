package org.tandem.report.html.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.ReportFixtures;

/** Renders fixtures with one shared renderer and parses them as a browser would. */
final class Reports {

    static final HtmlReportRenderer RENDERER = new HtmlReportRenderer();

    /** What the product registers this renderer as, for the provenance footer. */
    static final RendererInfo RENDERER_INFO = new RendererInfo(
            "tandem.html", "html", "HTML report", "text/html; charset=UTF-8", "html", "0.1.0",
            "org.tandem.report.html", "0.1.0");

    private Reports() {
    }

    /** The report of {@code input} in {@code language}; its provenance names this renderer. */
    static byte[] bytes(ReportInput input, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RENDERER.render(ReportFixtures.withRenderer(input, RENDERER_INFO), language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report of {@code input} in {@code language}, as text. */
    static String html(ReportInput input, String language) {
        return new String(bytes(input, language), StandardCharsets.UTF_8);
    }

    /** Parses {@code html} as HTML5, collecting up to 100 parse errors into {@code errors}. */
    static Document parse(String html, ParseErrorList[] errors) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document document = parser.parseInput(html, "");
        errors[0] = parser.getErrors();
        return document;
    }

}
