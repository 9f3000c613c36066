package org.tandem.core.internal.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.core.internal.history.Histories.Scored;

/** Models, assessments and cards written by hand for the history and portfolio tests. */
final class Fixtures {

    private Fixtures() {
    }

    static ValueModel model(String version, String... dimensions) {
        List<Dimension> dims = new ArrayList<>();
        for (String d : dimensions) {
            dims.add(new Dimension(d, LocalizedText.of("en", d), LocalizedText.EMPTY, 1, List.of(), Map.of()));
        }
        return new ValueModel(1, "partnership", version, LocalizedText.of("en", "P"), LocalizedText.EMPTY,
                List.of("en"), "en",
                List.of(new Perspective("customer", LocalizedText.of("en", "Customer"), LocalizedText.EMPTY, false),
                        new Perspective("provider", LocalizedText.of("en", "Provider"), LocalizedText.EMPTY, false)),
                List.of(), dims, List.of(band("supplier", 0, 50), band("partner", 50, 100)), ScoringSettings.DEFAULT);
    }

    private static Band band(String id, double min, double max) {
        return new Band(id, min, max, LocalizedText.of("en", id), LocalizedText.EMPTY, null);
    }

    /** An assessment created on day {@code day} of 2026, closed the day after unless open. */
    static Assessment assessment(String id, String customer, String provider, ValueModel model, int day,
            boolean open) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day);
        return new Assessment(id, new Relationship(customer + " / " + provider + " " + day, customer, provider),
                new ModelRef(model.id(), model.version()), open ? AssessmentStatus.OPEN : AssessmentStatus.CLOSED,
                null, created, open ? null : created.plusSeconds(86_400));
    }

    /**
     * A card; {@code scores} alternates dimension id, customer score, provider score (either may be
     * null); a dimension's score is the mean of the two given.
     */
    static ScoreCard card(String assessmentId, Double overall, String verdict, Object... scores) {
        List<DimensionScore> dims = new ArrayList<>();
        for (int i = 0; i < scores.length; i += 3) {
            Double c = (Double) scores[i + 1];
            Double p = (Double) scores[i + 2];
            Double mean = c == null ? p : p == null ? c : (c + p) / 2;
            dims.add(new DimensionScore((String) scores[i], mean, List.of(new PerspectiveScore("customer", c, 0.0, 1),
                    new PerspectiveScore("provider", p, 0.0, 1)), null, null, null));
        }
        return new ScoreCard(assessmentId, overall, List.of(new PerspectiveScore("customer", overall, 0.0, 1),
                new PerspectiveScore("provider", overall, 0.0, 1)), dims,
                new Verdict(verdict, List.of(), verdict), null, 2, null);
    }

    /** A card on which the provider side has no submitted respondent: its results are sealed. */
    static ScoreCard sealedCard(String assessmentId) {
        ScoreCard c = card(assessmentId, 50.0, "partner", "coop", 50.0, null);
        return new ScoreCard(assessmentId, 50.0, List.of(new PerspectiveScore("customer", 50.0, 0.0, 1),
                new PerspectiveScore("provider", null, null, 0)), c.dimensions(), c.verdict(), null, 1, null);
    }

    static Scored scored(Assessment a, ValueModel m, ScoreCard card) {
        return new Scored(a, m, card);
    }
}
