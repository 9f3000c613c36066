package org.tandem.web.internal.consultant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The new-assessment form as typed: every field stripped, never null.
 *
 * @param name     the relationship's name; optional (the service names it "customer / provider")
 * @param customer the customer's name
 * @param provider the provider's name
 * @param model    the chosen model version as {@code id@version}
 * @param deadline the deadline as typed ({@code YYYY-MM-DD}) or empty
 */
record AssessmentForm(String name, String customer, String provider, String model, String deadline) {

    static AssessmentForm read(Function<String, String> parameter) {
        return new AssessmentForm(field(parameter, "name"), field(parameter, "customer"), field(parameter, "provider"),
                field(parameter, "model"), field(parameter, "deadline"));
    }

    /** An empty form with {@code model} chosen. */
    static AssessmentForm empty(String model) {
        return new AssessmentForm("", "", "", model, "");
    }

    /** What is wrong, by field name, in form order; empty when the form can be used. */
    Map<String, Forms.Problem> problems(Collection<String> installedModels, ZoneId zone, LocalDate today) {
        Map<String, Forms.Problem> problems = new LinkedHashMap<>();
        if (name.length() > Forms.MAX_NAME) {
            problems.put("name", new Forms.Problem("consultant.error.long", Forms.MAX_NAME));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            problems.put("name", new Forms.Problem("consultant.error.control"));
        }
        text(problems, "customer", customer);
        text(problems, "provider", provider);
        if (model.isEmpty()) {
            problems.put("model", new Forms.Problem("consultant.error.model.none"));
        } else if (!installedModels.contains(model)) {
            problems.put("model", new Forms.Problem("consultant.error.model.gone", model));
        }
        try {
            Forms.deadline(deadline, zone, today);
        } catch (Forms.Invalid e) {
            problems.put("deadline", e.problem);
        }
        return problems;
    }

    String modelId() {
        int at = model.indexOf('@');
        return at < 0 ? model : model.substring(0, at);
    }

    /** The version of the chosen model, or null for the highest installed. */
    String modelVersion() {
        int at = model.indexOf('@');
        return at < 0 ? null : model.substring(at + 1);
    }

    /** The deadline; call after {@link #problems} found none. */
    Instant deadlineInstant(ZoneId zone, LocalDate today) {
        try {
            return Forms.deadline(deadline, zone, today);
        } catch (Forms.Invalid e) {
            throw new IllegalStateException("the deadline was not checked: " + deadline, e);
        }
    }

    private static void text(Map<String, Forms.Problem> problems, String field, String value) {
        if (value.isEmpty()) {
            problems.put(field, new Forms.Problem("consultant.error.required"));
        } else if (value.length() > Forms.MAX_NAME) {
            problems.put(field, new Forms.Problem("consultant.error.long", Forms.MAX_NAME));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.put(field, new Forms.Problem("consultant.error.control"));
        }
    }

    private static String field(Function<String, String> parameter, String name) {
        String value = parameter.apply(name);
        return value == null ? "" : value.strip();
    }
}
