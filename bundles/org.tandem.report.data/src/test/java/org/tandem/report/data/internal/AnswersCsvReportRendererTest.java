package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

class AnswersCsvReportRendererTest extends ReportRendererContract {

    @Override
    protected ReportRenderer renderer() {
        return new AnswersCsvReportRenderer();
    }

    @Test
    void matchesTheGoldenFiles() throws IOException {
        assertAll(() -> Golden.assertMatches("sample-en-answers.csv", render(ReportFixtures.sample(), "en")),
                () -> Golden.assertMatches("sample-sv-answers.csv", render(ReportFixtures.sample(), "sv")));
    }

    @Test
    void holdsEveryAnswerAndCommentOfEveryResponse() throws IOException {
        ReportInput input = ReportFixtures.sample();
        List<CSVRecord> rows = CsvFiles.parse(render(input, "en"));
        assertEquals(List.of(AnswersCsvReportRenderer.COLUMNS), CsvFiles.header(render(input, "en")));
        Map<Integer, Map<String, String>> answers = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> comments = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            int number = Integer.parseInt(row.get("response"));
            AnsweredResponse response = input.responses().get(number - 1);
            assertEquals(response.perspective(), row.get("side"));
            if (row.get("kind").equals("answer")) {
                assertEquals(row.get("question").substring(0, row.get("question").indexOf('.')), row.get("dimension"));
                answers.computeIfAbsent(number, n -> new LinkedHashMap<>()).put(row.get("question"), row.get("value"));
            } else {
                assertEquals("comment", row.get("kind"));
                assertEquals("", row.get("question"));
                comments.computeIfAbsent(number, n -> new LinkedHashMap<>()).put(row.get("dimension"), row.get("value"));
            }
        }
        for (AnsweredResponse response : input.responses()) {
            assertEquals(response.answers(), answers.get(response.number()), "answers of response " + response.number());
            assertEquals(response.comments(), comments.getOrDefault(response.number(), Map.of()),
                    "comments of response " + response.number());
        }
    }

    @Test
    void followsTheResponsesThenTheModelsQuestions() throws IOException {
        List<CSVRecord> rows = CsvFiles.parse(render(ReportFixtures.sample(), "en"));
        assertEquals(List.of("1", "cooperative.1", "answer", "4"), List.of(rows.get(0).get("response"),
                rows.get(0).get("question"), rows.get(0).get("kind"), rows.get(0).get("value")));
        assertEquals(List.of("cooperative", "comment", "We meet every week."), List.of(rows.get(2).get("dimension"),
                rows.get(2).get("kind"), rows.get(2).get("value")));
        CSVRecord general = rows.stream().filter(r -> r.get("response").equals("1")).reduce((a, b) -> b).orElseThrow();
        assertEquals(List.of("", "", "comment", "Good start."), List.of(general.get("dimension"),
                general.get("question"), general.get("kind"), general.get("value")));
        int last = 0;
        for (CSVRecord row : rows) {
            int number = Integer.parseInt(row.get("response"));
            assertTrue(number >= last, "responses in order");
            last = number;
        }
    }

    @Test
    void keepsSpreadsheetsFromRunningCommentsAsFormulas() throws IOException {
        Map<String, String> comments = new LinkedHashMap<>();
        CsvFiles.parse(render(ReportFixtures.hostile(), "en")).stream()
                .filter(r -> r.get("kind").equals("comment")).forEach(r -> comments.put(r.get("dimension"), r.get("value")));
        assertEquals("'@SUM(1+1)*cmd|' /C calc'!A0", comments.get("trust"));
        assertEquals("'-2+3\nsecond line\r\n\"quoted\", comma", comments.get("transparent"));
        assertEquals("<script>alert(1)</script>", comments.get("cooperative"));
    }

    @Test
    void writesOnlyTheHeaderWhenNobodyAnswered() throws IOException {
        assertTrue(CsvFiles.parse(render(ReportFixtures.empty(), "en")).isEmpty());
    }
}
