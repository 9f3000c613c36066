package org.tandem.shell.internal;

import java.util.Locale;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;

/** A score card as the shell prints it: the verdict and why, then one line per dimension. */
final class ScoreCardText {

    private ScoreCardText() {
    }

    static String format(ScoreCard card, ValueModel model) {
        String lang = model.defaultLocale();
        StringBuilder out = new StringBuilder();
        String verdict = card.verdict().band() == null ? "no verdict (no submitted answers)"
                : model.bands().stream().filter(b -> b.id().equals(card.verdict().band())).findFirst()
                        .map(b -> b.title().get(lang, lang)).orElse(card.verdict().band());
        out.append("Verdict: ").append(verdict);
        if (!card.verdict().heldBackBy().isEmpty()) {
            out.append(" (the overall score reaches ").append(card.verdict().reached()).append("; held back by ")
                    .append(String.join(", ", card.verdict().heldBackBy())).append(')');
        }
        out.append('\n').append("Overall: ").append(number(card.overall()));
        for (PerspectiveScore p : card.perspectives()) {
            out.append(", ").append(p.perspective()).append(' ').append(number(p.score())).append(" (")
                    .append(p.respondents()).append(')');
        }
        if (card.level() != null) {
            out.append(", maturity level ").append(card.level());
        }
        out.append('\n');
        out.append(String.format("  %-22s %7s", "dimension", "score"));
        card.perspectives().forEach(p -> out.append(String.format(" %9s", p.perspective())));
        out.append(String.format(" %6s  %s%n", "gap", "band"));
        for (DimensionScore d : card.dimensions()) {
            out.append(String.format("  %-22s %7s", d.dimension(), number(d.score())));
            for (PerspectiveScore p : card.perspectives()) {
                boolean asked = d.perspectives().stream().anyMatch(s -> s.perspective().equals(p.perspective()));
                out.append(String.format(" %9s", asked ? number(d.scoreOf(p.perspective())) : ""));
            }
            out.append(String.format(" %6s  %s%s%n", number(d.gap()), d.band() == null ? "-" : d.band(),
                    d.level() == null ? "" : " (level " + d.level() + ")"));
        }
        out.append("Scored by ").append(card.provenance().strategy()).append(" on ").append(card.provenance().modelId())
                .append('@').append(card.provenance().modelVersion()).append(" at ").append(card.provenance().computedAt())
                .append(" from ").append(card.respondents()).append(" submitted response(s)\n");
        return out.toString();
    }

    static String number(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1f", d);
    }
}
