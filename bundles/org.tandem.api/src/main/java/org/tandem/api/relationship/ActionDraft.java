package org.tandem.api.relationship;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an action says, as a user enters or changes it.
 *
 * @param dimension the dimension id, or {@code ""} for the relationship as a whole
 * @param what      what is to be done
 * @param owner     who sees to it
 * @param due       the day it is due, or null
 * @param status    open or done
 * @since 1.0
 */
public record ActionDraft(String dimension, String what, String owner, LocalDate due, ActionStatus status) {

    public ActionDraft {
        dimension = dimension == null ? "" : dimension;
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        status = status == null ? ActionStatus.OPEN : status;
    }
}
