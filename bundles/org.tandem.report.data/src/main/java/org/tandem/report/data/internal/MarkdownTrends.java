package org.tandem.report.data.internal;

import static org.tandem.report.data.internal.MarkdownText.inline;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.TrendView;
import org.tandem.api.spi.report.TrendView.Point;
import org.tandem.api.spi.report.TrendView.Series;

/** The relationship's history and its standing in the portfolio, in the Markdown report. */
final class MarkdownTrends {

    private MarkdownTrends() {
    }

    static void history(List<String> blocks, ReportView view) {
        TrendView trend = TrendView.of(view);
        if (!trend.known()) {
            return;
        }
        blocks.add("## " + inline(trend.label("trend.title")));
        if (trend.first()) {
            blocks.add(inline(trend.label("trend.first")));
            return;
        }
        List<String> points = new ArrayList<>();
        points.add("| " + inline(trend.label("trend.date")) + " | " + inline(trend.label("trend.assessment")) + " | "
                + inline(trend.label("trend.model")) + " | " + inline(trend.label("trend.overall")) + " | "
                + inline(trend.label("trend.verdict")) + " |");
        points.add("|---|---|---|--:|---|");
        for (Point p : trend.points()) {
            points.add("| " + p.date() + " | " + inline(p.name()) + (p.live() ? " (" + inline(trend.label("trend.live"))
                    + ")" : "") + " | " + inline(p.model()) + " | " + view.number(p.overall()) + " | "
                    + inline(p.verdict()) + " |");
        }
        blocks.add(String.join("\n", points));
        blocks.add("### " + inline(trend.label("trend.since", trend.previousDate())));
        List<String> changes = trend.changes();
        blocks.add(changes.isEmpty() ? inline(trend.label("trend.nochanges"))
                : String.join("\n", changes.stream().map(c -> "- " + inline(c)).toList()));
        List<String> table = new ArrayList<>();
        StringBuilder head = new StringBuilder("| " + inline(view.label("dimension")) + " | " + inline(view.label("side")));
        StringBuilder rule = new StringBuilder("|---|---");
        for (Point p : trend.points()) {
            head.append(" | ").append(p.date());
            rule.append("|--:");
        }
        table.add(head.append(" | ").append(inline(trend.label("trend.change.column"))).append(" |").toString());
        table.add(rule.append("|--:|").toString());
        for (TrendView.Row row : trend.rows()) {
            table.add(line(view, trend, row.title(), row.score()));
            row.sides().forEach(s -> table.add(line(view, trend, row.title(), s)));
        }
        blocks.add(String.join("\n", table));
        List<String> leftOut = trend.leftOut();
        if (!leftOut.isEmpty()) {
            blocks.add("### " + inline(trend.label("trend.leftOutTitle")));
            blocks.add(inline(trend.label("trend.leftOutWhy")));
            blocks.add(String.join("\n", leftOut.stream().map(l -> "- " + inline(l)).toList()));
        }
        List<String> skipped = trend.skipped();
        if (!skipped.isEmpty()) {
            blocks.add(String.join("\n", skipped.stream().map(s -> "- " + inline(s)).toList()));
        }
    }

    private static String line(ReportView view, TrendView trend, String dimension, Series series) {
        StringBuilder line = new StringBuilder("| " + inline(dimension) + " | " + inline(series.title()));
        series.values().forEach(v -> line.append(" | ").append(view.number(v)));
        return line.append(" | ").append(trend.delta(series.delta())).append(" |").toString();
    }

    static void standing(List<String> blocks, ReportView view) {
        TrendView trend = TrendView.of(view);
        List<TrendView.Position> positions = trend.positions();
        if (positions.isEmpty()) {
            return;
        }
        blocks.add("## " + inline(trend.label("standing.title")));
        blocks.add(inline(trend.label("standing.intro", trend.standingGroup())));
        List<String> table = new ArrayList<>();
        table.add("| " + inline(view.label("dimension")) + " | " + inline(trend.label("standing.score")) + " | "
                + inline(trend.label("standing.median")) + " | " + inline(trend.label("standing.quartiles")) + " | "
                + inline(trend.label("standing.rankColumn")) + " |");
        table.add("|---|--:|--:|--:|---|");
        for (TrendView.Position p : positions) {
            table.add("| " + inline(p.title()) + " | " + view.number(p.score()) + " | " + view.number(p.group().median())
                    + " | " + view.number(p.group().q1()) + " – " + view.number(p.group().q3()) + " | "
                    + inline(trend.rankText(p.percentileRank())) + " |");
        }
        blocks.add(String.join("\n", table));
    }
}
