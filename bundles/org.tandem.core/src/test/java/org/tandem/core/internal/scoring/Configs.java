package org.tandem.core.internal.scoring;

import java.lang.annotation.Annotation;

/** The configurations Declarative Services would hand the scoring components, implemented by hand. */
final class Configs {

    private Configs() {
    }

    /** The scoring service's configuration: wait {@code waitMillis} for a missing strategy. */
    static ScoringServiceImpl.Config waitMillis(long waitMillis) {
        return new Wait(waitMillis, 10_000);
    }

    /** The scoring service's configuration: wait {@code waitMillis} for a missing strategy, {@code callMillis} for a call. */
    static ScoringServiceImpl.Config calls(long waitMillis, long callMillis) {
        return new Wait(waitMillis, callMillis);
    }

    /** An administrator's choice of {@code strategy} for model {@code model}, as one factory configuration. */
    static StrategyChoice choice(String model, String strategy) {
        return new StrategyChoice(new Choice(model, strategy));
    }

    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private record Wait(long waitMillis, long callMillis) implements ScoringServiceImpl.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return ScoringServiceImpl.Config.class;
        }
    }

    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private record Choice(String model, String strategy) implements StrategyChoice.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return StrategyChoice.Config.class;
        }
    }
}
