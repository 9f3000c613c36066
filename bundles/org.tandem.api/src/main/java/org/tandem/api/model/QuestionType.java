package org.tandem.api.model;

/**
 * The kinds of question a model can ask, with the answer each expects (answers are stored as text).
 *
 * @since 1.0
 */
public enum QuestionType {
    /** A point of the question's {@link Scale}: a whole number as text, e.g. {@code "4"}. */
    SCALE("scale"),
    /** {@code "yes"} or {@code "no"}; yes scores the maximum, no the minimum. */
    YES_NO("yesno"),
    /** The id of one of the question's {@link Choice}s; scores the choice's points. */
    CHOICE("choice"),
    /** A number within the question's min and max; scored on that range when both are given. */
    NUMBER("number"),
    /** Free text; never scored. */
    TEXT("text");

    private final String jsonName;

    QuestionType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in model documents. */
    public String jsonName() {
        return jsonName;
    }

    /** Whether answers of this type count in scores. */
    public boolean scored() {
        return this != TEXT;
    }

    /** The type named {@code name} in a model document, or null. */
    public static QuestionType fromJson(String name) {
        for (QuestionType t : values()) {
            if (t.jsonName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
