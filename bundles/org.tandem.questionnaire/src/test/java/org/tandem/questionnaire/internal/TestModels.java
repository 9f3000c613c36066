package org.tandem.questionnaire.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Condition.Operator;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ScoringSettings;
import org.tandem.api.model.ValueModel;

/**
 * Small value models built in code. Every model has the perspectives {@code customer} ("Customer" /
 * "Kund") and {@code provider}, locales sv and en, and the scale {@code agree5} (1-5, only the ends
 * labelled). Texts are predictable: a dimension's title is "Title d1" / "Titel d1", a question's
 * text "Q q1 for customer" / "F q1 för customer", a choice's label "Label a" / "Etikett a".
 */
final class TestModels {

    static final String CUSTOMER = "customer";
    static final String PROVIDER = "provider";

    private TestModels() {
    }

    static ValueModel model(Dimension... dimensions) {
        return model("en", dimensions);
    }

    static ValueModel model(String defaultLocale, Dimension... dimensions) {
        return new ValueModel(1, "test", "1.0.0", text("Test", "Test"), LocalizedText.EMPTY, List.of("sv", "en"),
                defaultLocale,
                List.of(new Perspective(CUSTOMER, text("Customer", "Kund"), LocalizedText.EMPTY, false),
                        new Perspective(PROVIDER, text("Provider", "Leverantör"), LocalizedText.EMPTY, false)),
                List.of(new Scale("agree5", 1, 5, Map.of(
                        1, text("Not at all", "Stämmer inte alls"),
                        5, text("Completely", "Stämmer helt")))),
                List.of(dimensions),
                List.of(new Band("all", 0, 100, text("All", "Alla"), LocalizedText.EMPTY, null)),
                ScoringSettings.DEFAULT);
    }

    static Dimension dimension(String id, QuestionBuilder... questions) {
        return new Dimension(id, text("Title " + id, "Titel " + id), text("About " + id, "Om " + id), 1,
                Arrays.stream(questions).map(QuestionBuilder::build).toList(), Map.of());
    }

    static LocalizedText text(String en, String sv) {
        return new LocalizedText(Map.of("en", en, "sv", sv));
    }

    static QuestionBuilder scale(String id) {
        return new QuestionBuilder(id, QuestionType.SCALE).scale("agree5");
    }

    static QuestionBuilder yesNo(String id) {
        return new QuestionBuilder(id, QuestionType.YES_NO);
    }

    static QuestionBuilder choice(String id, String... choiceIds) {
        QuestionBuilder question = new QuestionBuilder(id, QuestionType.CHOICE);
        for (String choice : choiceIds) {
            question.choices.add(new Choice(choice, text("Label " + choice, "Etikett " + choice), 50));
        }
        return question;
    }

    static QuestionBuilder number(String id, Double min, Double max) {
        QuestionBuilder question = new QuestionBuilder(id, QuestionType.NUMBER);
        question.min = min;
        question.max = max;
        return question;
    }

    static QuestionBuilder freeText(String id) {
        return new QuestionBuilder(id, QuestionType.TEXT).required(false);
    }

    static Condition equalsAny(String question, String... values) {
        return new Condition(question, Operator.EQUALS, List.of(values));
    }

    static Condition atLeast(String question, int value) {
        return new Condition(question, Operator.AT_LEAST, List.of(String.valueOf(value)));
    }

    static Condition atMost(String question, int value) {
        return new Condition(question, Operator.AT_MOST, List.of(String.valueOf(value)));
    }

    /** A question asked of both perspectives, required (as the format's default), until told otherwise. */
    static final class QuestionBuilder {
        private final String id;
        private final QuestionType type;
        private final Map<String, LocalizedText> texts = new LinkedHashMap<>();
        private final List<Choice> choices = new ArrayList<>();
        private LocalizedText help = LocalizedText.EMPTY;
        private String scale;
        private Double min;
        private Double max;
        private boolean required = true;
        private Condition showIf;

        private QuestionBuilder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
            askedOf(CUSTOMER, PROVIDER);
        }

        QuestionBuilder askedOf(String... perspectives) {
            texts.clear();
            for (String perspective : perspectives) {
                texts.put(perspective, TestModels.text("Q " + id + " for " + perspective, "F " + id + " för " + perspective));
            }
            return this;
        }

        QuestionBuilder text(String perspective, LocalizedText text) {
            texts.put(perspective, text);
            return this;
        }

        QuestionBuilder help(String en, String sv) {
            help = TestModels.text(en, sv);
            return this;
        }

        QuestionBuilder scale(String scaleId) {
            scale = scaleId;
            return this;
        }

        QuestionBuilder required(boolean value) {
            required = value;
            return this;
        }

        QuestionBuilder showIf(Condition condition) {
            showIf = condition;
            return this;
        }

        Question build() {
            return new Question(id, type, texts, help, scale, choices, min, max, 1, false, required, showIf);
        }
    }
}
