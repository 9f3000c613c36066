package org.tandem.report.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.testkit.ReportFixtures;

/**
 * The sample report, byte for byte and as extracted text, against {@code src/test/resources/golden}.
 * After an intended change, {@code mvn verify -Dgolden.update=true} rewrites the files (and fails,
 * to say so); review the text diff before committing them.
 */
class PdfGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv"})
    void matchesTheGoldenFiles(String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(ReportFixtures.sample(), language, out);
        byte[] pdf = out.toByteArray();
        String text = PdfText.of(pdf);
        Path pdfFile = GOLDEN.resolve("sample-" + language + ".pdf");
        Path textFile = GOLDEN.resolve("sample-" + language + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(pdfFile, pdf);
            Files.writeString(textFile, text);
            fail("Rewrote " + pdfFile + " and " + textFile + "; review them, then run without -Dgolden.update");
        }
        String hint = "; if the change is intended, run with -Dgolden.update=true and review the diff";
        assertEquals(Files.readString(textFile), text, "the text differs from " + textFile + hint);
        assertArrayEquals(Files.readAllBytes(pdfFile), pdf, "the bytes differ from " + pdfFile + hint);
    }
}
