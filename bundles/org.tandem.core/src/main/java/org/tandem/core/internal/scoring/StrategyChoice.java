package org.tandem.core.internal.scoring;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An administrator's choice of strategy for one model: a factory configuration
 * {@code org.tandem.scoring.model~<name>} (e.g. {@code etc/org.tandem.scoring.model-partnership.cfg}
 * with {@code model=partnership} and {@code strategy=maturity} or {@code strategy=weighted@1.2.0}).
 * Each configuration is one instance of this component; the scoring service sees them come and go.
 */
@Component(service = StrategyChoice.class, configurationPid = StrategyChoice.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = StrategyChoice.Config.class, factory = true)
public class StrategyChoice {

    public static final String PID = "org.tandem.scoring.model";

    @ObjectClassDefinition(name = "Tandem scoring strategy of a model",
            description = "Overrides the scoring strategy a value model names, for that model only.")
    public @interface Config {
        @AttributeDefinition(description = "The id of the value model, e.g. partnership")
        String model();

        @AttributeDefinition(description = "The strategy id, e.g. maturity, or id@version to pin a version")
        String strategy();
    }

    private final String model;
    private final String strategy;

    @Activate
    public StrategyChoice(Config config) {
        this.model = config.model() == null ? "" : config.model().trim();
        this.strategy = config.strategy() == null ? "" : config.strategy().trim();
    }

    public String model() {
        return model;
    }

    public String strategy() {
        return strategy;
    }
}
