package org.tandem.api.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * One respondent's answers.
 *
 * @param respondentId the respondent; one response each
 * @param assessmentId the assessment
 * @param answers      question id to answer (a scale point, {@code yes}/{@code no}, a choice id, a
 *                     number or free text)
 * @param comments     free-text comments: dimension id to comment, {@code ""} for the response as a whole
 * @param status       partial or submitted
 * @param updated      when it was last saved
 * @param submitted    when it was submitted, or null
 * @param revision     increases with every save; lets a writer detect a concurrent change
 * @since 1.0
 */
public record Response(String respondentId, String assessmentId, Map<String, String> answers,
        Map<String, String> comments, ResponseStatus status, Instant updated, Instant submitted, long revision) {

    public Response {
        answers = Map.copyOf(answers);
        comments = Map.copyOf(comments);
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }
}
