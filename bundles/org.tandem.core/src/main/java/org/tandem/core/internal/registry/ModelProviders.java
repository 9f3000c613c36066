package org.tandem.core.internal.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.model.ValueModelProvider;
import org.tandem.core.internal.model.ModelWriter;

/** The whiteboard of {@link ValueModelProvider} services: their models, validated, while they are registered. */
@Component(service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelProviders {

    private final ModelRegistryImpl registry;
    private final ModelReader reader;

    @Activate
    public ModelProviders(@Reference ModelRegistryImpl registry, @Reference ModelReader reader) {
        this.registry = registry;
        this.reader = reader;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(ValueModelProvider provider, ServiceReference<ValueModelProvider> ref) {
        String source = source(ref);
        Map<ModelReading, String> readings = new LinkedHashMap<>();
        int i = 0;
        for (ValueModel model : provider.models()) {
            String name = source + ":" + (model == null || model.key() == null ? "#" + i : model.key());
            readings.put(reader.validate(name, model), model == null ? "" : ModelWriter.write(model));
            i++;
        }
        registry.installReadings(source, ref.getBundle().getSymbolicName() + " " + ref.getBundle().getVersion(),
                readings);
    }

    void removeProvider(ServiceReference<ValueModelProvider> ref) {
        registry.withdraw(source(ref));
    }

    private static String source(ServiceReference<?> ref) {
        return "service " + ref.getProperty("service.id") + " of " + ref.getBundle().getSymbolicName();
    }
}
