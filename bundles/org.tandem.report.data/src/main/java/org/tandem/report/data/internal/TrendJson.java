package org.tandem.report.data.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.tandem.api.history.HistoryEntry;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.history.Statistics;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;

/** The history and the portfolio standing of the JSON report; null members when the report has none. */
final class TrendJson {

    private TrendJson() {
    }

    static JsonElement history(RelationshipHistory history) {
        if (history == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("first", history.first());
        JsonArray dimensions = new JsonArray();
        history.dimensions().forEach(dimensions::add);
        json.add("dimensions", dimensions);
        JsonArray entries = new JsonArray();
        history.entries().forEach(e -> entries.add(entry(e)));
        json.add("entries", entries);
        JsonArray changes = new JsonArray();
        for (RelationshipHistory.Change c : history.changes()) {
            JsonObject change = new JsonObject();
            change.addProperty("dimension", c.dimension());
            change.addProperty("perspective", c.perspective());
            change.add("previous", number(c.previous()));
            change.add("current", number(c.current()));
            change.add("delta", number(c.delta()));
            changes.add(change);
        }
        json.add("changes", changes);
        JsonArray leftOut = new JsonArray();
        for (RelationshipHistory.LeftOut l : history.leftOut()) {
            JsonObject left = new JsonObject();
            left.addProperty("dimension", l.dimension());
            JsonArray missing = new JsonArray();
            l.missingIn().forEach(missing::add);
            left.add("missingIn", missing);
            leftOut.add(left);
        }
        json.add("leftOut", leftOut);
        JsonArray skipped = new JsonArray();
        for (RelationshipHistory.Skipped s : history.skipped()) {
            JsonObject skip = new JsonObject();
            skip.addProperty("assessmentId", s.assessmentId());
            skip.addProperty("name", s.name());
            skip.addProperty("reason", s.reason());
            skipped.add(skip);
        }
        json.add("skipped", skipped);
        return json;
    }

    private static JsonObject entry(HistoryEntry e) {
        JsonObject json = new JsonObject();
        json.addProperty("assessmentId", e.assessmentId());
        json.addProperty("name", e.name());
        JsonObject model = new JsonObject();
        model.addProperty("id", e.model().id());
        model.addProperty("version", e.model().version());
        json.add("model", model);
        json.addProperty("created", e.created() == null ? null : e.created().toString());
        json.addProperty("closed", e.closed() == null ? null : e.closed().toString());
        json.addProperty("live", e.live());
        json.add("overall", number(e.overall()));
        json.addProperty("verdict", e.verdict());
        JsonArray dimensions = new JsonArray();
        for (DimensionScore d : e.dimensions()) {
            JsonObject dimension = new JsonObject();
            dimension.addProperty("dimension", d.dimension());
            dimension.add("score", number(d.score()));
            JsonObject sides = new JsonObject();
            for (PerspectiveScore p : d.perspectives()) {
                sides.add(p.perspective(), number(p.score()));
            }
            dimension.add("perspectives", sides);
            dimensions.add(dimension);
        }
        json.add("dimensions", dimensions);
        return json;
    }

    static JsonElement standing(Standing standing) {
        if (standing == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("relationships", standing.relationships());
        json.add("overall", standing.overall() == null ? JsonNull.INSTANCE : position(standing.overall()));
        JsonArray dimensions = new JsonArray();
        standing.dimensions().forEach(p -> dimensions.add(position(p)));
        json.add("dimensions", dimensions);
        return json;
    }

    static JsonObject position(Standing.Position p) {
        JsonObject json = new JsonObject();
        if (p.dimension() != null) {
            json.addProperty("dimension", p.dimension());
        }
        json.addProperty("score", p.score());
        json.addProperty("percentileRank", p.percentileRank());
        json.add("group", statistics(p.group()));
        return json;
    }

    static JsonObject statistics(Statistics s) {
        JsonObject json = new JsonObject();
        json.addProperty("count", s.count());
        json.addProperty("q1", s.q1());
        json.addProperty("median", s.median());
        json.addProperty("q3", s.q3());
        return json;
    }

    private static JsonElement number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }
}
