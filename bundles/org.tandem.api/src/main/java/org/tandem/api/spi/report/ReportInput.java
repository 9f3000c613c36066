package org.tandem.api.spi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.scoring.ScoreCard;

/**
 * What a report is made of. Respondents appear only as numbers and counts: a report never names
 * who answered.
 *
 * @param assessment the assessment (relationship, dates, status)
 * @param model      the model it pinned
 * @param scoreCard  its score card (published when closed, live while open)
 * @param responses  its submitted responses, in the order they were submitted
 * @param renderer   the renderer writing the report, for its provenance
 * @param sla        the SLA figures attached for the assessment's period, in the order saved; empty
 *                   when none (since 1.2)
 * @param actions    the actions agreed on this assessment, in the order agreed (since 1.2)
 * @param previousActions the actions agreed on the previous assessment of the same relationship
 *                   (same customer and provider), with their status now; empty when it is the first (since 1.2)
 * @param history    the relationship's earlier assessments and this one (since 1.2), or null when not known;
 *                   a first assessment has a history of one entry
 * @param standing   where the relationship stands in its model's portfolio (since 1.2), or null when fewer
 *                   relationships than the minimum allow it, or not known
 * @since 1.0
 */
public record ReportInput(Assessment assessment, ValueModel model, ScoreCard scoreCard, List<AnsweredResponse> responses,
        RendererInfo renderer, List<SlaFigure> sla, List<Action> actions, List<Action> previousActions,
        RelationshipHistory history, Standing standing) {

    public ReportInput {
        responses = List.copyOf(responses);
        sla = sla == null ? List.of() : List.copyOf(sla);
        actions = actions == null ? List.of() : List.copyOf(actions);
        previousActions = previousActions == null ? List.of() : List.copyOf(previousActions);
    }

    /** An input without SLA figures, actions, history and standing, as before 1.2. */
    public ReportInput(Assessment assessment, ValueModel model, ScoreCard scoreCard, List<AnsweredResponse> responses,
            RendererInfo renderer) {
        this(assessment, model, scoreCard, responses, renderer, List.of(), List.of(), List.of(), null, null);
    }

    /** An input without history and standing. */
    public ReportInput(Assessment assessment, ValueModel model, ScoreCard scoreCard, List<AnsweredResponse> responses,
            RendererInfo renderer, List<SlaFigure> sla, List<Action> actions, List<Action> previousActions) {
        this(assessment, model, scoreCard, responses, renderer, sla, actions, previousActions, null, null);
    }

    /** Submitted respondents per perspective id, in the model's perspective order. */
    public Map<String, Integer> respondents() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        model.perspectives().forEach(p -> counts.put(p.id(), 0));
        responses.forEach(r -> counts.merge(r.perspective(), 1, Integer::sum));
        return counts;
    }

    /**
     * The non-blank comments on a dimension ({@code ""}: on the response as a whole), in response
     * order: each response's comment, then its answers to the dimension's free-text questions.
     */
    public List<String> comments(String dimension) {
        List<String> texts = model.dimension(dimension).map(d -> d.questions().stream()
                .filter(q -> q.type() == QuestionType.TEXT).map(Question::id).toList()).orElse(List.of());
        List<String> comments = new ArrayList<>();
        for (AnsweredResponse r : responses) {
            add(comments, r.comments().get(dimension));
            texts.forEach(q -> add(comments, r.answers().get(q)));
        }
        return List.copyOf(comments);
    }

    private static void add(List<String> comments, String comment) {
        if (comment != null && !comment.isBlank()) {
            comments.add(comment.strip());
        }
    }
}
