package org.tandem.api.scoring;

import java.time.Instant;

/**
 * What produced a score card: the model version, the strategy and its bundle, and when.
 *
 * @param modelId         the model's id
 * @param modelVersion    the model's version
 * @param strategyId      the scoring strategy's id
 * @param strategyVersion the strategy's version
 * @param bundle          symbolic name of the bundle that computed it
 * @param bundleVersion   that bundle's version
 * @param computedAt      when it was computed
 * @since 1.0
 */
public record Provenance(String modelId, String modelVersion, String strategyId, String strategyVersion,
        String bundle, String bundleVersion, Instant computedAt) {

    /** {@code strategy@version (bundle version)}. */
    public String strategy() {
        return strategyId + "@" + strategyVersion + " (" + bundle + " " + bundleVersion + ")";
    }
}
