package org.tandem.core.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.core.internal.model.ModelLimits;

/**
 * The extender for data-only model bundles: a bundle whose manifest says
 * {@code Tandem-ValueModel: path[,path]} contributes those documents while it is active; they are
 * withdrawn synchronously when it stops (the tracker sees STOPPING before the bundle is gone).
 */
@Component(service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelExtender implements BundleTrackerCustomizer<String> {

    public static final String HEADER = "Tandem-ValueModel";

    private final ModelRegistryImpl registry;
    private final BundleTracker<String> tracker;

    @Activate
    public ModelExtender(BundleContext context, @Reference ModelRegistryImpl registry) {
        this.registry = registry;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null) {
            return null;
        }
        String source = bundle.getSymbolicName() + " " + bundle.getVersion();
        List<ModelRegistryImpl.Document> documents = new ArrayList<>();
        List<ModelReading> missing = new ArrayList<>();
        for (String path : header.split(",")) {
            path = path.trim();
            if (path.isEmpty()) {
                continue;
            }
            URL entry = bundle.getEntry(path.startsWith("/") ? path : "/" + path);
            ModelProblem problem;
            try {
                byte[] json = entry == null ? null : read(entry);
                if (json != null) {
                    documents.add(new ModelRegistryImpl.Document(path, new String(json, StandardCharsets.UTF_8)));
                    continue;
                }
                problem = entry == null ? ModelProblem.error("$", HEADER + " names " + path
                        + ", which is not in bundle " + source) : ModelLimits.tooLarge();
            } catch (IOException e) {
                problem = ModelProblem.error("$", "cannot read " + path + " of bundle " + source + ": " + e.getMessage());
            }
            missing.add(new ModelReading(source + ":" + path, Optional.empty(), List.of(problem)));
        }
        registry.install(source, source, documents);
        // after install, which forgets the source's earlier refusals
        missing.forEach(registry::refuse);
        return source;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String source) {
        // ACTIVE <-> STARTING changes nothing about the bundle's models
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String source) {
        registry.withdraw(source);
    }

    /** The entry's bytes, or null when it has more than {@link ModelLimits#MAX_BYTES}: no more is read. */
    private static byte[] read(URL entry) throws IOException {
        try (InputStream in = entry.openStream()) {
            return ModelLimits.read(in);
        }
    }
}
