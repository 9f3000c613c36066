/**
 * The report SPI: a {@link org.tandem.api.spi.report.ReportRenderer} service, registered with the
 * properties of {@link org.tandem.api.spi.report.ReportRendererProperties}, writes a score card and
 * what it is about in one format (HTML, PDF, CSV, JSON, Markdown, a consultancy's own).
 *
 * @since 1.0
 */
@Export
@Version("1.2.0")
package org.tandem.api.spi.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
