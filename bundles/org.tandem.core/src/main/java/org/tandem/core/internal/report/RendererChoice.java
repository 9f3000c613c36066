package org.tandem.core.internal.report;

import java.nio.file.Path;
import java.util.Map;
import org.osgi.framework.BundleContext;
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
 * {@code renderer=acme.html@2.0.0}). Each configuration is one instance of this component. When
 * two choose for the same model and format, the one in {@code data/etc/} (written by
 * {@code tandem:reportwith}) wins, then the last by file name.
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
    private final String file;
    private final boolean fromData;

    @Activate
    public RendererChoice(Config config, Map<String, Object> properties, BundleContext context) {
        this(config, String.valueOf(properties.getOrDefault("felix.fileinstall.filename", "")),
                context.getProperty("tandem.data"));
    }

    /**
     * A choice read from {@code file} (a FileInstall file URL, or empty); {@code data} is the data
     * directory, where the shell writes its choices.
     */
    RendererChoice(Config config, String file, String data) {
        this.model = trim(config.model());
        this.format = trim(config.format());
        this.renderer = trim(config.renderer());
        this.file = file;
        this.fromData = data != null && !file.isEmpty()
                && file.replace('\\', '/').contains(Path.of(data, "etc").toUri().getPath());
    }

    /** The configuration file it came from, as FileInstall names it; empty when it came another way. */
    public String file() {
        return file;
    }

    /** True when it came from {@code data/etc/}, where tandem:reportwith writes: such a choice wins over etc/. */
    public boolean fromData() {
        return fromData;
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
