package org.tandem.core.internal.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelProblem;

/**
 * A JSON object being read, with its JSON path: typed getters that record a problem instead of
 * throwing, and a warning for every field nobody asked for.
 */
final class JsonCursor {

    private final JsonObject object;
    private final String path;
    private final List<ModelProblem> problems;
    private final Set<String> known;

    JsonCursor(JsonObject object, String path, List<ModelProblem> problems, Set<String> known) {
        this.object = object;
        this.path = path;
        this.problems = problems;
        this.known = known;
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path + "." + field;
    }

    void error(String where, String message) {
        problems.add(ModelProblem.error(where, message));
    }

    /** Warns about fields not in {@code known}; call once all fields were read. */
    void warnUnknown() {
        for (String field : object.keySet()) {
            if (!known.contains(field) && !field.equals("$schema") && !field.equals("$comment")) {
                problems.add(ModelProblem.warning(at(field), "unknown field '" + field + "' is ignored"));
            }
        }
    }

    boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    String string(String field, boolean required) {
        JsonElement e = get(field, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            error(at(field), "must be a string");
            return null;
        }
        return e.getAsString();
    }

    Double number(String field, boolean required) {
        JsonElement e = get(field, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            error(at(field), "must be a number");
            return null;
        }
        return e.getAsDouble();
    }

    Integer whole(String field, boolean required) {
        Double d = number(field, required);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            error(at(field), "must be a whole number");
            return null;
        }
        return d.intValue();
    }

    boolean bool(String field, boolean fallback) {
        JsonElement e = get(field, false);
        if (e == null) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            error(at(field), "must be true or false");
            return fallback;
        }
        return e.getAsBoolean();
    }

    List<String> strings(String field, boolean required) {
        JsonArray array = array(field, required);
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonElement e = array.get(i);
                if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                    values.add(e.getAsString());
                } else {
                    error(at(field) + "[" + i + "]", "must be a string");
                }
            }
        }
        return values;
    }

    JsonArray array(String field, boolean required) {
        JsonElement e = get(field, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            error(at(field), "must be an array");
            return null;
        }
        return e.getAsJsonArray();
    }

    /** Reads every element of an array of objects with {@code reader}; non-objects are problems. */
    <T> List<T> objects(String field, boolean required, Set<String> fields, BiFunction<JsonCursor, Integer, T> reader) {
        JsonArray array = array(field, required);
        List<T> values = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonCursor item = object(array.get(i), at(field) + "[" + i + "]", fields);
                if (item != null) {
                    values.add(reader.apply(item, i));
                    item.warnUnknown();
                }
            }
        }
        return values;
    }

    JsonCursor child(String field, boolean required, Set<String> fields) {
        JsonElement e = get(field, required);
        return e == null ? null : object(e, at(field), fields);
    }

    JsonCursor object(JsonElement e, String where, Set<String> fields) {
        if (!e.isJsonObject()) {
            error(where, "must be an object");
            return null;
        }
        return new JsonCursor(e.getAsJsonObject(), where, problems, fields);
    }

    /** A localised text: an object of language tag to string. */
    LocalizedText text(String field, boolean required) {
        JsonElement e = get(field, required);
        return e == null ? LocalizedText.EMPTY : text(e, at(field));
    }

    LocalizedText text(JsonElement e, String where) {
        if (!e.isJsonObject()) {
            error(where, "must be a localised text: an object of language to text, e.g. {\"en\": \"...\"}");
            return LocalizedText.EMPTY;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : e.getAsJsonObject().entrySet()) {
            JsonElement v = entry.getValue();
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                values.put(entry.getKey(), v.getAsString());
            } else {
                error(where + "." + entry.getKey(), "must be a string");
            }
        }
        return new LocalizedText(values);
    }

    /** The object's fields as (name, value) pairs, for maps keyed by id. */
    Set<Map.Entry<String, JsonElement>> entries() {
        return object.entrySet();
    }

    static String scalar(JsonElement e) {
        if (e == null || !e.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isNumber()) {
            double d = p.getAsDouble();
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
        return p.getAsString();
    }

    JsonElement raw(String field) {
        return has(field) ? object.get(field) : null;
    }

    private JsonElement get(String field, boolean required) {
        if (!has(field)) {
            if (required) {
                error(at(field), field + " is required");
            }
            return null;
        }
        return object.get(field);
    }
}
