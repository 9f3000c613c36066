/**
 * One-shot jobs: {@code bin/tandem <name> ...} starts the runtime without a server, runs the
 * {@link org.tandem.api.job.Job} service registered under that name, and exits with its code.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.job;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
