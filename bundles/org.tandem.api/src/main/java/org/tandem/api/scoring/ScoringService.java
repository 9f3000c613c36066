package org.tandem.api.scoring;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Scores assessments with the strategy chosen for their model: the model's default, unless the
 * configuration of the model overrides it (PID {@code org.tandem.scoring.model}, a factory
 * configuration per model); the highest installed version unless one is pinned. A strategy that is
 * momentarily gone (being updated) is waited for, a bounded time.
 * <p>
 * Thread safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ScoringService {

    /**
     * The assessment's score card: for an open assessment scored now from its submitted responses,
     * for a closed one its published card.
     *
     * @throws ScoringException when the strategy is missing or fails
     */
    ScoreCard score(String assessmentId);

    /**
     * Scores the assessment now with a given strategy, whatever its status.
     *
     * @param strategy {@code id} (highest version) or {@code id@version}
     */
    ScoreCard score(String assessmentId, String strategy);

    /** The published card of a closed assessment. */
    Optional<ScoreCard> published(String assessmentId);

    /**
     * Re-scores a closed assessment with the strategy chosen now and publishes the new card; the
     * previous cards are kept.
     */
    ScoreCard rescore(String assessmentId);

    /** Every published card of the assessment, oldest first (the last is current). */
    List<ScoreCard> history(String assessmentId);

    /** The installed strategies, by id and version. */
    List<StrategyInfo> strategies();

    /** How long a scoring waits for a missing strategy to come back, in milliseconds (configured). */
    long waitMillis();

    /** The strategy chosen now for model {@code modelId}, as {@code id} or {@code id@version}. */
    String strategyFor(String modelId);

    /**
     * Scores every stored assessment of {@code modelId} with both strategies ({@code id} or
     * {@code id@version}) and lists the differences.
     */
    Comparison compare(String modelId, String first, String second);
}
