package org.tandem.api.model;

import java.util.List;
import java.util.Map;

/**
 * One value of the partnership (cooperative, transparent, ...): a group of questions scored
 * together, one questionnaire page.
 *
 * @param id              unique within the model
 * @param title           the value's name
 * @param description     what it means; may be empty
 * @param weight          weight in the overall index, above 0
 * @param questions       its questions, in the order they are asked
 * @param recommendations band id to the advice given when this dimension scores in that band
 * @since 1.0
 */
public record Dimension(String id, LocalizedText title, LocalizedText description, double weight,
        List<Question> questions, Map<String, LocalizedText> recommendations) {

    public Dimension {
        questions = List.copyOf(questions);
        recommendations = Map.copyOf(recommendations);
    }

    /** Whether any of its questions is asked of {@code perspective}. */
    public boolean askedOf(String perspective) {
        return questions.stream().anyMatch(q -> q.askedOf(perspective));
    }
}
