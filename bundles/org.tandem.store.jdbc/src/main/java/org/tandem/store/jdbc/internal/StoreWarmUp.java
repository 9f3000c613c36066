package org.tandem.store.jdbc.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;
import org.tandem.api.store.AssessmentStore;

/**
 * Opens the store (database, connection pool, migrations) on a thread of its own once Tandem is
 * ready (the launcher's condition {@code tandem.ready}), so that the start does not share the two
 * cores with it (on a warm start the opening is a sixth of the start's work) and the first request
 * finds it open. A request before that opens it itself; whoever needs the store first waits for that
 * one opening: Declarative Services activates the component once. Without the condition (a one-shot
 * job, a test) the first use opens it. The store is held open until this bundle stops.
 */
@Component(immediate = true, service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class StoreWarmUp {

    private final BundleContext context;
    private final ServiceReference<AssessmentStore> store;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean held;

    @Activate
    public StoreWarmUp(BundleContext context, @Reference(service = AssessmentStore.class)
            ServiceReference<AssessmentStore> store) {
        this.context = context;
        this.store = store;
    }

    /**
     * Tandem is ready. An optional reference, so this component is satisfied from the start and
     * {@code /health} finds nothing waiting when the ready line appears.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + Condition.CONDITION_ID + "=tandem.ready)")
    void ready(Condition ready) {
        if (started.compareAndSet(false, true)) {
            Thread open = new Thread(this::open, "tandem-store-open");
            open.setDaemon(true);
            open.start();
        }
    }

    void unready(Condition ready) {
        // the store stays open
    }

    private void open() {
        try {
            held = context.getService(store) != null;
        } catch (RuntimeException e) {
            // the store's own activation logged why; whoever needs it next gets the error
        }
    }

    @Deactivate
    void close() {
        if (held) {
            try {
                context.ungetService(store);
            } catch (RuntimeException e) {
                // the bundle is stopping
            }
        }
    }
}
