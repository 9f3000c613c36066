package org.tandem.core.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tandem.api.scoring.StrategyInfo;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.SemanticVersions;

/**
 * The whiteboard of scoring strategies, by id and version. A caller that finds a strategy missing
 * (its bundle is being updated or rolled back) waits until one is bound or its time runs out;
 * binding wakes every waiter. Strategy instances are never cached by callers: each call looks up.
 */
@Component(service = ScoringStrategies.class)
public class ScoringStrategies {

    /** A bound strategy with what is known of it. */
    record Bound(StrategyInfo info, ScoringStrategy strategy, ServiceReference<ScoringStrategy> reference) {
    }

    private final Map<String, NavigableMap<String, Bound>> byId = new ConcurrentHashMap<>();
    private final Object changed = new Object();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bind(ScoringStrategy strategy, ServiceReference<ScoringStrategy> ref) {
        StrategyInfo info = info(ref);
        if (info == null) {
            return;
        }
        byId.computeIfAbsent(info.id(), k -> new ConcurrentSkipListMap<>(SemanticVersions::compare)).put(info.version(),
                new Bound(info, strategy, ref));
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    void unbind(ServiceReference<ScoringStrategy> ref) {
        StrategyInfo info = info(ref);
        if (info == null) {
            return;
        }
        NavigableMap<String, Bound> versions = byId.get(info.id());
        if (versions != null) {
            versions.computeIfPresent(info.version(), (v, b) -> b.reference().equals(ref) ? null : b);
        }
    }

    /** Every bound strategy, by id then version. */
    List<StrategyInfo> all() {
        List<StrategyInfo> all = new ArrayList<>();
        byId.keySet().stream().sorted().forEach(id -> byId.get(id).values().forEach(b -> all.add(b.info())));
        return all;
    }

    /** The strategy {@code id} at {@code version} (null: the highest), waiting up to {@code waitMillis}. */
    Optional<Bound> await(String id, String version, long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        synchronized (changed) {
            while (true) {
                Optional<Bound> found = find(id, version);
                long left = (deadline - System.nanoTime() + 999_999) / 1_000_000; // rounded up: never short of the wait
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                changed.wait(Math.min(left, 100));
            }
        }
    }

    Optional<Bound> find(String id, String version) {
        NavigableMap<String, Bound> versions = byId.get(id);
        if (versions == null || versions.isEmpty()) {
            return Optional.empty();
        }
        if (version == null) {
            Map.Entry<String, Bound> last = versions.lastEntry();
            return last == null ? Optional.empty() : Optional.of(last.getValue());
        }
        return Optional.ofNullable(versions.get(version));
    }

    /** The strategy's id, version (its bundle's when the property is empty), name, description, bundle. */
    static StrategyInfo info(ServiceReference<?> ref) {
        Object id = ref.getProperty("tandem.scoring.id");
        if (!(id instanceof String s) || s.isBlank() || ref.getBundle() == null) {
            return null;
        }
        Object version = ref.getProperty("tandem.scoring.version");
        String bundleVersion = ref.getBundle().getVersion().toString();
        String v = version instanceof String vs && !vs.isBlank() ? vs : bundleVersion;
        return new StrategyInfo(s, v, string(ref, "tandem.scoring.name", s), string(ref, "tandem.scoring.description", ""),
                ref.getBundle().getSymbolicName(), bundleVersion);
    }

    private static String string(ServiceReference<?> ref, String key, String fallback) {
        Object value = ref.getProperty(key);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
