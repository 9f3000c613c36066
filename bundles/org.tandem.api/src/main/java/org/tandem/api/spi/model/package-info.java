/**
 * The code route for value models: a {@link org.tandem.api.spi.model.ValueModelProvider} service
 * contributes models built in code. Data-only models need no code: see docs/value-model.md.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.spi.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
