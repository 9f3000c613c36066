package org.tandem.report.data.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.history.RelationshipHistory.Change;
import org.tandem.api.relationship.GreenLights;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.spi.report.ReportView;

/**
 * The scores as a table for spreadsheets: one row per dimension and side (every side of the
 * report times every dimension of the model), with the relationship on every row so that files of
 * several assessments can be stacked. Titles are in the report's language; numbers are as in the
 * score card (never rounded), never localised. The last columns carry the card's insights: the
 * side's importance of the dimension and the importance gap, and the side's quadrant against its
 * counterpart, the counterpart's score, what the side expected and the expectation gap (empty when
 * the model does not ask for them). Then the relationship's SLA reading (the same on every row: targets met,
 * services with figures, the lights, and whether the green-lights flag is raised) and the actions agreed on
 * the row's dimension (how many, how many done); the figures themselves are in the JSON report. Last the side's
 * score in the relationship's previous assessment and the change since, and the dimension's percentile rank in
 * its model's portfolio (empty without them).
 */
@Component(service = ReportRenderer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@ReportRendererProperties(id = "tandem.csv", format = "csv", mediaType = "text/csv; charset=UTF-8", extension = "csv",
        name = "CSV scores", repeatable = true)
public class CsvReportRenderer implements ReportRenderer {

    /** The header row; its column ids are part of the format. */
    static final String[] COLUMNS = {"assessment", "relationship", "customer", "provider", "dimension",
        "dimension_title", "side", "side_title", "score", "spread", "respondents", "dimension_score", "band", "gap", "importance", "importance_gap",
        "quadrant", "counterpart", "counterpart_score", "expected", "expectation_gap", "sla_met", "sla_total",
        "sla_lights", "green_lights_red_relationship", "actions", "actions_done", "previous_score", "change",
        "percentile_rank"};

    @Override
    public void render(ReportInput input, String language, OutputStream out) throws IOException {
        ReportView view = ReportView.of(input, language);
        Assessment assessment = input.assessment();
        CSVPrinter csv = CsvCells.printer(out, COLUMNS);
        Insights insights = input.scoreCard().insights();
        GreenLights lights = view.greenLights();
        for (ReportView.Row row : view.dimensions()) {
            Optional<DimensionScore> dimension = input.scoreCard().dimension(row.id());
            for (ReportView.Side side : view.sides()) {
                Optional<PerspectiveScore> score = dimension.flatMap(d -> d.perspectives().stream()
                        .filter(p -> p.perspective().equals(side.id())).findFirst());
                Optional<DimensionImportance> importance = insights.importance().stream()
                        .filter(i -> i.dimension().equals(row.id())).findFirst();
                Optional<QuadrantPlacement> placement = insights.quadrantsOf(side.id()).stream()
                        .filter(q -> q.dimension().equals(row.id())).findFirst();
                csv.printRecord(
                        CsvCells.text(assessment.id()),
                        CsvCells.text(assessment.relationship().name()),
                        CsvCells.text(assessment.relationship().customer()),
                        CsvCells.text(assessment.relationship().provider()),
                        CsvCells.text(row.id()),
                        CsvCells.text(row.title()),
                        CsvCells.text(side.id()),
                        CsvCells.text(side.title()),
                        CsvCells.number(score.map(PerspectiveScore::score).orElse(null)),
                        CsvCells.number(score.map(PerspectiveScore::spread).orElse(null)),
                        CsvCells.count(score.map(PerspectiveScore::respondents).orElse(null)),
                        CsvCells.number(row.score()),
                        CsvCells.text(row.band()),
                        CsvCells.number(row.gap()),
                        CsvCells.number(importance.map(i -> i.importanceOf(side.id())).orElse(null)),
                        CsvCells.number(importance.map(DimensionImportance::gap).orElse(null)),
                        CsvCells.text(placement.map(q -> InsightsJson.name(q.quadrant())).orElse(null)),
                        CsvCells.text(placement.map(QuadrantPlacement::counterpart).orElse(null)),
                        CsvCells.number(placement.map(QuadrantPlacement::other).orElse(null)),
                        CsvCells.number(placement.map(QuadrantPlacement::expected).orElse(null)),
                        CsvCells.number(placement.map(QuadrantPlacement::expectationGap).orElse(null)),
                        CsvCells.count(lights.hasFigures() ? lights.met() : null),
                        CsvCells.count(lights.total()),
                        CsvCells.text(lights.lights().name().toLowerCase(java.util.Locale.ROOT)),
                        CsvCells.text(lights.hasFigures() && lights.relationshipShort() != null
                                ? String.valueOf(lights.flagged()) : null),
                        CsvCells.count((int) input.actions().stream().filter(a -> a.dimension().equals(row.id())).count()),
                        CsvCells.count((int) input.actions().stream()
                                .filter(a -> a.dimension().equals(row.id()) && a.isDone()).count()),
                        CsvCells.number(change(input, row.id(), side.id()).map(Change::previous).orElse(null)),
                        CsvCells.number(change(input, row.id(), side.id()).map(Change::delta).orElse(null)),
                        CsvCells.number(rank(input, row.id())));
            }
        }
        csv.flush();
    }

    /** The side's change since the previous assessment of the relationship, if the history has one. */
    private static Optional<Change> change(ReportInput input, String dimension, String side) {
        return input.history() == null ? Optional.empty() : input.history().changes().stream()
                .filter(c -> c.dimension().equals(dimension) && side.equals(c.perspective())).findFirst();
    }

    /** The dimension's percentile rank in the portfolio, or null without a standing. */
    private static Double rank(ReportInput input, String dimension) {
        return input.standing() == null ? null : input.standing().dimensions().stream()
                .filter(p -> dimension.equals(p.dimension())).findFirst().map(p -> p.percentileRank()).orElse(null);
    }
}
