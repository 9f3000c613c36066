package org.tandem.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.scoring.ScoringInput;

/**
 * Fixed scoring inputs for strategy tests: a sample model with every kind of question, and
 * responses made for any model, the same every run.
 * <p>
 * The model ({@code scoring-sample@1.0.0}, English and Swedish) has the perspectives customer,
 * provider and the optional end user; the scale {@code agree5} (1-5: 1 = 0, 2 = 25, 3 = 50,
 * 4 = 75, 5 = 100); the bands supplier 0-40, developing 40-60, partner 60-80 (floor 50) and
 * strategic-partner 80-100 (floor 65); and four dimensions, asked of customer and provider unless
 * said otherwise:
 * <ul>
 * <li>{@code cooperative}, weight 2: {@code coop.1} scale; {@code coop.2} scale, reverse-scored;</li>
 * <li>{@code transparent}, weight 1: {@code transp.1} scale; {@code transp.2} yes/no;</li>
 * <li>{@code enduser}, weight 1: {@code enduser.1} scale, also asked of the end user;
 *     {@code enduser.2} choice none 0 / some 50 / all 100;</li>
 * <li>{@code innovation}, weight 1: {@code innov.1} number 0-10 (6 scores 60); {@code innov.2} free
 *     text, optional, never scored.</li>
 * </ul>
 */
public final class ScoringFixtures {

    private ScoringFixtures() {
    }

    /** The sample model. */
    public static ValueModel model() {
        List<String> both = List.of("customer", "provider");
        List<Dimension> dimensions = List.of(
                dimension("cooperative", "Cooperative", "Samarbetsinriktad", 2,
                        question("coop.1", QuestionType.SCALE, both, false, List.of(), null),
                        question("coop.2", QuestionType.SCALE, both, true, List.of(), null)),
                dimension("transparent", "Transparent", "Transparent", 1,
                        question("transp.1", QuestionType.SCALE, both, false, List.of(), null),
                        question("transp.2", QuestionType.YES_NO, both, false, List.of(), null)),
                dimension("enduser", "End-user experience in focus", "Slutanvändarens upplevelse i fokus", 1,
                        question("enduser.1", QuestionType.SCALE, List.of("customer", "provider", "enduser"), false,
                                List.of(), null),
                        question("enduser.2", QuestionType.CHOICE, both, false, List.of(
                                new Choice("none", text("None", "Inga"), 0),
                                new Choice("some", text("Some", "Några"), 50),
                                new Choice("all", text("All", "Alla"), 100)), null)),
                dimension("innovation", "Innovation-driven", "Innovationsdriven", 1,
                        question("innov.1", QuestionType.NUMBER, both, false, List.of(), 10.0),
                        question("innov.2", QuestionType.TEXT, both, false, List.of(), null)));
        List<Band> bands = List.of(
                new Band("supplier", 0, 40, text("Supplier", "Leverantör"), LocalizedText.EMPTY, null),
                new Band("developing", 40, 60, text("Developing", "Under utveckling"), LocalizedText.EMPTY, null),
                new Band("partner", 60, 80, text("Partner", "Partner"), LocalizedText.EMPTY, 50.0),
                new Band("strategic-partner", 80, 100, text("Strategic partner", "Strategisk partner"),
                        LocalizedText.EMPTY, 65.0));
        return new ValueModel(1, "scoring-sample", "1.0.0", text("Scoring sample", "Poängexempel"),
                LocalizedText.EMPTY, List.of("en", "sv"), "en",
                List.of(new Perspective("customer", text("Customer", "Kund"), LocalizedText.EMPTY, false),
                        new Perspective("provider", text("Provider", "Leverantör"), LocalizedText.EMPTY, false),
                        new Perspective("enduser", text("End user", "Slutanvändare"), LocalizedText.EMPTY, true)),
                List.of(new Scale("agree5", 1, 5, Map.of())), dimensions, bands, ScoringSettings.DEFAULT);
    }

    /** One respondent's answers; {@code questionsAndAnswers} alternates question id and answer. */
    public static ScoringInput.Answers response(String respondent, String perspective, String... questionsAndAnswers) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < questionsAndAnswers.length; i += 2) {
            answers.put(questionsAndAnswers[i], questionsAndAnswers[i + 1]);
        }
        return new ScoringInput.Answers(respondent, perspective, answers);
    }

    /** The input of assessment {@code a-0001} on {@code model} with these responses. */
    public static ScoringInput input(ValueModel model, ScoringInput.Answers... responses) {
        return new ScoringInput("a-0001", model, List.of(responses));
    }

    /**
     * A respondent of {@code perspective} who answers every question of {@code model} asked of it
     * with an answer that fits the question: {@code level} 0 is the lowest answer, 1 the highest,
     * in between the nearest point (a choice by its points, a yes from 0.5 on). Free text gets a
     * sentence; reverse-scored questions get the same answer as the others, so they pull the other way.
     */
    public static ScoringInput.Answers answering(ValueModel model, String respondent, String perspective, double level) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : model.questions()) {
            if (q.askedOf(perspective)) {
                answers.put(q.id(), answer(model, q, Math.max(0, Math.min(1, level))));
            }
        }
        return new ScoringInput.Answers(respondent, perspective, answers);
    }

    /**
     * Inputs every strategy must score, by name, for any model: nobody answered; answers that score
     * nothing (blank, not fitting, free text only); each required perspective alone; every
     * perspective at its lowest and at its highest; sides that agree, sides that disagree as far as
     * they can, several respondents per side at different levels, and half the questions left out.
     */
    public static Map<String, ScoringInput> samples(ValueModel model) {
        List<String> all = model.perspectives().stream().map(Perspective::id).toList();
        List<String> required = model.perspectives().stream().filter(p -> !p.optional()).map(Perspective::id).toList();
        Map<String, ScoringInput> samples = new LinkedHashMap<>();
        samples.put("nobody answered", new ScoringInput("a-empty", model, List.of()));
        samples.put("nothing scorable", new ScoringInput("a-blank", model, unscorable(model, required)));
        for (String p : required) {
            samples.put(p + " alone", new ScoringInput("a-" + p, model, List.of(answering(model, p + "-1", p, 0.75))));
        }
        samples.put("everyone lowest", of(model, "a-low", all, i -> 0.0));
        samples.put("everyone highest", of(model, "a-high", all, i -> 1.0));
        samples.put("sides agree", of(model, "a-agree", required, i -> 0.5));
        samples.put("sides disagree", of(model, "a-disagree", required, i -> i % 2 == 0 ? 1.0 : 0.0));
        List<ScoringInput.Answers> many = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int r = 0; r < 3; r++) {
                many.add(answering(model, all.get(i) + "-" + r, all.get(i), ((i + 1) * (r + 2) % 5) / 4.0));
            }
        }
        samples.put("several respondents per side", new ScoringInput("a-many", model, many));
        samples.put("half the questions", new ScoringInput("a-half", model,
                required.stream().map(p -> halved(answering(model, p + "-1", p, 0.6))).toList()));
        return samples;
    }

    private static ScoringInput of(ValueModel model, String id, List<String> perspectives,
            java.util.function.IntToDoubleFunction level) {
        List<ScoringInput.Answers> responses = new ArrayList<>();
        for (int i = 0; i < perspectives.size(); i++) {
            responses.add(answering(model, perspectives.get(i) + "-1", perspectives.get(i), level.applyAsDouble(i)));
        }
        return new ScoringInput(id, model, responses);
    }

    /** Every other question of the response left out. */
    private static ScoringInput.Answers halved(ScoringInput.Answers response) {
        Map<String, String> answers = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(response.answers()).entrySet()) {
            if (i++ % 2 == 0) {
                answers.put(e.getKey(), e.getValue());
            }
        }
        return new ScoringInput.Answers(response.respondentId(), response.perspective(), answers);
    }

    /** Responses whose answers are blank, out of range, of the wrong kind or free text: none scores. */
    private static List<ScoringInput.Answers> unscorable(ValueModel model, List<String> perspectives) {
        List<ScoringInput.Answers> responses = new ArrayList<>();
        for (String p : perspectives) {
            Map<String, String> answers = new LinkedHashMap<>();
            int i = 0;
            for (Question q : model.questions()) {
                if (q.askedOf(p)) {
                    answers.put(q.id(), switch (q.type()) {
                        case TEXT -> "Free text is never scored";
                        default -> List.of("", "  ", "not an answer", "1e3", "+4").get(i++ % 5);
                    });
                }
            }
            responses.add(new ScoringInput.Answers(p + "-blank", p, answers));
        }
        return responses;
    }

    private static String answer(ValueModel model, Question q, double level) {
        return switch (q.type()) {
            case SCALE -> model.scale(q.scale())
                    .map(s -> Integer.toString((int) Math.round(s.min() + level * (s.max() - s.min())))).orElse("");
            case YES_NO -> level >= 0.5 ? "yes" : "no";
            case CHOICE -> q.choices().stream()
                    .min(java.util.Comparator.comparingDouble(c -> Math.abs(c.points() - 100 * level)))
                    .map(Choice::id).orElse("");
            case NUMBER -> q.min() != null && q.max() != null
                    ? plain(q.min() + level * (q.max() - q.min())) : plain(level * 10);
            case TEXT -> "A comment at level " + plain(level);
        };
    }

    /** A plain decimal as answers are written: {@code 6}, {@code 7.5}. */
    private static String plain(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static Dimension dimension(String id, String en, String sv, double weight, Question... questions) {
        Map<String, LocalizedText> recommendations = new LinkedHashMap<>();
        for (String band : List.of("supplier", "developing", "partner", "strategic-partner")) {
            recommendations.put(band, text("Advice on " + en.toLowerCase() + " for " + band + ".",
                    "Råd om " + sv.toLowerCase() + " för " + band + "."));
        }
        return new Dimension(id, text(en, sv), LocalizedText.EMPTY, weight, List.of(questions), recommendations);
    }

    private static Question question(String id, QuestionType type, List<String> perspectives, boolean reverse,
            List<Choice> choices, Double max) {
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        perspectives.forEach(p -> texts.put(p, text("Question " + id + " for " + p, "Fråga " + id + " till " + p)));
        return new Question(id, type, texts, LocalizedText.EMPTY, type == QuestionType.SCALE ? "agree5" : null,
                choices, max == null ? null : 0.0, max, 1, reverse, type != QuestionType.TEXT, null);
    }

    private static LocalizedText text(String en, String sv) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", en);
        values.put("sv", sv);
        return new LocalizedText(values);
    }
}
