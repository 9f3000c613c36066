package org.tandem.api.relationship;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way an SLA figure is better: availability is better higher, resolution time lower.
 *
 * @since 1.0
 */
public enum SlaDirection {
    /** The target is a minimum: met when achieved &gt;= target. */
    HIGHER,
    /** The target is a maximum: met when achieved &lt;= target. */
    LOWER;

    /** The name used in files and JSON: {@code higher} or {@code lower}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code higher}/{@code lower} in any case, surrounding blanks ignored; empty for anything else (or null). */
    public static Optional<SlaDirection> of(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "higher" -> Optional.of(HIGHER);
            case "lower" -> Optional.of(LOWER);
            default -> Optional.empty();
        };
    }
}
