package org.tandem.api.questionnaire;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.tandem.api.model.ValueModel;

/**
 * Turns a model into what one respondent answers. Pure logic: no state, no storage.
 * <p>
 * Thread safe. {@code answers} maps question ids to answers as stored (see
 * {@link org.tandem.api.model.QuestionType}); it may be empty but not null.
 *
 * @since 1.0
 */
@ProviderType
public interface Questionnaire {

    /**
     * The pages for {@code perspective} in {@code language}: one per dimension that asks this
     * perspective anything, in model order, holding the questions shown given {@code answers}
     * (show-if conditions applied), each with its current answer. A page keeps its place when
     * conditions hide all its questions (it is then empty), so pages do not come and go as the
     * respondent answers.
     *
     * @throws IllegalArgumentException when the model has no such perspective
     */
    List<Page> pages(ValueModel model, String perspective, String language, Map<String, String> answers);

    /**
     * Checks {@code answers}: each must belong to a question asked of this perspective and shown,
     * and fit its type and range; with {@code submit}, every required shown question must be
     * answered. Returns every problem, in questionnaire order; empty when all is well.
     */
    List<AnswerProblem> validate(ValueModel model, String perspective, String language, Map<String, String> answers,
            boolean submit);

    /** How far the respondent is: required questions answered of those shown. */
    Progress progress(ValueModel model, String perspective, Map<String, String> answers);
}
