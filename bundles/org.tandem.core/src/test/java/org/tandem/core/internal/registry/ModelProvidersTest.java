package org.tandem.core.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.ValueModel;
import org.tandem.api.spi.model.ValueModelProvider;
import org.tandem.core.internal.model.ModelReaderImpl;

/**
 * The provider whiteboard, with providers registered as services in a real framework, so each has
 * a real {@link ServiceReference}; the calls Declarative Services would make are made directly.
 */
class ModelProvidersTest {

    @TempDir
    Path storage;

    private final ModelReaderImpl reader = new ModelReaderImpl();
    private final ModelRegistryImpl registry = new ModelRegistryImpl(reader, new RecordingLogger());
    private final ModelProviders providers = new ModelProviders(registry, reader);
    private TestFramework framework;

    /** Contributes the models it was given. */
    private record FixedProvider(List<ValueModel> models) implements ValueModelProvider {
    }

    @BeforeEach
    void startFramework() throws Exception {
        framework = new TestFramework(storage, Map.of());
    }

    @AfterEach
    void stopFramework() throws Exception {
        framework.close();
    }

    private ValueModel model(String version) {
        return reader.read("test", minimal(version)).model().orElseThrow();
    }

    /** {@code model} as built in code with another version. */
    private static ValueModel withVersion(ValueModel model, String version) {
        return new ValueModel(model.format(), model.id(), version, model.title(), model.description(),
                model.locales(), model.defaultLocale(), model.perspectives(), model.scales(), model.dimensions(),
                model.bands(), model.scoring());
    }

    private ServiceReference<ValueModelProvider> add(ValueModel... models) {
        FixedProvider provider = new FixedProvider(Arrays.asList(models));
        ServiceRegistration<ValueModelProvider> registration =
                framework.context().registerService(ValueModelProvider.class, provider, null);
        providers.addProvider(provider, registration.getReference());
        return registration.getReference();
    }

    private static String source(ServiceReference<?> ref) {
        return "service " + ref.getProperty("service.id") + " of " + ref.getBundle().getSymbolicName();
    }

    @Test
    void theModelsOfAProviderAreInstalledWithTheServiceAsSource() {
        ValueModel base = model("1.0.0");
        ServiceReference<ValueModelProvider> ref = add(base, withVersion(base, "1.1.0"));

        Bundle bundle = framework.context().getBundle();
        List<InstalledModel> models = registry.models();
        assertEquals(List.of("minimal@1.0.0", "minimal@1.1.0"), models.stream().map(m -> m.model().key()).toList());
        assertEquals(source(ref) + ":minimal@1.1.0", models.get(1).source());
        assertEquals(bundle.getSymbolicName() + " " + bundle.getVersion(), models.get(1).bundle());
        assertEquals(withVersion(base, "1.1.0"), models.get(1).model());
    }

    @Test
    void theDocumentOfAModelBuiltInCodeReadsBackAsTheSameModel() {
        ValueModel built = withVersion(model("1.0.0"), "3.0.0");
        add(built);

        String document = registry.document("minimal", "3.0.0").orElseThrow();

        ModelReading reading = reader.read("snapshot", document);
        assertEquals(List.of(), reading.problems());
        assertEquals(built, reading.model().orElseThrow());
    }

    @Test
    void anInvalidOrMissingModelIsRefusedAndTheOthersInstall() {
        ValueModel base = model("1.0.0");
        ServiceReference<ValueModelProvider> ref = add(withVersion(base, "one"), null, base);

        assertEquals(List.of("minimal@1.0.0"), registry.models().stream().map(m -> m.model().key()).toList());
        List<ModelReading> refused = registry.refused();
        assertEquals(List.of(source(ref) + ":#1", source(ref) + ":minimal@one"),
                refused.stream().map(ModelReading::source).toList());
        assertEquals(List.of("$.version"), refused.get(1).errors().stream().map(ModelProblem::path).toList());
        assertTrue(!refused.get(0).errors().isEmpty(), refused.get(0)::toString);
    }

    @Test
    void aRemovedProviderTakesItsModelsAndRefusalsAlong() {
        ValueModel base = model("1.0.0");
        ServiceReference<ValueModelProvider> first = add(base, withVersion(base, "bad version"));
        add(withVersion(base, "2.0.0"));

        providers.removeProvider(first);

        assertEquals(List.of("minimal@2.0.0"), registry.models().stream().map(m -> m.model().key()).toList());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    void twoProvidersCannotContributeTheSameVersion() {
        ValueModel base = model("1.0.0");
        ServiceReference<ValueModelProvider> first = add(base);
        ServiceReference<ValueModelProvider> second = add(base);

        assertEquals(source(first) + ":minimal@1.0.0", registry.latest("minimal").orElseThrow().source());
        ModelReading refused = registry.refused().get(0);
        assertEquals(source(second) + ":minimal@1.0.0", refused.source());
        assertTrue(refused.errors().get(0).message().contains("already installed from " + source(first)),
                refused::toString);
    }
}
