package org.tandem.api.store;

/**
 * A store operation failed: the database is unreachable, full or read-only, or the request
 * conflicts with what is stored. The message says what and where; nothing was half-written.
 *
 * @since 1.0
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
