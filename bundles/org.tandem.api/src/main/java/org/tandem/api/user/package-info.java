/**
 * The people who sign in: consultants (run assessments) and administrators (also manage modules
 * and users), and the {@link org.tandem.api.user.UserStore} that keeps them with their password
 * hashes, API tokens (hashed) and the server's signing secrets. Respondents never sign in: their
 * invitation token is their key.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.user;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
