package org.tandem.report.pdf.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.ActionRow;
import org.tandem.api.spi.report.ReportView.GreenLightsText;
import org.tandem.api.spi.report.ReportView.PlanRow;
import org.tandem.api.spi.report.ReportView.SlaRow;

/**
 * The service levels beside the relationship (with the "green lights, red relationship" flag) and the action
 * plan: each weakness with the model's recommendation and the actions agreed on it, then the previous
 * assessment's actions. The same content as the HTML report.
 */
final class RelationshipSection {

    static final Color GREEN = new Color(0x1e, 0x7b, 0x34);
    static final Color RED = new Color(0xb3, 0x26, 0x1e);
    static final Color AMBER = new Color(0x8a, 0x5a, 0x00);
    private static final Color FLAG_BACKGROUND = new Color(0xfd, 0xf3, 0xf2);

    private final ReportView view;
    private final Page page;
    private final Typography type;

    RelationshipSection(ReportView view, Page page) {
        this.view = view;
        this.page = page;
        this.type = page.type;
    }

    /** The lights in words, and the figures: always, so a report without figures says so. */
    void sla() {
        GreenLightsText lights = view.greenLightsText();
        List<SlaRow> rows = view.sla();
        page.heading(view.label("sla"), rows.isEmpty() ? 40f : 120f);
        Color edge = switch (lights.status()) {
            case "flag", "red" -> RED;
            case "green" -> GREEN;
            case "mixed" -> AMBER;
            default -> Typography.RULE;
        };
        PdfPTable box = Page.table(1f);
        Phrase text = new Phrase();
        text.add(new Chunk("● ", type.bold(11f, lights.status().equals("flag") ? GREEN : edge)));
        text.add(new Chunk(type.line(lights.title()), type.bold(11f, lights.status().equals("none") ? Typography.MUTED
                : Typography.TEXT)));
        if (!lights.summary().isEmpty()) {
            text.add(new Chunk("  ·  " + lights.summary(), type.regular(9.5f, Typography.MUTED)));
        }
        text.add(new Chunk("\n" + type.clean(lights.text()), lights.status().equals("none") ? type.small() : type.body()));
        PdfPCell cell = Page.cell(text);
        cell.setLeading(0f, 1.35f);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(3f);
        cell.setBorderColorLeft(lights.status().equals("flag") ? GREEN : edge);
        if (lights.status().equals("flag")) {
            cell.setBackgroundColor(FLAG_BACKGROUND);
        }
        cell.setPadding(8f);
        cell.setPaddingLeft(10f);
        box.addCell(cell);
        page.add(box);
        if (rows.isEmpty()) {
            return;
        }
        PdfPTable table = Page.table(3.4f, 1.2f, 1.2f, 1f, 1.2f);
        table.setSpacingBefore(6f);
        table.setHeaderRows(1);
        for (String key : List.of("sla.service", "sla.target", "sla.achieved", "sla.better", "sla.result")) {
            PdfPCell head = page.cell(view.label(key), type.bold(8f, Typography.MUTED));
            rule(head, 0.8f);
            if (key.equals("sla.target") || key.equals("sla.achieved")) {
                head.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(head);
        }
        for (SlaRow row : rows) {
            Font result = type.bold(9f, row.met() ? GREEN : RED);
            String unit = row.unit().isEmpty() ? "" : " " + row.unit();
            table.addCell(rule(page.cell(type.line(row.service()), type.bold(9f, Typography.TEXT)), 0.4f));
            table.addCell(right(rule(page.cell(row.target() + unit, type.body()), 0.4f)));
            table.addCell(right(rule(page.cell(row.achieved() + unit, type.body()), 0.4f)));
            table.addCell(rule(page.cell(row.better(), type.body()), 0.4f));
            table.addCell(rule(page.cell((row.met() ? "✓ " : "✗ ") + row.result(), result), 0.4f));
        }
        page.add(table);
        page.text(view.label("sla.explained"), type.small(), 2f, 0f);
    }

    /** The action plan; in place of the plain recommendations. */
    void actionPlan() {
        List<PlanRow> plan = view.actionPlan();
        List<ActionRow> previous = view.previousActions();
        page.heading(view.label("actions"), 60f);
        if (plan.isEmpty()) {
            page.text(view.label("actions.nothing"), type.small(), 0f, 4f);
        } else {
            page.text(view.label("actions.explained"), type.small(), 0f, 4f);
        }
        for (PlanRow row : plan) {
            PdfPTable table = Page.table(1.1f, 2.9f);
            Phrase name = new Phrase();
            name.add(new Chunk(type.line(row.title()) + "\n", type.bold(9.5f, Typography.TEXT)));
            if (row.score() != null) {
                name.add(new Chunk(type.line(row.bandTitle()) + " · " + view.number(row.score()), type.small()));
            } else if (row.weakness()) {
                name.add(new Chunk(view.label("not.scored"), type.small()));
            }
            PdfPCell title = Page.cell(name);
            PdfPTable right = Page.table(1f);
            if (!row.recommendation().isBlank()) {
                right.addCell(page.cell(row.recommendation(), type.body()));
            }
            if (!row.actions().isEmpty()) {
                PdfPCell agreed = page.cell(view.label("actions.agreed"), type.bold(8f, Typography.MUTED));
                agreed.setPaddingTop(4f);
                right.addCell(agreed);
                PdfPCell actions = new PdfPCell(actions(row.actions(), false));
                actions.setBorder(Rectangle.NO_BORDER);
                right.addCell(actions);
            }
            PdfPCell content = new PdfPCell(right);
            for (PdfPCell cell : List.of(title, content)) {
                cell.setBorder(Rectangle.TOP);
                cell.setBorderColor(Typography.RULE);
                cell.setBorderWidth(0.5f);
                cell.setPaddingTop(5f);
                cell.setPaddingBottom(6f);
                table.addCell(cell);
            }
            page.add(table);
        }
        if (!plan.isEmpty() && view.input().actions().isEmpty()) {
            page.text(view.label("actions.none"), type.small(), 2f, 0f);
        }
        if (!previous.isEmpty()) {
            page.subheading(view.label("actions.previous"));
            page.text(view.previousActionsSummary(), type.body(), 0f, 2f);
            page.add(actions(previous, true));
        }
    }

    /** Actions as a table: what, owner, due, status (and the dimension first, when asked). */
    private PdfPTable actions(List<ActionRow> rows, boolean dimension) {
        PdfPTable table = dimension ? Page.table(1.3f, 3f, 1.6f, 1f, 0.8f) : Page.table(3f, 1.6f, 1.1f, 0.8f);
        table.setHeaderRows(1);
        List<String> heads = dimension ? List.of("actions.dimension", "actions.what", "actions.owner", "actions.due",
                "actions.status") : List.of("actions.what", "actions.owner", "actions.due", "actions.status");
        for (String key : heads) {
            table.addCell(rule(page.cell(view.label(key), type.bold(8f, Typography.MUTED)), 0.8f));
        }
        for (ActionRow a : rows) {
            if (dimension) {
                table.addCell(rule(page.cell(type.line(a.dimensionTitle()), type.body()), 0.4f));
            }
            table.addCell(rule(page.cell(a.what(), type.body()), 0.4f));
            table.addCell(rule(page.cell(type.line(a.owner()), type.body()), 0.4f));
            table.addCell(rule(page.cell(a.due(), type.body()), 0.4f));
            table.addCell(rule(page.cell(a.status(), a.done() ? type.bold(9f, GREEN) : type.body()), 0.4f));
        }
        return table;
    }

    private static PdfPCell rule(PdfPCell cell, float width) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidth(width);
        return cell;
    }

    private static PdfPCell right(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
