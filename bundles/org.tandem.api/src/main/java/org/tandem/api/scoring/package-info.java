/**
 * Score cards: what scoring an assessment yields (per dimension and perspective, the perception
 * gap, the spread within each side, the verdict) and where it came from (provenance); and the
 * {@link org.tandem.api.scoring.ScoringService} that picks a strategy, scores, publishes and
 * compares.
 * <p>
 * 1.1: {@link org.tandem.api.scoring.Insights} on the score card: blind-spot quadrants per side
 * and the importance each side gives each dimension.
 * <p>
 * All types are immutable records, safe to share between threads. Collections are never null.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.scoring;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
