package org.tandem.core.internal.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.ModelProblem;

/**
 * The limits a model document must keep before it is read any further, so that a huge or
 * malicious document (megabytes of text, thousands of questions, deep nesting) costs bounded
 * memory and time and is refused with a clear problem. The stock models are far below them: the
 * partnership model is 57 KB, 36 questions, 8 levels deep, its longest text 782 characters.
 * docs/value-model.md lists them.
 */
public final class ModelLimits {

    /** Characters of a whole document. */
    public static final int MAX_CHARS = 4 * 1024 * 1024;
    /** Bytes read of a document file or bundle entry: its characters at up to three bytes each in UTF-8. */
    public static final int MAX_BYTES = 3 * MAX_CHARS;
    /** Levels of nesting of objects and arrays (Gson itself stops at 255). */
    public static final int MAX_DEPTH = 32;
    /** Characters of any one string or field name: a title, a question text, a description. */
    public static final int MAX_TEXT = 10_000;
    /** Elements of any one array, members of any one object. */
    public static final int MAX_ITEMS = 1_000;
    /** Questions of a model, all dimensions together. */
    public static final int MAX_QUESTIONS = 1_000;
    /** Problems reported of an oversized document: one is enough to know, a few to fix. */
    private static final int MAX_REPORTED = 10;

    private ModelLimits() {
    }

    /**
     * The document in {@code in} as UTF-8 bytes, or null when it has more than {@link #MAX_BYTES}:
     * no more than that is ever held in memory.
     */
    public static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0;) {
            if (out.size() + n > MAX_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The problem of a document {@link #read} refused. */
    public static ModelProblem tooLarge() {
        return ModelProblem.error("$", "the document has more than " + MAX_BYTES + " bytes; at most " + MAX_CHARS
                + " characters are accepted");
    }

    /** Records every limit {@code root} exceeds (the first few); true when it keeps them all. */
    static boolean check(JsonElement root, List<ModelProblem> problems) {
        int before = problems.size();
        walk(root, "$", 0, problems, before);
        if (root.isJsonObject() && root.getAsJsonObject().get("dimensions") instanceof JsonArray dimensions) {
            long questions = 0;
            for (JsonElement d : dimensions) {
                if (d.isJsonObject() && d.getAsJsonObject().get("questions") instanceof JsonArray q) {
                    questions += q.size();
                }
            }
            if (questions > MAX_QUESTIONS) {
                problems.add(ModelProblem.error("$.dimensions", "the model has " + questions + " questions; at most "
                        + MAX_QUESTIONS + " are accepted"));
            }
        }
        return problems.size() == before;
    }

    private static void walk(JsonElement e, String path, int depth, List<ModelProblem> problems, int before) {
        if (problems.size() - before >= MAX_REPORTED) {
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.add(ModelProblem.error(path, "nested more than " + MAX_DEPTH + " levels deep"));
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            text(e.getAsString(), path, problems);
        } else if (e.isJsonArray()) {
            JsonArray array = e.getAsJsonArray();
            if (items(array.size(), path, "elements", problems)) {
                for (int i = 0; i < array.size(); i++) {
                    walk(array.get(i), path + "[" + i + "]", depth + 1, problems, before);
                }
            }
        } else if (e.isJsonObject()) {
            JsonObject object = e.getAsJsonObject();
            if (items(object.size(), path, "fields", problems)) {
                for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                    String at = path + "." + (member.getKey().length() > 40 ? member.getKey().substring(0, 40) + "…"
                            : member.getKey());
                    if (text(member.getKey(), at, problems)) {
                        walk(member.getValue(), at, depth + 1, problems, before);
                    }
                }
            }
        }
    }

    private static boolean items(int size, String path, String what, List<ModelProblem> problems) {
        if (size > MAX_ITEMS) {
            problems.add(ModelProblem.error(path, "has " + size + " " + what + "; at most " + MAX_ITEMS
                    + " are accepted"));
            return false;
        }
        return true;
    }

    private static boolean text(String text, String path, List<ModelProblem> problems) {
        if (text.length() > MAX_TEXT) {
            problems.add(ModelProblem.error(path, "a text of " + text.length() + " characters; at most " + MAX_TEXT
                    + " are accepted"));
            return false;
        }
        return true;
    }
}
