package org.tandem.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.model.ValueModel;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.scoring.InsightScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;

/**
 * An assessment in memory: a model and its submitted responses, scored with a strategy and
 * rendered with a renderer as Tandem would, without starting it. Immutable: each
 * {@code respond} returns a new assessment. Everything is fixed (id {@value #ID}, the relationship
 * {@link #RELATIONSHIP}, closed, scored at {@link ReportFixtures#SCORED}), so a report is the same
 * bytes every run.
 * <pre>{@code
 * ValueModel model = Models.loadResource("models/cloud.model.json");
 * TestAssessment assessment = TestAssessment.of(model)
 *         .answering("customer", 0.8)
 *         .respond("p-1", "provider", "avail-slo-met", "2", "cost-surprises", "4");
 * ScoreCard card = assessment.score("cloud-penalty", new PenaltyScoringStrategy());
 * byte[] html = assessment.render(new BrandedHtmlReportRenderer(), card, "sv");
 * }</pre>
 */
public final class TestAssessment {

    /** The assessment's id, in its scoring input and report. */
    public static final String ID = "a-0001";

    /** The relationship it assesses. */
    public static final Relationship RELATIONSHIP = new Relationship("ACME Retail – Northwind IT", "ACME Retail",
            "Northwind IT");

    private final ValueModel model;
    private final List<Submitted> responses;

    /** A submitted response: what scoring sees, and the comments only reports show. */
    private record Submitted(ScoringInput.Answers answers, Map<String, String> comments) {
    }

    private TestAssessment(ValueModel model, List<Submitted> responses) {
        this.model = Objects.requireNonNull(model, "model");
        this.responses = List.copyOf(responses);
    }

    /** An assessment of {@code model} nobody has answered yet. */
    public static TestAssessment of(ValueModel model) {
        return new TestAssessment(model, List.of());
    }

    /** With one more submitted response; {@code questionsAndAnswers} alternates question id and answer. */
    public TestAssessment respond(String respondent, String perspective, String... questionsAndAnswers) {
        return respond(ScoringFixtures.response(respondent, perspective, questionsAndAnswers));
    }

    /** With one more submitted response. */
    public TestAssessment respond(ScoringInput.Answers answers) {
        return respond(answers, Map.of());
    }

    /**
     * With one more submitted response and its comments: by dimension id, {@code ""} for the general
     * comment. Comments appear in reports, never in scoring.
     */
    public TestAssessment respond(ScoringInput.Answers answers, Map<String, String> comments) {
        List<Submitted> more = new ArrayList<>(responses);
        more.add(new Submitted(Objects.requireNonNull(answers, "answers"),
                Collections.unmodifiableMap(new LinkedHashMap<>(comments))));
        return new TestAssessment(model, more);
    }

    /**
     * With one more respondent of {@code perspective} who answers every question asked of it at
     * {@code level}, 0 the lowest answer and 1 the highest ({@link ScoringFixtures#answering}).
     */
    public TestAssessment answering(String perspective, double level) {
        return respond(ScoringFixtures.answering(model, perspective + "-" + (responses.size() + 1), perspective, level));
    }

    /** The model. */
    public ValueModel model() {
        return model;
    }

    /** What a strategy is given: the submitted responses in submission order. */
    public ScoringInput input() {
        return new ScoringInput(ID, model, responses.stream().map(Submitted::answers).toList());
    }

    /** {@link #score(String, String, ScoringStrategy)} naming the strategy {@code test@1.0.0}. */
    public ScoreCard score(ScoringStrategy strategy) {
        return score("test", "1.0.0", strategy);
    }

    /** {@link #score(String, String, ScoringStrategy)} with version 1.0.0. */
    public ScoreCard score(String strategyId, ScoringStrategy strategy) {
        return score(strategyId, "1.0.0", strategy);
    }

    /**
     * Scores the assessment with {@code strategy} as Tandem does: the card must pass the checks Tandem
     * applies to every card ({@link ScoreCardRules}), else an {@link AssertionError} lists every
     * problem; then Tandem's provenance is filled in (and the shared insights when the card has none), naming the model and the strategy
     * {@code strategyId@version} from the bundle {@code org.tandem.testkit}.
     */
    public ScoreCard score(String strategyId, String version, ScoringStrategy strategy) {
        ScoreCard card = strategy.score(input());
        List<String> problems = ScoreCardRules.problems(card, model);
        if (!problems.isEmpty()) {
            throw new AssertionError("Tandem would refuse the card of " + strategyId + "@" + version + ": "
                    + String.join("; ", problems));
        }
        Provenance provenance = new Provenance(model.id(), model.version(), strategyId, version,
                "org.tandem.testkit", version, ReportFixtures.SCORED);
        // as Tandem does: a card without insights gets the shared ones
        Insights insights = card.insights().isEmpty() ? InsightScoring.insights(input(), card.dimensions())
                : card.insights();
        return new ScoreCard(card.assessmentId(), card.overall(), card.perspectives(), card.dimensions(),
                card.verdict(), card.level(), card.respondents(), provenance, insights);
    }

    /** What a renderer is given for {@code card}, naming the test kit's renderer in its provenance. */
    public ReportInput report(ScoreCard card) {
        return report(card, ReportFixtures.RENDERER);
    }

    /**
     * What a renderer is given for {@code card}, naming {@code renderer} in its provenance: the
     * responses numbered in submission order, never named.
     */
    public ReportInput report(ScoreCard card, RendererInfo renderer) {
        List<AnsweredResponse> answered = new ArrayList<>();
        for (Submitted r : responses) {
            answered.add(new AnsweredResponse(answered.size() + 1, r.answers().perspective(), r.answers().answers(),
                    r.comments()));
        }
        Assessment assessment = new Assessment(ID, RELATIONSHIP, new ModelRef(model.id(), model.version()),
                AssessmentStatus.CLOSED, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-10-01T08:00:00Z"),
                ReportFixtures.SCORED);
        return new ReportInput(assessment, model, card, answered, renderer);
    }

    /** The report of {@code card} in {@code language} as {@code renderer} writes it. */
    public byte[] render(ReportRenderer renderer, ScoreCard card, String language) {
        return render(renderer, report(card), language);
    }

    /** What {@code renderer} writes for {@code input} in {@code language}; an I/O failure is unchecked. */
    public static byte[] render(ReportRenderer renderer, ReportInput input, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(input, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the renderer failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
