package org.tandem.launcher;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads feature documents (OSGi Feature Service 1.0, chapter 160 of the compendium) and reports
 * every mistake with the file and the JSON path. Of the format it uses {@code id}, {@code bundles}
 * (with the extra {@code start-order} attribute) and {@code configurations}; names, descriptions
 * and other metadata are documentation.
 */
public final class FeatureReader {

    private FeatureReader() {
    }

    /** Reads {@code features/<name>.json} below {@code home}. */
    public static Feature read(Path featuresDir, String name) throws LaunchException {
        Path file = featuresDir.resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            throw new LaunchException(LaunchException.USAGE, "unknown feature '" + name + "': no " + file
                    + " (known: " + String.join(", ", known(featuresDir)) + ")");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            return parse(name, file, root);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.USAGE, "cannot read " + file + ": " + Settings.describe(e));
        } catch (JsonParseException e) {
            throw new LaunchException(LaunchException.USAGE, file + ": not valid JSON: " + rootMessage(e));
        }
    }

    /** The names of every feature in {@code featuresDir}, sorted. */
    public static List<String> known(Path featuresDir) {
        try (var files = Files.list(featuresDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Feature parse(String name, Path file, JsonElement root) throws LaunchException {
        if (!root.isJsonObject()) {
            throw invalid(file, "$", "a feature is a JSON object");
        }
        JsonObject feature = root.getAsJsonObject();
        String id = string(feature, "id", file, "$.id");
        List<Feature.FeatureBundle> bundles = new ArrayList<>();
        JsonElement list = feature.get("bundles");
        if (list == null || !list.isJsonArray()) {
            throw invalid(file, "$.bundles", "an array of bundles is required");
        }
        for (int i = 0; i < list.getAsJsonArray().size(); i++) {
            bundles.add(bundle(list.getAsJsonArray().get(i), file, "$.bundles[" + i + "]"));
        }
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        JsonElement configs = feature.get("configurations");
        if (configs != null) {
            if (!configs.isJsonObject()) {
                throw invalid(file, "$.configurations", "an object of PID -> properties is required");
            }
            for (var entry : configs.getAsJsonObject().entrySet()) {
                String path = "$.configurations['" + entry.getKey() + "']";
                configurations.put(entry.getKey(), properties(entry.getValue(), file, path));
            }
        }
        return new Feature(name, id, List.copyOf(bundles), configurations, file);
    }

    private static Feature.FeatureBundle bundle(JsonElement element, Path file, String path)
            throws LaunchException {
        String id;
        int order = 1;
        if (element.isJsonPrimitive()) {
            id = element.getAsString();
        } else if (element.isJsonObject()) {
            id = string(element.getAsJsonObject(), "id", file, path + ".id");
            JsonElement startOrder = element.getAsJsonObject().get("start-order");
            if (startOrder != null) {
                if (!startOrder.isJsonPrimitive() || !startOrder.getAsJsonPrimitive().isNumber()
                        || startOrder.getAsDouble() != Math.rint(startOrder.getAsDouble())
                        || startOrder.getAsDouble() < 1 || startOrder.getAsDouble() > Integer.MAX_VALUE) {
                    throw invalid(file, path + ".start-order", "a whole number of 1 or more is required");
                }
                order = (int) startOrder.getAsDouble();
            }
        } else {
            throw invalid(file, path, "a bundle is a Maven id or an object with an id");
        }
        String[] gav = id.split(":", -1);
        if (gav.length != 3 || gav[0].isBlank() || gav[1].isBlank() || gav[2].isBlank()) {
            throw invalid(file, path, "'" + id + "' is not a Maven id group:artifact:version");
        }
        return new Feature.FeatureBundle(id, order);
    }

    private static Map<String, Object> properties(JsonElement element, Path file, String path)
            throws LaunchException {
        if (!element.isJsonObject()) {
            throw invalid(file, path, "configuration properties are a JSON object");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var entry : element.getAsJsonObject().entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive()) {
                throw invalid(file, path + "['" + entry.getKey() + "']",
                        "only strings, numbers and booleans are supported");
            }
            properties.put(entry.getKey(), scalar(value.getAsJsonPrimitive()));
        }
        return properties;
    }

    private static Object scalar(JsonPrimitive value) {
        if (value.isBoolean()) {
            return value.getAsBoolean();
        }
        if (value.isNumber()) {
            double d = value.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < Long.MAX_VALUE ? (Object) value.getAsLong() : (Object) d;
        }
        return value.getAsString();
    }

    private static String string(JsonObject object, String key, Path file, String path) throws LaunchException {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()
                || value.getAsString().isBlank()) {
            throw invalid(file, path, "a non-empty string is required");
        }
        return value.getAsString();
    }

    private static LaunchException invalid(Path file, String path, String message) {
        return new LaunchException(LaunchException.USAGE, file + ": " + path + ": " + message);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        // Gson adds a second line with a troubleshooting link; errors are one line
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
