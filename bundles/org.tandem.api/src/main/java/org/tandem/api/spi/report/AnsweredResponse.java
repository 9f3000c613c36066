package org.tandem.api.spi.report;

import java.util.Map;

/**
 * One submitted response as a report may show it: numbered, never named.
 *
 * @param number      1, 2, ... in the order the responses were submitted
 * @param perspective the perspective id of its respondent
 * @param answers     question id to answer, as stored
 * @param comments    free-text comments: dimension id ({@code ""} for the response as a whole) to text
 * @since 1.0
 */
public record AnsweredResponse(int number, String perspective, Map<String, String> answers,
        Map<String, String> comments) {

    public AnsweredResponse {
        answers = Map.copyOf(answers);
        comments = Map.copyOf(comments);
    }
}
