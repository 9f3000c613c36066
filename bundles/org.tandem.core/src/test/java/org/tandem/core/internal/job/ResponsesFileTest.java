package org.tandem.core.internal.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.Relationship;

class ResponsesFileTest {

    @Test
    void readsTheRelationshipAnswersAndComments() throws Exception {
        ResponsesFile file = ResponsesFile.parse("""
                { "relationship": { "customer": "ACME", "provider": "Northwind" },
                  "responses": [
                    { "perspective": "customer", "answers": { "q1": 4, "q2": "yes", "q3": true, "q4": 2.5, "q5": null },
                      "comments": { "cooperative": "Weekly meetings" }, "comment": "Overall fine" },
                    { "perspective": "provider", "answers": {} } ] }
                """);
        assertEquals(new Relationship("ACME – Northwind", "ACME", "Northwind"), file.relationship());
        assertEquals(Map.of("q1", "4", "q2", "yes", "q3", "yes", "q4", "2.5"), file.responses().get(0).answers());
        assertEquals(Map.of("cooperative", "Weekly meetings", "", "Overall fine"), file.responses().get(0).comments());
        assertEquals("provider", file.responses().get(1).perspective());
    }

    @Test
    void everyMistakeIsListedWithItsJsonPath() {
        ResponsesFile.Problems p = assertThrows(ResponsesFile.Problems.class, () -> ResponsesFile.parse("""
                { "relationship": { "name": 7, "customer": "" },
                  "respones": [],
                  "responses": [
                    { "perspective": "customer", "answers": { "q1": [1] } },
                    "customer",
                    { "answers": 3 } ] }
                """));
        assertEquals(List.of(
                "$.respones: unknown field (known: relationship, responses)",
                "$.relationship.customer: must not be empty",
                "$.relationship.provider: required",
                "$.relationship.name: must be a string, not '7'",
                "$.responses[0].answers.q1: must be a string, number or true/false, not an array",
                "$.responses[1]: must be an object with \"perspective\" and \"answers\"",
                "$.responses[2].perspective: required",
                "$.responses[2].answers: must be an object, not '3'"), p.problems());
    }

    @Test
    void notJsonAtAllSaysWhere() {
        ResponsesFile.Problems p = assertThrows(ResponsesFile.Problems.class,
                () -> ResponsesFile.parse("{ \"relationship\": { \"customer\": \"A\", }"));
        assertEquals(1, p.problems().size());
        assertEquals(true, p.problems().get(0).startsWith("$: not valid JSON: "), p.problems().get(0));
        assertEquals(List.of("$.responses: no responses: a report needs at least one"),
                assertThrows(ResponsesFile.Problems.class, () -> ResponsesFile.parse(
                        "{\"relationship\": {\"customer\": \"A\", \"provider\": \"B\"}, \"responses\": []}"))
                        .problems());
    }
}
