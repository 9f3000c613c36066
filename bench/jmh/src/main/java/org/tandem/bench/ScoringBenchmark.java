package org.tandem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.scoring.maturity.internal.MaturityScoringStrategy;
import org.tandem.scoring.weighted.internal.WeightedScoringStrategy;

/**
 * Score cards per second for the article's model with 10 respondents per side, each answering
 * every scale question; the strategies called directly, as the scoring service does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private ScoringInput input;
    private final WeightedScoringStrategy weighted = new WeightedScoringStrategy();
    private final MaturityScoringStrategy maturity = new MaturityScoringStrategy();

    @Setup
    public void setUp() throws IOException {
        ValueModel model = partnership();
        Random random = new Random(42);
        List<ScoringInput.Answers> responses = new ArrayList<>();
        for (String side : List.of("customer", "provider")) {
            for (int r = 0; r < 10; r++) {
                Map<String, String> answers = new HashMap<>();
                for (Dimension d : model.dimensions()) {
                    for (Question q : d.questions()) {
                        if (q.askedOf(side) && q.type() == QuestionType.SCALE) {
                            answers.put(q.id(), String.valueOf(1 + random.nextInt(5)));
                        }
                    }
                }
                responses.add(new ScoringInput.Answers(side + r, side, answers));
            }
        }
        input = new ScoringInput("bench", model, responses);
    }

    static ValueModel partnership() throws IOException {
        try (InputStream in = ScoringBenchmark.class.getResourceAsStream("/models/partnership.model.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ModelReaderImpl().read("partnership", json).model().orElseThrow();
        }
    }

    @Benchmark
    public ScoreCard weighted() {
        return weighted.score(input);
    }

    @Benchmark
    public ScoreCard maturity() {
        return maturity.score(input);
    }
}
