package org.tandem.api.scoring;

/**
 * Scoring failed: the strategy is not installed (after the bounded wait), it failed or returned
 * an invalid card. The message names the strategy and its bundle.
 *
 * @since 1.0
 */
public class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScoringException(String message) {
        super(message);
    }

    public ScoringException(String message, Throwable cause) {
        super(message, cause);
    }
}
