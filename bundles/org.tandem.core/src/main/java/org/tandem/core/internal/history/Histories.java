package org.tandem.core.internal.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.history.HistoryEntry;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.RelationshipHistory.Change;
import org.tandem.api.history.RelationshipHistory.LeftOut;
import org.tandem.api.history.RelationshipHistory.Skipped;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;

/**
 * Builds a relationship's history from its assessments, their models and cards. Pure: no store, no
 * scoring. Dimensions are compared by id, and only those every entry's model has: a dimension
 * another version added, dropped or renamed has no score to compare in some entry, and a trend
 * with holes would read as a change that did not happen.
 */
public final class Histories {

    private Histories() {
    }

    /**
     * One assessment with its model and card.
     *
     * @param card the newest published card (the live one for the current assessment), or null when none
     */
    public record Scored(Assessment assessment, ValueModel model, ScoreCard card) {
    }

    /**
     * The history leading up to {@code current}.
     *
     * @param earlier the relationship's other assessments created before the current one, any order; those
     *                still open, closed without a card, or with too few respondents for their results to be
     *                shown (sealed) are skipped
     */
    public static RelationshipHistory of(Scored current, List<Scored> earlier) {
        List<Scored> used = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Scored> sorted = new ArrayList<>(earlier);
        sorted.sort(java.util.Comparator.comparing((Scored s) -> s.assessment().created())
                .thenComparing(s -> s.assessment().id()));
        for (Scored s : sorted) {
            if (s.assessment().isOpen()) {
                skipped.add(new Skipped(s.assessment().id(), s.assessment().relationship().name(), "open"));
            } else if (s.card() == null) {
                skipped.add(new Skipped(s.assessment().id(), s.assessment().relationship().name(), "unpublished"));
            } else if (sealed(s)) {
                skipped.add(new Skipped(s.assessment().id(), s.assessment().relationship().name(), "sealed"));
            } else {
                used.add(s);
            }
        }
        used.add(current);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        List<String> compared = new ArrayList<>();
        for (Scored s : used) {
            for (Dimension d : s.model().dimensions()) {
                missing.putIfAbsent(d.id(), new ArrayList<>());
            }
        }
        for (String id : missing.keySet()) {
            for (Scored s : used) {
                if (s.model().dimension(id).isEmpty()) {
                    String ref = s.assessment().model().toString();
                    if (!missing.get(id).contains(ref)) {
                        missing.get(id).add(ref);
                    }
                }
            }
        }
        List<LeftOut> leftOut = new ArrayList<>();
        for (Dimension d : current.model().dimensions()) {
            if (missing.get(d.id()).isEmpty()) {
                compared.add(d.id());
            }
        }
        missing.forEach((id, in) -> {
            if (!in.isEmpty()) {
                leftOut.add(new LeftOut(id, in));
            }
        });
        List<HistoryEntry> entries = used.stream().map(s -> entry(s, compared, s == current)).toList();
        List<Change> changes = entries.size() < 2 ? List.of()
                : changes(entries.get(entries.size() - 2), entries.get(entries.size() - 1), compared, current.model());
        return new RelationshipHistory(current.assessment().id(), entries, compared, leftOut, skipped, changes);
    }

    /**
     * Whether a card's results are sealed: a side the model requires has fewer submitted respondents
     * than the model's minimum (at least one), so its scores could be one person's answers.
     */
    static boolean sealed(Scored s) {
        int minimum = Math.max(1, s.model().scoring().minimumRespondents());
        for (Perspective p : s.model().perspectives()) {
            if (p.optional()) {
                continue;
            }
            int submitted = s.card().perspectives().stream().filter(x -> x.perspective().equals(p.id()))
                    .mapToInt(x -> x.respondents()).findFirst().orElse(0);
            if (submitted < minimum) {
                return true;
            }
        }
        return false;
    }

    private static HistoryEntry entry(Scored s, List<String> compared, boolean current) {
        Assessment a = s.assessment();
        ScoreCard card = s.card();
        List<DimensionScore> scores = new ArrayList<>();
        for (String id : compared) {
            card.dimension(id).ifPresent(scores::add);
        }
        return new HistoryEntry(a.id(), a.relationship().name(), a.model(), a.created(), a.closed(),
                current && a.isOpen(), card.overall(), card.verdict() == null ? null : card.verdict().band(), scores);
    }

    private static List<Change> changes(HistoryEntry previous, HistoryEntry now, List<String> compared,
            ValueModel model) {
        List<Change> changes = new ArrayList<>();
        for (String id : compared) {
            changes.add(change(id, null, previous.score(id, null), now.score(id, null)));
            for (Perspective p : model.perspectives()) {
                changes.add(change(id, p.id(), previous.score(id, p.id()), now.score(id, p.id())));
            }
        }
        return changes;
    }

    private static Change change(String dimension, String perspective, Double before, Double after) {
        return new Change(dimension, perspective, before, after,
                before == null || after == null ? null : after - before);
    }
}
