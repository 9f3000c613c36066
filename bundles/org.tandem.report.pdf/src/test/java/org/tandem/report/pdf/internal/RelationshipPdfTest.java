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

/** The service levels and the action plan, as the PDF's text shows them. */
class RelationshipPdfTest {

    static byte[] render(ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(input, language, out);
        byte[] pdf = out.toByteArray();
        String dir = System.getProperty("tandem.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, input.assessment().relationship().name().hashCode() + "-" + input.sla().size()
                    + "-" + language + ".pdf"), pdf);
        }
        return pdf;
    }

    @Test
    void flagsGreenLightsOnARedRelationshipAndListsThePlan() throws IOException {
        String text = PdfText.flat(PdfText.of(render(ReportFixtures.greenLights(), "en")));
        assertTrue(text.contains("Green lights, red relationship · 4 of 5 targets met"), text);
        assertTrue(text.contains("its verdict is Developing cooperation, below Partner"), text);
        assertTrue(text.contains("Service desk answers within 60 s 80 % 76 % higher ✗ Missed"), text);
        assertTrue(text.contains("Action plan"), text);
        assertTrue(text.contains("Quarterly innovation day with both sides' architects"), text);
        assertTrue(text.contains("1 of 2 actions agreed at the previous assessment are done."), text);
    }

    @Test
    void saysSoWithoutFiguresAndWithRedLights() throws IOException {
        String none = PdfText.flat(PdfText.of(render(ReportFixtures.sample(), "sv")));
        assertTrue(none.contains("Inga SLA-värden"), none);
        assertTrue(none.contains("Inga åtgärder överenskomna ännu."), none);
        assertFalse(none.contains("Gröna lampor"), none);
        String red = PdfText.flat(PdfText.of(render(ReportFixtures.redLights(), "en")));
        assertTrue(red.contains("Red lights · 0 of 3 targets met"), red);
    }
}
