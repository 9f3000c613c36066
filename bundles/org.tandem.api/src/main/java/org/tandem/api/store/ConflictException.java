package org.tandem.api.store;

/**
 * The change conflicts with the stored state: the response was already submitted, the assessment
 * is closed, or another writer changed it first. Retrying the same change will not help.
 *
 * @since 1.0
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
