package org.tandem.shell.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** {@code tandem:status}: the framework, its bundles and its components, problems first. */
@Component(service = StatusCommand.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = "status")
public class StatusCommand {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public StatusCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Descriptor("shows the runtime: framework, bundles and components, with every problem")
    public String status(
            @Descriptor("list every bundle and component, not only those with problems")
            @Parameter(names = {"-a", "--all"}, presentValue = "true", absentValue = "false") boolean all) {
        return snapshot().format(all);
    }

    RuntimeStatus snapshot() {
        Bundle system = context.getBundle(0);
        List<RuntimeStatus.BundleLine> bundles = Arrays.stream(context.getBundles())
                .map(b -> new RuntimeStatus.BundleLine(b.getBundleId(), b.getSymbolicName(), b.getVersion().toString(),
                        state(b.getState()), isFragment(b)))
                .toList();
        List<RuntimeStatus.ComponentLine> components = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            String bundle = description.bundle.symbolicName;
            if (!scr.isComponentEnabled(description)) {
                components.add(new RuntimeStatus.ComponentLine(description.name, bundle, "disabled", List.of()));
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && "require".equals(description.configurationPolicy)
                    && description.factory == null) {
                // one instance per configuration (e.g. a model's scoring choice): none is a normal state
                components.add(new RuntimeStatus.ComponentLine(description.name, bundle, "no configuration",
                        List.of()));
            } else if (configurations.isEmpty()) {
                components.add(new RuntimeStatus.ComponentLine(description.name, bundle, "unsatisfied configuration",
                        List.of("configuration " + String.join(", ", description.configurationPid))));
            }
            for (ComponentConfigurationDTO c : configurations) {
                List<String> missing = Arrays.stream(c.unsatisfiedReferences)
                        .map(r -> r.name + (r.target != null ? " " + r.target : "")).toList();
                components.add(new RuntimeStatus.ComponentLine(description.name, bundle, state(c), missing));
            }
        }
        return new RuntimeStatus(context.getProperty("tandem.version"),
                "Apache Felix " + system.getVersion(), system.adapt(FrameworkStartLevel.class).getStartLevel(),
                ManagementFactory.getRuntimeMXBean().getUptime(), bundles, components);
    }

    private static String state(ComponentConfigurationDTO c) {
        return switch (c.state) {
            case ComponentConfigurationDTO.ACTIVE -> "active";
            case ComponentConfigurationDTO.SATISFIED -> "satisfied";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied reference";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed activation: " + c.failure;
            default -> "state " + c.state;
        };
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    private static boolean isFragment(Bundle b) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }
}
