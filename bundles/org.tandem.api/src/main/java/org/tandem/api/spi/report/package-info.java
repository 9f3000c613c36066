/**
 * The report SPI: a {@link org.tandem.api.spi.report.ReportRenderer} service, registered with the
 * properties of {@link org.tandem.api.spi.report.ReportRendererProperties}, writes a score card and
 * what it is about in one format (HTML, PDF, CSV, JSON, Markdown, a consultancy's own).
 *
 * <p>
 * 1.2: {@link org.tandem.api.spi.report.ReportInput#history()} and
 * {@link org.tandem.api.spi.report.ReportInput#standing()}, read in a language by
 * {@link org.tandem.api.spi.report.TrendView}.
 *
 * @since 1.0
 */
@Export
@Version("1.3.0")
package org.tandem.api.spi.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
