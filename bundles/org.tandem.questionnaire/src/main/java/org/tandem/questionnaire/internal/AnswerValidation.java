package org.tandem.questionnaire.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.questionnaire.internal.Messages.Key;

/**
 * One check of one respondent's answers: every problem, in questionnaire order, then answers to
 * question ids the model does not have, sorted by id so the result does not depend on map order.
 * Blank answers count as unanswered: never a problem in themselves, only when a required shown
 * question is left so on submit.
 */
final class AnswerValidation {

    private final ValueModel model;
    private final String perspective;
    private final String language;
    private final Map<String, String> answers;
    private final ShownQuestions shown;
    private final Messages messages;
    private final AnswerCheck check;

    AnswerValidation(ValueModel model, String perspective, String language, Map<String, String> answers) {
        this.model = model;
        this.perspective = perspective;
        this.language = language;
        this.answers = answers;
        this.shown = ShownQuestions.of(model, perspective, answers);
        this.messages = Messages.in(language, model.defaultLocale());
        this.check = new AnswerCheck(model, messages);
    }

    List<AnswerProblem> problems(boolean submit) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Question question : model.questions()) {
            String message = problem(question, submit);
            if (message != null) {
                problems.add(new AnswerProblem(question.id(), message));
            }
        }
        for (String id : unknownQuestions()) {
            problems.add(new AnswerProblem(id, messages.get(Key.UNKNOWN_QUESTION, id)));
        }
        return List.copyOf(problems);
    }

    private String problem(Question question, boolean submit) {
        String answer = shown.answer(question.id());
        if (answer == null) {
            return submit && question.required() && shown.shown(question) ? messages.get(Key.REQUIRED) : null;
        } else if (!question.askedOf(perspective)) {
            return messages.get(Key.NOT_ASKED, perspectiveTitle());
        } else if (!shown.shown(question)) {
            return messages.get(Key.NOT_SHOWN);
        }
        return check.problem(question, answer);
    }

    private Set<String> unknownQuestions() {
        Set<String> known = model.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (String id : answers.keySet()) {
            if (id != null && !known.contains(id) && shown.answer(id) != null) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    private String perspectiveTitle() {
        String title = model.perspective(perspective).orElseThrow().title().get(language, model.defaultLocale());
        return title.isBlank() ? perspective : title;
    }
}
