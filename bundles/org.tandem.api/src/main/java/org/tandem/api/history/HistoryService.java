package org.tandem.api.history;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Trends of one relationship and the portfolio of one model.
 * <p>
 * <b>One relationship</b>: assessments whose customer and whose provider are equal once each is
 * stripped, its runs of white space made one space, and compared without regard to case
 * ({@link #relationshipKey(String, String)}); the relationship's name is not compared, it usually
 * carries the year.
 * <p>
 * <b>Portfolio</b>: every relationship with a closed assessment of the model (any version) that has
 * a published score card, each counted once with its newest such assessment. Statistics are given
 * only when at least {@link #MINIMUM_RELATIONSHIPS} relationships are in the group, so no client's
 * scores can be worked out from them.
 * <p>
 * Thread safe. Arguments must not be null.
 *
 * @since 1.0
 */
@ProviderType
public interface HistoryService {

    /** The fewest relationships a portfolio statistic or a standing is shown for. */
    int MINIMUM_RELATIONSHIPS = 5;

    /**
     * The relationship's history up to and including {@code assessmentId}: the earlier assessments
     * of the same relationship (created before it) with their newest published card, then this one
     * with its live (open) or published (closed) card.
     *
     * @throws org.tandem.api.assessment.AssessmentException when there is no such assessment
     * @throws org.tandem.api.scoring.ScoringException when the assessment cannot be scored
     */
    RelationshipHistory history(String assessmentId);

    /** The portfolio of model {@code modelId}, all its versions together; empty statistics below the minimum. */
    Portfolio portfolio(String modelId);

    /**
     * Where the assessment's relationship stands against the other relationships of its model's
     * portfolio, or empty when fewer than {@link #MINIMUM_RELATIONSHIPS} relationships (this one
     * included) have a published card.
     *
     * @throws org.tandem.api.assessment.AssessmentException when there is no such assessment
     */
    Optional<Standing> standing(String assessmentId);

    /** The key two assessments of one relationship share: customer and provider, normalised. */
    static String relationshipKey(String customer, String provider) {
        return normalise(customer) + "\n" + normalise(provider);
    }

    private static String normalise(String name) {
        return name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
