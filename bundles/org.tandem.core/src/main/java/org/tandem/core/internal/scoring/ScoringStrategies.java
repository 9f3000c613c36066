package org.tandem.core.internal.scoring;

import java.util.List;
import java.util.Optional;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tandem.api.scoring.StrategyInfo;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.VersionedServices;

/**
 * The whiteboard of scoring strategies, by id and version, with the bounded wait of
 * {@link VersionedServices} for a strategy being replaced.
 */
@Component(service = ScoringStrategies.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ScoringStrategies {

    private final VersionedServices<ScoringStrategy, StrategyInfo> strategies =
            new VersionedServices<>(StrategyInfo::id, StrategyInfo::version);

    /** Going away: scorings and reports waiting here return at once (see {@link VersionedServices#close}). */
    @Deactivate
    void deactivate() {
        strategies.close();
    }

    @Reference(name = "strategy", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updateStrategy")
    public void bind(ScoringStrategy strategy, ServiceReference<ScoringStrategy> ref) {
        StrategyInfo info = info(ref);
        if (info != null) {
            strategies.add(info, strategy, ref);
        } else {
            strategies.remove(ref);
        }
    }

    void updateStrategy(ScoringStrategy strategy, ServiceReference<ScoringStrategy> ref) {
        bind(strategy, ref);
    }

    public void unbind(ServiceReference<ScoringStrategy> ref) {
        strategies.remove(ref);
    }

    /** Every bound strategy, by id then version. */
    List<StrategyInfo> all() {
        return strategies.all().stream().map(VersionedServices.Bound::info).toList();
    }

    /** The strategy {@code id} at {@code version} (null: the highest), waiting up to {@code waitMillis}. */
    Optional<VersionedServices.Bound<ScoringStrategy, StrategyInfo>> await(String id, String version, long waitMillis)
            throws InterruptedException {
        return strategies.await(id, version, waitMillis);
    }

    Optional<VersionedServices.Bound<ScoringStrategy, StrategyInfo>> find(String id, String version) {
        return strategies.find(id, version);
    }

    /** The strategy's id, version (its bundle's when the property is empty), name, description, bundle. */
    static StrategyInfo info(ServiceReference<?> ref) {
        Object id = ref.getProperty("tandem.scoring.id");
        if (!(id instanceof String s) || s.isBlank() || ref.getBundle() == null) {
            return null;
        }
        String bundleVersion = ref.getBundle().getVersion().toString();
        return new StrategyInfo(s, VersionedServices.property(ref, "tandem.scoring.version", bundleVersion),
                VersionedServices.property(ref, "tandem.scoring.name", s),
                VersionedServices.property(ref, "tandem.scoring.description", ""), ref.getBundle().getSymbolicName(),
                bundleVersion);
    }
}
