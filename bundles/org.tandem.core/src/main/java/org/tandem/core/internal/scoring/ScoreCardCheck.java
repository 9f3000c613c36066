package org.tandem.core.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;

/** What a strategy's card must satisfy before anyone sees it: scores in 0-100, known ids, a real verdict. */
final class ScoreCardCheck {

    private ScoreCardCheck() {
    }

    /** Every problem of {@code card}; empty when it is fine. */
    static List<String> problems(ScoreCard card, ValueModel model) {
        List<String> problems = new ArrayList<>();
        if (card == null) {
            problems.add("it returned no score card");
            return problems;
        }
        score(problems, "overall", card.overall());
        for (PerspectiveScore p : card.perspectives()) {
            score(problems, "overall of " + p.perspective(), p.score());
        }
        for (DimensionScore d : card.dimensions()) {
            if (model.dimension(d.dimension()).isEmpty()) {
                problems.add("unknown dimension '" + d.dimension() + "'");
            }
            score(problems, d.dimension(), d.score());
            for (PerspectiveScore p : d.perspectives()) {
                score(problems, d.dimension() + " of " + p.perspective(), p.score());
            }
            if (d.level() != null && (d.level() < 1 || d.level() > 5)) {
                problems.add(d.dimension() + " level " + d.level() + " is not 1-5");
            }
        }
        if (card.verdict() == null) {
            problems.add("it has no verdict");
        } else if (card.verdict().band() != null
                && model.bands().stream().noneMatch(b -> b.id().equals(card.verdict().band()))) {
            problems.add("verdict '" + card.verdict().band() + "' is not a band of " + model.key());
        }
        return problems;
    }

    private static void score(List<String> problems, String what, Double score) {
        if (score != null && (score.isNaN() || score < 0 || score > 100)) {
            problems.add(what + " score " + score + " is not within 0-100");
        }
    }
}
