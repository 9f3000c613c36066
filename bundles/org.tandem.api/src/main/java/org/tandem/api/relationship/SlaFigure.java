package org.tandem.api.relationship;

import java.util.Objects;

/**
 * One service's SLA figure for an assessment's period, e.g. availability: target 99.5 (%), achieved 99.7,
 * higher is better.
 *
 * @param service   the service or measure, not blank, at most {@link #MAX_NAME} characters
 * @param target    the agreed target, a finite number
 * @param achieved  what was achieved in the period, a finite number
 * @param direction whether higher or lower is better
 * @param unit      the unit shown after the numbers ({@code %}, {@code h}), at most {@link #MAX_UNIT}
 *                  characters; empty for none, never null
 * @since 1.0
 */
public record SlaFigure(String service, double target, double achieved, SlaDirection direction, String unit) {

    /** The longest service name. */
    public static final int MAX_NAME = 200;
    /** The longest unit. */
    public static final int MAX_UNIT = 20;
    /** The most figures one assessment holds. */
    public static final int MAX_FIGURES = 200;

    public SlaFigure {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(direction, "direction");
        unit = unit == null ? "" : unit;
    }

    /** Whether the target was met: achieved at or above it (higher is better), at or below it (lower is better). */
    public boolean met() {
        return direction == SlaDirection.HIGHER ? achieved >= target : achieved <= target;
    }
}
