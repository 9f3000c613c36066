package org.tandem.questionnaire.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;

/**
 * The questions one respondent sees, given their answers: those asked of their perspective whose
 * show-if condition holds, in questionnaire order.
 * <p>
 * A condition holds only when the question it names is itself shown and its answer passes the
 * test. Taking questions in model order is enough because conditions name earlier questions (the
 * model reader refuses anything else); a condition on a later, unknown or other perspective's
 * question is therefore never met and its question stays hidden. Hiding a question hides its
 * answer too, so clearing the first answer of a chain hides the whole chain at once.
 */
final class ShownQuestions {

    private final Map<String, String> answers;
    private final List<Question> questions;
    private final Set<String> ids;

    private ShownQuestions(Map<String, String> answers, List<Question> questions, Set<String> ids) {
        this.answers = answers;
        this.questions = List.copyOf(questions);
        this.ids = Set.copyOf(ids);
    }

    static ShownQuestions of(ValueModel model, String perspective, Map<String, String> answers) {
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Question question : model.questions()) {
            if (question.askedOf(perspective) && holds(question.showIf(), ids, answers)) {
                questions.add(question);
                ids.add(question.id());
            }
        }
        return new ShownQuestions(answers, questions, ids);
    }

    private static boolean holds(Condition condition, Set<String> shown, Map<String, String> answers) {
        return condition == null
                || shown.contains(condition.question()) && condition.test(answer(answers, condition.question()));
    }

    /** The shown questions, in questionnaire order. */
    List<Question> questions() {
        return questions;
    }

    boolean shown(Question question) {
        return ids.contains(question.id());
    }

    /** The answer to {@code id}, or null when there is none or it is blank: blank means unanswered. */
    String answer(String id) {
        return answer(answers, id);
    }

    static String answer(Map<String, String> answers, String id) {
        String answer = answers.get(id);
        return answer == null || answer.isBlank() ? null : answer;
    }
}
