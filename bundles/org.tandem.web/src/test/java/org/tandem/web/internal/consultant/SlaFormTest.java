package org.tandem.web.internal.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;

/** The SLA figures form: rows as typed, blank rows skipped, problems per field. */
class SlaFormTest {

    static SlaForm form(String... rows) {
        Map<String, String> p = new HashMap<>();
        p.put("rows", String.valueOf(rows.length));
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split("\\|", -1);
            p.put("service." + i, cells[0]);
            p.put("target." + i, cells[1]);
            p.put("achieved." + i, cells[2]);
            p.put("better." + i, cells[3]);
            p.put("unit." + i, cells[4]);
        }
        return SlaForm.read(p::get);
    }

    @Test
    void readsRowsSkipsBlankOnesAndTakesADecimalComma() {
        SlaForm form = form(" Availability |99,5| 99.7 |higher|%", "||||", "Resolution|8|6|lower|h", "||||");
        assertEquals(Map.of(), form.problems());
        assertEquals(List.of(new SlaFigure("Availability", 99.5, 99.7, SlaDirection.HIGHER, "%"),
                new SlaFigure("Resolution", 8, 6, SlaDirection.LOWER, "h")), form.figures());
    }

    @Test
    void namesTheFieldOfEveryProblem() {
        SlaForm form = form("|99.5|99.7|higher|%", "Resolution|8 h||lower|h", "resolution|1|1|sideways|",
                "Backups|1e3|1|higher|" + "u".repeat(21));
        Map<String, SlaForm.Problem> problems = form.problems();
        assertEquals(List.of("service.0", "target.1", "achieved.1", "service.2", "better.2", "target.3", "unit.3"),
                List.copyOf(problems.keySet()));
        assertEquals("sla.error.number", problems.get("target.1").key());
        assertEquals("8 h", problems.get("target.1").args()[0]);
        assertEquals("sla.error.number.missing", problems.get("achieved.1").key());
        assertEquals("sla.error.twice", problems.get("service.2").key());
        assertEquals("sla.error.long", problems.get("unit.3").key());
    }

    @Test
    void showsStoredFiguresInThePagesLanguageWithBlankRowsToAddMore() {
        SlaForm form = SlaForm.of(List.of(new SlaFigure("Tillgänglighet", 99.5, -0.25, SlaDirection.HIGHER, "%")), 2,
                Locale.forLanguageTag("sv"));
        assertEquals(3, form.rows().size());
        assertEquals(new SlaForm.Row("Tillgänglighet", "99,5", "-0,25", "higher", "%"), form.rows().get(0));
        assertEquals(Map.of(), form.problems());
        assertEquals(-0.25, form.figures().get(0).achieved());
    }

    @Test
    void aFormWithoutRowsRemovesTheFigures() {
        assertEquals(List.of(), form().figures());
        assertEquals(List.of(), SlaForm.read(Map.of("rows", "many")::get).figures());
    }
}
