package org.tandem.api.assessment;

/**
 * Whether a response can still change.
 *
 * @since 1.0
 */
public enum ResponseStatus {
    /** Saved part-way; the respondent can come back and change it. */
    PARTIAL,
    /** Submitted; read-only from now on. */
    SUBMITTED
}
