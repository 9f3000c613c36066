package org.tandem.core.internal.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.Portfolio.DimensionStatistics;
import org.tandem.api.history.Portfolio.SideStatistics;
import org.tandem.api.history.Portfolio.VerdictCount;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Standing.Position;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.core.internal.SemanticVersions;
import org.tandem.core.internal.history.Histories.Scored;

/**
 * A model's portfolio and a relationship's standing in it. Pure. Versions of one model count
 * together; each dimension is taken over the relationships whose card has it (same id), so a
 * dimension a newer version added has fewer scores until enough relationships were assessed on it.
 */
public final class Portfolios {

    private Portfolios() {
    }

    /**
     * The members of a portfolio: of each relationship, its newest closed assessment of the model
     * with a published card whose results are not sealed (enough respondents on every required side).
     */
    public static List<Scored> members(String modelId, List<Scored> assessments) {
        Map<String, Scored> newest = new LinkedHashMap<>();
        for (Scored s : assessments) {
            if (!s.assessment().model().id().equals(modelId) || s.assessment().isOpen() || s.card() == null
                    || Histories.sealed(s)) {
                continue;
            }
            String key = HistoryService.relationshipKey(s.assessment().relationship().customer(),
                    s.assessment().relationship().provider());
            newest.merge(key, s, (a, b) -> newer(a, b) ? a : b);
        }
        return List.copyOf(newest.values());
    }

    private static boolean newer(Scored a, Scored b) {
        int c = a.assessment().created().compareTo(b.assessment().created());
        return c != 0 ? c > 0 : a.assessment().id().compareTo(b.assessment().id()) > 0;
    }

    /** The portfolio of {@code members} (one per relationship). */
    public static Portfolio of(String modelId, List<Scored> members, int minimum) {
        List<String> versions = members.stream().map(s -> s.assessment().model().version()).distinct()
                .sorted(SemanticVersions::compare).toList();
        ValueModel model = members.stream().map(Scored::model)
                .max((a, b) -> SemanticVersions.compare(a.version(), b.version())).orElse(null);
        if (members.size() < minimum || model == null) {
            return new Portfolio(modelId, model, members.size(), minimum, versions, List.of(), List.of());
        }
        List<ScoreCard> cards = members.stream().map(Scored::card).toList();
        List<DimensionStatistics> dimensions = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            List<SideStatistics> sides = new ArrayList<>();
            for (Perspective p : model.perspectives()) {
                statistics(cards, c -> sideScore(c, d.id(), p.id()), minimum)
                        .ifPresent(s -> sides.add(new SideStatistics(p.id(), s)));
            }
            dimensions.add(new DimensionStatistics(d.id(),
                    statistics(cards, c -> c.dimension(d.id()).map(x -> x.score()).orElse(null), minimum).orElse(null),
                    sides));
        }
        return new Portfolio(modelId, model, members.size(), minimum, versions, verdicts(model, cards), dimensions);
    }

    private static List<VerdictCount> verdicts(ValueModel model, List<ScoreCard> cards) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Band b : model.bands()) {
            counts.put(b.id(), 0);
        }
        for (ScoreCard c : cards) {
            counts.merge(c.verdict() == null ? null : c.verdict().band(), 1, Integer::sum);
        }
        List<VerdictCount> list = new ArrayList<>();
        counts.forEach((band, n) -> list.add(new VerdictCount(band, n)));
        return list;
    }

    /**
     * Where {@code own} stands against {@code others} (the portfolio without its relationship),
     * or empty when the two together are fewer than {@code minimum}.
     */
    public static Optional<Standing> standing(Scored own, List<Scored> others, int minimum) {
        if (others.size() + 1 < minimum || own.card() == null) {
            return Optional.empty();
        }
        List<ScoreCard> group = new ArrayList<>(others.stream().map(Scored::card).toList());
        Position overall = position(null, own.card(), group, ScoreCard::overall, minimum);
        List<Position> dimensions = new ArrayList<>();
        for (Dimension d : own.model().dimensions()) {
            Position p = position(d.id(), own.card(), group,
                    c -> c.dimension(d.id()).map(x -> x.score()).orElse(null), minimum);
            if (p != null) {
                dimensions.add(p);
            }
        }
        return Optional.of(new Standing(own.assessment().id(), own.assessment().model().id(), others.size() + 1,
                overall, dimensions));
    }

    private static Position position(String dimension, ScoreCard own, List<ScoreCard> others,
            Function<ScoreCard, Double> score, int minimum) {
        Double mine = score.apply(own);
        List<Double> theirs = others.stream().map(score).filter(x -> x != null).toList();
        if (mine == null || theirs.size() + 1 < minimum) {
            return null;
        }
        List<Double> all = new ArrayList<>(theirs);
        all.add(mine);
        return new Position(dimension, mine, Quartiles.percentileRank(mine, theirs), Quartiles.of(all));
    }

    private static Optional<org.tandem.api.history.Statistics> statistics(List<ScoreCard> cards,
            Function<ScoreCard, Double> score, int minimum) {
        List<Double> scores = cards.stream().map(score).filter(x -> x != null).toList();
        return scores.size() < minimum ? Optional.empty() : Optional.of(Quartiles.of(scores));
    }

    private static Double sideScore(ScoreCard card, String dimension, String perspective) {
        return card.dimension(dimension).map(d -> d.scoreOf(perspective)).orElse(null);
    }
}
