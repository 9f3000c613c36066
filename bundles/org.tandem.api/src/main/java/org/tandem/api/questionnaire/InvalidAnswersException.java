package org.tandem.api.questionnaire;

import java.util.List;

/**
 * Answers were refused: every problem is listed, nothing was saved.
 *
 * @since 1.0
 */
public class InvalidAnswersException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<AnswerProblem> problems;

    public InvalidAnswersException(List<AnswerProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " answer needs" : " answers need") + " attention: "
                + String.join("; ", problems.stream().map(p -> p.question() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
