package org.tandem.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.Verdicts;

/** An assessment in memory, scored with a given strategy and rendered with a given renderer. */
class TestAssessmentTest {

    private final ValueModel model = ScoringFixtures.model();

    /** Means per dimension and the model's bands, from the API's shared rules (as the weighted strategy). */
    private static final ScoringStrategy MEANS = input -> {
        List<DimensionScore> dimensions = DimensionScoring.score(input);
        Map<String, Double> overall = DimensionScoring.overall(input.model(), dimensions);
        Map<String, Double> byDimension = new LinkedHashMap<>();
        dimensions.forEach(d -> byDimension.put(d.dimension(), d.score()));
        return new ScoreCard(input.assessmentId(), overall.get(""), List.of(), dimensions,
                Verdicts.verdict(input.model(), overall.get(""), byDimension), null, input.responses().size(), null);
    };

    /** Writes what a report shows, one line each, from the view every renderer builds on. */
    private static final ReportRenderer LINES = (input, language, out) -> {
        ReportView view = ReportView.of(input, language);
        StringBuilder text = new StringBuilder(view.verdict().title()).append('\n');
        view.dimensions().forEach(d -> text.append(d.title()).append(' ').append(view.number(d.score())).append('\n'));
        view.generalComments().forEach(c -> text.append("comment: ").append(c).append('\n'));
        text.append(view.origin().strategy()).append('\n').append(view.origin().renderer()).append('\n');
        out.write(text.toString().getBytes(UTF_8));
    };

    @Test
    void responsesAreGivenToTheStrategyInSubmissionOrder() {
        TestAssessment assessment = TestAssessment.of(model)
                .respond("kim", "customer", "coop.1", "5", "coop.2", "1")
                .answering("provider", 0.25);
        ScoringInput input = assessment.input();
        assertEquals(TestAssessment.ID, input.assessmentId());
        assertEquals(model, input.model());
        assertEquals(List.of("kim", "provider-2"), input.responses().stream().map(ScoringInput.Answers::respondentId).toList());
        assertEquals(Map.of("coop.1", "5", "coop.2", "1"), input.responses().get(0).answers());
        assertEquals("2", input.responses().get(1).answers().get("coop.1"), "a quarter of the way from 1 to 5");
        assertEquals(List.of(), TestAssessment.of(model).input().responses(), "each respond returns a new assessment");
    }

    @Test
    void scoresWithTheGivenStrategyAndNamesItInTheProvenance() {
        ScoreCard card = TestAssessment.of(model).answering("customer", 1).answering("provider", 1).score("means", MEANS);
        // coop.2 is reverse-scored: the highest answer scores 0, so cooperative (weight 2) is 50
        assertEquals(80.0, card.overall());
        assertEquals("partner", card.verdict().band());
        assertEquals(2, card.respondents());
        assertEquals(new Provenance("scoring-sample", "1.0.0", "means", "1.0.0", "org.tandem.testkit", "1.0.0",
                ReportFixtures.SCORED), card.provenance());
        assertEquals("test", TestAssessment.of(model).score(MEANS).provenance().strategyId());
    }

    @Test
    void aCardTandemWouldRefuseFailsTheTestNamingEveryProblem() {
        ScoringStrategy broken = input -> new ScoreCard(input.assessmentId(), 140.0, List.of(),
                List.of(new DimensionScore("nonsense", 50.0, List.of(), null, "gold", null)),
                new Verdict("gold", List.of(), null), null, 0, null);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> TestAssessment.of(model).score("broken", "2.0.0", broken));
        assertEquals("Tandem would refuse the card of broken@2.0.0: overall score 140.0 is not within 0-100; "
                + "unknown dimension 'nonsense'; nonsense band 'gold' is not a band of scoring-sample@1.0.0; "
                + "verdict 'gold' is not a band of scoring-sample@1.0.0", failure.getMessage());
    }

    @Test
    void rendersTheReportOfTheCardWithTheGivenRenderer() {
        TestAssessment assessment = TestAssessment.of(model)
                .respond(ScoringFixtures.answering(model, "c", "customer", 1), Map.of("", "Good start."))
                .answering("provider", 1);
        ScoreCard card = assessment.score("means", MEANS);
        ReportInput input = assessment.report(card);
        assertEquals(TestAssessment.RELATIONSHIP, input.assessment().relationship());
        assertEquals(List.of(1, 2), input.responses().stream().map(r -> r.number()).toList());
        assertEquals(Map.of("customer", 1, "provider", 1, "enduser", 0), input.respondents());

        String en = new String(assessment.render(LINES, card, "en"), UTF_8);
        assertEquals("""
                Partner
                Cooperative 50.0
                Transparent 100.0
                End-user experience in focus 100.0
                Innovation-driven 100.0
                comment: Good start.
                means@1.0.0 (org.tandem.testkit 1.0.0)
                tandem.test@1.0.0 (org.tandem.testkit 1.0.0)
                """, en);
        assertTrue(new String(assessment.render(LINES, card, "sv"), UTF_8).startsWith("Partner\nSamarbetsinriktad 50,0\n"));
        assertArrayEquals(assessment.render(LINES, card, "en"), TestAssessment.render(LINES, input, "en"),
                "the same bytes every run");
    }

    @Test
    void anAssessmentNobodyAnsweredHasNoScores() {
        TestAssessment nobody = TestAssessment.of(model);
        ScoreCard card = nobody.score(MEANS);
        assertNull(card.overall());
        assertTrue(new String(nobody.render(LINES, card, "en"), UTF_8).startsWith("No verdict yet\n"));
    }

    @Test
    void aRendererThatFailsFailsTheTest() {
        ReportRenderer failing = (ReportInput input, String language, OutputStream out) -> {
            throw new IOException("disk full");
        };
        TestAssessment nobody = TestAssessment.of(model);
        ScoreCard card = nobody.score(MEANS);
        assertEquals("the renderer failed: disk full",
                assertThrows(java.io.UncheckedIOException.class, () -> nobody.render(failing, card, "en")).getMessage());
    }
}
