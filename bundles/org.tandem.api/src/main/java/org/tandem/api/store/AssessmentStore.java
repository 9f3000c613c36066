package org.tandem.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;

/**
 * Durable storage of assessments, their respondents and responses. Every change is durable when
 * the call returns, and all or nothing: a failure throws {@link StoreException} and leaves the
 * stored state as it was.
 * <p>
 * Thread safe. Arguments must not be null unless documented; results are never null.
 *
 * @since 1.0
 */
@ProviderType
public interface AssessmentStore {

    /**
     * Creates an open assessment pinned to {@code model}, storing {@code modelSnapshot} (the model
     * document as JSON) with it.
     *
     * @param deadline when answers are due, or null
     */
    Assessment createAssessment(Relationship relationship, ModelRef model, String modelSnapshot, Instant deadline);

    Optional<Assessment> assessment(String id);

    /** Every assessment, newest first. */
    List<Assessment> assessments();

    /** The model document stored with the assessment when it was created. */
    String modelSnapshot(String assessmentId);

    /**
     * Invites a respondent; the store assigns the id and a random invitation token of at least
     * 128 bits.
     *
     * @throws ConflictException when the assessment is closed
     * @throws StoreException    when the assessment does not exist
     */
    Respondent addRespondent(String assessmentId, String perspective, String displayName);

    /** The respondent whose invitation token is {@code token}. */
    Optional<Respondent> respondentByToken(String token);

    Optional<Respondent> respondent(String respondentId);

    /** The respondents of an assessment, in the order they were added. */
    List<Respondent> respondents(String assessmentId);

    /**
     * Saves a respondent's answers, replacing what was saved before; with {@code submit} the
     * response becomes read-only.
     *
     * @param expectedRevision the revision the caller read (0 for none), or -1 to overwrite whatever is stored
     * @return the stored response with its new revision
     * @throws ConflictException when the response was already submitted, the assessment is closed,
     *                           or the stored revision is not {@code expectedRevision}
     */
    Response saveResponse(String respondentId, Map<String, String> answers, Map<String, String> comments,
            boolean submit, long expectedRevision);

    /** The respondent's response, if anything was saved. */
    Optional<Response> response(String respondentId);

    /** Every response of an assessment, partial and submitted. */
    List<Response> responses(String assessmentId);

    /**
     * Closes an assessment: no more answers are accepted.
     *
     * @throws ConflictException when it is already closed
     */
    Assessment close(String assessmentId);

    /**
     * Closes an assessment and stores its published score card (JSON), in one transaction: a
     * closed assessment always has the card it was closed with. Does not check that the card covers
     * every submitted response; {@link #close(String, String, int)} does.
     *
     * @throws ConflictException when it is already closed
     */
    Assessment close(String assessmentId, String publishedScoreCard);

    /**
     * Closes an assessment with the score card computed from {@code scoredResponses} submitted
     * responses, in one transaction, provided that is still how many are submitted. Submitted
     * responses never change or go away, so an equal count means the card covers exactly the
     * submitted responses; a response submitted while the card was computed, here or on another
     * instance sharing the database, is never left out of it.
     *
     * @throws StaleScoreCardException when another number of responses is submitted by now: nothing
     *                                 changed; score again and retry
     * @throws ConflictException       when it is already closed
     * @since 1.1
     */
    Assessment close(String assessmentId, String publishedScoreCard, int scoredResponses);

    /**
     * Adds a published score card to a closed assessment (an explicit re-scoring); the earlier
     * cards are kept.
     *
     * @throws ConflictException when the assessment is open
     */
    void publishScoreCard(String assessmentId, String scoreCard);

    /** The published score cards (JSON) of an assessment, oldest first; empty while none. */
    List<String> scoreCards(String assessmentId);

    /**
     * The current (newest) published score card (JSON) of every closed assessment of model
     * {@code modelId}, any version, by assessment id: one read for a whole portfolio.
     *
     * @since 1.1
     */
    Map<String, String> currentScoreCards(String modelId);
}
