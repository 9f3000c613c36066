package org.tandem.api.relationship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An action the two sides of a relationship agreed on an assessment, to strengthen one dimension.
 *
 * @param id           unique, assigned by the store
 * @param assessmentId the assessment it was agreed on
 * @param dimension    the dimension id it works on, or {@code ""} for the relationship as a whole
 * @param what         what is to be done, not blank, at most {@link #MAX_WHAT} characters
 * @param owner        who sees to it (a name or a side), not blank, at most {@link #MAX_OWNER} characters
 * @param due          the day it is due, or null
 * @param status       open or done
 * @param created      when it was agreed
 * @param updated      when it was last changed (equal to {@code created} until then)
 * @since 1.0
 */
public record Action(String id, String assessmentId, String dimension, String what, String owner, LocalDate due,
        ActionStatus status, Instant created, Instant updated) {

    /** The longest description. */
    public static final int MAX_WHAT = 2000;
    /** The longest owner. */
    public static final int MAX_OWNER = 200;

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assessmentId, "assessmentId");
        dimension = dimension == null ? "" : dimension;
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
    }

    public boolean isDone() {
        return status == ActionStatus.DONE;
    }
}
