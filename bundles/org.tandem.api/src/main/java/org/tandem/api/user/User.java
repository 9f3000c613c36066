package org.tandem.api.user;

import java.time.Instant;

/**
 * A user who signs in.
 *
 * @param id                 stable id
 * @param name               the sign-in name, unique, compared without regard to case
 * @param role               what the user may do
 * @param mustChangePassword true until the user has chosen a password (after a one-time password)
 * @param created            when the user was created
 * @since 1.0
 */
public record User(String id, String name, Role role, boolean mustChangePassword, Instant created) {
}
