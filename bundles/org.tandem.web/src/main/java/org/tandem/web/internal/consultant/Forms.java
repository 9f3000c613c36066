package org.tandem.web.internal.consultant;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reading the consultant's forms: respondents' names one a line, deadlines as dates; and download file names. */
final class Forms {

    /** The longest name of a relationship, customer, provider or respondent. */
    static final int MAX_NAME = 200;
    /** The most respondents added at once. */
    static final int MAX_NAMES = 200;

    private Forms() {
    }

    /** What is wrong with a field: a label key and its arguments, shown in the page's language. */
    record Problem(String key, Object... args) {
    }

    /** Thrown when a field cannot be read. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Invalid(String key, Object... args) {
            super(key, null, false, false);
            this.problem = new Problem(key, args);
        }
    }

    /**
     * The names in {@code text}, one a line, stripped of surrounding space; blank lines are skipped.
     *
     * @throws Invalid when there is no name, a name is too long or has control characters, or there are too many
     */
    static List<String> names(String text) throws Invalid {
        List<String> names = new ArrayList<>();
        int line = 0;
        for (String raw : (text == null ? "" : text).split("\\R", -1)) {
            line++;
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.codePoints().anyMatch(c -> Character.isISOControl(c))) {
                throw new Invalid("consultant.error.name.control", line);
            }
            if (name.length() > MAX_NAME) {
                throw new Invalid("consultant.error.name.long", line, MAX_NAME);
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new Invalid("consultant.error.names.none");
        }
        if (names.size() > MAX_NAMES) {
            throw new Invalid("consultant.error.names.many", names.size(), MAX_NAMES);
        }
        return names;
    }

    /**
     * The deadline of a date field ({@code YYYY-MM-DD}): the end of that day in {@code zone} (as the
     * shell's {@code --deadline} reads it); null for an empty field.
     *
     * @throws Invalid when it is not a date or is before {@code today}
     */
    static Instant deadline(String text, ZoneId zone, LocalDate today) throws Invalid {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid("consultant.error.deadline.format");
        }
        if (date.isBefore(today)) {
            throw new Invalid("consultant.error.deadline.past");
        }
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day a deadline falls on in {@code zone} ({@code YYYY-MM-DD}), the inverse of {@link #deadline}; "" for none. */
    static String deadlineDate(Instant deadline, ZoneId zone) {
        return deadline == null ? "" : deadline.minusNanos(1).atZone(zone).toLocalDate().toString();
    }

    /** A name as part of a file name: ASCII letters, digits, dots and dashes only, at most 60 characters. */
    static String fileName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("ø", "o").replace("Ø", "O");
        String safe = ascii.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60).replaceAll("[-.]+$", "");
        }
        return safe.isEmpty() ? "assessment" : safe;
    }
}
