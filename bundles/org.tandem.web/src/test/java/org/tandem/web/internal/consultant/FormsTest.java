package org.tandem.web.internal.consultant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormsTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void namesOneALineStrippedWithoutBlankLines() throws Exception {
        assertEquals(List.of("Anna Berg", "Bo Ek", "Åsa Öst"), Forms.names("  Anna Berg \r\n\nBo Ek\n   \n\tÅsa Öst\n"));
        assertEquals(List.of("Anna"), Forms.names("Anna"));
        assertEquals(List.of("Anna", "Anna"), Forms.names("Anna\rAnna"), "two people may share a name");
    }

    @Test
    void namesRefused() {
        assertEquals("consultant.error.names.none", assertThrows(Forms.Invalid.class, () -> Forms.names(" \n\n ")).problem.key());
        assertEquals("consultant.error.names.none", assertThrows(Forms.Invalid.class, () -> Forms.names(null)).problem.key());
        Forms.Invalid tooLong = assertThrows(Forms.Invalid.class, () -> Forms.names("Anna\n" + "x".repeat(201)));
        assertEquals("consultant.error.name.long", tooLong.problem.key());
        assertArrayEquals(new Object[] {2, 200}, tooLong.problem.args());
        Forms.Invalid control = assertThrows(Forms.Invalid.class, () -> Forms.names("Anna\nBo\u0007"));
        assertEquals("consultant.error.name.control", control.problem.key());
        assertArrayEquals(new Object[] {2}, control.problem.args());
        Forms.Invalid many = assertThrows(Forms.Invalid.class, () -> Forms.names("x\n".repeat(201)));
        assertEquals("consultant.error.names.many", many.problem.key());
    }

    @Test
    void aDeadlineIsTheEndOfThatDay() throws Exception {
        Instant deadline = Forms.deadline("2026-03-31", STOCKHOLM, TODAY);
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), deadline, "midnight after 31 March, summer time");
        assertEquals("2026-03-31", Forms.deadlineDate(deadline, STOCKHOLM));
        assertEquals(Instant.parse("2026-03-10T23:00:00Z"), Forms.deadline(" 2026-03-10 ", STOCKHOLM, TODAY),
                "today is allowed");
        assertNull(Forms.deadline("", STOCKHOLM, TODAY));
        assertNull(Forms.deadline(null, STOCKHOLM, TODAY));
        assertEquals("", Forms.deadlineDate(null, STOCKHOLM));
    }

    @Test
    void deadlinesRefused() {
        assertEquals("consultant.error.deadline.format",
                assertThrows(Forms.Invalid.class, () -> Forms.deadline("31/3/2026", STOCKHOLM, TODAY)).problem.key());
        assertEquals("consultant.error.deadline.format",
                assertThrows(Forms.Invalid.class, () -> Forms.deadline("2026-02-30", STOCKHOLM, TODAY)).problem.key());
        assertEquals("consultant.error.deadline.past",
                assertThrows(Forms.Invalid.class, () -> Forms.deadline("2026-03-09", STOCKHOLM, TODAY)).problem.key());
    }

    @Test
    void fileNamesAreSanitised() {
        assertEquals("Acme-AB-Atea-2026", Forms.fileName("Acme AB / Atea 2026"));
        assertEquals("Malmo-Vasteras-AB", Forms.fileName("Malmö / Västerås AB"));
        assertEquals("etc-passwd", Forms.fileName("../../etc/passwd"));
        assertEquals("a-b-c", Forms.fileName("a\"b\r\nc"));
        assertEquals("assessment", Forms.fileName("/// "));
        assertEquals("assessment", Forms.fileName("東京"));
        assertEquals(60, Forms.fileName("x".repeat(100)).length());
    }

    @Test
    void theNewAssessmentForm() {
        Map<String, String> typed = Map.of("customer", " Acme AB ", "provider", "Atea", "model", "partnership@1.0.0",
                "deadline", "2026-04-01");
        AssessmentForm form = AssessmentForm.read(typed::get);
        assertEquals(new AssessmentForm("", "Acme AB", "Atea", "partnership@1.0.0", "2026-04-01"), form);
        assertEquals(Map.of(), form.problems(Set.of("partnership@1.0.0"), STOCKHOLM, TODAY));
        assertEquals("partnership", form.modelId());
        assertEquals("1.0.0", form.modelVersion());
        assertEquals(Instant.parse("2026-04-01T22:00:00Z"), form.deadlineInstant(STOCKHOLM, TODAY));
    }

    @Test
    void theNewAssessmentFormWithProblemsByField() {
        Map<String, String> typed = Map.of("name", "n".repeat(201), "customer", "  ", "model", "cloud@2.0.0",
                "deadline", "tomorrow");
        AssessmentForm form = AssessmentForm.read(typed::get);
        Map<String, Forms.Problem> problems = form.problems(Set.of("partnership@1.0.0"), STOCKHOLM, TODAY);
        assertEquals(List.of("name", "customer", "provider", "model", "deadline"), List.copyOf(problems.keySet()));
        assertEquals("consultant.error.long", problems.get("name").key());
        assertEquals("consultant.error.required", problems.get("customer").key());
        assertEquals("consultant.error.required", problems.get("provider").key());
        assertEquals("consultant.error.model.gone", problems.get("model").key());
        assertEquals("consultant.error.deadline.format", problems.get("deadline").key());
        assertEquals("consultant.error.model.none", AssessmentForm.empty("").problems(Set.of(), STOCKHOLM, TODAY)
                .get("model").key());
    }
}
