package org.tandem.api.scoring;

import java.util.List;

/**
 * What the relationship is, and why not more.
 *
 * @param band       the band of the verdict, or null when nothing was answered
 * @param heldBackBy dimensions below the floor of a higher band the overall score reached: the
 *                   values that keep the relationship from that verdict; empty when none
 * @param reached    the band the overall score alone falls in (differs from {@code band} when a
 *                   floor held the verdict back), or null
 * @since 1.0
 */
public record Verdict(String band, List<String> heldBackBy, String reached) {
    public Verdict {
        heldBackBy = List.copyOf(heldBackBy);
    }
}
