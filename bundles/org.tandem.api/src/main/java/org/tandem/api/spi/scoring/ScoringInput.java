package org.tandem.api.spi.scoring;

import java.util.List;
import java.util.Map;
import org.tandem.api.model.ValueModel;

/**
 * What a strategy scores: the model an assessment pinned and its submitted answers.
 *
 * @param assessmentId the assessment
 * @param model        the model (the assessment's snapshot)
 * @param responses    the submitted responses; partial ones are never included
 * @since 1.0
 */
public record ScoringInput(String assessmentId, ValueModel model, List<Answers> responses) {

    public ScoringInput {
        responses = List.copyOf(responses);
    }

    /**
     * One respondent's submitted answers.
     *
     * @param respondentId the respondent
     * @param perspective  the perspective they answered from
     * @param answers      question id to answer, as stored
     */
    public record Answers(String respondentId, String perspective, Map<String, String> answers) {
        public Answers {
            answers = Map.copyOf(answers);
        }
    }
}
