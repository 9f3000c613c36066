package org.tandem.report.data.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
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
        assertHoldsExactlyTheScoreCardsNumbers(ReportFixtures.sample());
    }

    @Test
    void holdsTheScoreCardsNumbersUnroundedWhenTheyHaveManyDecimals() throws IOException {
        ReportInput input = UnroundedSample.input();
        for (Double number : UnroundedSample.numbers(input.scoreCard())) {
            assertNotEquals(Math.round(number * 10) / 10.0, number, "the card has more than one decimal: " + number);
        }
        assertHoldsExactlyTheScoreCardsNumbers(input);
        for (String language : List.of("en", "sv")) {
            List<CSVRecord> rows = CsvFiles.parse(render(input, language));
            assertEquals("66.66666666666667", rows.get(0).get("score"), "200/3 as Double.toString writes it");
            CSVRecord enduser = rows.get(8);
            assertEquals(List.of("enduser", "enduser"), List.of(enduser.get("dimension"), enduser.get("side")));
            assertEquals("0.000000000000002220446049250313", enduser.get("spread"), "no exponent notation");
            for (CSVRecord row : rows) {
                for (String column : List.of("score", "spread", "dimension_score", "gap")) {
                    assertTrue(row.get(column).matches("(-?\\d+\\.\\d+)?"), column + " " + row.get(column));
                }
            }
        }
    }

    private void assertHoldsExactlyTheScoreCardsNumbers(ReportInput input) throws IOException {
        ScoreCard card = input.scoreCard();
        for (String language : List.of("en", "sv")) {
            List<CSVRecord> rows = CsvFiles.parse(render(input, language));
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

    @Test
    void writesNumbersInFullWithoutExponentOrRounding() {
        assertEquals("66.66666666666667", CsvCells.number(200.0 / 3));
        assertEquals("59.29232804232804", CsvCells.number(59.29232804232804));
        assertEquals("62.0", CsvCells.number(62.0));
        assertEquals("100.0", CsvCells.number(100.0));
        assertEquals("0.00001", CsvCells.number(1.0E-5));
        assertEquals("0.0012345", CsvCells.number(1.2345E-3));
        assertEquals("12345678.0", CsvCells.number(1.2345678E7));
        assertEquals("-0.00001", CsvCells.number(-1.0E-5));
        assertEquals("", CsvCells.number(Double.NaN));
        assertEquals("", CsvCells.number(Double.POSITIVE_INFINITY));
        for (double value : new double[] {200.0 / 3, 1.0E-5, 2.220446049250313E-15, 1.2345678E7, 0.1 + 0.2}) {
            assertEquals(value, Double.parseDouble(CsvCells.number(value)), "reads back as " + value);
        }
    }

    private static Double number(String cell) {
        return cell.isEmpty() ? null : Double.valueOf(cell);
    }
}
