package org.tandem.report.data.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;

/**
 * The score card's insights in the JSON report: always present, with empty lists for a card
 * without them, so the document's shape never depends on the model.
 */
final class InsightsJson {

    private InsightsJson() {
    }

    static JsonObject of(Insights insights) {
        JsonObject json = new JsonObject();
        json.add("threshold", number(insights.threshold()));
        json.addProperty("expectations", insights.expectations());
        JsonArray quadrants = new JsonArray();
        for (QuadrantPlacement q : insights.quadrants()) {
            JsonObject placement = new JsonObject();
            placement.addProperty("dimension", q.dimension());
            placement.addProperty("perspective", q.perspective());
            placement.addProperty("counterpart", q.counterpart());
            placement.add("own", number(q.own()));
            placement.add("other", number(q.other()));
            placement.addProperty("quadrant", name(q.quadrant()));
            placement.add("expected", number(q.expected()));
            placement.add("expectationGap", number(q.expectationGap()));
            placement.addProperty("misjudged", q.misjudged(insights.threshold()));
            quadrants.add(placement);
        }
        json.add("quadrants", quadrants);
        JsonArray importance = new JsonArray();
        for (DimensionImportance d : insights.importance()) {
            JsonObject dimension = new JsonObject();
            dimension.addProperty("dimension", d.dimension());
            JsonArray sides = new JsonArray();
            for (PerspectiveScore p : d.perspectives()) {
                JsonObject side = new JsonObject();
                side.addProperty("perspective", p.perspective());
                side.add("importance", number(p.score()));
                side.add("spread", number(p.spread()));
                side.addProperty("respondents", p.respondents());
                sides.add(side);
            }
            dimension.add("perspectives", sides);
            dimension.add("gap", number(d.gap()));
            dimension.addProperty("prioritiesDiffer", d.prioritiesDiffer(insights.threshold()));
            importance.add(dimension);
        }
        json.add("importance", importance);
        return json;
    }

    /** {@code blind-spot}, {@code agreed-strength}, ...; null when not placed. */
    static String name(Quadrant quadrant) {
        return quadrant == null ? null : quadrant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static JsonPrimitive number(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : new JsonPrimitive(value);
    }
}
