package org.tandem.core.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;
import static org.tandem.core.internal.registry.TestDocuments.replace;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.core.internal.registry.ModelRegistryImpl.Document;

/** The registry on the real reader: what is installed, from where, in which order, and what is refused and why. */
class ModelRegistryImplTest {

    private static final String BUNDLE = "org.example.models 1.0.0";

    private final RecordingLogger log = new RecordingLogger();
    private final ModelReaderImpl reader = new ModelReaderImpl();
    private final ModelRegistryImpl registry = new ModelRegistryImpl(reader, log);

    /** The minimal document with two errors: a version that is not one, and a dimension weight below 0. */
    private static String broken() {
        return replace(minimal("one"), "\"weight\": 2,", "\"weight\": -2,");
    }

    private List<String> keys() {
        return registry.models().stream().map(m -> m.model().key()).toList();
    }

    private void installFile(String version) {
        registry.install("/deploy/minimal-" + version + ".model.json", null,
                List.of(new Document("", minimal(version))));
    }

    @Test
    void aModelFromABundleIsListedWithItsSourceAndBundle() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("models/minimal.json", minimal("1.0.0"))));

        List<InstalledModel> models = registry.models();
        assertEquals(1, models.size());
        assertEquals("minimal@1.0.0", models.get(0).model().key());
        assertEquals(BUNDLE + ":models/minimal.json", models.get(0).source());
        assertEquals(BUNDLE, models.get(0).bundle());
        assertEquals(List.of(), registry.refused());
        assertEquals(List.of("Model minimal@1.0.0 installed from " + BUNDLE + ":models/minimal.json"),
                log.messages(LogLevel.INFO));
    }

    @Test
    void aFileIsItsOwnSourceAndHasNoBundle() {
        registry.install("/deploy/minimal.model.json", null, List.of(new Document("", minimal("1.0.0"))));

        InstalledModel installed = registry.model("minimal", "1.0.0").orElseThrow();
        assertEquals("/deploy/minimal.model.json", installed.source());
        assertNull(installed.bundle());
    }

    @Test
    void versionsSideBySideAreSortedBySemanticVersion() {
        for (String version : List.of("1.10.0", "1.0.0", "2.0.0-rc.1", "1.2.0", "1.0.0-rc.10", "0.9.0", "1.0.0-rc.2",
                "1.0.0-rc.1", "1.0.0-alpha")) {
            installFile(version);
        }
        registry.install("/deploy/another.model.json", null, List.of(new Document("", minimal("another", "9.0.0"))));

        assertEquals(List.of("another@9.0.0", "minimal@0.9.0", "minimal@1.0.0-alpha", "minimal@1.0.0-rc.1",
                "minimal@1.0.0-rc.2", "minimal@1.0.0-rc.10", "minimal@1.0.0", "minimal@1.2.0", "minimal@1.10.0",
                "minimal@2.0.0-rc.1"), keys());
    }

    @Test
    void aPreReleaseSortsBelowItsReleaseAndAboveTheReleaseBefore() {
        installFile("0.9.0");
        installFile("1.0.0-rc1");
        assertEquals("1.0.0-rc1", registry.latest("minimal").orElseThrow().model().version());

        installFile("1.0.0");
        assertEquals(List.of("minimal@0.9.0", "minimal@1.0.0-rc1", "minimal@1.0.0"), keys());
        assertEquals("1.0.0", registry.latest("minimal").orElseThrow().model().version());
    }

    @Test
    void aQualifierAfterADotSortsAboveTheReleaseAsInOsgi() {
        installFile("1.0.0.v2");
        installFile("1.0.0");
        installFile("1.0.0.v1");

        assertEquals(List.of("minimal@1.0.0", "minimal@1.0.0.v1", "minimal@1.0.0.v2"), keys());
    }

    @Test
    void latestIsTheHighestVersionOfThatModel() {
        installFile("1.2.0");
        installFile("1.10.0");
        installFile("1.9.3");
        registry.install("/deploy/another.model.json", null, List.of(new Document("", minimal("another", "7.0.0"))));

        InstalledModel latest = registry.latest("minimal").orElseThrow();
        assertEquals("minimal@1.10.0", latest.model().key());
        assertEquals("/deploy/minimal-1.10.0.model.json", latest.source());
        assertEquals("another@7.0.0", registry.latest("another").orElseThrow().model().key());
        assertEquals(Optional.empty(), registry.latest("nope"));
    }

    @Test
    void oneVersionIsFoundByIdAndVersion() {
        installFile("1.2.0");
        installFile("1.3.0");

        InstalledModel found = registry.model("minimal", "1.2.0").orElseThrow();
        assertEquals("minimal@1.2.0", found.model().key());
        assertEquals("/deploy/minimal-1.2.0.model.json", found.source());
        assertEquals(Optional.empty(), registry.model("minimal", "1.4.0"));
        assertEquals(Optional.empty(), registry.model("another", "1.2.0"));
    }

    @Test
    void reinstallingASourceReplacesItsModels() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0")),
                new Document("b.json", minimal("1.1.0"))));
        installFile("3.0.0");

        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0")),
                new Document("c.json", minimal("1.2.0"))));

        assertEquals(List.of("minimal@1.0.0", "minimal@1.2.0", "minimal@3.0.0"), keys());
        assertEquals(Optional.empty(), registry.model("minimal", "1.1.0"));
        assertEquals(BUNDLE + ":c.json", registry.model("minimal", "1.2.0").orElseThrow().source());
        assertTrue(log.messages(LogLevel.INFO).contains("Model minimal@1.1.0 withdrawn (" + BUNDLE + ":b.json)"),
                log.entries().toString());
    }

    @Test
    void withdrawRemovesTheModelsAndRefusalsOfThatSourceOnly() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0")),
                new Document("bad.json", broken())));
        registry.install("other 2.0.0", "other 2.0.0", List.of(new Document("b.json", minimal("2.0.0")),
                new Document("bad.json", broken())));

        registry.withdraw(BUNDLE);

        assertEquals(List.of("minimal@2.0.0"), keys());
        assertEquals(List.of("other 2.0.0:bad.json"), registry.refused().stream().map(ModelReading::source).toList());
        assertTrue(log.messages(LogLevel.INFO).contains("Model minimal@1.0.0 withdrawn (" + BUNDLE + ":a.json)"),
                log.entries().toString());
    }

    @Test
    void anInvalidDocumentIsRefusedWithEveryProblemAndTheValidOnesInstall() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0")),
                new Document("bad.json", broken()), new Document("c.json", minimal("1.1.0"))));

        assertEquals(List.of("minimal@1.0.0", "minimal@1.1.0"), keys());
        ModelReading refused = registry.refused().get(0);
        assertEquals(1, registry.refused().size());
        assertEquals(BUNDLE + ":bad.json", refused.source());
        assertEquals(List.of("$.version", "$.dimensions[1].weight"),
                refused.errors().stream().map(ModelProblem::path).toList());
        assertEquals(reader.read(BUNDLE + ":bad.json", broken()).problems(), refused.problems());

        List<String> errors = log.messages(LogLevel.ERROR);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("Model " + BUNDLE + ":bad.json refused:"), errors.get(0));
        for (ModelProblem problem : refused.problems()) {
            assertTrue(errors.get(0).contains(problem.toString()), errors.get(0));
        }
    }

    @Test
    void aWarningIsLoggedAndTheModelStillInstalls() {
        String withUnknownField = replace(minimal("1.0.0"), "\"format\": 1,", "\"format\": 1, \"colour\": \"blue\",");

        registry.install("/deploy/colour.model.json", null, List.of(new Document("", withUnknownField)));

        assertEquals(List.of("minimal@1.0.0"), keys());
        assertEquals(List.of("Model /deploy/colour.model.json: WARNING $.colour: unknown field 'colour' is ignored"),
                log.messages(LogLevel.WARN));
    }

    @Test
    void theSameVersionFromASecondSourceIsRefusedNamingTheFirst() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0"))));

        registry.install("/deploy/copy.model.json", null, List.of(new Document("", minimal("1.0.0"))));

        assertEquals(BUNDLE + ":a.json", registry.model("minimal", "1.0.0").orElseThrow().source());
        assertEquals(1, registry.models().size());
        ModelReading refused = registry.refused().get(0);
        assertEquals("/deploy/copy.model.json", refused.source());
        assertEquals(List.of(ModelProblem.error("$.version", "model minimal@1.0.0 is already installed from " + BUNDLE
                + ":a.json; give this one another version")), refused.problems());
        assertEquals(1, log.messages(LogLevel.ERROR).size());
    }

    @Test
    void theSameVersionTwiceFromOneSourceIsRefusedTheSecondTime() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0")),
                new Document("b.json", minimal("1.0.0"))));

        assertEquals(List.of("minimal@1.0.0"), keys());
        assertEquals(BUNDLE + ":a.json", registry.model("minimal", "1.0.0").orElseThrow().source());
        assertEquals(List.of(new ModelReading(BUNDLE + ":b.json", Optional.empty(), List.of(ModelProblem.error(
                "$.version", "model minimal@1.0.0 is already installed from " + BUNDLE
                        + ":a.json; give this one another version")))), registry.refused());
    }

    @Test
    void aRefusalDisappearsWhenItsSourceInstallsAValidDocument() {
        String file = "/deploy/minimal.model.json";
        registry.install(file, null, List.of(new Document("", broken())));
        assertEquals(List.of(file), registry.refused().stream().map(ModelReading::source).toList());
        assertEquals(List.of(), registry.models());

        registry.install(file, null, List.of(new Document("", minimal("1.0.0"))));

        assertEquals(List.of(), registry.refused());
        assertEquals(file, registry.model("minimal", "1.0.0").orElseThrow().source());
    }

    @Test
    void aClashRefusedEarlierInstallsOnceTheFirstSourceIsGone() {
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", minimal("1.0.0"))));
        registry.install("/deploy/copy.model.json", null, List.of(new Document("", minimal("1.0.0"))));
        registry.withdraw(BUNDLE);

        registry.install("/deploy/copy.model.json", null, List.of(new Document("", minimal("1.0.0"))));

        assertEquals(List.of(), registry.refused());
        assertEquals("/deploy/copy.model.json", registry.model("minimal", "1.0.0").orElseThrow().source());
    }

    @Test
    void theDocumentIsExactlyTheJsonThatWasInstalled() {
        String asGiven = minimal("1.0.0");
        String otherLayout = minimal("1.1.0").replace("\n", "\r\n").replace("  ", "\t");
        registry.install(BUNDLE, BUNDLE, List.of(new Document("a.json", asGiven), new Document("b.json", otherLayout)));

        assertEquals(Optional.of(asGiven), registry.document("minimal", "1.0.0"));
        assertEquals(Optional.of(otherLayout), registry.document("minimal", "1.1.0"));
        assertEquals(Optional.empty(), registry.document("minimal", "1.2.0"));
    }

    @Test
    void aDocumentThatCouldNotBeReadIsRefusedAndLogged() {
        ModelReading missing = new ModelReading(BUNDLE + ":gone.json", Optional.empty(),
                List.of(ModelProblem.error("$", "Tandem-ValueModel names gone.json, which is not in bundle " + BUNDLE)));

        registry.refuse(missing);

        assertEquals(List.of(missing), registry.refused());
        assertEquals(List.of("Model " + BUNDLE + ":gone.json refused:\n  ERROR $: Tandem-ValueModel names gone.json, "
                + "which is not in bundle " + BUNDLE), log.messages(LogLevel.ERROR));
        registry.withdraw(BUNDLE);
        assertEquals(List.of(), registry.refused());
    }
}
