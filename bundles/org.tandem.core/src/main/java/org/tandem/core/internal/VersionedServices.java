package org.tandem.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Plugin services of one kind (scoring strategies, report renderers) by id and version, filled by a
 * whiteboard component's dynamic reference. A caller that finds the one it needs missing (its bundle
 * is being updated or rolled back) waits until one is bound or its time runs out; binding wakes
 * every waiter. Callers look up on every call and never keep a service.
 *
 * @param <S> the service type
 * @param <I> what is known of a service (id, version, bundle)
 */
public final class VersionedServices<S, I> {

    /** A bound service with what is known of it. */
    public record Bound<S, I>(I info, S service, ServiceReference<S> reference) {

        /** True while the service's bundle is active; false once it is being stopped, updated or removed. */
        public boolean active() {
            Bundle bundle = reference.getBundle();
            return bundle != null && bundle.getState() == Bundle.ACTIVE;
        }
    }

    /** A configured wait in milliseconds, kept from 0 to one day: more is a mistake and would overflow in nanoseconds. */
    public static long boundedWait(long millis) {
        return Math.max(0, Math.min(millis, 86_400_000L));
    }

    private final Map<String, NavigableMap<String, Bound<S, I>>> byId = new ConcurrentHashMap<>();
    private final Object changed = new Object();
    private final Function<I, String> id;
    private final Function<I, String> version;

    public VersionedServices(Function<I, String> id, Function<I, String> version) {
        this.id = id;
        this.version = version;
    }

    public void add(I info, S service, ServiceReference<S> reference) {
        byId.computeIfAbsent(id.apply(info), k -> new ConcurrentSkipListMap<>(SemanticVersions::compare))
                .put(version.apply(info), new Bound<>(info, service, reference));
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** Removes the service of {@code reference}, unless another one has taken its id and version since. */
    public void remove(I info, ServiceReference<S> reference) {
        NavigableMap<String, Bound<S, I>> versions = byId.get(id.apply(info));
        if (versions != null) {
            versions.computeIfPresent(version.apply(info), (v, b) -> b.reference().equals(reference) ? null : b);
        }
    }

    /** Every bound service, by id then version. */
    public List<Bound<S, I>> all() {
        List<Bound<S, I>> all = new ArrayList<>();
        byId.keySet().stream().sorted().forEach(k -> all.addAll(byId.get(k).values()));
        return all;
    }

    /** The service {@code id} at {@code version} (null: the highest). */
    public Optional<Bound<S, I>> find(String id, String version) {
        NavigableMap<String, Bound<S, I>> versions = byId.get(id);
        if (versions == null || versions.isEmpty()) {
            return Optional.empty();
        }
        if (version == null) {
            Map.Entry<String, Bound<S, I>> last = versions.lastEntry();
            return last == null ? Optional.empty() : Optional.of(last.getValue());
        }
        return Optional.ofNullable(versions.get(version));
    }

    /** The service {@code id} at {@code version} (null: the highest), waiting up to {@code waitMillis}. */
    public Optional<Bound<S, I>> await(String id, String version, long waitMillis) throws InterruptedException {
        return await(() -> find(id, version), waitMillis);
    }

    /** What {@code lookup} finds, asking again whenever a service is bound, for up to {@code waitMillis}. */
    public Optional<Bound<S, I>> await(Supplier<Optional<Bound<S, I>>> lookup, long waitMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        synchronized (changed) {
            while (true) {
                Optional<Bound<S, I>> found = lookup.get();
                long left = (deadline - System.nanoTime() + 999_999) / 1_000_000; // rounded up: never short of the wait
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                changed.wait(Math.min(left, 100));
            }
        }
    }

    /** A string property of a service, or {@code fallback} when it is missing or blank. */
    public static String property(ServiceReference<?> ref, String key, String fallback) {
        Object value = ref.getProperty(key);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
