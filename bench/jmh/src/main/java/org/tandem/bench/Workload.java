package org.tandem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.scoring.weighted.internal.WeightedScoringStrategy;
import org.tandem.testkit.Models;
import org.tandem.testkit.ScoringFixtures;
import org.tandem.testkit.TestAssessment;

/**
 * The fixed work every in-process benchmark does, the same on the class path and in the framework:
 * the stock partnership model, 10 respondents per side answering every question asked of them, a
 * complete set of customer answers, and the report input of that assessment.
 */
final class Workload {

    /** The partnership model document as its bundle carries it. */
    final String modelJson;
    final ValueModel model;
    final ScoringInput scoring;
    /** Every question asked of the customer, answered. */
    final Map<String, String> customerAnswers;
    final ReportInput report;

    Workload(int respondentsPerSide) {
        modelJson = resource("/models/partnership.model.json");
        model = Models.loadJson(modelJson);
        TestAssessment assessment = TestAssessment.of(model);
        for (int r = 0; r < respondentsPerSide; r++) {
            double level = (r % 5) / 4.0;
            assessment = assessment.answering("customer", level).answering("provider", ((r * 3 + 1) % 5) / 4.0);
        }
        scoring = assessment.input();
        customerAnswers = ScoringFixtures.answering(model, "customer-1", "customer", 0.75).answers();
        ScoreCard card = assessment.score("weighted", new WeightedScoringStrategy());
        report = assessment.report(card);
    }

    static String resource(String name) {
        try (InputStream in = Workload.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
