package org.tandem.questionnaire.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Question;
import org.tandem.api.model.Scale;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.api.questionnaire.PageQuestion.Option;
import org.tandem.questionnaire.internal.Messages.Key;

/**
 * Builds the pages of one respondent: model texts in their language (else the model's default
 * language), with the options each question offers and its current answer.
 */
final class PageFactory {

    private final ValueModel model;
    private final String perspective;
    private final String language;
    private final Messages messages;

    PageFactory(ValueModel model, String perspective, String language) {
        this.model = model;
        this.perspective = perspective;
        this.language = language;
        this.messages = Messages.in(language, model.defaultLocale());
    }

    /**
     * The page of {@code dimension}. Its questions are those shown; it may have none when
     * conditions hide them all, and still exists, so pages do not come and go as answers change.
     */
    Page page(Dimension dimension, ShownQuestions shown) {
        List<PageQuestion> questions = new ArrayList<>();
        for (Question question : dimension.questions()) {
            if (shown.shown(question)) {
                questions.add(question(question, shown.answer(question.id())));
            }
        }
        return new Page(dimension.id(), text(dimension.title()), text(dimension.description()), questions);
    }

    private PageQuestion question(Question question, String answer) {
        return new PageQuestion(question.id(), question.type(), text(question.text().get(perspective)),
                text(question.help()), question.required(), options(question), question.min(), question.max(),
                answer);
    }

    private List<Option> options(Question question) {
        return switch (question.type()) {
            case SCALE -> scalePoints(AnswerCheck.scale(model, question));
            case YES_NO -> List.of(new Option(AnswerCheck.YES, messages.get(Key.YES)),
                    new Option(AnswerCheck.NO, messages.get(Key.NO)));
            case CHOICE -> question.choices().stream().map(this::choice).toList();
            case NUMBER, TEXT -> List.of();
        };
    }

    private List<Option> scalePoints(Scale scale) {
        List<Option> points = new ArrayList<>();
        for (int point = scale.min(); point <= scale.max(); point++) {
            LocalizedText label = scale.labels().get(point);
            String value = String.valueOf(point);
            points.add(new Option(value, label == null || label.isEmpty() ? value : text(label)));
        }
        return points;
    }

    private Option choice(Choice choice) {
        return new Option(choice.id(), text(choice.label()));
    }

    private String text(LocalizedText text) {
        return text == null ? "" : text.get(language, model.defaultLocale());
    }
}
