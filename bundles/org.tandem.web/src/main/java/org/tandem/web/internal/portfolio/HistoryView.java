package org.tandem.web.internal.portfolio;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.log.Logger;
import org.tandem.api.history.HistoryEntry;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;

/**
 * A relationship's history as the consultant's assessment page and the JSON API show it: plain
 * maps of texts and numbers, titles in the page's language.
 */
public final class HistoryView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private HistoryView() {
    }

    /**
     * The assessment page's history section, or null when it cannot be had now (a strategy missing):
     * the rest of the page does not depend on it.
     */
    public static Map<String, Object> section(HistoryService service, String assessmentId, ValueModel model,
            String lang, Logger log) {
        try {
            return page(service.history(assessmentId), model, lang);
        } catch (RuntimeException e) {
            log.warn("The history of assessment {} is left off its page: {}", assessmentId, e.toString());
            return null;
        }
    }

    /** The assessment page's history section: entries, per compared dimension each side's score now and change. */
    public static Map<String, Object> page(RelationshipHistory history, ValueModel model, String lang) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("first", history.first());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (HistoryEntry e : history.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", DATE.format(e.date()));
            entry.put("name", e.name());
            entry.put("model", e.model().toString());
            entry.put("overall", number(e.overall(), lang));
            entry.put("current", e.assessmentId().equals(history.assessmentId()));
            entry.put("live", e.live());
            entry.put("href", "/assessments/" + e.assessmentId());
            entries.add(entry);
        }
        view.put("entries", entries);
        // the sides that scored a compared dimension in some entry; an optional side nobody answered is left out
        List<Perspective> scored = model.perspectives().stream().filter(p -> history.entries().stream()
                .anyMatch(e -> history.dimensions().stream().anyMatch(d -> e.score(d, p.id()) != null))).toList();
        List<Map<String, Object>> sides = new ArrayList<>();
        for (Perspective p : scored) {
            sides.add(Map.of("id", p.id(), "title", p.title().get(lang, model.defaultLocale())));
        }
        view.put("sides", sides);
        List<Map<String, Object>> rows = new ArrayList<>();
        HistoryEntry now = history.entries().get(history.entries().size() - 1);
        for (String id : history.dimensions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", model.dimension(id).map(d -> d.title().get(lang, model.defaultLocale())).orElse(id));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Perspective p : scored) {
                Double delta = history.changes().stream()
                        .filter(c -> c.dimension().equals(id) && p.id().equals(c.perspective())).findFirst()
                        .map(RelationshipHistory.Change::delta).orElse(null);
                cells.add(Map.of("score", number(now.score(id, p.id()), lang), "change", delta(delta, lang),
                        "direction", direction(delta)));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        view.put("rows", rows);
        view.put("previous", history.previous() == null ? "" : DATE.format(history.previous().date()));
        List<String> leftOut = new ArrayList<>();
        history.leftOut().forEach(l -> leftOut.add(model.dimension(l.dimension())
                .map(d -> d.title().get(lang, model.defaultLocale())).orElse(l.dimension()) + " ("
                + String.join(", ", l.missingIn()) + ")"));
        view.put("leftOut", leftOut);
        view.put("skipped", history.skipped().stream().map(s -> Map.of("name", s.name(), "reason", s.reason()))
                .toList());
        return view;
    }

    /** The history as the JSON API answers it: the record's fields plus {@code first}. */
    public static Map<String, Object> json(RelationshipHistory history) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assessmentId", history.assessmentId());
        json.put("first", history.first());
        json.put("dimensions", history.dimensions());
        json.put("entries", history.entries());
        json.put("changes", history.changes());
        json.put("leftOut", history.leftOut());
        json.put("skipped", history.skipped());
        return json;
    }

    static String number(Double value, String lang) {
        return value == null || value.isNaN() ? "–" : String.format(Locale.forLanguageTag(lang), "%.1f", value);
    }

    static String delta(Double value, String lang) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        double rounded = Math.round(value * 10) / 10.0;
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + number(Math.abs(value), lang);
    }

    private static String direction(Double value) {
        return value == null || Math.round(value * 10) == 0 ? "same" : value > 0 ? "up" : "down";
    }
}
