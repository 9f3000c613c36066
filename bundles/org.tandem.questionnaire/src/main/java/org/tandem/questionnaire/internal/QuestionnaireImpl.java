package org.tandem.questionnaire.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.Progress;
import org.tandem.api.questionnaire.Questionnaire;

/**
 * The questionnaire of a value model, as one respondent sees it. Pure logic on the arguments of
 * each call: no state, no references, so it is thread safe and tests just call {@code new}.
 * <p>
 * Throughout, a blank answer (empty or only whitespace) counts as unanswered, and a question is
 * shown only when it is asked of the perspective and its show-if condition holds on a shown
 * question (see {@link ShownQuestions}).
 * <p>
 * {@link #progress} counts an answer as soon as it is non-blank, valid or not: checking answers is
 * the job of {@link #validate}, and keeping progress to "something is filled in" keeps it simple
 * and predictable while the respondent is still typing.
 * <p>
 * Texts of this bundle (answer problems, yes/no labels) exist in Swedish and English; another
 * language falls back to the model's default language, then to English.
 */
@Component(service = Questionnaire.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class QuestionnaireImpl implements Questionnaire {

    @Override
    public List<Page> pages(ValueModel model, String perspective, String language, Map<String, String> answers) {
        checkArguments(model, perspective, language, answers);
        ShownQuestions shown = ShownQuestions.of(model, perspective, answers);
        PageFactory pages = new PageFactory(model, perspective, language);
        return model.dimensions().stream()
                .filter(dimension -> dimension.askedOf(perspective))
                .map(dimension -> pages.page(dimension, shown))
                .toList();
    }

    @Override
    public List<AnswerProblem> validate(ValueModel model, String perspective, String language,
            Map<String, String> answers, boolean submit) {
        checkArguments(model, perspective, language, answers);
        return new AnswerValidation(model, perspective, language, answers).problems(submit);
    }

    @Override
    public Progress progress(ValueModel model, String perspective, Map<String, String> answers) {
        checkArguments(model, perspective, "", answers);
        ShownQuestions shown = ShownQuestions.of(model, perspective, answers);
        int answered = 0;
        int requiredAnswered = 0;
        int required = 0;
        for (Question question : shown.questions()) {
            boolean isAnswered = shown.answer(question.id()) != null;
            answered += isAnswered ? 1 : 0;
            required += question.required() ? 1 : 0;
            requiredAnswered += question.required() && isAnswered ? 1 : 0;
        }
        return new Progress(answered, shown.questions().size(), requiredAnswered, required);
    }

    private static void checkArguments(ValueModel model, String perspective, String language,
            Map<String, String> answers) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(answers, "answers (pass an empty map when there are none)");
        if (model.perspective(perspective).isEmpty()) {
            throw new IllegalArgumentException("Model " + model.key() + " has no perspective \"" + perspective
                    + "\"; its perspectives are: "
                    + model.perspectives().stream().map(Perspective::id).collect(Collectors.joining(", ")) + ".");
        }
    }
}
