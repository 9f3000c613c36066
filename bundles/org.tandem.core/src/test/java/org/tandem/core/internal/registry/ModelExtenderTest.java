package org.tandem.core.internal.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.core.internal.registry.TestDocuments.minimal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.core.internal.model.ModelLimits;
import org.tandem.core.internal.model.ModelReaderImpl;

/** The extender in a real framework, on real data-only bundles built by the test. */
class ModelExtenderTest {

    @TempDir
    Path dir;

    private final ModelRegistryImpl registry = new ModelRegistryImpl(new ModelReaderImpl(), new RecordingLogger());
    private TestFramework framework;
    private ModelExtender extender;

    @BeforeEach
    void start() throws Exception {
        framework = new TestFramework(dir.resolve("framework"), Map.of());
        extender = new ModelExtender(framework.context(), registry);
    }

    @AfterEach
    void stop() throws Exception {
        extender.deactivate();
        framework.close();
    }

    /** Installs a bundle with {@code header} as its Tandem-ValueModel header (none if null) and {@code entries}. */
    private Bundle install(String name, String header, Map<String, String> entries) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.2.3");
        if (header != null) {
            main.putValue(ModelExtender.HEADER, header);
        }
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(UTF_8));
                out.closeEntry();
            }
        }
        return framework.context().installBundle(jar.toUri().toString());
    }

    private List<String> keys() {
        return registry.models().stream().map(m -> m.model().key()).toList();
    }

    @Test
    void anActiveModelBundleContributesItsDocuments() throws Exception {
        Bundle bundle = install("org.example.models", "models/a.json, /models/b.json",
                Map.of("models/a.json", minimal("1.0.0"), "models/b.json", minimal("1.1.0")));
        assertEquals(List.of(), keys());

        bundle.start();

        assertEquals(List.of("minimal@1.0.0", "minimal@1.1.0"), keys());
        InstalledModel first = registry.models().get(0);
        assertEquals("org.example.models 1.2.3:models/a.json", first.source());
        assertEquals("org.example.models 1.2.3", first.bundle());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    void aStoppedBundleTakesItsModelsAlongAtOnce() throws Exception {
        Bundle bundle = install("org.example.models", "models/a.json", Map.of("models/a.json", minimal("1.0.0")));
        bundle.start();

        bundle.stop();

        assertEquals(List.of(), keys());
    }

    @Test
    void aPathMissingFromTheBundleIsRefusedAndTheOthersInstall() throws Exception {
        install("org.example.models", "models/a.json,models/gone.json", Map.of("models/a.json", minimal("1.0.0")))
                .start();

        assertEquals(List.of("minimal@1.0.0"), keys());
        assertEquals(List.of(new ModelReading("org.example.models 1.2.3:models/gone.json", java.util.Optional.empty(),
                List.of(ModelProblem.error("$", "Tandem-ValueModel names models/gone.json, which is not in bundle "
                        + "org.example.models 1.2.3")))), registry.refused());
    }

    @Test
    void aHugeDocumentIsRefusedWithoutReadingItWholeAndTheOthersInstall() throws Exception {
        String huge = minimal("2.0.0") + " ".repeat(ModelLimits.MAX_BYTES);
        install("org.example.models", "models/a.json,models/huge.json", Map.of("models/a.json", minimal("1.0.0"),
                "models/huge.json", huge)).start();
        install("org.example.more", "models/b.json", Map.of("models/b.json", minimal("other", "1.0.0"))).start();

        assertEquals(List.of("minimal@1.0.0", "other@1.0.0"), keys());
        assertEquals(List.of(new ModelReading("org.example.models 1.2.3:models/huge.json", java.util.Optional.empty(),
                List.of(ModelLimits.tooLarge()))), registry.refused());
        assertEquals("the document has more than 12582912 bytes; at most 4194304 characters are accepted",
                registry.refused().get(0).problems().get(0).message());
    }

    @Test
    void aBundleWithoutTheHeaderIsLeftAlone() throws Exception {
        install("org.example.other", null, Map.of("models/a.json", minimal("1.0.0"))).start();

        assertEquals(List.of(), keys());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    void aBundleActiveBeforeTheExtenderIsPickedUpAndDeactivationWithdrawsIt() throws Exception {
        extender.deactivate();
        install("org.example.models", "models/a.json", Map.of("models/a.json", minimal("1.0.0"))).start();
        assertEquals(List.of(), keys());

        extender = new ModelExtender(framework.context(), registry);
        assertEquals(List.of("minimal@1.0.0"), keys());

        extender.deactivate();
        assertEquals(List.of(), keys());
        extender = new ModelExtender(framework.context(), registry);
    }
}
