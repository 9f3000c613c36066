package org.tandem.report.html.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.ImportanceRow;
import org.tandem.api.spi.report.ReportView.QuadrantRow;
import org.tandem.api.spi.report.ReportView.SideImportance;

/**
 * What the template reads of the insights: a quadrant chart and a short list per side, and the
 * importance table, with every number already written in the report's language. Public for FreeMarker.
 */
public final class InsightsModel {

    /** Blind spots first: the list reads in the order a reader should act on it. */
    private static final List<Quadrant> ORDER = List.of(Quadrant.BLIND_SPOT, Quadrant.UNDERVALUED,
            Quadrant.AGREED_WEAKNESS, Quadrant.AGREED_STRENGTH);

    /** One side: its chart and its dimensions grouped by quadrant. */
    public record Side(String id, String title, String counterpart, QuadrantChart chart, List<Group> groups) {
    }

    /** The dimensions of one quadrant ({@code quadrant} is {@code NONE} for those not placed). */
    public record Group(String quadrant, String title, String explained, List<Item> items) {
    }

    /** A dimension in a group: its number on the chart, scores and, when asked, what the side expected. */
    public record Item(int number, String title, String own, String other, String expectation, boolean misjudged) {
    }

    /** A row of the importance table: per column side its importance and own score, "" where not asked. */
    public record Line(String title, List<String[]> cells, String gap, boolean differ) {
    }

    private InsightsModel() {
    }

    static Map<String, Object> of(ReportView view) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<String> order = view.dimensions().stream().map(ReportView.Row::id).toList();
        List<Side> sides = new ArrayList<>();
        for (String side : view.quadrantSides()) {
            String counterpart = view.quadrants(side).get(0).counterpartTitle();
            sides.add(new Side(side, view.perspectiveTitle(side), counterpart, QuadrantChart.of(view, side, order),
                    groups(view, side, order)));
        }
        model.put("sides", sides);
        model.put("expectations", view.insights().expectations());
        model.put("threshold", view.number(view.insights().threshold()));
        List<String> columns = new ArrayList<>();
        view.importance().forEach(r -> r.sides().forEach(s -> {
            if (!columns.contains(s.id())) {
                columns.add(s.id());
            }
        }));
        model.put("columns", columns.stream().map(view::perspectiveTitle).toList());
        model.put("importance", view.importance().stream().map(r -> line(view, r, columns)).toList());
        return model;
    }

    private static List<Group> groups(ReportView view, String side, List<String> order) {
        List<Group> groups = new ArrayList<>();
        for (Quadrant q : ORDER) {
            add(view, groups, q.name(), view.quadrants(side, q), order);
        }
        add(view, groups, "NONE", view.quadrants(side, null), order);
        return groups;
    }

    private static void add(ReportView view, List<Group> groups, String quadrant, List<QuadrantRow> rows,
            List<String> order) {
        if (rows.isEmpty()) {
            return;
        }
        String key = quadrant.equals("NONE") ? "quadrant.none" : "quadrant." + quadrant;
        List<Item> items = rows.stream().map(r -> new Item(order.indexOf(r.dimension()) + 1, r.title(),
                view.number(r.own()), view.number(r.other()), r.expected() == null ? ""
                        : view.label("insights.expected", view.number(r.expected())), r.misjudged())).toList();
        groups.add(new Group(quadrant, view.label(key), view.label(key + ".explained"), items));
    }

    private static Line line(ReportView view, ImportanceRow row, List<String> columns) {
        List<String[]> cells = new ArrayList<>();
        for (String column : columns) {
            SideImportance s = row.sides().stream().filter(x -> x.id().equals(column)).findFirst().orElse(null);
            cells.add(s == null ? new String[] {"", ""} : new String[] {view.number(s.importance()), view.number(s.score())});
        }
        return new Line(row.title(), cells, view.number(row.gap()), row.prioritiesDiffer());
    }
}
