package org.tandem.testkit;

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

/**
 * A report input for renderers' tests of blind spots and importance: the example model with
 * expectation and importance questions ({@code examples/insights-model}, loaded by the caller),
 * answered so that every quadrant occurs: for the customer, cooperative is a blind spot (100 against
 * the provider's 25; it expected 75), transparent an agreed strength, end-user focus an agreed
 * weakness and innovation undervalued; cooperative matters 100 to the customer and 25 to the provider.
 */
public final class InsightFixtures {

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

    private InsightFixtures() {
    }

    /** {@link #answered(ValueModel)} on {@code model} as it is. */
    public static ReportInput input(ValueModel model) {
        return answered(model);
    }

    /** The same answers to the example without its expectation questions: quadrants, but nothing expected. */
    public static ReportInput withoutExpectations(ValueModel model) {
        List<Dimension> dimensions = model.dimensions().stream().map(d -> new Dimension(d.id(), d.title(),
                d.description(), d.weight(), d.questions().stream().filter(q -> q.role() != QuestionRole.EXPECTATION)
                        .toList(), d.recommendations())).toList();
        return answered(new ValueModel(model.format(), model.id(), model.version(), model.title(), model.description(),
                model.locales(), model.defaultLocale(), model.perspectives(), model.scales(), dimensions, model.bands(),
                model.scoring()));
    }

    /**
     * One customer and one provider answering {@code model} (the example insights model or one with
     * the same question ids) so that every quadrant occurs.
     */
    public static ReportInput answered(ValueModel model) {
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
