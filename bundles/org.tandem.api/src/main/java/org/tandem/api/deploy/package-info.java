/**
 * Changing the installed modules while Tandem runs: the {@link org.tandem.api.deploy.ModuleDeployer}
 * that puts bundle jars into the hot-deploy folder, rolls them back and removes them (the shell's
 * {@code tandem:deploy} and the administrator's web pages go through it), and the
 * {@link org.tandem.api.deploy.ModelChoices} that choose which scoring strategy and which report
 * renderers a model uses.
 * <p>
 * All records are immutable, safe to share between threads. Collections are never null.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.deploy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
