package org.tandem.web.internal.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Statistics;
import org.tandem.api.model.Band;
import org.tandem.api.model.ValueModel;

/**
 * A model's portfolio and a relationship's standing as pages and the JSON API show them: counts,
 * quartiles and titles, never a relationship's name or an assessment id.
 */
public final class PortfolioView {

    private PortfolioView() {
    }

    /** The JSON answer: the model, how many relationships, the minimum, and (when shown) the statistics. */
    public static Map<String, Object> json(Portfolio p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", p.modelId());
        json.put("versions", p.versions());
        json.put("relationships", p.relationships());
        json.put("minimum", p.minimum());
        json.put("shown", p.shown());
        List<Map<String, Object>> verdicts = new ArrayList<>();
        p.verdicts().forEach(v -> {
            Map<String, Object> count = new LinkedHashMap<>();
            count.put("band", v.band());
            count.put("relationships", v.relationships());
            verdicts.add(count);
        });
        json.put("verdicts", verdicts);
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Portfolio.DimensionStatistics d : p.dimensions()) {
            Map<String, Object> dimension = new LinkedHashMap<>();
            dimension.put("dimension", d.dimension());
            dimension.put("score", d.score());
            Map<String, Object> sides = new LinkedHashMap<>();
            d.perspectives().forEach(s -> sides.put(s.perspective(), s.score()));
            dimension.put("perspectives", sides);
            dimensions.add(dimension);
        }
        json.put("dimensions", dimensions);
        return json;
    }

    /** The page: verdict counts with titles and shares, per dimension its quartiles and each side's. */
    public static Map<String, Object> page(Portfolio p, String lang) {
        Map<String, Object> view = new LinkedHashMap<>();
        ValueModel model = p.model();
        view.put("id", p.modelId());
        view.put("title", model == null ? p.modelId() : model.title().get(lang, model.defaultLocale()));
        view.put("versions", String.join(", ", p.versions()));
        view.put("relationships", p.relationships());
        view.put("minimum", p.minimum());
        view.put("shown", p.shown());
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (Portfolio.VerdictCount v : p.verdicts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", band(model, v.band(), lang));
            row.put("count", v.relationships());
            int percent = p.relationships() == 0 ? 0 : Math.round(100f * v.relationships() / p.relationships());
            row.put("percent", percent);
            verdicts.add(row);
        }
        view.put("verdicts", verdicts);
        List<Map<String, Object>> sides = new ArrayList<>();
        if (model != null) {
            model.perspectives().forEach(s -> sides.add(Map.of("id", s.id(), "title", s.title().get(lang,
                    model.defaultLocale()))));
        }
        view.put("sides", sides);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Portfolio.DimensionStatistics d : p.dimensions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", model.dimension(d.dimension()).map(x -> x.title().get(lang, model.defaultLocale()))
                    .orElse(d.dimension()));
            row.put("score", stats(d.score(), lang));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Map<String, Object> side : sides) {
                Statistics s = d.perspectives().stream().filter(x -> x.perspective().equals(side.get("id")))
                        .findFirst().map(Portfolio.SideStatistics::score).orElse(null);
                cells.add(stats(s, lang));
            }
            row.put("sides", cells);
            rows.add(row);
        }
        view.put("dimensions", rows);
        return view;
    }

    /** The JSON answer of a standing; {@code shown} false (and nothing else) below the minimum. */
    public static Map<String, Object> json(Standing standing, int minimum) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("shown", standing != null);
        json.put("minimum", minimum);
        if (standing != null) {
            json.put("relationships", standing.relationships());
            json.put("overall", standing.overall());
            json.put("dimensions", standing.dimensions());
        }
        return json;
    }

    private static Map<String, Object> stats(Statistics s, String lang) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("shown", s != null);
        cell.put("count", s == null ? 0 : s.count());
        cell.put("median", s == null ? "–" : HistoryView.number(s.median(), lang));
        cell.put("q1", s == null ? "–" : HistoryView.number(s.q1(), lang));
        cell.put("q3", s == null ? "–" : HistoryView.number(s.q3(), lang));
        return cell;
    }

    private static String band(ValueModel model, String band, String lang) {
        if (band == null) {
            return null;
        }
        if (model == null) {
            return band;
        }
        return model.bands().stream().filter(b -> b.id().equals(band)).findFirst()
                .map(Band::title).map(t -> t.get(lang, model.defaultLocale())).orElse(band);
    }
}
