package org.tandem.report.data.internal;

import static org.tandem.report.data.internal.MarkdownText.inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.ImportanceRow;
import org.tandem.api.spi.report.ReportView.QuadrantRow;
import org.tandem.api.spi.report.ReportView.SideImportance;

/** The insights in the Markdown report: each side's dimensions by quadrant, then the importance table. */
final class MarkdownInsights {

    /** Blind spots first: the list reads in the order a reader should act on it; null: not placed. */
    private static final List<Quadrant> ORDER = Arrays.asList(Quadrant.BLIND_SPOT, Quadrant.UNDERVALUED,
            Quadrant.AGREED_WEAKNESS, Quadrant.AGREED_STRENGTH, null);

    private MarkdownInsights() {
    }

    static void quadrants(List<String> blocks, ReportView view) {
        if (view.quadrantSides().isEmpty()) {
            return;
        }
        blocks.add("## " + inline(view.label("insights")));
        blocks.add(inline(view.label("insights.explained", view.number(view.insights().threshold()))));
        if (!view.insights().expectations()) {
            blocks.add(inline(view.label("insights.expectations.none")));
        }
        for (String side : view.quadrantSides()) {
            List<QuadrantRow> all = view.quadrants(side);
            String counterpart = all.get(0).counterpartTitle();
            blocks.add("### " + inline(view.label("insights.chart", view.perspectiveTitle(side), counterpart)));
            List<String> lines = new ArrayList<>();
            for (Quadrant q : ORDER) {
                String key = q == null ? "quadrant.none" : "quadrant." + q.name();
                for (QuadrantRow r : view.quadrants(side, q)) {
                    String line = "- **" + inline(view.label(key)) + ":** " + inline(r.title()) + " – "
                            + inline(view.label("insights.own", view.number(r.own()))) + ", " + inline(counterpart) + " "
                            + inline(view.number(r.other()));
                    if (r.expected() != null) {
                        line += ", " + inline(view.label("insights.expected", view.number(r.expected())));
                    }
                    lines.add(line + (r.misjudged() ? " (" + inline(view.label("insights.misjudged")) + ")" : ""));
                }
            }
            blocks.add(String.join("\n", lines));
        }
    }

    static void importance(List<String> blocks, ReportView view) {
        List<ImportanceRow> rows = view.importance();
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        rows.forEach(r -> r.sides().forEach(s -> {
            if (!columns.contains(s.id())) {
                columns.add(s.id());
            }
        }));
        blocks.add("## " + inline(view.label("importance")));
        blocks.add(inline(view.label("importance.explained")));
        StringBuilder header = new StringBuilder("| " + inline(view.label("dimension")));
        StringBuilder rule = new StringBuilder("| ---");
        for (String c : columns) {
            String title = inline(view.perspectiveTitle(c));
            header.append(" | ").append(title).append(": ").append(inline(view.label("importance.value")))
                    .append(" | ").append(title).append(": ").append(inline(view.label("score")));
            rule.append(" | ---: | ---:");
        }
        List<String> table = new ArrayList<>();
        table.add(header + " | " + inline(view.label("importance.gap")) + " |");
        table.add(rule + " | ---: |");
        for (ImportanceRow row : rows) {
            StringBuilder line = new StringBuilder("| " + inline(row.title()));
            if (row.prioritiesDiffer()) {
                line.append(" (").append(inline(view.label("importance.differ"))).append(")");
            }
            for (String c : columns) {
                SideImportance s = row.sides().stream().filter(x -> x.id().equals(c)).findFirst().orElse(null);
                line.append(" | ").append(s == null ? "" : inline(view.number(s.importance())))
                        .append(" | ").append(s == null ? "" : inline(view.number(s.score())));
            }
            table.add(line + " | " + inline(view.number(row.gap())) + " |");
        }
        blocks.add(String.join("\n", table));
    }
}
