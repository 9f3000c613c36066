package org.tandem.report.data.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.Verdicts;
import org.tandem.testkit.Models;
import org.tandem.testkit.TestAssessment;

/**
 * The example model with expectation and importance questions ({@code examples/insights-model}),
 * answered so that every quadrant occurs: for the customer, cooperative is a blind spot (100 against
 * the provider's 25; it expected 75), transparent an agreed strength, end-user focus an agreed
 * weakness and innovation undervalued; cooperative matters 100 to the customer and 25 to the provider.
 */
final class InsightsSample {

    static final ValueModel MODEL = Models.load(Path.of("../../examples/insights-model/insights.model.json"));

    /** Scored as weighted scoring does; the insights are filled in as Tandem fills them in. */
    private static final ScoringStrategy WEIGHTED = input -> {
        List<DimensionScore> dimensions = DimensionScoring.score(input);
        Map<String, Double> overall = DimensionScoring.overall(input.model(), dimensions);
        Map<String, Double> byDimension = new LinkedHashMap<>();
        dimensions.forEach(d -> byDimension.put(d.dimension(), d.score()));
        List<PerspectiveScore> sides = input.model().perspectives().stream().filter(p -> overall.containsKey(p.id()))
                .map(p -> new PerspectiveScore(p.id(), overall.get(p.id()), null, (int) input.responses().stream()
                        .filter(r -> r.perspective().equals(p.id())).count())).toList();
        return new ScoreCard(input.assessmentId(), overall.get(""), sides, dimensions,
                Verdicts.verdict(input.model(), overall.get(""), byDimension), null, input.responses().size(), null);
    };

    private InsightsSample() {
    }

    static ReportInput input() {
        return input(MODEL);
    }

    /** The same answers to the example without its expectation questions: quadrants, but nothing expected. */
    static ReportInput withoutExpectations() {
        List<Dimension> dimensions = MODEL.dimensions().stream().map(d -> new Dimension(d.id(), d.title(),
                d.description(), d.weight(), d.questions().stream().filter(q -> q.role() != QuestionRole.EXPECTATION)
                        .toList(), d.recommendations())).toList();
        return input(new ValueModel(MODEL.format(), MODEL.id(), MODEL.version(), MODEL.title(), MODEL.description(),
                MODEL.locales(), MODEL.defaultLocale(), MODEL.perspectives(), MODEL.scales(), dimensions, MODEL.bands(),
                MODEL.scoring()));
    }

    private static ReportInput input(ValueModel model) {
        TestAssessment a = TestAssessment.of(model)
                .respond("c1", "customer", "coop-both-interests", "5", "coop-savings", "5",
                        "transp-business-model", "4", "transp-goals", "4", "enduser-effective", "2",
                        "enduser-follow-up", "2", "innov-proactive", "2", "innov-frozen", "4",
                        "cooperative-expected", "4", "transparent-expected", "3", "enduser-focus-expected", "2",
                        "innovation-expected", "3", "cooperative-importance", "5", "transparent-importance", "4",
                        "enduser-focus-importance", "3", "innovation-importance", "2")
                .respond("p1", "provider", "coop-both-interests", "2", "coop-savings", "2",
                        "transp-business-model", "5", "transp-goals", "5", "enduser-effective", "2",
                        "enduser-follow-up", "2", "innov-proactive", "5", "innov-frozen", "1",
                        "cooperative-expected", "2", "transparent-expected", "4", "enduser-focus-expected", "4",
                        "innovation-expected", "5", "cooperative-importance", "2", "transparent-importance", "4",
                        "enduser-focus-importance", "4", "innovation-importance", "5");
        return a.report(a.score("weighted", WEIGHTED));
    }
}
