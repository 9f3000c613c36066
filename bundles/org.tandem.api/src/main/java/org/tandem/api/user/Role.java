package org.tandem.api.user;

/**
 * What a signed-in user may do.
 *
 * @since 1.0
 */
public enum Role {
    /** Creates and runs assessments, invites respondents, reads reports. */
    CONSULTANT,
    /** Everything a consultant may, and manages modules and users. */
    ADMIN;

    /** True when this role includes {@code other}. */
    public boolean includes(Role other) {
        return this == ADMIN || this == other;
    }
}
