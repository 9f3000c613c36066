package org.tandem.report.data.internal;

import static org.tandem.report.data.internal.MarkdownText.inline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * The report as Markdown (CommonMark with GitHub tables) for wikis, tickets and e-mail: the
 * relationship, the verdict and why, dimensions by side with the gap, strengths, what to work on
 * with recommendations, respondents, comments as quotes, and provenance, with the labels of the
 * report's language. Every text from users or the model goes through {@link MarkdownText}. Scores
 * are for people: rounded to one decimal in the language's notation ({@link ReportView#number}),
 * unlike JSON and CSV, which carry the score card's numbers exactly.
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.markdown", format = "markdown", mediaType = "text/markdown; charset=UTF-8",
        extension = "md", name = "Markdown report", repeatable = true)
public class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        List<String> blocks = new ArrayList<>();
        title(blocks, view);
        verdict(blocks, view);
        MarkdownRelationship.sla(blocks, view);
        dimensions(blocks, view);
        MarkdownInsights.quadrants(blocks, view);
        MarkdownInsights.importance(blocks, view);
        MarkdownTrends.history(blocks, view);
        MarkdownTrends.standing(blocks, view);
        strengths(blocks, view);
        weaknesses(blocks, view);
        MarkdownRelationship.actions(blocks, view);
        respondents(blocks, view);
        comments(blocks, view);
        provenance(blocks, view);
        out.write((String.join("\n\n", blocks) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void title(List<String> blocks, ReportView view) {
        blocks.add("# " + inline(view.label("report")) + ": " + inline(view.modelTitle()));
        if (view.preliminary()) {
            blocks.add("**" + inline(view.label("report.preliminary")) + "**");
        }
        Relationship relationship = view.input().assessment().relationship();
        blocks.add(String.join("\n", item(view.label("relationship"), relationship.name()),
                item(view.label("customer"), relationship.customer()),
                item(view.label("provider"), relationship.provider()),
                item(view.label("date"), view.date())));
    }

    private static void verdict(List<String> blocks, ReportView view) {
        ReportView.VerdictText verdict = view.verdict();
        blocks.add("## " + inline(view.label("verdict")) + ": " + inline(verdict.title()));
        if (!verdict.description().isBlank()) {
            blocks.add(inline(verdict.description()));
        }
        blocks.add(inline(verdict.why()));
        blocks.add(bold(view.label("overall")) + " " + inline(view.number(view.overall())) + " ("
                + inline(view.label("scale")) + ")");
    }

    private static void dimensions(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("dimensions")));
        List<String> table = new ArrayList<>();
        StringBuilder header = new StringBuilder("| " + inline(view.label("dimension")));
        StringBuilder rule = new StringBuilder("| ---");
        for (ReportView.Side side : view.sides()) {
            header.append(" | ").append(inline(side.title()));
            rule.append(" | ---:");
        }
        table.add(header + " | " + inline(view.label("score")) + " | " + inline(view.label("band")) + " | "
                + inline(view.label("gap")) + " |");
        table.add(rule + " | ---: | --- | ---: |");
        for (ReportView.Row row : view.dimensions()) {
            StringBuilder line = new StringBuilder("| " + inline(row.title()));
            for (ReportView.Side side : view.sides()) {
                line.append(" | ").append(inline(view.number(row.scoreOf(side.id()))));
            }
            String band = row.score() == null ? view.label("not.scored") : row.bandTitle();
            table.add(line + " | " + inline(view.number(row.score())) + " | " + inline(band) + " | "
                    + inline(view.number(row.gap())) + " |");
        }
        blocks.add(String.join("\n", table));
        blocks.add(bold(view.label("gap")) + " " + inline(view.label("gap.explained")));
    }

    private static void strengths(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("strengths")));
        blocks.add(view.strengths().isEmpty() ? inline(view.label("strengths.none"))
                : String.join("\n", view.strengths().stream()
                        .map(row -> item(row.title(), view.number(row.score()) + " (" + row.bandTitle() + ")"))
                        .toList()));
    }

    private static void weaknesses(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("weaknesses")));
        List<String> items = new ArrayList<>();
        for (ReportView.Row row : view.weaknesses()) {
            String scored = row.score() == null ? view.label("not.scored")
                    : view.number(row.score()) + ", " + row.bandTitle();
            items.add("- **" + inline(row.title()) + "** (" + inline(scored) + ")"
                    + (row.recommendation().isBlank() ? "" : ": " + inline(row.recommendation())));
        }
        blocks.add(items.isEmpty() ? inline(view.label("weaknesses.none")) : String.join("\n", items));
    }

    private static void respondents(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("respondents")));
        if (!view.sides().isEmpty()) {
            List<String> table = new ArrayList<>();
            table.add("| " + inline(view.label("side")) + " | " + inline(view.label("respondents")) + " |");
            table.add("| --- | ---: |");
            view.sides().forEach(side -> table.add("| " + inline(side.title()) + " | " + side.respondents() + " |"));
            blocks.add(String.join("\n", table));
        }
        blocks.add(bold(view.label("respondents.total")) + " " + view.respondents());
    }

    private static void comments(List<String> blocks, ReportView view) {
        blocks.add("## " + inline(view.label("comments")));
        int before = blocks.size();
        view.dimensions().forEach(row -> quotes(blocks, row.title(), row.comments()));
        quotes(blocks, view.label("comments.general"), view.generalComments());
        if (blocks.size() == before) {
            blocks.add(inline(view.label("comments.none")));
        }
    }

    /** A sub-heading and one quote per comment, if there are any. */
    private static void quotes(List<String> blocks, String heading, List<String> comments) {
        if (!comments.isEmpty()) {
            blocks.add("### " + inline(heading));
            comments.forEach(comment -> blocks.add(String.join("\n", MarkdownText.quote(comment))));
        }
    }

    private static void provenance(List<String> blocks, ReportView view) {
        ReportView.Origin origin = view.origin();
        blocks.add("## " + inline(view.label("provenance")));
        blocks.add(String.join("\n", item(view.label("provenance.model"), origin.model()),
                item(view.label("provenance.strategy"), origin.strategy().isEmpty() ? "–" : origin.strategy()),
                item(view.label("provenance.renderer"), origin.renderer().isEmpty() ? "–" : origin.renderer()),
                item(view.label("provenance.scored"), origin.scoredAt())));
    }

    /** {@code - **label:** value}, both escaped. */
    private static String item(String label, String value) {
        return "- " + bold(label) + " " + inline(value);
    }

    /** {@code **label:**}, escaped. */
    private static String bold(String label) {
        return "**" + inline(label) + ":**";
    }
}
