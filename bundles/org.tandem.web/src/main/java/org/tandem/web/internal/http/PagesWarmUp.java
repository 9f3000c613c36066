package org.tandem.web.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;

/**
 * Once Tandem is ready (the launcher's condition {@value #READY}), compiles every page template on
 * a thread of its own, so the first view of each page does not wait for it and the start does not
 * share the cores with it. Without the condition (a one-shot job) nothing is compiled ahead.
 */
@Component(immediate = true, service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class PagesWarmUp {

    /** The {@code osgi.condition.id} the launcher registers once Tandem serves. */
    public static final String READY = "tandem.ready";

    @Activate
    public PagesWarmUp(@Reference Pages pages,
            @Reference(target = "(" + Condition.CONDITION_ID + "=" + READY + ")") Condition ready) {
        Thread warmUp = new Thread(pages::compileAll, "tandem-pages-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
