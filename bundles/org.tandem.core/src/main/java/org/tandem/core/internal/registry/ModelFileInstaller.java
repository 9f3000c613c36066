package org.tandem.core.internal.registry;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.core.internal.model.ModelLimits;

/** Bare {@code *.model.json} files in deploy/: installed, updated and withdrawn with the file. */
@Component(service = ArtifactInstaller.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelFileInstaller implements ArtifactInstaller {

    static final String SUFFIX = ".model.json";

    private final ModelRegistryImpl registry;

    @Activate
    public ModelFileInstaller(@Reference ModelRegistryImpl registry) {
        this.registry = registry;
    }

    @Override
    public boolean canHandle(File file) {
        return file.getName().endsWith(SUFFIX);
    }

    @Override
    public void install(File file) {
        String source = file.getAbsolutePath();
        try {
            if (Files.size(file.toPath()) > ModelLimits.MAX_BYTES) {
                registry.withdraw(source);
                registry.refuse(new ModelReading(source, Optional.empty(), List.of(ModelLimits.tooLarge())));
                return;
            }
            String json = Files.readString(file.toPath(), StandardCharsets.UTF_8);
            registry.install(source, null, List.of(new ModelRegistryImpl.Document("", json)));
        } catch (IOException e) {
            registry.withdraw(source);
            registry.refuse(new ModelReading(source, Optional.empty(), List.of(ModelProblem.error("$",
                    "cannot read the file: " + e.getMessage()))));
        }
    }

    @Override
    public void update(File file) {
        install(file);
    }

    @Override
    public void uninstall(File file) {
        registry.withdraw(file.getAbsolutePath());
    }
}
