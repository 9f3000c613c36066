package org.tandem.api.model;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a model document: the model when it has no errors, and every problem.
 *
 * @param source   where the document came from (a file, {@code bundle-symbolic-name:path}, ...)
 * @param model    the model; empty when any problem is an error
 * @param problems every problem, errors and warnings, in document order
 * @since 1.0
 */
public record ModelReading(String source, Optional<ValueModel> model, List<ModelProblem> problems) {

    public ModelReading {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return model.isPresent();
    }

    public List<ModelProblem> errors() {
        return problems.stream().filter(ModelProblem::isError).toList();
    }
}
