package org.tandem.report.data.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportView;

/**
 * The JSON report document ({@code tandem-report}, format version 1) as a Gson tree. Every member
 * is always present, null when it has no value, in a fixed order, so its shape never depends on
 * the data. docs/report-formats.md describes it field by field.
 */
final class ReportDocument {

    static final String FORMAT = "tandem-report";
    static final int FORMAT_VERSION = 1;
    /** The key of the comments on the response as a whole (a dimension id is never empty). */
    static final String GENERAL = "general";

    private ReportDocument() {
    }

    static JsonObject of(ReportView view) {
        ReportInput input = view.input();
        JsonObject doc = new JsonObject();
        doc.addProperty("format", FORMAT);
        doc.addProperty("formatVersion", FORMAT_VERSION);
        doc.addProperty("language", view.language());
        doc.add("assessment", assessment(input.assessment()));
        doc.add("model", model(view));
        doc.add("scoreCard", scoreCard(input.scoreCard()));
        JsonObject respondents = new JsonObject();
        input.respondents().forEach(respondents::addProperty);
        doc.add("respondents", respondents);
        doc.add("comments", comments(input));
        doc.add("sla", RelationshipJson.sla(view));
        doc.add("actions", RelationshipJson.actions(view));
        doc.add("renderer", renderer(input.renderer()));
        doc.add("history", TrendJson.history(input.history()));
        doc.add("standing", TrendJson.standing(input.standing()));
        return doc;
    }

    private static JsonObject assessment(Assessment a) {
        JsonObject json = new JsonObject();
        json.addProperty("id", a.id());
        JsonObject relationship = new JsonObject();
        relationship.addProperty("name", a.relationship().name());
        relationship.addProperty("customer", a.relationship().customer());
        relationship.addProperty("provider", a.relationship().provider());
        json.add("relationship", relationship);
        JsonObject model = new JsonObject();
        model.addProperty("id", a.model() == null ? null : a.model().id());
        model.addProperty("version", a.model() == null ? null : a.model().version());
        json.add("model", model);
        json.addProperty("status", a.status() == null ? null : a.status().name().toLowerCase(Locale.ROOT));
        json.add("created", instant(a.created()));
        json.add("deadline", instant(a.deadline()));
        json.add("closed", instant(a.closed()));
        return json;
    }

    private static JsonObject model(ReportView view) {
        JsonObject json = new JsonObject();
        json.addProperty("id", view.input().model().id());
        json.addProperty("version", view.input().model().version());
        json.addProperty("title", view.modelTitle());
        JsonArray perspectives = new JsonArray();
        view.input().model().perspectives().forEach(p -> perspectives.add(titled(p.id(), view.text(p.title()))));
        json.add("perspectives", perspectives);
        JsonArray dimensions = new JsonArray();
        view.input().model().dimensions().forEach(d -> dimensions.add(titled(d.id(), view.text(d.title()))));
        json.add("dimensions", dimensions);
        JsonArray bands = new JsonArray();
        view.input().model().bands().forEach(b -> bands.add(titled(b.id(), view.text(b.title()))));
        json.add("bands", bands);
        return json;
    }

    private static JsonObject titled(String id, String title) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("title", title);
        return json;
    }

    private static JsonObject scoreCard(ScoreCard card) {
        JsonObject json = new JsonObject();
        json.add("overall", number(card.overall()));
        json.add("verdict", verdict(card.verdict()));
        json.addProperty("level", card.level());
        json.addProperty("respondents", card.respondents());
        json.add("perspectives", perspectives(card.perspectives()));
        JsonArray dimensions = new JsonArray();
        for (DimensionScore d : card.dimensions()) {
            JsonObject dimension = new JsonObject();
            dimension.addProperty("dimension", d.dimension());
            dimension.add("score", number(d.score()));
            dimension.addProperty("band", d.band());
            dimension.addProperty("level", d.level());
            dimension.add("gap", number(d.gap()));
            dimension.add("perspectives", perspectives(d.perspectives()));
            dimensions.add(dimension);
        }
        json.add("dimensions", dimensions);
        json.add("provenance", provenance(card.provenance()));
        json.add("insights", InsightsJson.of(card.insights()));
        return json;
    }

    private static JsonObject verdict(Verdict v) {
        if (v == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.addProperty("band", v.band());
        json.add("heldBackBy", strings(v.heldBackBy()));
        json.addProperty("reached", v.reached());
        return json;
    }

    private static JsonArray perspectives(List<PerspectiveScore> scores) {
        JsonArray json = new JsonArray();
        for (PerspectiveScore p : scores) {
            JsonObject score = new JsonObject();
            score.addProperty("perspective", p.perspective());
            score.add("score", number(p.score()));
            score.add("spread", number(p.spread()));
            score.addProperty("respondents", p.respondents());
            json.add(score);
        }
        return json;
    }

    private static JsonObject provenance(Provenance p) {
        if (p == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.addProperty("modelId", p.modelId());
        json.addProperty("modelVersion", p.modelVersion());
        json.addProperty("strategyId", p.strategyId());
        json.addProperty("strategyVersion", p.strategyVersion());
        json.addProperty("bundle", p.bundle());
        json.addProperty("bundleVersion", p.bundleVersion());
        json.add("computedAt", instant(p.computedAt()));
        return json;
    }

    private static JsonObject comments(ReportInput input) {
        JsonObject json = new JsonObject();
        json.add(GENERAL, strings(input.comments("")));
        JsonObject dimensions = new JsonObject();
        input.model().dimensions().forEach(d -> dimensions.add(d.id(), strings(input.comments(d.id()))));
        json.add("dimensions", dimensions);
        return json;
    }

    private static JsonObject renderer(RendererInfo r) {
        if (r == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.addProperty("id", r.id());
        json.addProperty("format", r.format());
        json.addProperty("name", r.name());
        json.addProperty("mediaType", r.mediaType());
        json.addProperty("extension", r.extension());
        json.addProperty("version", r.version());
        json.addProperty("bundle", r.bundle());
        json.addProperty("bundleVersion", r.bundleVersion());
        return json;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray json = new JsonArray();
        values.forEach(json::add);
        return json;
    }

    /** ISO-8601 in UTC, e.g. {@code 2026-11-03T09:30:00Z}. */
    private static JsonPrimitive instant(Instant instant) {
        return instant == null ? null : new JsonPrimitive(instant.toString());
    }

    /**
     * A score exactly as in the score card, never rounded, so that a program reads back the same
     * double. JSON has no NaN: a score that is not a number is written as none.
     */
    private static JsonPrimitive number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : new JsonPrimitive(value);
    }
}
