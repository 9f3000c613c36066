package org.tandem.api.model;

/**
 * What a question measures. Only {@link #PERFORMANCE} answers make up a dimension's score; the
 * other roles feed the insights of a score card (blind spots, importance versus performance).
 *
 * @since 1.1
 */
public enum QuestionRole {
    /** How the side sees the relationship on the dimension: the answers that are scored (the default). */
    PERFORMANCE("performance"),
    /**
     * How the side expects its counterpart (see {@link Perspective#counterpart()}) to answer the
     * dimension's performance questions; compared with what the counterpart actually answered.
     */
    EXPECTATION("expectation"),
    /** How much the dimension matters to the side: its priority, not its score. */
    IMPORTANCE("importance");

    private final String jsonName;

    QuestionRole(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in model documents. */
    public String jsonName() {
        return jsonName;
    }

    /** The role named {@code name} in a model document, or null. */
    public static QuestionRole fromJson(String name) {
        for (QuestionRole r : values()) {
            if (r.jsonName.equals(name)) {
                return r;
            }
        }
        return null;
    }
}
