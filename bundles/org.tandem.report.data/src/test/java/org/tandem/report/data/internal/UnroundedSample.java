package org.tandem.report.data.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.testkit.ReportFixtures;

/**
 * {@link ReportFixtures#sample()} with a score card as strategies return it: full precision, never
 * rounded. The sample's own card has one decimal only, so a renderer that rounds would pass with it.
 */
final class UnroundedSample {

    /** The overall index, as a weighted mean gives it. */
    static final double OVERALL = 59.29232804232804;
    /** The customer's score of cooperative: two of three points. */
    static final double COOPERATIVE_CUSTOMER = 200.0 / 3;
    /**
     * The end user's spread of end-user experience: one respondent, yet not quite 0 after floating
     * point arithmetic; {@link Double#toString(double)} writes it in exponent notation.
     */
    static final double TINY_SPREAD = 2.220446049250313E-15;

    private UnroundedSample() {
    }

    static ReportInput input() {
        ReportInput sample = ReportFixtures.sample();
        ScoreCard card = sample.scoreCard();
        List<DimensionScore> dimensions = new ArrayList<>();
        for (DimensionScore d : card.dimensions()) {
            List<PerspectiveScore> sides = new ArrayList<>();
            for (PerspectiveScore p : d.perspectives()) {
                boolean first = d.dimension().equals("cooperative") && p.perspective().equals("customer");
                double score = first ? COOPERATIVE_CUSTOMER : unrounded(p.score());
                double spread = p.spread() == 0 ? TINY_SPREAD : unrounded(p.spread());
                sides.add(new PerspectiveScore(p.perspective(), score, spread, p.respondents()));
            }
            double high = sides.stream().mapToDouble(PerspectiveScore::score).max().orElseThrow();
            double low = sides.stream().mapToDouble(PerspectiveScore::score).min().orElseThrow();
            double mean = sides.stream().mapToDouble(PerspectiveScore::score).sum() / sides.size();
            dimensions.add(new DimensionScore(d.dimension(), mean, sides, high - low, d.band(), d.level()));
        }
        List<PerspectiveScore> sides = card.perspectives().stream()
                .map(p -> new PerspectiveScore(p.perspective(), unrounded(p.score()),
                        p.spread() == 0 ? TINY_SPREAD : unrounded(p.spread()), p.respondents()))
                .toList();
        ScoreCard unrounded = new ScoreCard(card.assessmentId(), OVERALL, sides, dimensions, card.verdict(), card.level(),
                card.respondents(), card.provenance());
        return new ReportInput(sample.assessment(), sample.model(), unrounded, sample.responses(), sample.renderer());
    }

    /** Every number of the card that is not null: overall, each side's overall, and per dimension. */
    static List<Double> numbers(ScoreCard card) {
        List<Double> numbers = new ArrayList<>();
        numbers.add(card.overall());
        card.perspectives().forEach(p -> add(numbers, p));
        for (DimensionScore d : card.dimensions()) {
            numbers.add(d.score());
            numbers.add(d.gap());
            d.perspectives().forEach(p -> add(numbers, p));
        }
        numbers.removeIf(n -> n == null);
        return numbers;
    }

    private static void add(List<Double> numbers, PerspectiveScore p) {
        numbers.add(p.score());
        numbers.add(p.spread());
    }

    /** Near the sample's value, with many decimals. */
    private static double unrounded(double value) {
        return value * 200 / 201;
    }
}
