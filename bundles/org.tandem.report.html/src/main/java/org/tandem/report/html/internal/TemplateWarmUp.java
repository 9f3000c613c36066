package org.tandem.report.html.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;

/**
 * Once Tandem is ready (the launcher's condition {@value #READY}), compiles the report's template
 * on a thread of its own, so the first HTML report does not wait for it and the start does not
 * share the cores with it. Without the condition (a one-shot job, a test) the first report compiles it.
 */
@Component(immediate = true, service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class TemplateWarmUp {

    /** The {@code osgi.condition.id} the launcher registers once Tandem serves. */
    static final String READY = "tandem.ready";

    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * Tandem is ready. An optional reference, so this component is satisfied from the start and
     * {@code /health} finds nothing waiting when the ready line appears.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(" + Condition.CONDITION_ID + "=" + READY + ")")
    void ready(Condition ready) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread compile = new Thread(() -> {
            try {
                HtmlReportRenderer.template();
            } catch (IOException | RuntimeException e) {
                // the first report names the same problem
            }
        }, "tandem-report-html-template");
        compile.setDaemon(true);
        compile.start();
    }

    void unready(Condition ready) {
        // the compiled template stays
    }
}
