package org.tandem.core.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.QuadrantPlacement;
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
        level(problems, "the relationship", card.level());
        for (PerspectiveScore p : card.perspectives()) {
            perspective(problems, model, p);
            score(problems, "overall of " + p.perspective(), p.score());
        }
        for (DimensionScore d : card.dimensions()) {
            if (model.dimension(d.dimension()).isEmpty()) {
                problems.add("unknown dimension '" + d.dimension() + "'");
            }
            score(problems, d.dimension(), d.score());
            band(problems, model, d.dimension() + " band", d.band());
            for (PerspectiveScore p : d.perspectives()) {
                perspective(problems, model, p);
                score(problems, d.dimension() + " of " + p.perspective(), p.score());
            }
            level(problems, d.dimension(), d.level());
        }
        insights(problems, model, card.insights());
        if (card.verdict() == null) {
            problems.add("it has no verdict");
        } else {
            band(problems, model, "verdict", card.verdict().band());
            band(problems, model, "reached band", card.verdict().reached());
            card.verdict().heldBackBy().stream().filter(d -> model.dimension(d).isEmpty())
                    .forEach(d -> problems.add("held back by unknown dimension '" + d + "'"));
        }
        return problems;
    }

    private static void insights(List<String> problems, ValueModel model, Insights insights) {
        for (QuadrantPlacement q : insights.quadrants()) {
            String what = "quadrant of " + q.dimension() + " for " + q.perspective();
            if (model.dimension(q.dimension()).isEmpty() || model.perspective(q.perspective()).isEmpty()) {
                problems.add("unknown dimension or perspective in " + what);
            }
            score(problems, what + ": own", q.own());
            score(problems, what + ": other", q.other());
            score(problems, what + ": expected", q.expected());
        }
        for (DimensionImportance d : insights.importance()) {
            if (model.dimension(d.dimension()).isEmpty()) {
                problems.add("importance of unknown dimension '" + d.dimension() + "'");
            }
            d.perspectives().forEach(p -> score(problems, "importance of " + d.dimension() + " to " + p.perspective(),
                    p.score()));
        }
    }

    private static void band(List<String> problems, ValueModel model, String what, String band) {
        if (band != null && model.bands().stream().noneMatch(b -> b.id().equals(band))) {
            problems.add(what + " '" + band + "' is not a band of " + model.key());
        }
    }

    private static void perspective(List<String> problems, ValueModel model, PerspectiveScore p) {
        if (model.perspective(p.perspective()).isEmpty()) {
            problems.add("unknown perspective '" + p.perspective() + "'");
        }
    }

    private static void level(List<String> problems, String what, Integer level) {
        if (level != null && (level < 1 || level > 5)) {
            problems.add(what + " level " + level + " is not 1-5");
        }
    }

    private static void score(List<String> problems, String what, Double score) {
        if (score != null && (score.isNaN() || score < 0 || score > 100)) {
            problems.add(what + " score " + score + " is not within 0-100");
        }
    }
}
