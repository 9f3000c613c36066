package org.tandem.core.internal.report;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An administrator's choice of renderer for one format of one model: a factory configuration
 * {@code org.tandem.report.model~<name>} (e.g. {@code etc/org.tandem.report.model-partnership-html.cfg}
 * with {@code model=partnership}, {@code format=html} and {@code renderer=acme.html} or
 * {@code renderer=acme.html@2.0.0}). Each configuration is one instance of this component.
 */
@Component(service = RendererChoice.class, configurationPid = RendererChoice.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RendererChoice.Config.class, factory = true)
public class RendererChoice {

    public static final String PID = "org.tandem.report.model";

    @ObjectClassDefinition(name = "Tandem report renderer of a model",
            description = "Chooses the renderer of one report format for one value model.")
    public @interface Config {
        @AttributeDefinition(description = "The id of the value model, e.g. partnership")
        String model();

        @AttributeDefinition(description = "The report format, e.g. html")
        String format();

        @AttributeDefinition(description = "The renderer id, e.g. acme.html, or id@version to pin a version")
        String renderer();
    }

    private final String model;
    private final String format;
    private final String renderer;

    @Activate
    public RendererChoice(Config config) {
        this.model = trim(config.model());
        this.format = trim(config.format());
        this.renderer = trim(config.renderer());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public String model() {
        return model;
    }

    public String format() {
        return format;
    }

    public String renderer() {
        return renderer;
    }
}
