package org.tandem.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.QuestionType;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.web.internal.http.Json;

class QuestionnairesTest {

    private static PageQuestion question(String text, String answer) {
        return new PageQuestion("q-1", QuestionType.SCALE, text, "help \"quoted\"", true,
                List.of(new PageQuestion.Option("1", "Not at all"), new PageQuestion.Option("5", "Fully <b>")),
                null, null, answer);
    }

    /** What the question was written as before its JSON was kept: a map, all of it written each time. */
    private static String plain(PageQuestion q) {
        return Json.GSON.toJson(Views.map("id", q.id(), "type", q.type().jsonName(), "text", q.text(), "help", q.help(),
                "required", q.required(), "options", q.options().stream()
                        .map(o -> Views.map("value", o.value(), "label", o.label())).toList(),
                "min", q.min(), "max", q.max(), "answer", q.answer()));
    }

    @Test
    void aQuestionIsWrittenAsBeforeWithEachRespondentsOwnAnswer() {
        for (String answer : new String[] {null, "4", "a \"quoted\" \\ answer\nwith a line"}) {
            PageQuestion q = question("Our provider \u00e5 \"shares\" </script>", answer);
            assertEquals(plain(q), Json.GSON.toJson(Questionnaires.question(q)), "answer " + answer);
        }
    }

    @Test
    void theSameQuestionInAnotherTextIsWrittenInThatText() {
        Json.GSON.toJson(Questionnaires.question(question("first", "1")));
        PageQuestion other = question("second", "2");
        assertEquals(plain(other), Json.GSON.toJson(Questionnaires.question(other)));
        assertEquals("{\"q\":" + plain(question("first", null)) + "}",
                Json.GSON.toJson(Map.of("q", Questionnaires.question(question("first", null)))));
    }
}
