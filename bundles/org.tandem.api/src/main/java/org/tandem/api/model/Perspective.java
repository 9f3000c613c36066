package org.tandem.api.model;

/**
 * A side that answers: the customer, the provider, the customer's end users.
 *
 * @param id          stable identifier, e.g. {@code customer}
 * @param title       what respondents of this perspective are called
 * @param description who should answer from this perspective; may be empty
 * @param optional    whether an assessment may leave this perspective without respondents
 * @param counterpart the perspective on the other side of the relationship (the customer's is the
 *                    provider and the other way round), or null for none; a side's blind spots are
 *                    read against its counterpart's answers (since 1.1)
 * @since 1.0
 */
public record Perspective(String id, LocalizedText title, LocalizedText description, boolean optional,
        String counterpart) {

    /** A perspective without a counterpart. */
    public Perspective(String id, LocalizedText title, LocalizedText description, boolean optional) {
        this(id, title, description, optional, null);
    }
}
