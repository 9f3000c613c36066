package org.tandem.api.assessment;

import java.time.Instant;

/**
 * A person invited to answer from one perspective.
 *
 * @param id           unique, assigned by the store
 * @param assessmentId the assessment
 * @param perspective  the perspective id they answer from
 * @param displayName  how they are shown to the consultant (never in results)
 * @param token        the secret of their invitation link: at least 128 random bits, URL-safe
 * @param created      when they were invited
 * @since 1.0
 */
public record Respondent(String id, String assessmentId, String perspective, String displayName, String token,
        Instant created) {
}
