package org.tandem.web.internal.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HeldReportTest {

    private static String written(AssessmentsApi.HeldReport held) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        held.writeTo(out);
        assertEquals(out.size(), held.size());
        return out.toString(UTF_8);
    }

    @Test
    void aWholeReportWrittenAtOnceIsSentAsItIs() throws IOException {
        AssessmentsApi.HeldReport held = new AssessmentsApi.HeldReport();
        held.write("<html>report</html>".getBytes(UTF_8));
        assertEquals("<html>report</html>", written(held));
    }

    @Test
    void partsAndBytesAreSentInTheirOrder() throws IOException {
        AssessmentsApi.HeldReport held = new AssessmentsApi.HeldReport();
        held.write("first ".getBytes(UTF_8));
        byte[] middle = "xxsecondxx".getBytes(UTF_8);
        held.write(middle, 2, 6);
        held.write(' ');
        held.write("third".getBytes(UTF_8));
        assertEquals("first second third", written(held));
    }

    @Test
    void nothingWrittenIsEmpty() throws IOException {
        assertEquals("", written(new AssessmentsApi.HeldReport()));
    }
}
