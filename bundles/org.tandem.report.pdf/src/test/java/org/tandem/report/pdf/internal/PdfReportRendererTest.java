package org.tandem.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportView;
import org.tandem.testkit.ReportFixtures;

/** What a reader of the PDF report sees, read back with PDFBox. */
class PdfReportRendererTest {

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    @Test
    void isAPdfOfA4Pages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(ReportFixtures.sample(), "en"))) {
            assertTrue(pdf.getNumberOfPages() >= 2, "the sample fills more than one page");
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5f);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5f);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void showsTheRelationshipTheVerdictAndEveryDimension(String language) throws IOException {
        ReportView view = ReportView.of(ReportFixtures.sample(), language);
        String text = PdfText.of(render(ReportFixtures.sample(), language));
        assertTrue(text.contains("ACME Retail – Northwind IT"), text);
        assertTrue(text.contains(view.verdict().title()), "verdict " + view.verdict().title());
        assertTrue(PdfText.flat(text).contains(view.verdict().why()), "why " + view.verdict().why());
        for (ReportView.Row row : view.dimensions()) {
            assertTrue(text.contains(row.title()), "dimension " + row.title());
        }
        assertTrue(text.contains(view.label("report.preliminary")) == view.preliminary());
    }

    @Test
    void countsRespondentsPerSideWithoutNamingThem() throws IOException {
        String text = PdfText.of(render(ReportFixtures.sample(), "en"));
        assertTrue(text.contains("\nCustomer 3\nProvider 2\nEnd user 1\nRespondents in total 6\n"), text);
        assertTrue(text.contains("Customer (3 respondents)"), "the chart's legend counts respondents");
        assertTrue(text.contains("End user (1 respondent). Shown as points"), "a side with one dimension is points");
    }

    @Test
    void numbersItsPages() throws IOException {
        byte[] pdf = render(ReportFixtures.sample(), "en");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String text = PdfText.of(pdf);
            for (int page = 1; page <= pages; page++) {
                assertTrue(text.contains(page + " / " + pages), "page " + page + " of " + pages);
            }
        }
    }

    @Test
    void showsWhatUsersTypedAsPlainText() throws IOException {
        String text = PdfText.of(render(ReportFixtures.hostile(), "sv"));
        for (String typed : List.of("=HYPERLINK(\"http://x\")", "<b>bold</b> & co", "+cmd|' /C calc'!A0",
                "<script>alert(1)</script>", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3\nsecond line\n\"quoted\", comma",
                "# Heading *bold* _em_ [link](http://x) `code` | pipe | <img src=x onerror=alert(2)> \\ end")) {
            assertTrue(text.contains(typed), typed);
        }
        try (PDDocument pdf = Loader.loadPDF(render(ReportFixtures.hostile(), "sv"))) {
            assertEquals("Partnerskap – =HYPERLINK(\"http://x\")", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void rendersAnAssessmentNobodyAnsweredYet() throws IOException {
        String text = PdfText.of(render(ReportFixtures.empty(), "en"));
        assertTrue(text.contains("No verdict yet"), text);
        assertTrue(text.contains("Preliminary: the assessment is still open"), text);
        assertTrue(text.contains("No comments."), text);
        assertTrue(text.contains("Respondents in total 0"), text);
        assertTrue(text.contains("No scores to draw yet."), text);
    }

    @Test
    void replacesCharactersItsFontsLackAndKeepsSwedishAndTypography() throws IOException {
        String comment = "Bra – “så” är det, ’ÅÄÖ’ … 你好世界 😀 🦄! Slut";
        String text = PdfText.of(render(withComment(comment), "sv"));
        assertTrue(text.contains("Bra – “så” är det, ’ÅÄÖ’ … \uFFFD 😀 \uFFFD! Slut"), text);
        assertFalse(text.contains("你") || text.contains("🦄"), "the fonts have no glyphs for them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void describesItselfWithoutTheClock(String language) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(ReportFixtures.sample(), language))) {
            var info = pdf.getDocumentInformation();
            assertEquals(language.equals("en") ? "Partnership – ACME Retail – Northwind IT"
                    : "Partnerskap – ACME Retail – Northwind IT", info.getTitle());
            assertEquals(ReportFixtures.SCORED, info.getCreationDate().toInstant());
            assertEquals(ReportFixtures.SCORED, info.getModificationDate().toInstant());
            assertEquals(language, pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void derivesItsFileIdentifierFromItsContent() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String language : List.of("en", "sv")) {
            try (PDDocument pdf = Loader.loadPDF(render(ReportFixtures.sample(), language))) {
                COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
                assertEquals(id.getString(0), id.getString(1), "a first version has two equal parts");
                assertNotEquals("0".repeat(16), id.getString(0));
                ids.add(id.toString());
            }
        }
        assertNotEquals(ids.get(0), ids.get(1), "different files, different identifiers");
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(ReportFixtures.sample(), "sv"))) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    private byte[] render(ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        return out.toByteArray();
    }

    /** The sample with one more respondent, who wrote {@code comment} on the whole. */
    private static ReportInput withComment(String comment) {
        ReportInput sample = ReportFixtures.sample();
        List<AnsweredResponse> responses = new ArrayList<>(sample.responses());
        responses.add(new AnsweredResponse(responses.size() + 1, "customer", Map.of(), Map.of("", comment)));
        return new ReportInput(sample.assessment(), sample.model(), sample.scoreCard(), responses, sample.renderer());
    }
}
