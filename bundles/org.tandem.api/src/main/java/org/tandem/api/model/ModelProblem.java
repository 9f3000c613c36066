package org.tandem.api.model;

/**
 * One problem found in a model document: where (a JSON path such as
 * {@code $.dimensions[2].questions[0].scale}) and what, in plain words.
 *
 * @param severity an error refuses the model; a warning (such as an unknown field) does not
 * @param path     JSON path of the offending value, {@code $} for the document
 * @param message  what is wrong and what to do
 * @since 1.0
 */
public record ModelProblem(Severity severity, String path, String message) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    public static ModelProblem error(String path, String message) {
        return new ModelProblem(Severity.ERROR, path, message);
    }

    public static ModelProblem warning(String path, String message) {
        return new ModelProblem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + path + ": " + message;
    }
}
