package org.tandem.api.relationship;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tandem.api.model.Band;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.ScoreCard;

/**
 * The SLA figures read beside the relationship's scores: the article's warning that a provider can keep
 * every "lamp" green by freezing the environment while the partnership withers.
 * <p>
 * <b>The lights.</b> {@link Lights#GREEN} when at least {@link #GREEN_SHARE} (80 %) of the services met
 * their target, {@link Lights#RED} when fewer than {@link #RED_SHARE} (half) did, {@link Lights#MIXED}
 * in between, {@link Lights#NONE} without figures. Eighty per cent rather than all: one missed target
 * among many does not change the picture an SLA report paints in a steering group; with four services or
 * fewer it means all of them.
 * <p>
 * <b>A relationship that falls short.</b> When the model marks partnership bands with a {@code floor}
 * (the stock model: partner and strategic partner), the relationship falls short when its verdict is
 * below the lowest of them, whether by its overall score or held back by a weak value. A model
 * without floors (or without bands) says nothing about where a partnership begins, so the midpoint
 * rule of the blind spots applies: the overall score is 50 or below. No overall score: undecided.
 * <p>
 * <b>The flag</b> "green lights, red relationship" is raised when the lights are green and the
 * relationship falls short. Immutable and thread safe.
 *
 * @param lights             the lights
 * @param met                services that met their target
 * @param total              services with figures
 * @param relationshipShort  whether the relationship falls short, or null when the card has no overall score
 * @param partnershipBand    the lowest partnership band's id, or null when the model has none (midpoint rule)
 * @since 1.0
 */
public record GreenLights(Lights lights, int met, int total, Boolean relationshipShort, String partnershipBand) {

    /** The share of met targets from which the lights are green. */
    public static final double GREEN_SHARE = 0.8;
    /** Below this share of met targets the lights are red. */
    public static final double RED_SHARE = 0.5;
    /** Without partnership bands: an overall score at or below this falls short. */
    public static final double MIDPOINT = 50;

    /** The colour of the SLA figures as a whole. */
    public enum Lights {
        NONE, GREEN, MIXED, RED
    }

    /** Reads {@code figures} against {@code card}, scored with {@code model}. */
    public static GreenLights of(List<SlaFigure> figures, ScoreCard card, ValueModel model) {
        int total = figures.size();
        int met = (int) figures.stream().filter(SlaFigure::met).count();
        Lights lights = lights(met, total);
        Optional<Band> partnership = partnershipBand(model);
        Double overall = card == null ? null : card.overall();
        Boolean isShort;
        if (overall == null || overall.isNaN()) {
            isShort = null;
        } else if (partnership.isPresent()) {
            String verdict = card.verdict() == null ? null : card.verdict().band();
            Optional<Band> band = model.bands().stream().filter(b -> b.id().equals(verdict)).findFirst()
                    .or(() -> model.band(overall));
            isShort = band.map(b -> b.min() < partnership.get().min()).orElse(true);
        } else {
            isShort = overall <= MIDPOINT;
        }
        return new GreenLights(lights, met, total, isShort, partnership.map(Band::id).orElse(null));
    }

    /** The lights for {@code met} of {@code total} targets met. */
    public static Lights lights(int met, int total) {
        if (total == 0) {
            return Lights.NONE;
        }
        // compared as whole numbers so that 4 of 5 is exactly 80 %
        if (met * 10 >= total * 8) {
            return Lights.GREEN;
        }
        return met * 2 < total ? Lights.RED : Lights.MIXED;
    }

    /** The lowest band with a floor: where the model says a partnership begins. */
    public static Optional<Band> partnershipBand(ValueModel model) {
        return model.bands().stream().filter(b -> b.floor() != null).min(Comparator.comparingDouble(Band::min));
    }

    /** Green lights, red relationship: the SLA is met while the partnership falls short. */
    public boolean flagged() {
        return lights == Lights.GREEN && Boolean.TRUE.equals(relationshipShort);
    }

    /** Red lights and a relationship that falls short too: both the delivery and the partnership need work. */
    public boolean bothRed() {
        return lights == Lights.RED && Boolean.TRUE.equals(relationshipShort);
    }

    /** Whether any figures were attached. */
    public boolean hasFigures() {
        return total > 0;
    }
}
