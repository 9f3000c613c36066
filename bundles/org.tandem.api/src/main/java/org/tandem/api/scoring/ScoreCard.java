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
 * @since 1.0
 */
public record ScoreCard(String assessmentId, Double overall, List<PerspectiveScore> perspectives,
        List<DimensionScore> dimensions, Verdict verdict, Integer level, int respondents, Provenance provenance) {

    public ScoreCard {
        perspectives = List.copyOf(perspectives);
        dimensions = List.copyOf(dimensions);
    }

    public Optional<DimensionScore> dimension(String id) {
        return dimensions.stream().filter(d -> d.dimension().equals(id)).findFirst();
    }
}
