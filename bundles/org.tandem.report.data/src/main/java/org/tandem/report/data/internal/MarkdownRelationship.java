package org.tandem.report.data.internal;

import static org.tandem.report.data.internal.MarkdownText.inline;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.spi.report.ReportView;

/** The Markdown report's service levels beside the relationship, and its agreed actions. */
final class MarkdownRelationship {

    private MarkdownRelationship() {
    }

    static void sla(List<String> blocks, ReportView view) {
        ReportView.GreenLightsText lights = view.greenLightsText();
        blocks.add("## " + inline(view.label("sla")));
        blocks.add("**" + inline(lights.title()) + "**" + (lights.summary().isEmpty() ? ""
                : " (" + inline(lights.summary()) + ")") + ": " + inline(lights.text()));
        if (view.sla().isEmpty()) {
            return;
        }
        List<String> table = new ArrayList<>();
        table.add("| " + inline(view.label("sla.service")) + " | " + inline(view.label("sla.target")) + " | "
                + inline(view.label("sla.achieved")) + " | " + inline(view.label("sla.better")) + " | "
                + inline(view.label("sla.result")) + " |");
        table.add("| --- | ---: | ---: | --- | --- |");
        for (ReportView.SlaRow row : view.sla()) {
            String unit = row.unit().isEmpty() ? "" : " " + row.unit();
            table.add("| " + inline(row.service()) + " | " + inline(row.target() + unit) + " | "
                    + inline(row.achieved() + unit) + " | " + inline(row.better()) + " | " + inline(row.result()) + " |");
        }
        blocks.add(String.join("\n", table));
    }

    static void actions(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("actions")));
        List<ReportView.ActionRow> agreed = view.actionPlan().stream().flatMap(p -> p.actions().stream()).toList();
        blocks.add(agreed.isEmpty() ? inline(view.label("actions.none")) : table(view, agreed));
        if (!view.previousActions().isEmpty()) {
            blocks.add("### " + inline(view.label("actions.previous")));
            blocks.add(inline(view.previousActionsSummary()));
            blocks.add(table(view, view.previousActions()));
        }
    }

    private static String table(ReportView view, List<ReportView.ActionRow> rows) {
        List<String> table = new ArrayList<>();
        table.add("| " + inline(view.label("actions.dimension")) + " | " + inline(view.label("actions.what")) + " | "
                + inline(view.label("actions.owner")) + " | " + inline(view.label("actions.due")) + " | "
                + inline(view.label("actions.status")) + " |");
        table.add("| --- | --- | --- | --- | --- |");
        for (ReportView.ActionRow a : rows) {
            table.add("| " + inline(a.dimensionTitle()) + " | " + inline(a.what()) + " | " + inline(a.owner()) + " | "
                    + inline(a.due()) + " | " + inline(a.status()) + " |");
        }
        return String.join("\n", table);
    }
}
