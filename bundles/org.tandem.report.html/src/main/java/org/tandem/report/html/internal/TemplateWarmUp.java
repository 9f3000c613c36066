package org.tandem.report.html.internal;

import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
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

    @Activate
    public TemplateWarmUp(@Reference(target = "(" + Condition.CONDITION_ID + "=" + READY + ")") Condition ready) {
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
}
