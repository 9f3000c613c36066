package org.tandem.web.internal.http;

import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;

/**
 * Once Tandem is ready (the launcher's condition {@value #READY}), compiles every page template on
 * a thread of its own, so the first view of each page does not wait for it and the start does not
 * share the cores with it. Without the condition (a one-shot job) nothing is compiled ahead.
 * <p>
 * The condition is an optional reference, so this component is satisfied from the start: {@code /health}
 * and {@code tandem:status} find nothing waiting when the ready line appears.
 */
@Component(immediate = true, service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class PagesWarmUp {

    /** The {@code osgi.condition.id} the launcher registers once Tandem serves. */
    public static final String READY = "tandem.ready";
    /** The target of a reference to that condition. */
    public static final String READY_TARGET = "(" + Condition.CONDITION_ID + "=" + READY + ")";

    private final Pages pages;
    private final AtomicBoolean started = new AtomicBoolean();

    @Activate
    public PagesWarmUp(@Reference Pages pages) {
        this.pages = pages;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, target = READY_TARGET)
    void ready(Condition ready) {
        if (started.compareAndSet(false, true)) {
            Thread warmUp = new Thread(pages::compileAll, "tandem-pages-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    void unready(Condition ready) {
        // compiled templates stay compiled
    }
}
