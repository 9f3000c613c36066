package org.tandem.api.spi.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.Band;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.Verdict;

/**
 * The verdict rule every strategy shares: the overall score picks a band; a band with a
 * {@code floor} also needs every dimension at or above the floor, otherwise the verdict is the
 * highest lower band whose floor is met. A dimension nobody scored does not meet any floor: a
 * value that was not shown to be there does not permeate the partnership.
 * <p>
 * Stateless and thread safe.
 *
 * @since 1.0
 */
public final class Verdicts {

    private Verdicts() {
    }

    /**
     * The verdict for {@code overall} (null: nothing answered) given each dimension's score
     * (dimension id to score, null when unscored), in the model's dimension order.
     */
    public static Verdict verdict(ValueModel model, Double overall, Map<String, Double> dimensions) {
        if (overall == null) {
            return new Verdict(null, List.of(), null);
        }
        Band reached = model.band(overall).orElse(null);
        if (reached == null) {
            return new Verdict(null, List.of(), null);
        }
        List<Band> downward = model.bands().stream().filter(b -> b.min() <= reached.min())
                .sorted(Comparator.comparingDouble(Band::min).reversed()).toList();
        Band verdict = downward.stream().filter(b -> below(model, b, dimensions).isEmpty()).findFirst()
                .orElse(downward.get(downward.size() - 1));
        List<String> heldBackBy = verdict == reached ? List.of() : below(model, reached, dimensions);
        return new Verdict(verdict.id(), heldBackBy, reached.id());
    }

    /** The band of a dimension's score, or null for no score. */
    public static String band(ValueModel model, Double score) {
        return score == null ? null : model.band(score).map(Band::id).orElse(null);
    }

    private static List<String> below(ValueModel model, Band band, Map<String, Double> dimensions) {
        List<String> below = new ArrayList<>();
        if (band.floor() == null) {
            return below;
        }
        model.dimensions().forEach(d -> {
            Double score = dimensions.get(d.id());
            if (score == null || score < band.floor()) {
                below.add(d.id());
            }
        });
        return below;
    }
}
