package org.tandem.web.internal.consultant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;

/**
 * The SLA figures form: rows of service, target, achieved, better ({@code higher}/{@code lower}) and unit,
 * named {@code service.<n>} ... from 0. A row left blank is skipped; numbers take a decimal point or a
 * decimal comma. Kept as typed, so a refused form shows again with what was typed.
 */
public record SlaForm(List<Row> rows) {

    /** One row as typed. */
    public record Row(String service, String target, String achieved, String better, String unit) {

        boolean blank() {
            return service.isBlank() && target.isBlank() && achieved.isBlank() && unit.isBlank();
        }

        static Row of(SlaFigure f, Locale locale) {
            return new Row(f.service(), number(f.target(), locale), number(f.achieved(), locale), f.direction().key(),
                    f.unit());
        }
    }

    /** What is wrong with one field of one row: a label key and its arguments. */
    public record Problem(String key, Object... args) {
    }

    /** The most rows a form has. */
    static final int MAX_ROWS = SlaFigure.MAX_FIGURES;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    public SlaForm {
        rows = List.copyOf(rows);
    }

    /** The rows posted: {@code rows} says how many (at most {@link #MAX_ROWS}). */
    public static SlaForm read(Function<String, String> parameters) {
        int count;
        try {
            count = Math.max(0, Math.min(MAX_ROWS, Integer.parseInt(value(parameters.apply("rows")).strip())));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(value(parameters.apply("service." + i)), value(parameters.apply("target." + i)),
                    value(parameters.apply("achieved." + i)), value(parameters.apply("better." + i)),
                    value(parameters.apply("unit." + i))));
        }
        return new SlaForm(rows);
    }

    /** The stored figures, plus {@code blank} empty rows to add more. */
    public static SlaForm of(List<SlaFigure> figures, int blank, Locale locale) {
        List<Row> rows = new ArrayList<>();
        figures.forEach(f -> rows.add(Row.of(f, locale)));
        for (int i = 0; i < blank && rows.size() < MAX_ROWS; i++) {
            rows.add(new Row("", "", "", "higher", ""));
        }
        return new SlaForm(rows);
    }

    /** This form with {@code more} blank rows added. */
    public SlaForm plus(int more) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < more && all.size() < MAX_ROWS; i++) {
            all.add(new Row("", "", "", "higher", ""));
        }
        return new SlaForm(all);
    }

    /** Every problem, keyed {@code <field>.<row>}, e.g. {@code target.2}. */
    public Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            String service = r.service().strip();
            if (service.isEmpty()) {
                problems.put("service." + i, new Problem("sla.error.service"));
            } else if (service.length() > SlaFigure.MAX_NAME) {
                problems.put("service." + i, new Problem("sla.error.long", SlaFigure.MAX_NAME));
            } else if (!names.add(service.toLowerCase(Locale.ROOT))) {
                problems.put("service." + i, new Problem("sla.error.twice", service));
            }
            number("target", i, r.target(), problems);
            number("achieved", i, r.achieved(), problems);
            if (SlaDirection.of(r.better()).isEmpty()) {
                problems.put("better." + i, new Problem("sla.error.better"));
            }
            if (r.unit().strip().length() > SlaFigure.MAX_UNIT) {
                problems.put("unit." + i, new Problem("sla.error.long", SlaFigure.MAX_UNIT));
            }
        }
        return problems;
    }

    /** The figures of the rows that are not blank; call only when {@link #problems()} is empty. */
    public List<SlaFigure> figures() {
        return rows.stream().filter(r -> !r.blank()).map(r -> new SlaFigure(r.service().strip(), parse(r.target()),
                parse(r.achieved()), SlaDirection.of(r.better()).orElseThrow(), r.unit().strip())).toList();
    }

    private static void number(String field, int row, String text, Map<String, Problem> problems) {
        String t = text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            problems.put(field + "." + row, new Problem("sla.error.number.missing"));
        } else if (!NUMBER.matcher(t).matches() || !Double.isFinite(parse(t))) {
            problems.put(field + "." + row, new Problem("sla.error.number", text.strip()));
        }
    }

    private static double parse(String text) {
        return Double.parseDouble(text.strip().replace('\u2212', '-').replace(',', '.'));
    }

    /** A number as the form shows it: up to three decimals, the language's decimal sign, no grouping. */
    static String number(double value, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        format.setGroupingUsed(false);
        return format.format(value).replace('\u2212', '-');
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }
}
