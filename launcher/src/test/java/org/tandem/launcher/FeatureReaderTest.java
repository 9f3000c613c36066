package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeatureReaderTest {

    @TempDir
    Path home;

    private Installation installation;

    @BeforeEach
    void install() {
        installation = Installation.in(home, "tandem.features = base\n");
    }

    @Test
    void readsAValidFeature() throws LaunchException {
        installation.feature("web", """
                {
                  "feature-resource-version": "1.0",
                  "id": "org.tandem:web:osgifeature:1.0.0",
                  "name": "Web",
                  "description": "documentation only",
                  "bundles": [
                    { "id": "org.apache.felix:org.apache.felix.scr:2.2.12", "start-order": 2 },
                    "org.tandem:org.tandem.api:0.1.0",
                    { "id": "org.tandem:org.tandem.shell:0.1.0-SNAPSHOT" }
                  ],
                  "configurations": {
                    "org.tandem.web": { "port": 8080, "secure": false, "name": "tandem", "ratio": 0.5 },
                    "org.tandem.store~main": { "path": "${tandem.data}/store", "big": 9007199254740993 }
                  }
                }
                """);

        Feature feature = FeatureReader.read(installation.features(), "web");

        assertEquals("web", feature.name());
        assertEquals("org.tandem:web:osgifeature:1.0.0", feature.id());
        assertEquals(home.resolve("features/web.json"), feature.source());
        assertEquals(List.of(
                new Feature.FeatureBundle("org.apache.felix:org.apache.felix.scr:2.2.12", 2),
                new Feature.FeatureBundle("org.tandem:org.tandem.api:0.1.0", 1),
                new Feature.FeatureBundle("org.tandem:org.tandem.shell:0.1.0-SNAPSHOT", 1)),
                feature.bundles());
        assertEquals(List.of("org.tandem.web", "org.tandem.store~main"), List.copyOf(feature.configurations().keySet()));

        Map<String, Object> web = feature.configurations().get("org.tandem.web");
        assertEquals(8080L, web.get("port"));
        assertEquals(Long.class, web.get("port").getClass());
        assertEquals(Boolean.FALSE, web.get("secure"));
        assertEquals("tandem", web.get("name"));
        assertEquals(0.5, web.get("ratio"));

        Map<String, Object> store = feature.configurations().get("org.tandem.store~main");
        assertEquals("${tandem.data}/store", store.get("path"));
        assertEquals(9007199254740993L, store.get("big"));
    }

    @Test
    void configurationsAreOptional() throws LaunchException {
        installation.feature("bare", """
                { "id": "org.tandem:bare:osgifeature:1.0.0", "bundles": [] }
                """);

        Feature feature = FeatureReader.read(installation.features(), "bare");

        assertTrue(feature.bundles().isEmpty());
        assertTrue(feature.configurations().isEmpty());
    }

    @Test
    void bundlePathIsArtifactDashVersionJar() {
        Feature.FeatureBundle bundle = new Feature.FeatureBundle("org.apache.felix:org.apache.felix.scr:2.2.12", 1);

        assertEquals(Path.of("org.apache.felix.scr-2.2.12.jar"), bundle.path());
    }

    @Test
    void unknownFeatureListsTheKnownOnes() {
        installation.emptyFeature("web").emptyFeature("base").write("features/README.txt", "not a feature");

        LaunchException e = failure("nosuch");

        assertTrue(e.getMessage().contains("unknown feature 'nosuch'"), e.getMessage());
        assertTrue(e.getMessage().contains("(known: base, web)"), e.getMessage());
    }

    @Test
    void knownFeaturesAreSortedJsonFilesOnly() {
        installation.emptyFeature("zeta").emptyFeature("alpha").write("features/notes.md", "");

        assertEquals(List.of("alpha", "zeta"), FeatureReader.known(installation.features()));
        assertEquals(List.of(), FeatureReader.known(home.resolve("missing")));
    }

    @Test
    void invalidJsonNamesTheFile() {
        installation.feature("broken", "{ \"id\": \"org.tandem:broken:osgifeature:1.0.0\", \"bundles\": [ }");

        LaunchException e = failure("broken");

        assertTrue(e.getMessage().startsWith(home.resolve("features/broken.json") + ": not valid JSON: "),
                e.getMessage());
    }

    @Test
    void truncatedJsonNamesTheFile() {
        installation.feature("cut", "{ \"id\": \"org.tandem:cut:osgifeature:1.0.0\", \"bundles\": [");

        LaunchException e = failure("cut");

        assertTrue(e.getMessage().startsWith(home.resolve("features/cut.json") + ": not valid JSON: "),
                e.getMessage());
    }

    @Test
    void featureMustBeAnObject() {
        assertShapeError("[]", "$: a feature is a JSON object");
    }

    @Test
    void idIsRequired() {
        assertShapeError("{ \"bundles\": [] }", "$.id: ");
    }

    @Test
    void idMustBeAString() {
        assertShapeError("{ \"id\": 42, \"bundles\": [] }", "$.id: ");
    }

    @Test
    void idMustNotBeBlank() {
        assertShapeError("{ \"id\": \"  \", \"bundles\": [] }", "$.id: ");
    }

    @Test
    void bundlesAreRequired() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\" }", "$.bundles: ");
    }

    @Test
    void bundlesMustBeAnArray() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": { \"id\": \"g:a:1\" } }", "$.bundles: ");
    }

    @Test
    void bundleMustBeAnIdOrAnObject() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [ \"g:a:1\", [\"g:b:1\"] ] }",
                "$.bundles[1]: ");
    }

    @Test
    void bundleObjectNeedsAnId() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [ { \"start-order\": 2 } ] }",
                "$.bundles[0].id: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "0", "-1", "true", "[2]", "1.5", "4294967297"})
    void startOrderMustBeAWholeNumberOfOneOrMore(String startOrder) {
        assertShapeError("""
                { "id": "g:f:osgifeature:1", "bundles": [
                  { "id": "g:a:1", "start-order": 1 },
                  { "id": "g:b:1", "start-order": %s }
                ] }
                """.formatted(startOrder), "$.bundles[1].start-order: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "a:b:c:d", "a::c", ":b:c", "a:b:"})
    void bundleIdMustBeAMavenId(String id) {
        LaunchException e = shapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [ \"" + id + "\" ] }");

        assertTrue(e.getMessage().contains("$.bundles[0]: '" + id + "' is not a Maven id"), e.getMessage());
    }

    @Test
    void bundleIdInAnObjectMustBeAMavenId() {
        LaunchException e = shapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [ \"g:a:1\", { \"id\": \"a:b\" } ] }");

        assertTrue(e.getMessage().contains("$.bundles[1]: 'a:b' is not a Maven id"), e.getMessage());
    }

    @Test
    void configurationsMustBeAnObject() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [], \"configurations\": [] }",
                "$.configurations: ");
    }

    @Test
    void configurationPropertiesMustBeAnObject() {
        assertShapeError("{ \"id\": \"g:f:osgifeature:1\", \"bundles\": [], \"configurations\": { \"my.pid\": 1 } }",
                "$.configurations['my.pid']: ");
    }

    @Test
    void configurationValuesMustBeScalars() {
        assertShapeError("""
                { "id": "g:f:osgifeature:1", "bundles": [],
                  "configurations": { "my.pid": { "ok": 1, "list": [1, 2] } } }
                """, "$.configurations['my.pid']['list']: only strings, numbers and booleans");
    }

    /** Reading {@code features/shape.json} holding {@code json} fails naming the file and {@code expected}. */
    private void assertShapeError(String json, String expected) {
        LaunchException e = shapeError(json);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private LaunchException shapeError(String json) {
        installation.feature("shape", json);
        LaunchException e = failure("shape");
        assertTrue(e.getMessage().startsWith(home.resolve("features/shape.json") + ": $"), e.getMessage());
        return e;
    }

    private LaunchException failure(String name) {
        LaunchException e = assertThrows(LaunchException.class, () -> FeatureReader.read(installation.features(), name));
        assertEquals(LaunchException.USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }
}
