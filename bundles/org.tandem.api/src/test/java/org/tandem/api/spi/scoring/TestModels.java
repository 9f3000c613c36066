package org.tandem.api.spi.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;

/**
 * Small value models built in code. Perspectives {@code customer}, {@code provider} and the optional
 * {@code enduser}; the scale {@code agree5} (1-5: 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100); the bands
 * supplier 0-40, developing 40-60, partner 60-80 (floor 50), strategic-partner 80-100 (floor 65).
 * Questions are asked of customer and provider unless told otherwise.
 */
final class TestModels {

    static final String CUSTOMER = "customer";
    static final String PROVIDER = "provider";
    static final String ENDUSER = "enduser";

    static final Scale AGREE5 = new Scale("agree5", 1, 5, Map.of());

    static final List<Band> BANDS = List.of(
            band("supplier", 0, 40, null),
            band("developing", 40, 60, null),
            band("partner", 60, 80, 50.0),
            band("strategic-partner", 80, 100, 65.0));

    private TestModels() {
    }

    static Band band(String id, double min, double max, Double floor) {
        return new Band(id, min, max, text(id), LocalizedText.EMPTY, floor);
    }

    static LocalizedText text(String en) {
        return LocalizedText.of("en", en);
    }

    /** A model with the standard perspectives, scale and bands. */
    static ValueModel model(Dimension... dimensions) {
        return model(BANDS, dimensions);
    }

    static ValueModel model(List<Band> bands, Dimension... dimensions) {
        return new ValueModel(1, "test", "1.0.0", text("Test"), LocalizedText.EMPTY, List.of("en"), "en",
                List.of(new Perspective(CUSTOMER, text("Customer"), LocalizedText.EMPTY, false),
                        new Perspective(PROVIDER, text("Provider"), LocalizedText.EMPTY, false),
                        new Perspective(ENDUSER, text("End user"), LocalizedText.EMPTY, true)),
                List.of(AGREE5, new Scale("zero10", 0, 10, Map.of()), new Scale("agree7", 1, 7, Map.of())),
                List.of(dimensions), bands, ScoringSettings.DEFAULT);
    }

    /** A model whose customer and provider are each other's counterparts; the end user has none. */
    static ValueModel pairedModel(Dimension... dimensions) {
        ValueModel m = model(dimensions);
        return new ValueModel(1, "test", "1.0.0", m.title(), m.description(), m.locales(), "en",
                List.of(new Perspective(CUSTOMER, text("Customer"), LocalizedText.EMPTY, false, PROVIDER),
                        new Perspective(PROVIDER, text("Provider"), LocalizedText.EMPTY, false, CUSTOMER),
                        new Perspective(ENDUSER, text("End user"), LocalizedText.EMPTY, true)),
                m.scales(), m.dimensions(), m.bands(), m.scoring());
    }

    static Dimension dimension(String id, double weight, Q... questions) {
        return new Dimension(id, text(id), LocalizedText.EMPTY, weight,
                Arrays.stream(questions).map(Q::build).toList(), Map.of());
    }

    static Q scale(String id) {
        return new Q(id, QuestionType.SCALE).scale("agree5");
    }

    static Q yesNo(String id) {
        return new Q(id, QuestionType.YES_NO);
    }

    /** A choice question; {@code idsAndPoints} alternates choice id and points. */
    static Q choice(String id, Object... idsAndPoints) {
        Q q = new Q(id, QuestionType.CHOICE);
        for (int i = 0; i < idsAndPoints.length; i += 2) {
            String choice = (String) idsAndPoints[i];
            q.choices.add(new Choice(choice, text(choice), ((Number) idsAndPoints[i + 1]).doubleValue()));
        }
        return q;
    }

    static Q number(String id, Double min, Double max) {
        Q q = new Q(id, QuestionType.NUMBER);
        q.min = min;
        q.max = max;
        return q;
    }

    static Q freeText(String id) {
        return new Q(id, QuestionType.TEXT).optional();
    }

    /** One respondent's answers; {@code questionsAndAnswers} alternates question id and answer. */
    static ScoringInput.Answers response(String respondent, String perspective, String... questionsAndAnswers) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            answers.put(questionsAndAnswers[i], questionsAndAnswers[i + 1]);
        }
        return new ScoringInput.Answers(respondent, perspective, answers);
    }

    static ScoringInput input(ValueModel model, ScoringInput.Answers... responses) {
        return new ScoringInput("a1", model, List.of(responses));
    }

    /** A question under construction. */
    static final class Q {
        private final String id;
        private final QuestionType type;
        private String scale;
        private final List<Choice> choices = new ArrayList<>();
        private Double min;
        private Double max;
        private double weight = 1;
        private boolean reverse;
        private boolean required = true;
        private List<String> perspectives = List.of(CUSTOMER, PROVIDER);
        private QuestionRole role = QuestionRole.PERFORMANCE;

        private Q(String id, QuestionType type) {
            this.id = id;
            this.type = type;
        }

        Q scale(String scaleId) {
            this.scale = scaleId;
            return this;
        }

        Q weight(double w) {
            this.weight = w;
            return this;
        }

        Q reverse() {
            this.reverse = true;
            return this;
        }

        Q optional() {
            this.required = false;
            return this;
        }

        Q role(QuestionRole r) {
            this.role = r;
            return this;
        }

        Q askedOf(String... perspectiveIds) {
            this.perspectives = List.of(perspectiveIds);
            return this;
        }

        Question build() {
            Map<String, LocalizedText> texts = new LinkedHashMap<>();
            perspectives.forEach(p -> texts.put(p, text(id + " for " + p)));
            return new Question(id, type, texts, LocalizedText.EMPTY, scale, choices, min, max, weight, reverse,
                    required, null, role);
        }
    }
}
