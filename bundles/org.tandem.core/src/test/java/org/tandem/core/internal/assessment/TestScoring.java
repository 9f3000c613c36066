package org.tandem.core.internal.assessment;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.scoring.DimensionScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.spi.scoring.Verdicts;
import org.tandem.api.store.AssessmentStore;
import org.tandem.core.internal.registry.RecordingLogger;
import org.tandem.core.internal.scoring.ScoringServiceImpl;
import org.tandem.core.internal.scoring.ScoringStrategies;

/**
 * The scoring service an assessment is closed with, with one strategy registered in a real
 * framework under the id the test model asks for ({@code weighted}).
 */
final class TestScoring {

    private TestScoring() {
    }

    /** A strategy of the test's own, made of the SPI's shared rules: weighted means and the verdict. */
    static final class MeanScoring implements ScoringStrategy {
        @Override
        public ScoreCard score(ScoringInput input) {
            List<DimensionScore> dimensions = DimensionScoring.score(input);
            Map<String, Double> overall = DimensionScoring.overall(input.model(), dimensions);
            Map<String, Double> byDimension = new LinkedHashMap<>();
            dimensions.forEach(d -> byDimension.put(d.dimension(), d.score()));
            return new ScoreCard(input.assessmentId(), overall.get(""), List.of(), dimensions,
                    Verdicts.verdict(input.model(), overall.get(""), byDimension), null, input.responses().size(), null);
        }
    }

    static ScoringServiceImpl service(AssessmentStore store, ModelSnapshots snapshots, BundleContext context) {
        ScoringStrategies strategies = new ScoringStrategies();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("tandem.scoring.id", "weighted");
        MeanScoring strategy = new MeanScoring();
        ServiceReference<ScoringStrategy> ref =
                context.registerService(ScoringStrategy.class, strategy, properties).getReference();
        bind(strategies, strategy, ref);
        return new ScoringServiceImpl(store, snapshots, strategies, new RecordingLogger(), new NoWait());
    }

    /**
     * Binds the strategy the way Declarative Services does, through the component's bind method:
     * it is package-private in the scoring package, and there is no other way in from here.
     */
    private static void bind(ScoringStrategies strategies, ScoringStrategy strategy, ServiceReference<ScoringStrategy> ref) {
        try {
            Method bind = ScoringStrategies.class.getDeclaredMethod("bind", ScoringStrategy.class, ServiceReference.class);
            bind.setAccessible(true);
            bind.invoke(strategies, strategy, ref);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ScoringStrategies has no bind(ScoringStrategy, ServiceReference) any more", e);
        }
    }

    /** Scoring that fails at once when a strategy is missing, instead of waiting for it to come back. */
    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private static final class NoWait implements ScoringServiceImpl.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return ScoringServiceImpl.Config.class;
        }

        @Override
        public long waitMillis() {
            return 0;
        }

        @Override
        public long callMillis() {
            return 10_000;
        }
    }
}
