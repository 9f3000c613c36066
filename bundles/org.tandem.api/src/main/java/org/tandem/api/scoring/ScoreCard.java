package org.tandem.api.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The scores of one assessment.
 *
 * @param assessmentId  the assessment
 * @param overall       the overall index 0-100 (dimension weights applied), or null when nothing was answered
 * @param perspectives  each perspective's overall index, in model order
 * @param dimensions    each dimension's score, in model order
 * @param verdict       the verdict
 * @param level         the relationship's maturity level 1-5 for strategies that compute levels, else null
 * @param respondents   submitted responses the card is made of
 * @param provenance    what produced it
 * @param insights      blind spots and importance; {@link Insights#NONE} (never null) when the
 *                      strategy left them out, for cards stored before they existed too (since 1.1)
 * @since 1.0
 */
public record ScoreCard(String assessmentId, Double overall, List<PerspectiveScore> perspectives,
        List<DimensionScore> dimensions, Verdict verdict, Integer level, int respondents, Provenance provenance,
        Insights insights) {

    public ScoreCard {
        perspectives = List.copyOf(perspectives);
        dimensions = List.copyOf(dimensions);
        insights = insights == null ? Insights.NONE : insights;
    }

    /** A card without insights; Tandem computes them from the answers when it publishes the card. */
    public ScoreCard(String assessmentId, Double overall, List<PerspectiveScore> perspectives,
            List<DimensionScore> dimensions, Verdict verdict, Integer level, int respondents, Provenance provenance) {
        this(assessmentId, overall, perspectives, dimensions, verdict, level, respondents, provenance, Insights.NONE);
    }

    public Optional<DimensionScore> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }
}
