package org.tandem.api.relationship;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an agreed action is still to do.
 *
 * @since 1.0
 */
public enum ActionStatus {
    OPEN, DONE;

    /** The name used in JSON and forms: {@code open} or {@code done}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code open}/{@code done} in any case; empty for anything else (or null). */
    public static Optional<ActionStatus> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Optional.of(OPEN);
            case "done" -> Optional.of(DONE);
            default -> Optional.empty();
        };
    }
}
