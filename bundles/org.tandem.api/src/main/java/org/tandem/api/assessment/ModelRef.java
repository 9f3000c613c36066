package org.tandem.api.assessment;

/**
 * The model version an assessment pinned when it was created.
 *
 * @param id      the model's id
 * @param version its semantic version
 * @since 1.0
 */
public record ModelRef(String id, String version) {

    /** {@code id@version}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
