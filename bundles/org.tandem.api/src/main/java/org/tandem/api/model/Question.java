package org.tandem.api.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question of a dimension, asked of one or more perspectives with a text phrased for each
 * ("our provider ..." for the customer, "we ..." for the provider), so both sides answer the same
 * question and their answers can be compared.
 *
 * @param id       unique within the model
 * @param type     what kind of answer it takes
 * @param text     perspective id to its text; the keys are the perspectives asked
 * @param help     help shown with the question; may be empty
 * @param scale    the scale's id for {@link QuestionType#SCALE}, else null
 * @param choices  the options of {@link QuestionType#CHOICE}, else empty
 * @param min      lowest accepted number for {@link QuestionType#NUMBER}, or null
 * @param max      highest accepted number for {@link QuestionType#NUMBER}, or null
 * @param weight   weight within its dimension, above 0
 * @param reverse  whether a high answer means a weak partnership (the score is flipped)
 * @param required whether a submitted response must answer it (when shown)
 * @param showIf   when it is shown, or null for always
 * @param role     what the answers measure; null reads as {@link QuestionRole#PERFORMANCE} (since 1.1)
 * @since 1.0
 */
public record Question(String id, QuestionType type, Map<String, LocalizedText> text, LocalizedText help,
        String scale, List<Choice> choices, Double min, Double max, double weight, boolean reverse,
        boolean required, Condition showIf, QuestionRole role) {

    public Question {
        text = Map.copyOf(text);
        choices = List.copyOf(choices);
        role = role == null ? QuestionRole.PERFORMANCE : role;
    }

    /** A {@link QuestionRole#PERFORMANCE} question, as models before format 1.1 of the API had them. */
    public Question(String id, QuestionType type, Map<String, LocalizedText> text, LocalizedText help,
            String scale, List<Choice> choices, Double min, Double max, double weight, boolean reverse,
            boolean required, Condition showIf) {
        this(id, type, text, help, scale, choices, min, max, weight, reverse, required, showIf,
                QuestionRole.PERFORMANCE);
    }

    /**
     * Whether its answers count in the dimension's score: a scored type and the performance role.
     *
     * @since 1.1
     */
    public boolean measuresPerformance() {
        return role == QuestionRole.PERFORMANCE;
    }

    /** The perspectives this question is asked of. */
    public Set<String> perspectives() {
        return text.keySet();
    }

    /** Whether respondents of {@code perspective} are asked this question. */
    public boolean askedOf(String perspective) {
        return text.containsKey(perspective);
    }
}
