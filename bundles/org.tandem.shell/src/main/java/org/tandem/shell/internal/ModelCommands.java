package org.tandem.shell.internal;

import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.ValueModel;

/** {@code tandem:models}, {@code tandem:model}: the installed value models and the refused ones. */
@Component(service = ModelCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = {"models", "model"})
public class ModelCommands {

    private final ModelRegistry registry;

    @Activate
    public ModelCommands(@Reference ModelRegistry registry) {
        this.registry = registry;
    }

    @Descriptor("lists the installed value models, and the refused documents with every problem")
    public String models() {
        StringBuilder out = new StringBuilder();
        List<InstalledModel> models = registry.models();
        out.append(models.isEmpty() ? "No value models installed.\n" : "Installed value models:\n");
        for (InstalledModel m : models) {
            ValueModel model = m.model();
            out.append(String.format("  %-28s %-26s %s%n", model.key(), model.title().get("en", model.defaultLocale()),
                    m.source()));
        }
        List<ModelReading> refused = registry.refused();
        if (!refused.isEmpty()) {
            out.append("Refused:\n");
            for (ModelReading r : refused) {
                out.append("  ").append(r.source()).append('\n');
                r.problems().forEach(p -> out.append("    ").append(p).append('\n'));
            }
        }
        return out.toString();
    }

    @Descriptor("shows one value model: perspectives, dimensions and bands")
    public String model(@Descriptor("model id") String id) {
        return show(registry.latest(id).orElseThrow(() -> unknown(id, null)));
    }

    @Descriptor("shows one version of a value model")
    public String model(@Descriptor("model id") String id, @Descriptor("version") String version) {
        return show(registry.model(id, version).orElseThrow(() -> unknown(id, version)));
    }

    private IllegalArgumentException unknown(String id, String version) {
        return new IllegalArgumentException("no model " + id + (version == null ? "" : " version " + version)
                + " is installed (see tandem:models)");
    }

    private static String show(InstalledModel installed) {
        ValueModel m = installed.model();
        String lang = m.defaultLocale();
        StringBuilder out = new StringBuilder();
        out.append(m.key()).append(": ").append(m.title().get(lang, lang)).append('\n');
        out.append("  from ").append(installed.source()).append('\n');
        out.append("  languages ").append(String.join(", ", m.locales())).append(", scoring ")
                .append(m.scoring().strategy()).append(", at least ").append(m.scoring().minimumRespondents())
                .append(" respondent(s) per perspective\n");
        out.append("  perspectives: ").append(String.join(", ", m.perspectives().stream()
                .map(p -> p.id() + (p.optional() ? " (optional)" : "")).toList())).append('\n');
        out.append("  dimensions:\n");
        for (Dimension d : m.dimensions()) {
            out.append(String.format("    %-20s %-40s %2d questions, weight %s%n", d.id(), d.title().get(lang, lang),
                    d.questions().size(), d.weight()));
        }
        out.append("  bands: ").append(String.join(", ", m.bands().stream().map(b -> b.id() + " " + (int) b.min() + "-"
                + (int) b.max() + (b.floor() != null ? " (floor " + b.floor().intValue() + ")" : "")).toList())).append('\n');
        return out.toString();
    }
}
