package org.tandem.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.TrendFixtures;

/** The relationship's history and its standing in the PDF report, read back as text. */
class TrendPdfTest {

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    /** The report's text; the PDF is kept as {@code target/<name>.pdf} for looking at. */
    private String text(ReportInput input, String language, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        Files.write(Path.of("target", name + ".pdf"), out.toByteArray());
        return PdfText.flat(PdfText.of(out.toByteArray()));
    }

    @Test
    void theHistoryListsTheAssessmentsTheChangesAndEachDimensionsScores() throws IOException {
        String text = text(TrendFixtures.trend(), "en", "trend-report-en");
        assertTrue(text.contains("History of the relationship"), text);
        assertTrue(text.contains("2024-11-05 ACME Retail – Northwind IT 2024 sample@0.9.0 48.0 Developing cooperation"), text);
        assertTrue(text.contains("Changes since the assessment of 2025-11-04 +12.5 Cooperative for Provider"
                + " +6.7 Cooperative for Customer"), text);
        assertTrue(text.contains("Provider 66.7 66.7 79.2 +12.5"), text);
        assertTrue(text.contains("Customer 35.0 30.0 29.2 −0.8"), text);
        assertTrue(text.contains("Trust: not in sample@0.9.0"), text);
        assertTrue(text.contains("Where you stand"), text);
        assertTrue(text.contains("Cooperative 72.9 60.0 50.0 – 70.0 higher than 83% of the others"), text);
    }

    @Test
    void swedish() throws IOException {
        String text = text(TrendFixtures.trend(), "sv", "trend-report-sv");
        assertTrue(text.contains("Relationens historik"), text);
        assertTrue(text.contains("+12,5 Samarbetsinriktad för Leverantör"), text);
        assertTrue(text.contains("Var ni står"), text);
    }

    @Test
    void aFirstAssessmentSaysSoAndAReportWithoutHistoryHasNoSection() throws IOException {
        String first = text(TrendFixtures.first(), "en", "trend-first-en");
        assertTrue(first.contains("This is the first assessment of this relationship"), first);
        assertFalse(first.contains("Where you stand"), first);
        String none = text(ReportFixtures.sample(), "en", "trend-none-en");
        assertFalse(none.contains("History of the relationship"), none);
    }
}
