package org.tandem.core.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * Plugin services of one kind (scoring strategies, report renderers) by id and version, filled by a
 * whiteboard component's dynamic reference. Each registration is kept under its own service
 * reference, so two registrations with the same id and version (an update installed beside the
 * bundle it replaces) never hide each other: the one with the highest ranking, then the lowest
 * service id, answers. A caller that finds the one it needs missing (its bundle is being updated or
 * rolled back) waits until one is bound or its time runs out; binding wakes every waiter. Callers
 * look up on every call and never keep a service.
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

    private final Map<ServiceReference<S>, Bound<S, I>> bound = new ConcurrentHashMap<>();
    private final Object changed = new Object();
    private final Function<I, String> id;
    private final Function<I, String> version;
    private final Comparator<Bound<S, I>> order;
    private volatile boolean closed;

    public VersionedServices(Function<I, String> id, Function<I, String> version) {
        this.id = id;
        this.version = version;
        // by id, then version, then the service the framework would rank first last (so max() picks it)
        this.order = Comparator.comparing((Bound<S, I> b) -> id.apply(b.info()))
                .thenComparing(b -> version.apply(b.info()), SemanticVersions::compare)
                .thenComparing(Bound::reference, Comparator.naturalOrder());
    }

    /** Adds a service, or replaces what was known of it when its properties changed. */
    public void add(I info, S service, ServiceReference<S> reference) {
        bound.put(reference, new Bound<>(info, service, reference));
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /**
     * Its component is going away (its bundle is stopping): calls waiting for a service return at
     * once, finding nothing, so their callers can turn to the component that replaces this one.
     */
    public void close() {
        closed = true;
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** Forgets the service of {@code reference}. */
    public void remove(ServiceReference<S> reference) {
        bound.remove(reference);
    }

    /** Every bound service, by id then version. */
    public List<Bound<S, I>> all() {
        return bound.values().stream().sorted(order).toList();
    }

    /** The service {@code id} at {@code version} (null: the highest). */
    public Optional<Bound<S, I>> find(String id, String version) {
        return bound.values().stream().filter(b -> this.id.apply(b.info()).equals(id))
                .filter(b -> version == null || this.version.apply(b.info()).equals(version)).max(order);
    }

    /** The highest version among the services {@code which} accepts. */
    public Optional<Bound<S, I>> highest(java.util.function.Predicate<I> which) {
        return bound.values().stream().filter(b -> which.test(b.info()))
                .max(Comparator.comparing((Bound<S, I> b) -> version.apply(b.info()), SemanticVersions::compare)
                        .thenComparing(Comparator.comparing((Bound<S, I> b) -> id.apply(b.info())).reversed())
                        .thenComparing(Bound::reference, Comparator.naturalOrder()));
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
                if (found.isPresent() || left <= 0 || closed) {
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
