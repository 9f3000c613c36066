package org.tandem.api.spi.report;

import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.ScoreCard;

/**
 * What a report is made of. Respondents appear only as counts: a report never names who answered.
 *
 * @param assessment  the assessment (relationship, dates, status)
 * @param model       the model it pinned
 * @param scoreCard   its score card (published when closed, live while open)
 * @param respondents submitted respondents per perspective id
 * @param comments    free-text comments of submitted responses: dimension id ({@code ""} for the
 *                    response as a whole) to the comments, in no particular order
 * @since 1.0
 */
public record ReportInput(Assessment assessment, ValueModel model, ScoreCard scoreCard, Map<String, Integer> respondents,
        Map<String, List<String>> comments) {

    public ReportInput {
        respondents = Map.copyOf(respondents);
        comments = Map.copyOf(comments);
    }
}
