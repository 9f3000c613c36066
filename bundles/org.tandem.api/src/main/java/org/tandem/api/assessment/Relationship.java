package org.tandem.api.assessment;

/**
 * The relationship an assessment is about.
 *
 * @param name     a short name for it, e.g. "Acme / Atea 2026"
 * @param customer the organisation that buys
 * @param provider the IT provider (external, or the internal IT department)
 * @since 1.0
 */
public record Relationship(String name, String customer, String provider) {
}
