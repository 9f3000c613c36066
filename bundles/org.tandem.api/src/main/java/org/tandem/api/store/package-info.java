/**
 * Durable storage of assessments, respondents and responses.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
