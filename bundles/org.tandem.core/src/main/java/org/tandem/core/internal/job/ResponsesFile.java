package org.tandem.core.internal.job;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.MalformedJsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.api.assessment.Relationship;

/**
 * The responses file of {@code bin/tandem report} (see docs/reports.md): the relationship and
 * each respondent's perspective, answers and comments. Every mistake is listed with its JSON path.
 *
 * @param relationship the relationship the report is about
 * @param responses    the responses in file order
 */
record ResponsesFile(Relationship relationship, List<Entry> responses) {

    /** One respondent's response: perspective, answers (question id to answer), comments (dimension id or "" to text). */
    record Entry(String perspective, Map<String, String> answers, Map<String, String> comments) {
    }

    /** The file could not be read; {@code problems} are each {@code <JSON path>: <what is wrong>}. */
    static final class Problems extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Problems(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private static final Set<String> TOP = Set.of("relationship", "responses");
    private static final Set<String> RELATIONSHIP = Set.of("name", "customer", "provider");
    private static final Set<String> RESPONSE = Set.of("perspective", "answers", "comments", "comment");

    static ResponsesFile parse(String json) throws Problems {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() instanceof MalformedJsonException m ? m : e;
            throw new Problems(List.of("$: not valid JSON: " + cause.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (!root.isJsonObject()) {
            throw new Problems(List.of("$: must be an object with \"relationship\" and \"responses\""));
        }
        JsonObject top = root.getAsJsonObject();
        unknown(top, TOP, "$", problems);
        Relationship relationship = relationship(top.get("relationship"), problems);
        List<Entry> responses = new ArrayList<>();
        JsonElement list = top.get("responses");
        if (list == null || !list.isJsonArray()) {
            problems.add("$.responses: required, an array of responses");
        } else {
            JsonArray array = list.getAsJsonArray();
            if (array.isEmpty()) {
                problems.add("$.responses: no responses: a report needs at least one");
            }
            for (int i = 0; i < array.size(); i++) {
                Entry entry = response(array.get(i), "$.responses[" + i + "]", problems);
                if (entry != null) {
                    responses.add(entry);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        return new ResponsesFile(relationship, responses);
    }

    private static Relationship relationship(JsonElement e, List<String> problems) {
        if (e == null || !e.isJsonObject()) {
            problems.add("$.relationship: required, an object with \"customer\" and \"provider\" (and \"name\")");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        unknown(o, RELATIONSHIP, "$.relationship", problems);
        String customer = text(o, "customer", "$.relationship", true, problems);
        String provider = text(o, "provider", "$.relationship", true, problems);
        String name = text(o, "name", "$.relationship", false, problems);
        if (name == null && customer != null && provider != null) {
            name = customer + " – " + provider;
        }
        return new Relationship(name, customer, provider);
    }

    private static Entry response(JsonElement e, String path, List<String> problems) {
        if (!e.isJsonObject()) {
            problems.add(path + ": must be an object with \"perspective\" and \"answers\"");
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        unknown(o, RESPONSE, path, problems);
        String perspective = text(o, "perspective", path, true, problems);
        Map<String, String> answers = map(o.get("answers"), path + ".answers", true, problems);
        Map<String, String> comments = map(o.get("comments"), path + ".comments", false, problems);
        String general = text(o, "comment", path, false, problems);
        if (general != null && !general.isBlank()) {
            comments.put("", general);
        }
        return new Entry(perspective, answers, comments);
    }

    /** An object of strings; numbers and true/false are taken as their text. */
    private static Map<String, String> map(JsonElement e, String path, boolean required, List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            if (required) {
                problems.add(path + ": required, an object of question id to answer");
            }
            return values;
        }
        if (!e.isJsonObject()) {
            problems.add(path + ": must be an object, not " + kind(e));
            return values;
        }
        for (Map.Entry<String, JsonElement> field : e.getAsJsonObject().entrySet()) {
            JsonElement value = field.getValue();
            if (value.isJsonPrimitive()) {
                JsonPrimitive p = value.getAsJsonPrimitive();
                values.put(field.getKey(), p.isBoolean() ? (p.getAsBoolean() ? "yes" : "no") : p.getAsString());
            } else if (!value.isJsonNull()) {
                problems.add(path + "." + field.getKey() + ": must be a string, number or true/false, not " + kind(value));
            }
        }
        return values;
    }

    private static String text(JsonObject o, String field, String path, boolean required, List<String> problems) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            if (required) {
                problems.add(path + "." + field + ": required");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problems.add(path + "." + field + ": must be a string, not " + kind(e));
            return null;
        }
        String s = e.getAsString().strip();
        if (required && s.isEmpty()) {
            problems.add(path + "." + field + ": must not be empty");
            return null;
        }
        return s;
    }

    private static void unknown(JsonObject o, Set<String> known, String path, List<String> problems) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) {
                problems.add(path + "." + key + ": unknown field (known: " + String.join(", ", known.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    private static String kind(JsonElement e) {
        return e.isJsonObject() ? "an object" : e.isJsonArray() ? "an array" : e.isJsonNull() ? "null" : "'" + e + "'";
    }
}
