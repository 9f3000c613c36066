/**
 * Trends and portfolio: the history of one relationship across its repeated assessments, and a
 * consultancy's statistics over every relationship assessed with one model, computed from
 * published score cards by {@link org.tandem.api.history.HistoryService}.
 * <p>
 * All types are immutable records, safe to share between threads. Collections are never null.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.history;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
