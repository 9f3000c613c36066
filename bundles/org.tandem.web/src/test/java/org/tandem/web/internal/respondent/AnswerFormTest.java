package org.tandem.web.internal.respondent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;

class AnswerFormTest {

    private static Question question(String id, QuestionType type, String... perspectives) {
        Map<String, LocalizedText> text = new java.util.HashMap<>();
        for (String p : perspectives) {
            text.put(p, LocalizedText.of("en", id));
        }
        return new Question(id, type, text, LocalizedText.EMPTY, type == QuestionType.SCALE ? "agree5" : null,
                List.of(), null, null, 1, false, true, null);
    }

    private static final Dimension D = new Dimension("d", LocalizedText.of("en", "D"), LocalizedText.EMPTY, 1,
            List.of(question("s", QuestionType.SCALE, "customer"), question("n", QuestionType.NUMBER, "customer"),
                    question("t", QuestionType.TEXT, "customer"), question("p", QuestionType.SCALE, "provider")),
            Map.of());

    @Test
    void thePagesFieldsReplaceItsAnswersAndOtherPagesStay() {
        Map<String, String> merged = AnswerForm.merge(Map.of("other", "3", "s", "1", "t", "old"), D, "customer",
                Map.of("q.s", new String[] {"4"}, "q.t", new String[] {"  new text \n"}));
        assertEquals(Map.of("other", "3", "s", "4", "t", "new text"), merged);
    }

    @Test
    void blankOrMissingFieldsClearTheAnswer() {
        Map<String, String> merged = AnswerForm.merge(Map.of("s", "1", "n", "5"), D, "customer",
                Map.of("q.n", new String[] {"  "}));
        assertTrue(merged.isEmpty(), merged.toString());
    }

    @Test
    void anotherPerspectivesQuestionIsNeverTakenFromTheForm() {
        Map<String, String> merged = AnswerForm.merge(Map.of(), D, "customer", Map.of("q.p", new String[] {"5"},
                "q.unknown", new String[] {"5"}));
        assertFalse(merged.containsKey("p"));
        assertFalse(merged.containsKey("unknown"));
    }

    @Test
    void aDecimalCommaBecomesAPointInNumbersOnly() {
        Map<String, String> merged = AnswerForm.merge(Map.of(), D, "customer", Map.of("q.n", new String[] {"3,5"},
                "q.t", new String[] {"3,5"}));
        assertEquals("3.5", merged.get("n"));
        assertEquals("3,5", merged.get("t"));
        assertEquals("1,2,3", AnswerForm.merge(Map.of(), D, "customer", Map.of("q.n", new String[] {"1,2,3"}))
                .get("n"), "left for the questionnaire to refuse");
    }

    @Test
    void theCommentIsSetOrRemoved() {
        assertEquals(Map.of("d", "Fine", "", "general"), AnswerForm.comment(Map.of("", "general"), "d",
                Map.of("comment", new String[] {" Fine "})));
        assertEquals(Map.of(), AnswerForm.comment(Map.of("d", "old"), "d", Map.of("comment", new String[] {""})));
    }

    @Test
    void aPageHasItsOwnCommentBoxOnlyWithoutAFreeTextQuestion() {
        assertFalse(RespondentServlet.commentable(D, "customer"));
        assertTrue(RespondentServlet.commentable(D, "provider"));
    }

    @Test
    void onlyWellFormedLinksAreLookedUp() {
        String token = "P3aJ74N5fqRclTd0CJ77fA";
        assertEquals("", RespondentServlet.Target.of("/" + token).orElseThrow().rest());
        assertEquals("3", RespondentServlet.Target.of("/" + token + "/3").orElseThrow().rest());
        assertEquals("review", RespondentServlet.Target.of("/" + token + "/review").orElseThrow().rest());
        for (String bad : new String[] {null, "/", "/short", "/" + token + "/0", "/" + token + "/x", "/" + token + "/1/2",
                "/" + token + "/-1", "/../" + token, "/" + token + "%00"}) {
            assertTrue(RespondentServlet.Target.of(bad).isEmpty(), bad);
        }
    }
}
