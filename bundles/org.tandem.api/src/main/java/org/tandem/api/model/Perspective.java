package org.tandem.api.model;

/**
 * A side that answers: the customer, the provider, the customer's end users.
 *
 * @param id          stable identifier, e.g. {@code customer}
 * @param title       what respondents of this perspective are called
 * @param description who should answer from this perspective; may be empty
 * @param optional    whether an assessment may leave this perspective without respondents
 * @since 1.0
 */
public record Perspective(String id, LocalizedText title, LocalizedText description, boolean optional) {
}
