package org.tandem.api.assessment;

/**
 * A request about an assessment that cannot be carried out as asked: an unknown assessment, model,
 * perspective or invitation, a closed assessment. The message says what and what to do.
 *
 * @since 1.0
 */
public class AssessmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AssessmentException(String message) {
        super(message);
    }
}
