package org.tandem.web.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.tandem.web.internal.http.HttpProblem;

/**
 * The product's services (assessments, scoring, reports, models, questionnaire, store, deploy) as
 * the web calls them, so that the core and questionnaire bundles can be updated, rolled back or
 * removed while requests are served.
 * <p>
 * A servlet that held these services as static references would be unregistered while the bundle
 * providing them is swapped, and its requests would get 404. Instead each servlet holds a stand-in
 * from {@link #of(Class)}: a call finds the service currently registered (the best ranked), waits
 * up to {@code serviceWaitMillis} when there is none, and answers 503 saying what is missing if it
 * does not come back in time. A call that fails because its service went away during the call (its
 * bundle is stopping or stopped under it) is made once more on the service that replaced it; a
 * failure of a service whose bundle is active is its answer, passed on unchanged.
 */
@Component(service = Services.class, configurationPid = WebConfig.PID)
public final class Services {

    private final BundleContext context;
    private final Map<Class<?>, Object> standIns = new ConcurrentHashMap<>();
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new ConcurrentHashMap<>();
    /** The service objects taken so far, by registration: got when first called, released when it goes. */
    private final Map<ServiceReference<?>, Object> taken = new ConcurrentHashMap<>();
    private volatile long waitMillis;
    private volatile boolean closed;

    @Activate
    public Services(BundleContext context, WebConfig config) {
        this.context = context;
        this.waitMillis = Math.max(0, config.serviceWaitMillis());
    }

    @Modified
    void modified(WebConfig config) {
        this.waitMillis = Math.max(0, config.serviceWaitMillis());
    }

    @Deactivate
    void close() {
        closed = true;
        trackers.values().forEach(ServiceTracker::close);
        trackers.clear();
        taken.keySet().forEach(this::release);
    }

    /** The stand-in for the service of {@code type}; the same object each time. */
    public <T> T of(Class<T> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        return type.cast(standIns.computeIfAbsent(type, t -> Proxy.newProxyInstance(t.getClassLoader(),
                new Class<?>[] {t}, new Call<>(tracker(type), type))));
    }

    /**
     * Tracks the registrations of {@code type} without getting their services: a service (and the
     * component behind it) is got when a call first needs it, not when a servlet is made while
     * Tandem starts.
     */
    @SuppressWarnings("unchecked")
    private <T> ServiceTracker<T, ServiceReference<T>> tracker(Class<T> type) {
        return (ServiceTracker<T, ServiceReference<T>>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, ServiceReference<T>> tracker = new ServiceTracker<>(context, type,
                    new ServiceTrackerCustomizer<T, ServiceReference<T>>() {
                        @Override
                        public ServiceReference<T> addingService(ServiceReference<T> reference) {
                            return reference;
                        }

                        @Override
                        public void modifiedService(ServiceReference<T> reference, ServiceReference<T> same) {
                        }

                        @Override
                        public void removedService(ServiceReference<T> reference, ServiceReference<T> same) {
                            release(reference);
                        }
                    });
            tracker.open();
            return tracker;
        });
    }

    /** The service of {@code reference}, got once and kept until it goes; null when it is gone. */
    @SuppressWarnings("unchecked")
    private <T> T take(ServiceTracker<T, ServiceReference<T>> tracker, ServiceReference<T> reference) {
        T service = (T) taken.computeIfAbsent(reference, r -> context.getService(r));
        if (service != null && tracker.getService(reference) == null) {
            release(reference); // it went away while we took it
            return null;
        }
        return service;
    }

    private void release(ServiceReference<?> reference) {
        if (taken.remove(reference) != null) {
            try {
                context.ungetService(reference);
            } catch (IllegalStateException e) {
                // this bundle is stopping
            }
        }
    }

    /** True when the service's registration is gone or its bundle is stopping (or stopped). */
    static boolean going(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null || bundle.getState() != Bundle.ACTIVE;
    }

    private final class Call<T> implements InvocationHandler {

        private final ServiceTracker<T, ServiceReference<T>> tracker;
        private final Class<T> type;

        Call(ServiceTracker<T, ServiceReference<T>> tracker, Class<T> type) {
            this.tracker = tracker;
            this.type = type;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "the current " + type.getSimpleName();
                };
            }
            ServiceReference<T> failed = null;
            while (true) {
                ServiceReference<T> reference = await(failed);
                T service = take(tracker, reference);
                if (service == null) {
                    continue; // went away between the two looks
                }
                try {
                    return method.invoke(service, args);
                } catch (InvocationTargetException e) {
                    if (failed == null && going(reference)) {
                        failed = reference; // it failed because its bundle stopped under it: once more on its successor
                        continue;
                    }
                    throw e.getCause();
                }
            }
        }

        /** The best service now, other than {@code not} while that one is still registered; waits for one. */
        private ServiceReference<T> await(ServiceReference<T> not) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (true) {
                ServiceReference<T> reference = closed ? null : tracker.getServiceReference();
                if (reference != null && !reference.equals(not)) {
                    return reference;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (closed || left <= 0) {
                    throw new HttpProblem(503, "Tandem is being updated: no " + type.getSimpleName()
                            + " came back within " + waitMillis + " ms; try again in a moment", null);
                }
                try {
                    if (reference == null) {
                        tracker.waitForService(Math.min(left, 100));
                    } else {
                        Thread.sleep(Math.min(left, 20)); // the failed one is still registered: its successor comes
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HttpProblem(503, "the server is stopping", null);
                }
            }
        }
    }
}
