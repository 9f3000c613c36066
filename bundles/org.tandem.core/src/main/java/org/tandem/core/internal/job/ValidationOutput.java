package org.tandem.core.internal.job;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ValueModel;

/**
 * What {@code tandem validate} prints: a line per problem,
 * {@code <file>[!<entry>]: <JSON path>: error|warning: <message>}, then a summary line per
 * document; or, for tools, the problems as a JSON array.
 */
final class ValidationOutput {

    private ValidationOutput() {
    }

    static void text(List<Checked> checked, PrintStream out) {
        for (Checked c : checked) {
            c.problems().forEach(p -> out.println(line(c, p)));
            out.println(summary(c));
        }
        out.flush();
    }

    /** One problem; a jar's own problems have no JSON path. */
    static String line(Checked c, ModelProblem p) {
        return c.where() + ": " + (p.path() == null ? "" : p.path() + ": ") + severity(p) + ": " + p.message();
    }

    /** {@code <where>: OK: id@version, 5 dimensions, 34 questions[, 1 warning]} or {@code <where>: 2 problems (...)}. */
    static String summary(Checked c) {
        if (!c.failed()) {
            ValueModel model = c.model().orElseThrow();
            String ok = c.where() + ": OK: " + model.key() + ", " + count(model.dimensions().size(), "dimension") + ", "
                    + count(model.questions().size(), "question");
            return c.warnings() == 0 ? ok : ok + ", " + count(c.warnings(), "warning");
        }
        List<String> kinds = new ArrayList<>();
        kinds.add(count(c.errors(), "error"));
        if (c.warnings() > 0) {
            kinds.add(count(c.warnings(), "warning"));
        }
        return c.where() + ": " + count(c.problems().size(), "problem") + " (" + String.join(", ", kinds) + ")";
    }

    /**
     * Every problem as {@code {"file", "entry"?, "path"?, "severity": "error"|"warning", "message"}};
     * {@code entry} only for documents in a jar, {@code path} absent for a jar's own problems.
     */
    static void json(List<Checked> checked, PrintStream out) {
        JsonArray array = new JsonArray();
        for (Checked c : checked) {
            for (ModelProblem p : c.problems()) {
                JsonObject o = new JsonObject();
                o.addProperty("file", c.file());
                if (c.entry() != null) {
                    o.addProperty("entry", c.entry());
                }
                if (p.path() != null) {
                    o.addProperty("path", p.path());
                }
                o.addProperty("severity", severity(p));
                o.addProperty("message", p.message());
                array.add(o);
            }
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array));
        out.flush();
    }

    private static String severity(ModelProblem p) {
        return p.severity().name().toLowerCase(Locale.ROOT);
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
