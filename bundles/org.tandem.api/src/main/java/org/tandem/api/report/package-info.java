/**
 * Reports: the {@link org.tandem.api.report.ReportService} renders an assessment's score card in a
 * format (HTML, PDF, CSV, JSON, Markdown or a consultancy's own) with the renderer chosen for its
 * model, and lists the installed renderers.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
