package org.tandem.store.jdbc.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.store.AssessmentStore;

/**
 * Opens the store (database, connection pool, migrations: the slowest step of Tandem's start) on a
 * thread of its own as soon as it can be, so the other bundles start meanwhile on the other core.
 * Whoever needs the store first waits for that one opening: Declarative Services activates the
 * component once. The store is held open until this bundle stops.
 */
@Component(immediate = true, service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class StoreWarmUp {

    private final BundleContext context;
    private final ServiceReference<AssessmentStore> store;
    private volatile boolean held;

    @Activate
    public StoreWarmUp(BundleContext context, @Reference(service = AssessmentStore.class)
            ServiceReference<AssessmentStore> store) {
        this.context = context;
        this.store = store;
        Thread open = new Thread(this::open, "tandem-store-open");
        open.setDaemon(true);
        open.start();
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
