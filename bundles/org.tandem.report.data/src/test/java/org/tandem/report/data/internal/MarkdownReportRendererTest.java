package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

class MarkdownReportRendererTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new MarkdownReportRenderer();
    }

    private String markdown(ReportInput input, String language) throws IOException {
        return new String(render(input, language), StandardCharsets.UTF_8);
    }

    @Test
    void matchesTheGoldenFiles() throws IOException {
        assertAll(() -> Golden.assertMatches("sample-en.md", render(ReportFixtures.sample(), "en")),
                () -> Golden.assertMatches("sample-sv.md", render(ReportFixtures.sample(), "sv")));
    }

    @Test
    void readsInTheReportsLanguage() throws IOException {
        String sv = markdown(ReportFixtures.sample(), "sv");
        assertTrue(sv.contains("## Resultat: Samarbete under utveckling"), sv);
        assertTrue(sv.contains("| Samarbetsinriktad | 66,7 | 79,2 | – | 72,9 | Partner | 12,5 |"), sv);
        String en = markdown(ReportFixtures.sample(), "en");
        assertTrue(en.contains("## Verdict: Developing cooperation"), en);
        assertTrue(en.contains("- **Innovation-driven** (38.5, Supplier): Start talking about innovation-driven together."), en);
    }

    @Test
    void roundsTheScoreCardsNumbersToOneDecimalForPeople() throws IOException {
        String en = markdown(UnroundedSample.input(), "en");
        assertTrue(en.contains(" 59.3 "), en);
        assertTrue(en.contains("| Cooperative | 66.7 | "), en);
        assertFalse(en.contains("59.29") || en.contains("66.66"), en);
        String sv = markdown(UnroundedSample.input(), "sv");
        assertTrue(sv.contains(" 59,3 "), sv);
        assertTrue(sv.contains("| Samarbetsinriktad | 66,7 | "), sv);
    }

    @Test
    void letsNoUserTextBecomeHtmlOrStructure() throws IOException {
        ReportInput input = ReportFixtures.hostile();
        Node document = Parser.builder().build().parse(markdown(input, "en"));
        String html = HtmlRenderer.builder().build().render(document);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<code>"), html);
        assertFalse(html.contains("<em>"), html);
        assertFalse(html.contains("<li>second"), html);
        List<String> headings = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(text(heading));
            }

            @Override
            public void visit(BlockQuote quote) {
                quotes.add(text(quote));
            }
        });
        assertTrue(headings.stream().noneMatch(h -> h.contains("Heading") || h.contains("alert")), headings.toString());
        List<String> comments = new ArrayList<>();
        input.model().dimensions().forEach(d -> comments.addAll(input.comments(d.id())));
        comments.addAll(input.comments(""));
        assertEquals(comments.stream().map(c -> c.replace("\r\n", "\n")).toList(), quotes,
                "every comment shows as typed, in its own quote");
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"), html);
        assertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"), html);
    }

    @Test
    void escapesWhatWouldBeMarkup() {
        assertEquals("\\# a", MarkdownText.inline("# a"));
        assertEquals("1\\. a", MarkdownText.inline("  1. a"));
        assertEquals("a \\| b", MarkdownText.inline("a | b"));
        assertEquals("a b", MarkdownText.inline("a\r\nb"));
        assertEquals("&lt;i&gt; &amp;amp;", MarkdownText.inline("<i> &amp;"));
        assertEquals("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\\\", MarkdownText.inline("*a* _b_ `c` [d](e) \\"));
        assertEquals("http\\://x www\\.x", MarkdownText.inline("http://x www.x"));
        assertEquals(List.of("> \\- a", ">", "> \\==="), MarkdownText.quote("- a\n\n==="));
        assertEquals("61.4 and 1.5", MarkdownText.inline("61.4 and 1.5"));
        assertEquals("1\\)", MarkdownText.inline("1)"));
        assertEquals("2026 was good. 3) not a list", MarkdownText.inline("2026 was good. 3) not a list"));
    }

    @Test
    void saysWhenThereIsNothingYet() throws IOException {
        String md = markdown(ReportFixtures.empty(), "en");
        assertTrue(md.contains("**Preliminary: the assessment is still open**"), md);
        assertTrue(md.contains("## Verdict: No verdict yet"), md);
        assertTrue(md.contains("No comments."), md);
        assertTrue(md.contains("**Respondents in total:** 0"), md);
    }

    /** The text a reader sees: line breaks as {@code \n}. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else {
                if (!text.isEmpty() && child.getPrevious() != null && child.getPrevious().getClass() == child.getClass()) {
                    text.append("\n\n");
                }
                text.append(text(child));
            }
        }
        return text.toString();
    }
}
