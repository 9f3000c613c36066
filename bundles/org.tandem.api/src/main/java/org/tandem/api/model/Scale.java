package org.tandem.api.model;

import java.util.Map;

/**
 * An answer scale of whole numbers (a Likert scale such as 1-5 or 1-7).
 *
 * @param id     identifier that questions refer to
 * @param min    lowest point, the worst answer
 * @param max    highest point, the best answer
 * @param labels label per point; points without a label show the number only
 * @since 1.0
 */
public record Scale(String id, int min, int max, Map<Integer, LocalizedText> labels) {
    public Scale {
        labels = Map.copyOf(labels);
    }
}
