package org.tandem.api.assessment;

/**
 * Where an assessment is in its life.
 *
 * @since 1.0
 */
public enum AssessmentStatus {
    /** Respondents can answer. */
    OPEN,
    /** Answers are final; the published results do not change. */
    CLOSED
}
