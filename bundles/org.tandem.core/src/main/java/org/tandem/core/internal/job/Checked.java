package org.tandem.core.internal.job;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ValueModel;

/**
 * What {@code tandem validate} found in one place: a model file, one model document inside a
 * jar ({@code entry}), or a jar that could not give any (its own problems, no entry).
 *
 * @param file     the file as the user named it
 * @param entry    the document's path inside the jar; null for a model file or the jar itself
 * @param problems every problem; a jar's own problems have no JSON path (null)
 * @param model    the model when it has no errors
 */
record Checked(String file, String entry, List<ModelProblem> problems, Optional<ValueModel> model) {

    Checked {
        problems = List.copyOf(problems);
    }

    /** A jar's own problems (errors without a JSON path), before any document: not readable, no header. */
    static Checked jar(String file, String... messages) {
        return new Checked(file, null, Stream.of(messages)
                .map(m -> new ModelProblem(ModelProblem.Severity.ERROR, null, m)).toList(), Optional.empty());
    }

    /** {@code file} or {@code file!entry}, as the problems name it. */
    String where() {
        return entry == null ? file : file + "!" + entry;
    }

    long errors() {
        return problems.stream().filter(ModelProblem::isError).count();
    }

    long warnings() {
        return problems.size() - errors();
    }

    boolean failed() {
        return errors() > 0 || model.isEmpty();
    }
}
