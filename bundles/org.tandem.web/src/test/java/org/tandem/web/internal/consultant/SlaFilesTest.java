package org.tandem.web.internal.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.web.internal.consultant.SlaFiles.Invalid;
import org.tandem.web.internal.consultant.SlaFiles.Problem;

/** Reading SLA figures from CSV and JSON, and what is said about a bad file. */
class SlaFilesTest {

    static final SlaFigure AVAILABILITY = new SlaFigure("Availability", 99.5, 99.7, SlaDirection.HIGHER, "%");
    static final SlaFigure RESOLUTION = new SlaFigure("Incident resolution, P1", 8, 6, SlaDirection.LOWER, "h");

    static List<Problem> problems(String text) {
        return assertThrows(Invalid.class, () -> SlaFiles.read(text)).problems();
    }

    @Test
    void readsCommaSeparatedValuesWithQuotesAndColumnsInAnyOrder() {
        String csv = "\uFEFFService,Better,Target,Achieved,Unit\r\n"
                + "Availability,higher,99.5,99.7,%\r\n"
                + "\r\n"
                + "\"Incident resolution, P1\", LOWER ,8,6,h\r\n";
        assertEquals(List.of(AVAILABILITY, RESOLUTION), SlaFiles.read(csv));
    }

    @Test
    void readsSemicolonsWithADecimalCommaAsSpreadsheetsWriteThem() {
        String csv = "service;target;achieved;better\nTillgänglighet;99,5;99,7;higher\n";
        assertEquals(List.of(new SlaFigure("Tillgänglighet", 99.5, 99.7, SlaDirection.HIGHER, "")), SlaFiles.read(csv));
    }

    @Test
    void namesTheLineAndColumnOfEveryProblemAndKeepsNothing() {
        String csv = "service,target,achieved,better,unit\n"   // line 1
                + "Availability,99.5,99.7,higher,%\n"            // line 2: fine
                + ",99.5,99.7,higher,%\n"                        // line 3: no service
                + "Resolution,8 h,6,lower,h\n"                   // line 4: unit in the number
                + "Changes,90,92,up,%\n"                         // line 5: neither higher nor lower
                + "Desk,80,\"76\n"                               // line 6: open quote
                + "Backups,12,12,higher,x,extra\n"               // line 7: too many values
                + "availability,1,1,higher\n";                   // line 8: given twice
        assertEquals(List.of(
                new Problem(3, "service", "missing: name the service or measure, e.g. Availability"),
                new Problem(4, "target", "'8 h' is not a number; write the unit in the unit column"),
                new Problem(5, "better", "'up' is neither higher nor lower"),
                new Problem(6, null, "a quoted value is not closed (\")"),
                new Problem(7, null, "6 values, but the header names 5 columns (a decimal comma? separate with ; then)"),
                new Problem(8, "service", "'availability' is given twice")), problems(csv));
        assertEquals("line 4, target: '8 h' is not a number; write the unit in the unit column",
                problems(csv).get(1).describe());
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsExplained() {
        List<Problem> p = problems("service,target,achieved,better\nAvailability,\"99,5\",99.7,higher\n");
        assertEquals(List.of(new Problem(2, "target", "'99,5' is not a number; use a decimal point, e.g. 99.5")), p);
    }

    @Test
    void aBadHeaderIsLineOne() {
        assertEquals(List.of(new Problem(1, "column 3", "unknown column 'reached'; the columns are service, target, "
                + "achieved, better and unit (optional)")), problems("service,target,reached,better\nA,1,1,higher\n"));
        assertEquals(List.of(new Problem(1, null, "the header has no column better; the first line names the "
                + "columns: service,target,achieved,better,unit")), problems("service,target,achieved\nA,1,1\n"));
        assertEquals(List.of(new Problem(1, null, "no figures: add a line per service")),
                problems("service,target,achieved,better\n\n"));
        assertEquals(1, problems("   ").get(0).line());
    }

    @Test
    void readsJsonAsAnArrayOrAnObjectWithFigures() {
        String array = "[{\"service\": \"Availability\", \"target\": 99.5, \"achieved\": 99.7, \"better\": \"higher\", "
                + "\"unit\": \"%\"}, {\"service\": \"Incident resolution, P1\", \"target\": 8, \"achieved\": 6, "
                + "\"better\": \"lower\", \"unit\": \"h\"}]";
        assertEquals(List.of(AVAILABILITY, RESOLUTION), SlaFiles.read(array));
        assertEquals(List.of(AVAILABILITY, RESOLUTION), SlaFiles.read("{\"figures\": " + array + "}"));
    }

    @Test
    void namesTheJsonPathOfEveryProblem() {
        String json = "{\"figures\": [{\"service\": \"A\", \"target\": \"99.5\", \"achieved\": 99.7, \"better\": \"higher\"},"
                + " {\"service\": \"B\", \"target\": 1, \"achieved\": 2, \"better\": \"lower\", \"colour\": \"red\"},"
                + " {\"target\": 1, \"achieved\": 2, \"better\": \"sideways\"}, 7]}";
        assertEquals(List.of(
                new Problem(null, "$.figures[0].target", "must be a number, e.g. 99.5"),
                new Problem(null, "$.figures[1].colour", "unknown field; the fields are service, target, achieved, better, unit"),
                new Problem(null, "$.figures[2].service", "missing: name the service or measure, e.g. Availability"),
                new Problem(null, "$.figures[2].better", "'sideways' is neither higher nor lower"),
                new Problem(null, "$.figures[3]", "must be an object with service, target, achieved, better, unit")),
                problems(json));
        assertEquals(List.of(new Problem(2, "column 13", "not valid JSON here")),
                problems("[\n{\"service\": }]"));
    }
}
