package org.tandem.api.store;

/**
 * A score card was to be published for responses that changed meanwhile: another response was
 * submitted (on this or another instance) between reading the responses and closing. Nothing was
 * changed; score the responses again and close with the new card.
 *
 * @since 1.1
 */
public class StaleScoreCardException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleScoreCardException(String message) {
        super(message);
    }
}
