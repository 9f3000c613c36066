/**
 * Assessments of one relationship: who is assessed, with which model, who answers and what they
 * answered.
 * <p>
 * All types are immutable records, safe to share between threads. Collections are never null.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.assessment;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
