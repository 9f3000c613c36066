package org.tandem.api.relationship;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Relationship;

/**
 * Which assessments are of the same relationship: the same customer and the same provider, compared
 * once each is stripped, its runs of white space made one space (after Unicode NFKC normalisation), and
 * compared without regard to case (the relationship's name may change from year to year). The same rule as
 * {@code HistoryService.relationshipKey}, so trends and the action plan agree on what one relationship is.
 *
 * @since 1.0
 */
public final class Relationships {

    private Relationships() {
    }

    /** Whether {@code a} and {@code b} are the same customer with the same provider. */
    public static boolean same(Relationship a, Relationship b) {
        return key(a.customer()).equals(key(b.customer())) && key(a.provider()).equals(key(b.provider()));
    }

    /**
     * The assessment of the same relationship created last before {@code current}, among {@code all}; empty
     * when {@code current} is the first.
     */
    public static Optional<Assessment> previous(List<Assessment> all, Assessment current) {
        return all.stream().filter(a -> !a.id().equals(current.id()))
                .filter(a -> same(a.relationship(), current.relationship()))
                .filter(a -> a.created().isBefore(current.created()))
                .max(Comparator.comparing(Assessment::created));
    }

    private static String key(String name) {
        return name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
