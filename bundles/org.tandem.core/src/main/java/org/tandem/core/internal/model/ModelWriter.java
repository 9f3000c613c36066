package org.tandem.core.internal.model;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ValueModel;

/**
 * Writes a model as a format-1 document: the snapshot stored with an assessment when the model
 * was built in code, and the JSON form that paths of problems in such a model point into.
 */
public final class ModelWriter {

    private ModelWriter() {
    }

    public static String write(ValueModel m) {
        JsonObject o = new JsonObject();
        o.addProperty("format", ModelJson.FORMAT);
        o.addProperty("id", m.id());
        o.addProperty("version", m.version());
        o.add("title", text(m.title()));
        optional(o, "description", m.description());
        JsonArray locales = new JsonArray();
        m.locales().forEach(locales::add);
        o.add("locales", locales);
        o.addProperty("defaultLocale", m.defaultLocale());
        JsonObject scoring = new JsonObject();
        scoring.addProperty("strategy", m.scoring().strategy());
        scoring.addProperty("minimumRespondents", m.scoring().minimumRespondents());
        o.add("scoring", scoring);
        JsonArray perspectives = new JsonArray();
        for (Perspective p : m.perspectives()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", p.id());
            j.add("title", text(p.title()));
            optional(j, "description", p.description());
            j.addProperty("optional", p.optional());
            if (p.counterpart() != null) {
                j.addProperty("counterpart", p.counterpart());
            }
            perspectives.add(j);
        }
        o.add("perspectives", perspectives);
        JsonArray scales = new JsonArray();
        m.scales().forEach(s -> scales.add(scale(s)));
        o.add("scales", scales);
        JsonArray bands = new JsonArray();
        m.bands().forEach(b -> bands.add(band(b)));
        o.add("bands", bands);
        JsonArray dimensions = new JsonArray();
        m.dimensions().forEach(d -> dimensions.add(dimension(d)));
        o.add("dimensions", dimensions);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    }

    private static JsonObject scale(Scale s) {
        JsonObject j = new JsonObject();
        j.addProperty("id", s.id());
        j.addProperty("min", s.min());
        j.addProperty("max", s.max());
        JsonObject labels = new JsonObject();
        s.labels().forEach((k, v) -> labels.add(String.valueOf(k), text(v)));
        j.add("labels", labels);
        return j;
    }

    private static JsonObject band(Band b) {
        JsonObject j = new JsonObject();
        j.addProperty("id", b.id());
        j.addProperty("min", b.min());
        j.addProperty("max", b.max());
        j.add("title", text(b.title()));
        optional(j, "description", b.description());
        if (b.floor() != null) {
            j.addProperty("floor", b.floor());
        }
        return j;
    }

    private static JsonObject dimension(Dimension d) {
        JsonObject j = new JsonObject();
        j.addProperty("id", d.id());
        j.add("title", text(d.title()));
        optional(j, "description", d.description());
        j.addProperty("weight", d.weight());
        JsonObject recommendations = new JsonObject();
        d.recommendations().forEach((k, v) -> recommendations.add(k, text(v)));
        j.add("recommendations", recommendations);
        JsonArray questions = new JsonArray();
        d.questions().forEach(q -> questions.add(question(q)));
        j.add("questions", questions);
        return j;
    }

    private static JsonObject question(Question q) {
        JsonObject j = new JsonObject();
        j.addProperty("id", q.id());
        j.addProperty("type", q.type() == null ? null : q.type().jsonName());
        JsonObject texts = new JsonObject();
        q.text().forEach((k, v) -> texts.add(k, text(v)));
        j.add("text", texts);
        optional(j, "help", q.help());
        if (q.scale() != null) {
            j.addProperty("scale", q.scale());
        }
        if (!q.choices().isEmpty()) {
            JsonArray choices = new JsonArray();
            for (Choice c : q.choices()) {
                JsonObject cj = new JsonObject();
                cj.addProperty("id", c.id());
                cj.add("label", text(c.label()));
                cj.addProperty("points", c.points());
                choices.add(cj);
            }
            j.add("choices", choices);
        }
        if (q.min() != null) {
            j.addProperty("min", q.min());
        }
        if (q.max() != null) {
            j.addProperty("max", q.max());
        }
        j.addProperty("weight", q.weight());
        j.addProperty("reverse", q.reverse());
        j.addProperty("required", q.required());
        if (q.showIf() != null) {
            j.add("showIf", condition(q.showIf()));
        }
        if (q.role() != QuestionRole.PERFORMANCE) {
            j.addProperty("role", q.role().jsonName()); // left out for performance, so older readers read the rest
        }
        return j;
    }

    private static JsonObject condition(Condition c) {
        JsonObject j = new JsonObject();
        j.addProperty("question", c.question());
        switch (c.operator()) {
            case AT_LEAST -> j.addProperty("atLeast", Double.parseDouble(c.values().get(0)));
            case AT_MOST -> j.addProperty("atMost", Double.parseDouble(c.values().get(0)));
            default -> {
                if (c.values().size() == 1) {
                    j.addProperty("equals", c.values().get(0));
                } else {
                    JsonArray in = new JsonArray();
                    c.values().forEach(in::add);
                    j.add("in", in);
                }
            }
        }
        return j;
    }

    private static void optional(JsonObject o, String field, LocalizedText text) {
        if (!text.isEmpty()) {
            o.add(field, text(text));
        }
    }

    private static JsonObject text(LocalizedText text) {
        JsonObject j = new JsonObject();
        for (Map.Entry<String, String> e : text.values().entrySet()) {
            j.addProperty(e.getKey(), e.getValue());
        }
        return j;
    }
}
