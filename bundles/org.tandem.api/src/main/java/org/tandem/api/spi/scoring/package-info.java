/**
 * The scoring SPI: a {@link org.tandem.api.spi.scoring.ScoringStrategy} service, registered with
 * the properties of {@link org.tandem.api.spi.scoring.ScoringStrategyProperties}, turns the
 * submitted answers of an assessment into a score card. {@link org.tandem.api.spi.scoring.AnswerScores}
 * has the normalisation every strategy needs.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.spi.scoring;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
