package org.tandem.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tandem.api.model.ValueModel;

/**
 * Runs assessments: creates them on an installed model version, invites respondents, takes
 * their answers (checked by the questionnaire), reports progress and closes them.
 * <p>
 * Thread safe. Arguments must not be null unless documented. Failures are
 * {@link AssessmentException} (the request is wrong), {@code InvalidAnswersException} (the answers
 * are) or {@code StoreException} (storage failed); nothing is half-done.
 *
 * @since 1.0
 */
@ProviderType
public interface AssessmentService {

    /**
     * Creates an open assessment on model {@code modelId}, pinned to {@code modelVersion} (null:
     * the highest installed version), storing a snapshot of the model with it.
     *
     * @param deadline when answers are due, or null
     */
    Assessment create(Relationship relationship, String modelId, String modelVersion, Instant deadline);

    /** The assessment, or an {@link AssessmentException} naming the id. */
    Assessment assessment(String assessmentId);

    /** Every assessment, newest first. */
    List<Assessment> assessments();

    /** The model the assessment pinned, read from its stored snapshot. */
    ValueModel model(String assessmentId);

    /** Invites a respondent of {@code perspective}; the result carries the invitation token. */
    Respondent invite(String assessmentId, String perspective, String displayName);

    /** The respondents of an assessment, in the order they were invited. */
    List<Respondent> respondents(String assessmentId);

    /**
     * The invitation whose token is {@code token}: its respondent and what they saved so far, or
     * empty when no invitation has that token. For the respondent's own pages, where the token is
     * the only credential.
     *
     * @since 1.1
     */
    Optional<Invitation> invitation(String token);

    /**
     * Saves the answers of the respondent invited with {@code token}, after the questionnaire
     * checked them; with {@code submit} every required question must be answered, and the
     * response becomes read-only.
     *
     * @param expectedRevision the revision the respondent read (0 for none), or -1 to overwrite
     */
    Response answer(String token, Map<String, String> answers, Map<String, String> comments, boolean submit,
            long expectedRevision);

    /** Respondents invited, started and submitted, per perspective of the model, in model order. */
    List<PerspectiveProgress> progress(String assessmentId);

    /** Closes the assessment: no more answers are accepted. */
    Assessment close(String assessmentId);

    /**
     * A respondent as their invitation link finds them.
     *
     * @param respondent who was invited, with their perspective and assessment
     * @param response   what they saved, or null before their first save
     * @since 1.1
     */
    record Invitation(Respondent respondent, Response response) {
    }
}
