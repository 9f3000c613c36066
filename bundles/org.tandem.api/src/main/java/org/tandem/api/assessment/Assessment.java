package org.tandem.api.assessment;

import java.time.Instant;

/**
 * An assessment of one relationship with one pinned model version. The model itself is stored
 * with the assessment as a snapshot, so the assessment keeps working when that version is
 * uninstalled.
 *
 * @param id           unique, assigned by the store
 * @param relationship what is assessed
 * @param model        the pinned model version
 * @param status       open or closed
 * @param deadline     when answers are due, or null
 * @param created      when it was created
 * @param closed       when it was closed, or null while open
 * @since 1.0
 */
public record Assessment(String id, Relationship relationship, ModelRef model, AssessmentStatus status,
        Instant deadline, Instant created, Instant closed) {

    public boolean isOpen() {
        return status == AssessmentStatus.OPEN;
    }
}
