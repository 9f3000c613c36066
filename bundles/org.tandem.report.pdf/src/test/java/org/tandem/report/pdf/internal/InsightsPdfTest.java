package org.tandem.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.InsightFixtures;
import org.tandem.testkit.Models;
import org.tandem.testkit.ReportFixtures;

/** The blind-spot quadrants and importance versus performance in the PDF report, read back as text. */
class InsightsPdfTest {

    private static final ValueModel MODEL = Models.load(Path.of("../../examples/insights-model/insights.model.json"));

    private final PdfReportRenderer renderer = new PdfReportRenderer();

    /** The report, also kept as {@code target/<name>.pdf} for looking at. */
    private byte[] render(ReportInput input, String language, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        Files.write(Path.of("target", name + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void eachSidesChartAndListAndTheImportanceTableAreThere() throws IOException {
        String text = PdfText.flat(PdfText.of(render(InsightFixtures.input(MODEL), "en", "insights-report-en")));
        assertTrue(text.contains("Blind spots Each side's own score of a dimension against the score the other side"
                + " gave it. A score is high above 50.0."), text);
        assertTrue(text.contains("Customer (the business): own score against Provider (IT)'s"), text);
        assertTrue(text.contains("Provider (IT): own score against Customer (the business)'s"), text);
        // the list beside the customer's chart: cooperative is its blind spot, misjudged
        assertTrue(text.contains("Blind spot (we score it high, the other side low) 1 Cooperative: own 100.0, Provider (IT)"
                + " 25.0, expected 75.0 (misjudged)"), text);
        assertTrue(text.contains("Agreed weakness (both sides score it low) 3 End-user experience in focus: own 25.0,"
                + " Provider (IT) 25.0, expected 25.0"), text);
        // drawn in the charts: each quadrant's name and the axes
        assertTrue(text.contains("Customer (the business)'s own score"), text);
        assertTrue(text.contains("Importance versus performance"), text);
        assertTrue(text.contains("Cooperative Priorities differ 100.0 100.0 25.0 25.0 75.0"), text);
        assertTrue(text.contains("Transparent 75.0 75.0 75.0 100.0 0.0"), text);
    }

    @Test
    void swedish() throws IOException {
        String text = PdfText.flat(PdfText.of(render(InsightFixtures.input(MODEL), "sv", "insights-report-sv")));
        assertTrue(text.contains("Blinda fläckar"), text);
        assertTrue(text.contains("Vikt mot resultat"), text);
        assertTrue(text.contains("1 Kooperativt: egen 100,0, Leverantör (it) 25,0, förväntat 75,0 (felbedömt)"), text);
    }

    @Test
    void withoutExpectationQuestionsTheReportSaysWhatItCannotShow() throws IOException {
        String text = PdfText.flat(PdfText.of(render(InsightFixtures.withoutExpectations(MODEL), "en", "no-expectations-en")));
        assertTrue(text.contains("This model asks no expectation questions"), text);
        assertTrue(text.contains("1 Cooperative: own 100.0, Provider (IT) 25.0"), text);
        assertFalse(text.contains("expected 75.0"), text);
    }

    @Test
    void aReportWithoutInsightsHasNone() throws IOException {
        String text = PdfText.flat(PdfText.of(render(ReportFixtures.sample(), "en", "sample-en")));
        assertFalse(text.contains("Blind spots"), text);
        assertFalse(text.contains("Importance versus performance"), text);
        assertEquals(-1, text.indexOf("Agreed strength"));
    }
}
