package org.tandem.web.internal.consultant;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;

/**
 * Reads SLA figures from what a consultant uploads or pastes: CSV (a header line naming the columns
 * {@code service, target, achieved, better} and optionally {@code unit}, in any order; comma-separated, or
 * semicolon-separated with a decimal comma as spreadsheets in Swedish write it) or JSON (an array of
 * figures, or an object with {@code figures}). Every problem is collected with its line and column (CSV)
 * or JSON path, and nothing is returned while there is one: a file is taken whole or not at all.
 */
public final class SlaFiles {

    /** One thing wrong: where ({@code line} for CSV, else null; {@code field}: a column or a JSON path) and what. */
    public record Problem(Integer line, String field, String message) {

        /** "line 3, target: ..." or "$.figures[1].target: ...". */
        public String describe() {
            return (line == null ? "" : "line " + line + (field == null ? "" : ", ")) + (field == null ? "" : field)
                    + ": " + message;
        }
    }

    /** A file that was refused, with every problem found. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + ", nothing was saved: "
                    + problems.get(0).describe() + (problems.size() > 1 ? " …" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    static final List<String> COLUMNS = List.of("service", "target", "achieved", "better", "unit");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");
    /** At most this many problems are listed; a file that is wrong throughout need not be listed whole. */
    static final int MAX_PROBLEMS = 20;

    private SlaFiles() {
    }

    /** JSON when the text starts with {@code [} or {@code {}, else CSV. */
    public static List<SlaFigure> read(String text) {
        String t = strip(text);
        return t.startsWith("[") || t.startsWith("{") ? json(t) : csv(t);
    }

    /** Reads CSV; see the class comment. */
    public static List<SlaFigure> csv(String text) {
        List<String> lines = strip(text).lines().toList();
        List<Problem> problems = new ArrayList<>();
        int headerAt = 0;
        while (headerAt < lines.size() && lines.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw new Invalid(List.of(new Problem(1, null, "the file is empty; the first line names the columns: "
                    + "service,target,achieved,better,unit")));
        }
        String header = lines.get(headerAt);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        Map<String, Integer> columns = header(cells(header, separator, headerAt + 1, problems), headerAt + 1,
                problems);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        List<SlaFigure> figures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = headerAt + 1; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> cells = cells(lines.get(i), separator, line, problems);
            if (cells == null) {
                continue;
            }
            if (cells.size() > columns.size()) {
                problems.add(new Problem(line, null, cells.size() + " values, but the header names " + columns.size()
                        + " columns" + (separator == ',' ? " (a decimal comma? separate with ; then)" : "")));
                continue;
            }
            Map<String, String> row = new HashMap<>();
            columns.forEach((name, index) -> row.put(name, index < cells.size() ? cells.get(index).strip() : ""));
            SlaFigure f = figure(row, separator == ';', new Where(line, null), problems);
            if (f != null && !names.add(f.service().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(line, "service", "'" + f.service() + "' is given twice"));
            } else if (f != null) {
                figures.add(f);
            }
        }
        return checked(figures, problems, headerAt + 1);
    }

    /** Reads JSON; see the class comment. */
    public static List<SlaFigure> json(String text) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(strip(text)));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | StackOverflowError e) {
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            if (at.find()) {
                throw new Invalid(List.of(new Problem(Integer.valueOf(at.group(1)), "column " + at.group(2),
                        "not valid JSON here")));
            }
            throw new Invalid(List.of(new Problem(null, "$", "not valid JSON (is the file complete?)")));
        }
        return json(root, "$", false);
    }

    /**
     * Reads parsed JSON (an array, or an object with {@code figures}) found at {@code path}; with
     * {@code allowEmpty} no figures is an answer (they are removed), else a problem.
     */
    public static List<SlaFigure> json(JsonElement root, String path, boolean allowEmpty) {
        List<Problem> problems = new ArrayList<>();
        JsonArray array;
        String at = path;
        if (root.isJsonObject()) {
            JsonObject o = root.getAsJsonObject();
            for (String key : o.keySet()) {
                if (!key.equals("figures")) {
                    problems.add(new Problem(null, path + "." + key, "unknown field; the only field is figures"));
                }
            }
            at = path + ".figures";
            if (!o.has("figures") || !o.get("figures").isJsonArray()) {
                problems.add(new Problem(null, at, "must be an array of figures"));
                throw new Invalid(problems);
            }
            array = o.getAsJsonArray("figures");
        } else if (root.isJsonArray()) {
            array = root.getAsJsonArray();
        } else {
            throw new Invalid(List.of(new Problem(null, path, "must be an array of figures or an object with figures")));
        }
        List<SlaFigure> figures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size() && problems.size() < MAX_PROBLEMS; i++) {
            String p = at + "[" + i + "]";
            if (!array.get(i).isJsonObject()) {
                problems.add(new Problem(null, p, "must be an object with service, target, achieved, better, unit"));
                continue;
            }
            JsonObject o = array.get(i).getAsJsonObject();
            Map<String, String> row = new HashMap<>();
            int before = problems.size();
            for (String key : o.keySet()) {
                JsonElement v = o.get(key);
                if (!COLUMNS.contains(key)) {
                    problems.add(new Problem(null, p + "." + key, "unknown field; the fields are " + String.join(", ",
                            COLUMNS)));
                } else if (key.equals("target") || key.equals("achieved")) {
                    if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
                        row.put(key, v.getAsJsonPrimitive().getAsBigDecimal().toPlainString());
                    } else {
                        problems.add(new Problem(null, p + "." + key, "must be a number, e.g. 99.5"));
                    }
                } else if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                    row.put(key, v.getAsString().strip());
                } else if (!(v.isJsonNull() && key.equals("unit"))) {
                    problems.add(new Problem(null, p + "." + key, "must be a string"));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            SlaFigure f = figure(row, false, new Where(null, p + "."), problems);
            if (f != null && !names.add(f.service().toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(null, p + ".service", "'" + f.service() + "' is given twice"));
            } else if (f != null) {
                figures.add(f);
            }
        }
        if (allowEmpty && problems.isEmpty() && figures.isEmpty()) {
            return List.of();
        }
        return checked(figures, problems, null);
    }

    /** Where a row is: a CSV line, or a JSON path prefix ({@code $[2].}). */
    private record Where(Integer line, String prefix) {
        Problem problem(String field, String message) {
            return new Problem(line, prefix == null ? field : prefix + field, message);
        }
    }

    /**
     * One figure from its fields as text; null, with the problems added, when a field is wrong.
     */
    static SlaFigure figure(Map<String, String> row, boolean decimalComma, Where where, List<Problem> problems) {
        int before = problems.size();
        String service = row.get("service");
        if (service == null || service.isBlank()) {
            problems.add(where.problem("service", "missing: name the service or measure, e.g. Availability"));
        } else if (service.length() > SlaFigure.MAX_NAME) {
            problems.add(where.problem("service", "longer than " + SlaFigure.MAX_NAME + " characters"));
        }
        Double target = number(row, "target", decimalComma, where, problems);
        Double achieved = number(row, "achieved", decimalComma, where, problems);
        String better = row.get("better");
        SlaDirection direction = null;
        if (better == null || better.isBlank()) {
            problems.add(where.problem("better", "missing: write higher (e.g. availability) or lower "
                    + "(e.g. resolution time)"));
        } else {
            direction = SlaDirection.of(better).orElse(null);
            if (direction == null) {
                problems.add(where.problem("better", "'" + better + "' is neither higher nor lower"));
            }
        }
        String unit = row.get("unit") == null ? "" : row.get("unit");
        if (unit.length() > SlaFigure.MAX_UNIT) {
            problems.add(where.problem("unit", "longer than " + SlaFigure.MAX_UNIT + " characters"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new SlaFigure(service, target, achieved, direction, unit);
    }

    private static Double number(Map<String, String> row, String field, boolean decimalComma, Where where,
            List<Problem> problems) {
        String text = row.get(field);
        if (text == null || text.isBlank()) {
            problems.add(where.problem(field, "missing: a number, e.g. 99.5"));
            return null;
        }
        String t = text.strip();
        boolean ok = NUMBER.matcher(t).matches() || decimalComma && DECIMAL_COMMA.matcher(t).matches();
        if (!ok) {
            boolean comma = !decimalComma && DECIMAL_COMMA.matcher(t).matches();
            boolean hasUnit = t.matches("-?\\d+([.,]\\d+)?\\s*[^\\d\\s.,-].*");
            problems.add(where.problem(field, "'" + text + "' is not a number" + (comma
                    ? "; use a decimal point, e.g. 99.5" : hasUnit ? "; write the unit in the unit column" : "")));
            return null;
        }
        double value = Double.parseDouble(t.replace(',', '.'));
        if (!Double.isFinite(value)) {
            problems.add(where.problem(field, "'" + text + "' is too large"));
            return null;
        }
        return value;
    }

    private static Map<String, Integer> header(List<String> cells, int line, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        if (cells == null) {
            return columns;
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(line, "column " + (i + 1), "unknown column '" + cells.get(i).strip()
                        + "'; the columns are service, target, achieved, better and unit (optional)"));
            } else if (columns.put(name, i) != null) {
                problems.add(new Problem(line, "column " + (i + 1), "the column " + name + " is named twice"));
            }
        }
        for (String required : COLUMNS.subList(0, 4)) {
            if (problems.isEmpty() && !columns.containsKey(required)) {
                problems.add(new Problem(line, null, "the header has no column " + required
                        + "; the first line names the columns: service,target,achieved,better,unit"));
            }
        }
        return columns;
    }

    /** The cells of one CSV line (RFC 4180 quoting, one line per record); null, with a problem, when a quote is open. */
    static List<String> cells(String line, char separator, int number, List<Problem> problems) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(new Problem(number, null, "a quoted value is not closed (\")"));
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<SlaFigure> checked(List<SlaFigure> figures, List<Problem> problems, Integer headerLine) {
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        if (figures.size() > SlaFigure.MAX_FIGURES) {
            throw new Invalid(List.of(new Problem(headerLine, null, figures.size() + " figures; at most "
                    + SlaFigure.MAX_FIGURES)));
        }
        if (figures.isEmpty()) {
            throw new Invalid(List.of(new Problem(headerLine, null, "no figures: add a line per service")));
        }
        return List.copyOf(figures);
    }

    private static String strip(String text) {
        String t = text == null ? "" : text;
        return t.startsWith("\uFEFF") ? t.substring(1) : t;
    }
}
