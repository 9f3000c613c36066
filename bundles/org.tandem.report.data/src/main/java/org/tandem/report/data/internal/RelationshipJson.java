package org.tandem.report.data.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.GreenLights;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.spi.report.ReportView;

/** The JSON report's {@code sla} (the figures and the green-lights reading) and {@code actions}. */
final class RelationshipJson {

    private RelationshipJson() {
    }

    static JsonObject sla(ReportView view) {
        GreenLights g = view.greenLights();
        JsonObject json = new JsonObject();
        JsonArray figures = new JsonArray();
        for (SlaFigure f : view.input().sla()) {
            JsonObject o = new JsonObject();
            o.addProperty("service", f.service());
            o.addProperty("target", f.target());
            o.addProperty("achieved", f.achieved());
            o.addProperty("better", f.direction().key());
            o.addProperty("unit", f.unit());
            o.addProperty("met", f.met());
            figures.add(o);
        }
        json.add("figures", figures);
        json.addProperty("lights", g.lights().name().toLowerCase(Locale.ROOT));
        json.addProperty("met", g.met());
        json.addProperty("total", g.total());
        json.addProperty("relationshipShort", g.relationshipShort());
        json.addProperty("partnershipBand", g.partnershipBand());
        json.addProperty("greenLightsRedRelationship", g.flagged());
        json.addProperty("summary", view.greenLightsText().text());
        return json;
    }

    static JsonObject actions(ReportView view) {
        JsonObject json = new JsonObject();
        json.add("agreed", list(view.input().actions()));
        json.add("previous", list(view.input().previousActions()));
        return json;
    }

    private static JsonArray list(List<Action> actions) {
        JsonArray list = new JsonArray();
        for (Action a : actions) {
            JsonObject o = new JsonObject();
            o.addProperty("dimension", a.dimension().isEmpty() ? null : a.dimension()); // null: the relationship as a whole
            o.addProperty("what", a.what());
            o.addProperty("owner", a.owner());
            o.addProperty("due", a.due() == null ? null : a.due().toString());
            o.addProperty("status", a.status().key());
            list.add(o);
        }
        return list;
    }
}
