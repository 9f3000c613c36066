package org.tandem.api.spi.scoring;

import org.osgi.annotation.versioning.ConsumerType;
import org.tandem.api.scoring.ScoreCard;

/**
 * Turns an assessment's submitted answers into a score card. Register it as an OSGi service with
 * {@link ScoringStrategyProperties} ({@code tandem.scoring.id}, {@code tandem.scoring.version}, ...);
 * several versions of one id can be installed side by side.
 * <p>
 * Implementations must be thread safe and side-effect free: the same input gives the same card
 * (but for {@code computedAt}). Every score must be within 0-100 or null; a card that is not is
 * refused. Leave {@link ScoreCard#provenance()} null: Tandem fills it in from the service's
 * properties and bundle.
 *
 * @since 1.0
 */
@ConsumerType
public interface ScoringStrategy {

    /**
     * Scores {@code input}; never null.
     *
     * @throws RuntimeException when the input cannot be scored; the message is shown to the user
     */
    ScoreCard score(ScoringInput input);
}
