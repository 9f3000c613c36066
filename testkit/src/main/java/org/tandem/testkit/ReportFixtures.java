package org.tandem.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionStatus;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;

/**
 * Fixed report inputs for renderer tests: the same bytes every run (no clock, no random ids).
 * <p>
 * The model ({@code sample@1.0.0}, English and Swedish) has the partnership model's five
 * dimensions with two 1-5 questions each, the perspectives customer, provider and the optional
 * end user, and the bands supplier 0-40, developing 40-60, partner 60-100 (floor 50). The score
 * card of {@link #sample()} reaches partner overall but is held back to developing by
 * {@code transparent} and {@code innovation}; {@code trust} is its one strength.
 */
public final class ReportFixtures {

    /** The moment the sample was scored: 2026-11-03 09:30 UTC. */
    public static final Instant SCORED = Instant.parse("2026-11-03T09:30:00Z");

    /** The renderer the sample names in its provenance unless told otherwise. */
    public static final RendererInfo RENDERER = new RendererInfo("tandem.test", "test", "Test", "text/plain", "txt",
            "1.0.0", "org.tandem.testkit", "1.0.0");

    private static final String[][] DIMENSIONS = {
        {"cooperative", "Cooperative", "Samarbetsinriktad"},
        {"transparent", "Transparent", "Transparent"},
        {"enduser", "End-user experience in focus", "Slutanvändarens upplevelse i fokus"},
        {"innovation", "Innovation-driven", "Innovationsdriven"},
        {"trust", "Trust", "Förtroende"},
    };

    private ReportFixtures() {
    }

    /** The sample model. */
    public static ValueModel model() {
        List<Dimension> dimensions = new ArrayList<>();
        for (String[] d : DIMENSIONS) {
            Map<String, LocalizedText> recommendations = new LinkedHashMap<>();
            recommendations.put("supplier", text("Start talking about " + d[1].toLowerCase() + " together.",
                    "Börja tala om " + d[2].toLowerCase() + " tillsammans."));
            recommendations.put("developing", text("Agree on two concrete steps for " + d[1].toLowerCase() + ".",
                    "Kom överens om två konkreta steg för " + d[2].toLowerCase() + "."));
            recommendations.put("partner", text("Keep " + d[1].toLowerCase() + " where it is.",
                    "Behåll " + d[2].toLowerCase() + " där det är."));
            dimensions.add(new Dimension(d[0], text(d[1], d[2]),
                    text("How " + d[1].toLowerCase() + " the relationship is.", "Hur relationen är: " + d[2].toLowerCase() + "."),
                    1, List.of(question(d[0] + ".1", d[0]), question(d[0] + ".2", d[0])), recommendations));
        }
        List<Band> bands = List.of(
                new Band("supplier", 0, 40, text("Supplier", "Leverantör"),
                        text("A customer and a supplier.", "En kund och en leverantör."), null),
                new Band("developing", 40, 60, text("Developing cooperation", "Samarbete under utveckling"),
                        text("Cooperation is growing.", "Samarbetet växer."), null),
                new Band("partner", 60, 100, text("Partner", "Partner"),
                        text("The two sides work as partners.", "Parterna arbetar som partner."), 50.0));
        return new ValueModel(1, "sample", "1.0.0", text("Partnership", "Partnerskap"),
                text("Are we partners?", "Är vi partner?"), List.of("en", "sv"), "en",
                List.of(new Perspective("customer", text("Customer", "Kund"), LocalizedText.EMPTY, false),
                        new Perspective("provider", text("Provider", "Leverantör"), LocalizedText.EMPTY, false),
                        new Perspective("enduser", text("End user", "Slutanvändare"), LocalizedText.EMPTY, true)),
                List.of(new Scale("agree5", 1, 5, Map.of())), dimensions, bands, ScoringSettings.DEFAULT);
    }

    /** The sample assessment, closed, between ACME Retail and Northwind IT. */
    public static ReportInput sample() {
        return input(new Relationship("ACME Retail – Northwind IT", "ACME Retail", "Northwind IT"),
                sampleResponses(Map.of("cooperative", "We meet every week.", "", "Good start.")));
    }

    /**
     * The sample with what users type turned hostile: a relationship named
     * {@code =HYPERLINK("http://x")}, a customer {@code <b>bold</b> & co}, a provider
     * {@code +cmd|' /C calc'!A0}, a comment {@code <script>alert(1)</script>} on cooperative, a
     * general comment full of Markdown and HTML control characters, and a comment starting with {@code @}.
     */
    public static ReportInput hostile() {
        Map<String, String> comments = new LinkedHashMap<>();
        comments.put("cooperative", "<script>alert(1)</script>");
        comments.put("", "# Heading *bold* _em_ [link](http://x) `code` | pipe | <img src=x onerror=alert(2)> \\ end");
        comments.put("trust", "@SUM(1+1)*cmd|' /C calc'!A0");
        comments.put("transparent", "-2+3\nsecond line\r\n\"quoted\", comma");
        return input(new Relationship("=HYPERLINK(\"http://x\")", "<b>bold</b> & co", "+cmd|' /C calc'!A0"),
                sampleResponses(comments));
    }

    /** An open assessment nobody has answered yet: no scores, no verdict, no responses. */
    public static ReportInput empty() {
        ValueModel model = model();
        Assessment assessment = new Assessment("a-empty", new Relationship("Empty", "ACME Retail", "Northwind IT"),
                new ModelRef(model.id(), model.version()), AssessmentStatus.OPEN, null, SCORED, null);
        List<DimensionScore> dimensions = model.dimensions().stream()
                .map(d -> new DimensionScore(d.id(), null, List.of(), null, null, null)).toList();
        ScoreCard card = new ScoreCard(assessment.id(), null, List.of(), dimensions, new Verdict(null, List.of(), null),
                null, 0, provenance());
        return new ReportInput(assessment, model, card, List.of(), RENDERER);
    }

    /** The same input naming another renderer in its provenance. */
    public static ReportInput withRenderer(ReportInput input, RendererInfo renderer) {
        return new ReportInput(input.assessment(), input.model(), input.scoreCard(), input.responses(), renderer,
                input.sla(), input.actions(), input.previousActions(), input.history(), input.standing());
    }

    /** The same input with these SLA figures and actions (this assessment's, and the previous one's). */
    public static ReportInput withRelationship(ReportInput input, List<SlaFigure> sla, List<Action> actions,
            List<Action> previousActions) {
        return new ReportInput(input.assessment(), input.model(), input.scoreCard(), input.responses(),
                input.renderer(), sla, actions, previousActions, input.history(), input.standing());
    }

    /**
     * The sample with green lights on a red relationship: 4 of 5 SLA targets met (80 %) while the verdict is
     * developing, below the partner band; three agreed actions (innovation, open; transparent, done; the
     * relationship as a whole, open) and two from the previous assessment (one done).
     */
    public static ReportInput greenLights() {
        List<SlaFigure> sla = List.of(
                new SlaFigure("Availability", 99.5, 99.7, SlaDirection.HIGHER, "%"),
                new SlaFigure("Incident resolution (P1)", 4, 3.5, SlaDirection.LOWER, "h"),
                new SlaFigure("Changes on time", 90, 92, SlaDirection.HIGHER, "%"),
                new SlaFigure("Service desk answers within 60 s", 80, 76, SlaDirection.HIGHER, "%"),
                new SlaFigure("Backups restored in test", 12, 12, SlaDirection.HIGHER, ""));
        Instant agreed = Instant.parse("2026-11-10T10:00:00Z");
        List<Action> actions = List.of(
                new Action("act-1", "a-0001", "innovation", "Quarterly innovation day with both sides' architects",
                        "Northwind IT: Eva Berg", java.time.LocalDate.parse("2027-03-31"), ActionStatus.OPEN, agreed,
                        agreed),
                new Action("act-2", "a-0001", "transparent", "Share the three-year roadmaps", "ACME Retail: CIO",
                        java.time.LocalDate.parse("2027-02-15"), ActionStatus.DONE, agreed, agreed),
                new Action("act-3", "a-0001", "", "Steering group every month", "Both", null, ActionStatus.OPEN,
                        agreed, agreed));
        Instant before = Instant.parse("2025-11-10T10:00:00Z");
        List<Action> previous = List.of(
                new Action("act-0a", "a-0000", "cooperative", "Agree a change-freeze calendar", "Northwind IT",
                        java.time.LocalDate.parse("2026-01-31"), ActionStatus.DONE, before, before),
                new Action("act-0b", "a-0000", "innovation", "Joint review of costs and savings", "Both",
                        java.time.LocalDate.parse("2026-06-30"), ActionStatus.OPEN, before, before));
        return withRelationship(sample(), sla, actions, previous);
    }

    /** The sample with red lights: every one of its three SLA targets missed, no actions. */
    public static ReportInput redLights() {
        return withRelationship(sample(), List.of(
                new SlaFigure("Availability", 99.5, 98.1, SlaDirection.HIGHER, "%"),
                new SlaFigure("Incident resolution (P1)", 4, 9.25, SlaDirection.LOWER, "h"),
                new SlaFigure("Changes on time", 90, 71, SlaDirection.HIGHER, "%")), List.of(), List.of());
    }

    private static ReportInput input(Relationship relationship, List<AnsweredResponse> responses) {
        ValueModel model = model();
        Assessment assessment = new Assessment("a-0001", relationship, new ModelRef(model.id(), model.version()),
                AssessmentStatus.CLOSED, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-10-01T08:00:00Z"),
                SCORED);
        return new ReportInput(assessment, model, scoreCard(assessment.id()), responses, RENDERER);
    }

    /**
     * Three customer, two provider and one end-user respondents. Answers are 1-5 as stored; the
     * comments go to the first customer respondent.
     */
    private static List<AnsweredResponse> sampleResponses(Map<String, String> comments) {
        List<AnsweredResponse> responses = new ArrayList<>();
        responses.add(response(1, "customer", new int[] {4, 4, 2, 3, 4, 4, 2, 2, 5, 4}, comments));
        responses.add(response(2, "provider", new int[] {5, 4, 3, 3, 4, 3, 3, 2, 5, 5}, Map.of()));
        responses.add(response(3, "customer", new int[] {3, 4, 2, 2, 3, 4, 2, 3, 4, 4}, Map.of()));
        responses.add(response(4, "provider", new int[] {4, 5, 4, 3, 4, 4, 3, 3, 5, 4}, Map.of()));
        responses.add(response(5, "customer", new int[] {4, 3, 3, 2, 4, 3, 2, 2, 4, 5}, Map.of()));
        responses.add(response(6, "enduser", new int[] {0, 0, 0, 0, 3, 2, 0, 0, 0, 0}, Map.of()));
        return responses;
    }

    private static AnsweredResponse response(int number, String perspective, int[] answers, Map<String, String> comments) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] > 0) {
                byQuestion.put(DIMENSIONS[i / 2][0] + "." + (i % 2 + 1), Integer.toString(answers[i]));
            }
        }
        return new AnsweredResponse(number, perspective, byQuestion, comments);
    }

    /** Scores as a weighted strategy would give them for {@link #sampleResponses}, rounded to one decimal. */
    private static ScoreCard scoreCard(String assessmentId) {
        List<DimensionScore> dimensions = List.of(
                dimension("cooperative", 72.9, "partner", 66.7, 14.4, 79.2, 10.0, null, null),
                dimension("transparent", 44.8, "developing", 37.5, 12.5, 52.1, 5.9, null, null),
                dimension("enduser", 65.6, "partner", 66.7, 10.2, 68.8, 7.2, 62.5, 0.0),
                dimension("innovation", 38.5, "supplier", 29.2, 10.2, 47.9, 12.0, null, null),
                dimension("trust", 85.4, "partner", 83.3, 10.2, 87.5, 5.9, null, null));
        List<PerspectiveScore> sides = List.of(
                new PerspectiveScore("customer", 56.7, 7.9, 3),
                new PerspectiveScore("provider", 67.1, 6.1, 2),
                new PerspectiveScore("enduser", 62.5, 0.0, 1));
        return new ScoreCard(assessmentId, 61.4, sides, dimensions, new Verdict("developing",
                List.of("transparent", "innovation"), "partner"), null, 6, provenance());
    }

    private static Provenance provenance() {
        return new Provenance("sample", "1.0.0", "weighted", "1.0.0", "org.tandem.scoring.weighted", "1.0.0", SCORED);
    }

    private static DimensionScore dimension(String id, double score, String band, double customer, double customerSpread,
            double provider, double providerSpread, Double enduser, Double enduserSpread) {
        List<PerspectiveScore> sides = new ArrayList<>();
        sides.add(new PerspectiveScore("customer", customer, customerSpread, 3));
        sides.add(new PerspectiveScore("provider", provider, providerSpread, 2));
        if (enduser != null) {
            sides.add(new PerspectiveScore("enduser", enduser, enduserSpread, 1));
        }
        double high = sides.stream().mapToDouble(PerspectiveScore::score).max().orElse(0);
        double low = sides.stream().mapToDouble(PerspectiveScore::score).min().orElse(0);
        return new DimensionScore(id, score, sides, Math.round((high - low) * 10) / 10.0, band, null);
    }

    private static Question question(String id, String dimension) {
        Map<String, LocalizedText> text = new LinkedHashMap<>();
        text.put("customer", text("Question " + id + " for the customer", "Fråga " + id + " till kunden"));
        text.put("provider", text("Question " + id + " for the provider", "Fråga " + id + " till leverantören"));
        if (dimension.equals("enduser")) {
            text.put("enduser", text("Question " + id + " for end users", "Fråga " + id + " till slutanvändare"));
        }
        return new Question(id, QuestionType.SCALE, text, LocalizedText.EMPTY, "agree5", List.of(), null, null, 1,
                false, true, null);
    }

    private static LocalizedText text(String en, String sv) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", en);
        values.put("sv", sv);
        return new LocalizedText(values);
    }
}
