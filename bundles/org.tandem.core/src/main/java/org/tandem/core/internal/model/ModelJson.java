package org.tandem.core.internal.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;

/**
 * Reads a model document (format 1) into a {@link ValueModel}, recording every structural
 * problem (missing fields, wrong types, unknown fields) with its JSON path. Semantic rules are
 * {@link ModelRules}' job; this class reads leniently so they can run on what was readable.
 */
final class ModelJson {

    static final int FORMAT = 1;
    private static final Pattern GSON_NESTING = Pattern.compile("Nesting limit (\\d+) reached( at line \\d+ column \\d+)?.*");
    private static final String GSON_STRICT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";
    private static final Set<String> MODEL = Set.of("format", "id", "version", "title", "description", "locales",
            "defaultLocale", "scoring", "perspectives", "scales", "bands", "dimensions");
    private static final Set<String> SCORING = Set.of("strategy", "minimumRespondents");
    private static final Set<String> PERSPECTIVE = Set.of("id", "title", "description", "optional",
            "counterpart");
    private static final Set<String> SCALE = Set.of("id", "min", "max", "labels");
    private static final Set<String> BAND = Set.of("id", "min", "max", "title", "description", "floor");
    private static final Set<String> DIMENSION = Set.of("id", "title", "description", "weight", "recommendations",
            "questions");
    private static final Set<String> QUESTION = Set.of("id", "type", "text", "help", "scale", "choices", "min", "max",
            "weight", "reverse", "required", "showIf", "role");
    private static final Set<String> CHOICE = Set.of("id", "label", "points");
    private static final Set<String> CONDITION = Set.of("question", "equals", "in", "atLeast", "atMost");

    private ModelJson() {
    }

    /** Reads {@code json}; returns null when it is not even a JSON object (the problem is recorded). */
    static ValueModel read(String json, List<ModelProblem> problems) {
        JsonElement root;
        try {
            // strict: comments, single quotes, unquoted names and NaN are not JSON, whatever Gson would accept
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            reader.peek(); // anything after the document is malformed; END_DOCUMENT otherwise
        } catch (JsonParseException | IOException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(ModelProblem.error("$", "not valid JSON: " + syntaxMessage(message)));
            return null;
        }
        if (root == null || !root.isJsonObject()) {
            problems.add(ModelProblem.error("$", "a model document is a JSON object"));
            return null;
        }
        if (!ModelLimits.check(root, problems)) {
            return null; // read no further than the limits: the rules are not meant for thousands of questions
        }
        JsonCursor m = new JsonCursor(root.getAsJsonObject(), "$", problems, MODEL);
        Integer format = m.whole("format", true);
        if (format != null && format != FORMAT) {
            m.error(m.at("format"), "unsupported format " + format + ": this Tandem reads format " + FORMAT);
            return null;
        }
        String id = m.string("id", true);
        String version = m.string("version", true);
        LocalizedText title = m.text("title", true);
        LocalizedText description = m.text("description", false);
        List<String> locales = m.strings("locales", true);
        String defaultLocale = m.has("defaultLocale") ? m.string("defaultLocale", false)
                : locales.isEmpty() ? "en" : locales.get(0);
        ScoringSettings scoring = scoring(m.child("scoring", false, SCORING));
        List<Perspective> perspectives = m.objects("perspectives", true, PERSPECTIVE, (p, i) -> new Perspective(
                p.string("id", true), p.text("title", true), p.text("description", false), p.bool("optional", false),
                p.string("counterpart", false)));
        List<Scale> scales = m.objects("scales", false, SCALE, (s, i) -> scale(s));
        List<Band> bands = m.objects("bands", true, BAND, (b, i) -> new Band(b.string("id", true),
                nan(b.number("min", true)), nan(b.number("max", true)), b.text("title", true),
                b.text("description", false), b.number("floor", false)));
        List<Dimension> dimensions = m.objects("dimensions", true, DIMENSION, (d, i) -> dimension(d));
        m.warnUnknown();
        return new ValueModel(FORMAT, id, version, title, description, locales, defaultLocale, perspectives, scales,
                dimensions, bands, scoring);
    }

    private static ScoringSettings scoring(JsonCursor s) {
        if (s == null) {
            return ScoringSettings.DEFAULT;
        }
        String strategy = s.has("strategy") ? s.string("strategy", false) : ScoringSettings.DEFAULT.strategy();
        Integer minimum = s.whole("minimumRespondents", false);
        s.warnUnknown();
        return new ScoringSettings(strategy, minimum == null ? ScoringSettings.DEFAULT.minimumRespondents() : minimum);
    }

    private static Scale scale(JsonCursor s) {
        Integer min = s.whole("min", true);
        Integer max = s.whole("max", true);
        Map<Integer, LocalizedText> labels = new LinkedHashMap<>();
        JsonCursor l = s.child("labels", false, Set.of());
        if (l != null) {
            for (var entry : l.entries()) {
                String where = l.at(entry.getKey());
                try {
                    labels.put(Integer.valueOf(entry.getKey()), l.text(entry.getValue(), where));
                } catch (NumberFormatException e) {
                    l.error(where, "a label's key is a point of the scale, a whole number");
                }
            }
        }
        return new Scale(s.string("id", true), min == null ? 0 : min, max == null ? 0 : max, labels);
    }

    private static Dimension dimension(JsonCursor d) {
        String id = d.string("id", true);
        LocalizedText title = d.text("title", true);
        LocalizedText description = d.text("description", false);
        Double weight = d.number("weight", false);
        Map<String, LocalizedText> recommendations = new LinkedHashMap<>();
        JsonCursor r = d.child("recommendations", false, Set.of());
        if (r != null) {
            for (var entry : r.entries()) {
                recommendations.put(entry.getKey(), r.text(entry.getValue(), r.at(entry.getKey())));
            }
        }
        List<Question> questions = d.objects("questions", true, QUESTION, (q, i) -> question(q));
        return new Dimension(id, title, description, weight == null ? 1 : weight, questions, recommendations);
    }

    private static Question question(JsonCursor q) {
        String id = q.string("id", true);
        String typeName = q.string("type", true);
        QuestionType type = typeName == null ? null : QuestionType.fromJson(typeName);
        if (typeName != null && type == null) {
            q.error(q.at("type"), "unknown type '" + typeName + "' (types: scale, yesno, choice, number, text)");
        }
        Map<String, LocalizedText> text = new LinkedHashMap<>();
        JsonCursor t = q.child("text", true, Set.of());
        if (t != null) {
            for (var entry : t.entries()) {
                text.put(entry.getKey(), t.text(entry.getValue(), t.at(entry.getKey())));
            }
        }
        List<Choice> choices = q.objects("choices", false, CHOICE, (c, i) -> new Choice(c.string("id", true),
                c.text("label", true), nan(c.number("points", true))));
        Double weight = q.number("weight", false);
        String roleName = q.string("role", false);
        QuestionRole role = roleName == null ? QuestionRole.PERFORMANCE : QuestionRole.fromJson(roleName);
        if (role == null) {
            q.error(q.at("role"), "unknown role '" + roleName + "' (roles: performance, expectation, importance)");
        }
        return new Question(id, type, text, q.text("help", false), q.string("scale", false), choices,
                q.number("min", false), q.number("max", false), weight == null ? 1 : weight, q.bool("reverse", false),
                q.bool("required", type != QuestionType.TEXT), condition(q.child("showIf", false, CONDITION)), role);
    }

    private static Condition condition(JsonCursor c) {
        if (c == null) {
            return null;
        }
        String question = c.string("question", true);
        List<String> tests = new ArrayList<>();
        for (String op : List.of("equals", "in", "atLeast", "atMost")) {
            if (c.has(op)) {
                tests.add(op);
            }
        }
        c.warnUnknown();
        if (tests.size() != 1) {
            c.error(c.path(), "a condition needs exactly one of equals, in, atLeast, atMost"
                    + (tests.isEmpty() ? "" : " (found " + String.join(", ", tests) + ")"));
            return null;
        }
        String op = tests.get(0);
        List<String> values = new ArrayList<>();
        if (op.equals("in")) {
            JsonElement list = c.raw("in");
            if (list.isJsonArray() && list.getAsJsonArray().size() > 0) {
                list.getAsJsonArray().forEach(e -> values.add(JsonCursor.scalar(e)));
            } else {
                c.error(c.at("in"), "must be a non-empty array of values");
                return null;
            }
        } else if (op.equals("equals")) {
            values.add(JsonCursor.scalar(c.raw("equals")));
        } else {
            Double n = c.number(op, true);
            if (n == null) {
                return null;
            }
            values.add(JsonCursor.scalar(c.raw(op)));
        }
        if (values.contains(null)) {
            c.error(c.at(op), "must be a string, number or boolean");
            return null;
        }
        Condition.Operator operator = switch (op) {
            case "atLeast" -> Condition.Operator.AT_LEAST;
            case "atMost" -> Condition.Operator.AT_MOST;
            default -> Condition.Operator.EQUALS;
        };
        return new Condition(question, operator, values);
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** Gson's message in a model author's words: its first line, without advice about Gson's own API. */
    private static String syntaxMessage(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        Matcher nesting = GSON_NESTING.matcher(line);
        if (nesting.matches()) {
            // Gson names the path too, "$[0][0]..." as many times as the limit
            String at = nesting.group(2) == null ? "" : nesting.group(2);
            return "nested more than " + nesting.group(1) + " levels deep" + at;
        }
        return line.startsWith(GSON_STRICT) ? "unexpected character" + line.substring(GSON_STRICT.length()) : line;
    }
}
