package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.testkit.ReportFixtures;
import org.tandem.testkit.ReportRendererContract;

class CsvReportRendererTest extends ReportRendererContract {

    private static final List<String> SIDES = List.of("customer", "provider", "enduser");

    @Override
    protected ReportRenderer renderer() {
        return new CsvReportRenderer();
    }

    @Test
    void matchesTheGoldenFiles() throws IOException {
        assertAll(() -> Golden.assertMatches("sample-en.csv", render(ReportFixtures.sample(), "en")),
                () -> Golden.assertMatches("sample-sv.csv", render(ReportFixtures.sample(), "sv")));
    }

    @Test
    void startsWithAByteOrderMarkAndTheColumnIds() throws IOException {
        byte[] csv = render(ReportFixtures.sample(), "sv");
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        assertEquals(List.of(CsvReportRenderer.COLUMNS), CsvFiles.header(csv));
    }

    @Test
    void holdsExactlyTheScoreCardsNumbersForEveryDimensionAndSide() throws IOException {
        ScoreCard card = ReportFixtures.sample().scoreCard();
        for (String language : List.of("en", "sv")) {
            List<CSVRecord> rows = CsvFiles.parse(render(ReportFixtures.sample(), language));
            assertEquals(card.dimensions().size() * SIDES.size(), rows.size(), "one row per dimension and side");
            int i = 0;
            for (DimensionScore dimension : card.dimensions()) {
                for (String side : SIDES) {
                    CSVRecord row = rows.get(i++);
                    assertEquals(dimension.dimension(), row.get("dimension"));
                    assertEquals(side, row.get("side"));
                    Optional<PerspectiveScore> score = dimension.perspectives().stream()
                            .filter(p -> p.perspective().equals(side)).findFirst();
                    assertEquals(score.map(PerspectiveScore::score).orElse(null), number(row.get("score")));
                    assertEquals(score.map(PerspectiveScore::spread).orElse(null), number(row.get("spread")));
                    assertEquals(score.map(p -> Integer.toString(p.respondents())).orElse(""), row.get("respondents"));
                    assertEquals(dimension.score(), number(row.get("dimension_score")));
                    assertEquals(dimension.band(), row.get("band"));
                    assertEquals(dimension.gap(), number(row.get("gap")));
                    assertEquals("a-0001", row.get("assessment"));
                }
            }
        }
    }

    @Test
    void writesTitlesInTheReportsLanguage() throws IOException {
        List<CSVRecord> rows = CsvFiles.parse(render(ReportFixtures.sample(), "sv"));
        assertEquals("Samarbetsinriktad", rows.get(0).get("dimension_title"));
        assertEquals("Kund", rows.get(0).get("side_title"));
        assertEquals("Slutanvändare", rows.get(2).get("side_title"));
        assertEquals("66.7", rows.get(0).get("score"), "numbers are never localised");
    }

    @Test
    void leavesTheCellsOfASideWithoutScoreEmpty() throws IOException {
        CSVRecord row = CsvFiles.parse(render(ReportFixtures.sample(), "en")).get(2);
        assertEquals(List.of("cooperative", "enduser", "", "", "", "72.9"), List.of(row.get("dimension"),
                row.get("side"), row.get("score"), row.get("spread"), row.get("respondents"), row.get("dimension_score")));
    }

    @Test
    void writesOnlyTheHeaderWhenNobodyAnswered() throws IOException {
        assertTrue(CsvFiles.parse(render(ReportFixtures.empty(), "en")).isEmpty(), "no side answered, no rows");
    }

    @Test
    void keepsSpreadsheetsFromRunningUserTextAsFormulas() throws IOException {
        CSVRecord row = CsvFiles.parse(render(ReportFixtures.hostile(), "en")).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get("relationship"));
        assertEquals("'+cmd|' /C calc'!A0", row.get("provider"));
        assertEquals("<b>bold</b> & co", row.get("customer"));
    }

    @Test
    void guardsFormulaStartsButNotNumbers() {
        assertEquals("'=1+1", CsvCells.text("=1+1"));
        assertEquals("'-2+3", CsvCells.text("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.text("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("'\rx", CsvCells.text("\rx"));
        assertEquals("-2", CsvCells.text("-2"));
        assertEquals("-2.5", CsvCells.text("-2.5"));
        assertEquals("a=b", CsvCells.text("a=b"));
        assertEquals("", CsvCells.text(null));
        assertEquals("62.5", CsvCells.number(62.5));
        assertEquals("0.0", CsvCells.number(0.0));
        assertEquals("", CsvCells.number(null));
    }

    private static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
