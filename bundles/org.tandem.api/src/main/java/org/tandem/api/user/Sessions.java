package org.tandem.api.user;

import java.util.Optional;

/**
 * The sign-in sessions of the web application, for other web front ends in the same runtime (such
 * as the Felix Web Console) that should accept the same sign-in.
 *
 * @since 1.0
 */
@org.osgi.annotation.versioning.ProviderType
public interface Sessions {

    /** The name of the session cookie. */
    String cookieName();

    /** The user of a session cookie's value, when it is valid, unexpired and its user exists. */
    Optional<User> user(String cookieValue);
}
