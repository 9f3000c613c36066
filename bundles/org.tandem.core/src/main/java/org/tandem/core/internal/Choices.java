package org.tandem.core.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * An administrator's choices (one component per factory configuration, such as a strategy or a
 * renderer chosen for a model) as a service binds them, and a bounded wait for the ones configured
 * when that service started.
 * <p>
 * When the core bundle starts (at boot, or after an update or a reinstall while Tandem runs), the
 * configuration admin hands the configurations to their components asynchronously: the scoring
 * service may be registered, and called, before the choice of strategy is bound. Without the wait
 * such a call would quietly use the model's default. With it, the first calls wait (up to their
 * bound) until every choice that was configured at activation has arrived.
 * <p>
 * When the service goes (its bundle is updated, rolled back or removed), Declarative Services
 * unregisters it, deactivates it and then unbinds its choices, while calls that got the service
 * before may still be running. {@link #close()} at deactivation keeps the choices bound then for
 * those calls, so that none of them falls back to the model's default.
 */
public final class Choices<C> {

    /** The longest any call waits for the choices configured at start. */
    private static final long MAX_WAIT_MILLIS = 5_000;

    private final List<C> bound = new CopyOnWriteArrayList<>();
    private final Set<Object> boundPids = ConcurrentHashMap.newKeySet();
    private final Object arrived = new Object();
    private volatile Set<String> expected = Set.of();
    private volatile boolean closed;

    /** Notes the configurations of {@code factoryPid} there are now: the choices to wait for. */
    public void expect(ConfigurationAdmin configurations, String factoryPid) {
        try {
            Configuration[] now = configurations.listConfigurations("(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                    + factoryPid + ")");
            expected = now == null ? Set.of() : Arrays.stream(now).map(Configuration::getPid)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | InvalidSyntaxException e) {
            expected = Set.of();
        }
    }

    public void add(C choice, Map<String, ?> properties) {
        bound.add(choice);
        Object pid = properties.get(Constants.SERVICE_PID);
        if (pid != null) {
            boundPids.add(pid);
        }
        synchronized (arrived) {
            arrived.notifyAll();
        }
    }

    /** The choice went: it is no longer used, unless the service holding these choices is going ({@link #close()}). */
    public void remove(C choice, Map<String, ?> properties) {
        if (closed) {
            return;
        }
        bound.remove(choice);
        Object pid = properties.get(Constants.SERVICE_PID);
        if (pid != null) {
            boundPids.remove(pid);
        }
    }

    /**
     * The service holding these choices is going: from now on they stay as they are (for the calls it
     * is still running) and nothing waits for more.
     */
    public void close() {
        closed = true;
        synchronized (arrived) {
            arrived.notifyAll();
        }
    }

    /** The choices bound now, once those configured at start have arrived or up to {@code waitMillis} passed. */
    public List<C> all(long waitMillis) {
        if (!expected.isEmpty()) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(waitMillis, MAX_WAIT_MILLIS));
            synchronized (arrived) {
                while (!closed && !boundPids.containsAll(expected)) {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        break;
                    }
                    try {
                        arrived.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            expected = Set.of(); // waited once: from now on choices come and go as configured
        }
        return bound;
    }
}
