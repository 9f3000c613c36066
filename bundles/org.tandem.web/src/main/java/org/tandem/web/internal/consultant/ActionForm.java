package org.tandem.web.internal.consultant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.ActionStatus;

/**
 * An agreed action as typed into the form or sent to the API: the dimension (an id of the model, or
 * empty for the relationship as a whole), what, owner, due day ({@code YYYY-MM-DD}, optional) and status
 * ({@code open} or {@code done}; open when absent). Text fields are kept as typed, for the form to show
 * again when something is wrong.
 */
public record ActionForm(String dimension, String what, String owner, String due, String status) {

    /** What is wrong with one field: a label key (consultant labels) and its arguments. */
    public record Problem(String key, Object... args) {
    }

    public static ActionForm read(Function<String, String> parameters) {
        return new ActionForm(value(parameters.apply("dimension")), value(parameters.apply("what")),
                value(parameters.apply("owner")), value(parameters.apply("due")), value(parameters.apply("status")));
    }

    public static ActionForm of(Action a) {
        return new ActionForm(a.dimension(), a.what(), a.owner(), a.due() == null ? "" : a.due().toString(),
                a.status().key());
    }

    public static ActionForm empty() {
        return new ActionForm("", "", "", "", "open");
    }

    /** Every problem by field ({@code dimension}, {@code what}, {@code owner}, {@code due}, {@code status}). */
    public Map<String, Problem> problems(Set<String> dimensions) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!dimension.isEmpty() && !dimensions.contains(dimension)) {
            problems.put("dimension", new Problem("actions.error.dimension", dimension));
        }
        text("what", what, Action.MAX_WHAT, problems);
        text("owner", owner, Action.MAX_OWNER, problems);
        if (!due.isBlank()) {
            try {
                LocalDate.parse(due.strip());
            } catch (DateTimeParseException e) {
                problems.put("due", new Problem("actions.error.due", due));
            }
        }
        if (!status.isBlank() && ActionStatus.of(status).isEmpty()) {
            problems.put("status", new Problem("actions.error.status", status));
        }
        return problems;
    }

    /** The action to store; call only when {@link #problems(Set)} is empty. */
    public ActionDraft draft() {
        return new ActionDraft(dimension, what.strip(), owner.strip(), due.isBlank() ? null : LocalDate.parse(due.strip()),
                status.isBlank() ? ActionStatus.OPEN : ActionStatus.of(status).orElseThrow());
    }

    private static void text(String field, String value, int max, Map<String, Problem> problems) {
        if (value.isBlank()) {
            problems.put(field, new Problem("actions.error." + field + ".missing"));
        } else if (value.strip().length() > max) {
            problems.put(field, new Problem("actions.error.long", max));
        } else if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.put(field, new Problem("actions.error.control"));
        }
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
