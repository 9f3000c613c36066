/**
 * Tandem's published API: the domain types of a partnership assessment and the service
 * interfaces (SPIs) through which value models, scoring strategies and report renderers plug in.
 * <p>
 * This is the only package family Tandem exports. Implementation bundles export nothing, so
 * updating one of them never refreshes another bundle. Versions follow OSGi semantic
 * versioning: a consumer importing {@code [1.0,2)} keeps working with every 1.x release.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
