package org.tandem.core.internal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A report larger than what is kept in memory comes out whole, and leaves no file behind. */
class ReportBufferTest {

    @Test
    void aReportLargerThanMemoryComesOutWholeAndItsFileIsRemoved() throws IOException {
        byte[] report = new byte[ReportBuffer.MEMORY * 2 + 12_345];
        for (int i = 0; i < report.length; i++) {
            report[i] = (byte) (i * 31 + i / 7);
        }
        long before = parts();
        ReportBuffer buffer = new ReportBuffer(ReportBuffer.MAX);
        try (OutputStream out = buffer) { // a renderer may close what it was given
            out.write(report, 0, 1000);
            out.write(report[1000]);
            out.write(report, 1001, report.length - 1001);
        }
        assertEquals(report.length, buffer.size());
        assertEquals(before + 1, parts(), "the part beyond memory is in a temporary file");
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        buffer.writeTo(copy);
        assertArrayEquals(report, copy.toByteArray());
        buffer.discard();
        assertEquals(before, parts(), "the temporary file is removed");
        assertThrows(IOException.class, () -> buffer.write(1), "nothing is written once discarded");
    }

    @Test
    void aSmallReportStaysInMemory() throws IOException {
        long before = parts();
        ReportBuffer buffer = new ReportBuffer(ReportBuffer.MAX);
        buffer.write("a,b\n1,2\n".getBytes());
        assertEquals(before, parts());
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        buffer.writeTo(copy);
        assertEquals("a,b\n1,2\n", copy.toString());
        buffer.discard();
    }

    private static long parts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("tandem-report-")).count();
        }
    }
}
