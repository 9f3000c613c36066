package org.tandem.core.internal.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;

/**
 * A seeded mutation fuzzer for the model reader: the stock models, changed at the JSON-tree level
 * (fields deleted, duplicated, swapped, retyped; extreme numbers; empty, huge and odd strings; empty
 * and huge arrays; deep nesting) and at the text level (truncated, flipped characters, stray
 * brackets, duplicate keys). Every document must give a reading, within a bound, and a reading
 * without errors must give a model that passes its own checks.
 *
 * <p>{@code -Dfuzz.count=N -Dfuzz.seed=S} run more documents (see {@code bench/fuzz-models});
 * {@code -Dfuzz.one=D} re-runs the single document with seed D that a run reported.
 */
class ModelFuzzTest {

    private static final ModelReaderImpl READER = new ModelReaderImpl();
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final long BOUND_SECONDS = 20;

    private static final String[] ODD_STRINGS = {"", " ", "\u0000", "\u0007\b\f\r\n\t", "\uD800", "\uDFFF\uD800",
        "e\u0301\u0301\u0301", "\u202Eevil", "\uFEFF", "😀🙈", "null", "true", "0", "-1", "NaN", "Infinity",
        "1e999", "..", "a b", "$", "$.id", "<script>alert(1)</script>", "en", "sv", "provider", "customer",
        "scale", "yesno", "choice", "number", "text", "likert-5", "1.0.0", "x".repeat(300), "\\u0000", "%s%n",
        "'; DROP TABLE x; --", "\u0085\u2028\u2029", "İı", "ß"};
    private static final String[] ODD_NUMBERS = {"0", "-0", "-1", "1", "1.5", "-1.5", "100", "101", "2147483647",
        "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e308", "-1e308", "1e309",
        "-1e309", "1e-320", "4.9e-324", "0.1", "1e2", "99.99999999999999999", "123456789012345678901234567890"};
    private static final String[] FIELDS = {"id", "type", "text", "title", "min", "max", "scale", "choices",
        "showIf", "question", "equals", "in", "atLeast", "atMost", "points", "weight", "format", "locales",
        "defaultLocale", "bands", "floor", "labels", "recommendations", "questions", "perspectives", "scales",
        "dimensions", "scoring", "strategy", "minimumRespondents", "optional", "reverse", "required", "help",
        "$schema", "$comment", "unknown", ""};

    @Test
    void everyMutatedDocumentGivesAReading() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261128L);
        int count = Integer.getInteger("fuzz.count", 1000);
        String one = System.getProperty("fuzz.one");
        List<String> seeds = seedDocuments();
        int valid = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = 0; i < count; i++) {
                long documentSeed = one != null ? Long.parseLong(one) : seed + i;
                String document = mutate(seeds, new Random(documentSeed));
                String failure;
                Future<String> check = executor.submit(() -> check(document));
                try {
                    failure = check.get(BOUND_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    check.cancel(true);
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor(daemon());
                    failure = "no reading after " + BOUND_SECONDS + " s";
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = "threw " + e.getCause();
                    if (failures.isEmpty()) {
                        e.getCause().printStackTrace();
                    }
                }
                if (failure == null) {
                    valid++;
                } else if (failure.equals("refused")) {
                    refused++;
                } else {
                    failures.add("document seed " + documentSeed + ": " + failure);
                }
                if (one != null) {
                    System.out.println(document.length() > 4000 ? document.substring(0, 4000) + "..." : document);
                    break;
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.println("model fuzz: " + (one != null ? "document seed " + one + ", 1" : "seed " + seed + ", " + count)
                + " documents: " + valid
                + " valid, " + refused + " refused with problems, " + failures.size() + " failures");
        failures.stream().limit(50).forEach(f -> System.out.println("  FAILURE " + f));
        assertTrue(failures.isEmpty(), failures.size() + " documents broke the reader, e.g. "
                + failures.stream().limit(5).toList());
    }

    /** Found by this fuzzer: a scale without an id made the check of scale questions throw. */
    @Test
    void aScaleWithoutAnIdIsAProblemNotAnException() {
        JsonObject doc = TestModels.minimalDocument();
        doc.getAsJsonArray("scales").get(0).getAsJsonObject().remove("id");
        ModelReading reading = READER.read("fuzz.model.json", doc.toString());
        assertTrue(reading.model().isEmpty());
        assertTrue(reading.problems().contains(ModelProblem.error("$.scales[0].id", "id is required")),
                reading.problems().toString());
        assertTrue(reading.problems().stream().anyMatch(p -> p.isError() && p.path().endsWith(".scale")
                && p.message().startsWith("unknown scale")), reading.problems().toString());
    }

    /** Null when valid, "refused" when refused with problems, else what went wrong. */
    private static String check(String document) {
        ModelReading reading = READER.read("fuzz.model.json", document);
        if (reading == null) {
            return "null reading";
        }
        boolean errors = reading.problems().stream().anyMatch(ModelProblem::isError);
        if (errors) {
            if (reading.model().isPresent()) {
                return "a model despite errors";
            }
            return "refused";
        }
        if (reading.model().isEmpty()) {
            return "no model and no error";
        }
        ModelReading again = READER.validate("fuzz.model.json", reading.model().get());
        if (again.problems().stream().anyMatch(ModelProblem::isError)) {
            return "a model read without errors fails its own checks: " + again.problems();
        }
        return null;
    }

    // ---------------------------------------------------------------- seed documents

    static List<String> seedDocuments() throws IOException {
        List<String> docs = new ArrayList<>();
        docs.add(TestModels.resource("models/minimal.model.json"));
        docs.add(TestModels.resource("models/single-locale.model.json"));
        Path partnership = Path.of("../org.tandem.model.partnership/src/main/resources/models/partnership.model.json");
        if (Files.exists(partnership)) {
            docs.add(Files.readString(partnership, UTF_8));
        }
        return docs;
    }

    // ---------------------------------------------------------------- mutations

    static String mutate(List<String> seeds, Random r) {
        String text = seeds.get(r.nextInt(seeds.size()));
        int treeMutations = r.nextInt(4);
        if (treeMutations > 0) {
            JsonElement root = JsonParser.parseString(text);
            for (int i = 0; i < treeMutations; i++) {
                root = mutateTree(root, r);
            }
            text = GSON.toJson(root);
        }
        int textMutations = treeMutations == 0 ? 1 + r.nextInt(3) : (r.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < textMutations; i++) {
            text = mutateText(text, r);
        }
        return text;
    }

    /** A place in the tree: a parent and a key (object) or an index (array). */
    private record Slot(JsonElement parent, String key, int index) {
        JsonElement get() {
            return key != null ? parent.getAsJsonObject().get(key) : parent.getAsJsonArray().get(index);
        }

        void set(JsonElement value) {
            if (key != null) {
                parent.getAsJsonObject().add(key, value);
            } else {
                parent.getAsJsonArray().set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                parent.getAsJsonObject().remove(key);
            } else {
                parent.getAsJsonArray().remove(index);
            }
        }
    }

    private static void slots(JsonElement e, List<Slot> into) {
        if (e.isJsonObject()) {
            for (String key : List.copyOf(e.getAsJsonObject().keySet())) {
                into.add(new Slot(e, key, -1));
                slots(e.getAsJsonObject().get(key), into);
            }
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                into.add(new Slot(e, null, i));
                slots(e.getAsJsonArray().get(i), into);
            }
        }
    }

    private static JsonElement mutateTree(JsonElement root, Random r) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        if (slots.isEmpty()) {
            return r.nextBoolean() ? new JsonObject() : oddValue(r);
        }
        Slot slot = slots.get(r.nextInt(slots.size()));
        JsonElement value = slot.get();
        switch (r.nextInt(12)) {
            case 0 -> slot.remove();
            case 1 -> { // duplicate: an array element twice, or the value under another (known) name
                if (slot.key() == null) {
                    slot.parent().getAsJsonArray().add(value.deepCopy());
                } else {
                    slot.parent().getAsJsonObject().add(FIELDS[r.nextInt(FIELDS.length)], value.deepCopy());
                }
            }
            case 2 -> { // swap with another place
                Slot other = slots.get(r.nextInt(slots.size()));
                JsonElement o = other.get();
                if (!contains(value, o) && !contains(o, value)) {
                    slot.set(o.deepCopy());
                    other.set(value.deepCopy());
                }
            }
            case 3 -> slot.set(oddValue(r));
            case 4 -> slot.set(JsonParser.parseString(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
            case 5 -> slot.set(new JsonPrimitive(ODD_STRINGS[r.nextInt(ODD_STRINGS.length)]));
            case 6 -> slot.set(new JsonPrimitive(huge(r)));
            case 7 -> { // empty or huge container
                if (value.isJsonArray() && r.nextBoolean() && value.getAsJsonArray().size() > 0) {
                    JsonArray big = new JsonArray();
                    int n = 100 + r.nextInt(2000);
                    for (int i = 0; i < n; i++) {
                        big.add(value.getAsJsonArray().get(i % value.getAsJsonArray().size()).deepCopy());
                    }
                    slot.set(big);
                } else {
                    slot.set(r.nextBoolean() ? new JsonArray() : new JsonObject());
                }
            }
            case 8 -> { // nest deeper
                JsonElement nested = value;
                int depth = 1 + r.nextInt(r.nextBoolean() ? 3 : 200);
                for (int i = 0; i < depth; i++) {
                    if (r.nextBoolean()) {
                        JsonArray a = new JsonArray();
                        a.add(nested);
                        nested = a;
                    } else {
                        JsonObject o = new JsonObject();
                        o.add(FIELDS[r.nextInt(FIELDS.length)], nested);
                        nested = o;
                    }
                }
                slot.set(nested);
            }
            case 9 -> { // rename a field
                if (slot.key() != null) {
                    JsonObject parent = slot.parent().getAsJsonObject();
                    parent.remove(slot.key());
                    String name = r.nextBoolean() ? FIELDS[r.nextInt(FIELDS.length)]
                            : ODD_STRINGS[r.nextInt(ODD_STRINGS.length)];
                    parent.add(name, value);
                }
            }
            case 10 -> slot.set(JsonNull.INSTANCE);
            default -> { // an id or a reference changed to another one found in the document
                Slot other = slots.get(r.nextInt(slots.size()));
                if (other.get().isJsonPrimitive()) {
                    slot.set(other.get().deepCopy());
                }
            }
        }
        return root;
    }

    private static boolean contains(JsonElement outer, JsonElement inner) {
        if (outer == inner) {
            return true;
        }
        if (outer.isJsonObject()) {
            return outer.getAsJsonObject().entrySet().stream().anyMatch(e -> contains(e.getValue(), inner));
        }
        if (outer.isJsonArray()) {
            for (JsonElement e : outer.getAsJsonArray()) {
                if (contains(e, inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonElement oddValue(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(r.nextBoolean());
            case 2 -> JsonParser.parseString(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]);
            case 3 -> new JsonPrimitive(ODD_STRINGS[r.nextInt(ODD_STRINGS.length)]);
            case 4 -> new JsonArray();
            case 5 -> new JsonObject();
            default -> {
                JsonObject o = new JsonObject();
                o.addProperty("en", ODD_STRINGS[r.nextInt(ODD_STRINGS.length)]);
                yield o;
            }
        };
    }

    private static String huge(Random r) {
        StringBuilder s = new StringBuilder();
        int n = 1000 + r.nextInt(200_000);
        String unit = ODD_STRINGS[r.nextInt(ODD_STRINGS.length)];
        while (s.length() < n) {
            s.append(unit.isEmpty() ? "x" : unit);
        }
        return s.toString();
    }

    static String mutateText(String text, Random r) {
        if (text.isEmpty()) {
            return "{";
        }
        int at = r.nextInt(text.length());
        return switch (r.nextInt(9)) {
            case 0 -> text.substring(0, at); // truncated
            case 1 -> text.substring(0, at) + (char) r.nextInt(0x3000) + text.substring(at + 1); // a flipped character
            case 2 -> text.substring(0, at) + "{}[]\",:".charAt(r.nextInt(7)) + text.substring(at); // a stray bracket
            case 3 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(50)));
            case 4 -> { // a duplicate key inside the first object at or after the position
                int brace = text.indexOf('{', at);
                yield brace < 0 ? text : text.substring(0, brace + 1) + "\"" + FIELDS[r.nextInt(FIELDS.length)]
                        + "\": " + GSON.toJson(oddValue(r)) + "," + text.substring(brace + 1);
            }
            case 5 -> { // deep nesting, beyond what any parser should follow
                int depth = 100 + r.nextInt(20_000);
                String open = r.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                yield text.substring(0, at) + open.repeat(depth) + "1" + close.repeat(depth) + text.substring(at);
            }
            case 6 -> text.substring(0, at) + "\u0000\u0001\u001f\\u0000\\uD800\\" + text.substring(at); // control characters, bad escapes
            case 7 -> text + (r.nextBoolean() ? "}" : " {\"format\":1}"); // trailing content
            default -> new String(text.getBytes(UTF_8), 0, Math.max(0, text.getBytes(UTF_8).length - 1 - r.nextInt(3)),
                    UTF_8) + "\uFFFD"; // cut inside a multi-byte character
        };
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread t = new Thread(task, "model-fuzz");
            t.setDaemon(true);
            return t;
        };
    }

}
