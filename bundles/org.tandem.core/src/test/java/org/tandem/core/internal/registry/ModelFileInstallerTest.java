package org.tandem.core.internal.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogLevel;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.core.internal.model.ModelLimits;
import org.tandem.core.internal.model.ModelReaderImpl;

/** Bare model files in a deploy folder, on real files: installed, updated and withdrawn with the file. */
class ModelFileInstallerTest {

    @TempDir
    Path deploy;

    private final RecordingLogger log = new RecordingLogger();
    private final ModelRegistryImpl registry = new ModelRegistryImpl(new ModelReaderImpl(), log);
    private final ModelFileInstaller installer = new ModelFileInstaller(registry);

    private File write(String name, String json) throws IOException {
        return Files.writeString(deploy.resolve(name), json).toFile();
    }

    private List<String> keys() {
        return registry.models().stream().map(m -> m.model().key()).toList();
    }

    @Test
    void onlyModelFilesAreHandled() {
        assertTrue(installer.canHandle(deploy.resolve("minimal.model.json").toFile()));
        assertTrue(installer.canHandle(new File("relative/partnership-2.model.json")));
        assertFalse(installer.canHandle(deploy.resolve("minimal.json").toFile()));
        assertFalse(installer.canHandle(deploy.resolve("model.json").toFile()));
        assertFalse(installer.canHandle(deploy.resolve("minimal.model.json.bak").toFile()));
        assertFalse(installer.canHandle(deploy.resolve("models.jar").toFile()));
    }

    @Test
    void aFileIsInstalledUpdatedAndUninstalled() throws IOException {
        File file = write("minimal.model.json", minimal("1.0.0"));

        installer.install(file);
        InstalledModel installed = registry.latest("minimal").orElseThrow();
        assertEquals("minimal@1.0.0", installed.model().key());
        assertEquals(file.getAbsolutePath(), installed.source());
        assertNull(installed.bundle());

        write("minimal.model.json", minimal("1.1.0"));
        installer.update(file);
        assertEquals(List.of("minimal@1.1.0"), keys());

        installer.uninstall(file);
        assertEquals(List.of(), registry.models());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    void twoFilesAreTwoSources() throws IOException {
        File first = write("first.model.json", minimal("1.0.0"));
        File second = write("second.model.json", minimal("2.0.0"));
        installer.install(first);
        installer.install(second);

        installer.uninstall(first);

        assertEquals(List.of("minimal@2.0.0"), keys());
        assertEquals(second.getAbsolutePath(), registry.latest("minimal").orElseThrow().source());
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        File file = write("huge.model.json", minimal("1.0.0") + " ".repeat(ModelLimits.MAX_BYTES));
        installer.install(file);

        assertEquals(List.of(), registry.models());
        assertEquals(List.of(new ModelReading(file.getAbsolutePath(), java.util.Optional.empty(),
                List.of(ModelLimits.tooLarge()))), registry.refused());
    }

    @Test
    void anUpdateThatBreaksTheFileWithdrawsItsModelAndListsTheRefusal() throws IOException {
        File file = write("minimal.model.json", minimal("1.0.0"));
        installer.install(file);

        write("minimal.model.json", "{ \"format\": 1, ");
        installer.update(file);

        assertEquals(List.of(), registry.models());
        assertEquals(List.of(file.getAbsolutePath()), registry.refused().stream().map(ModelReading::source).toList());
        assertFalse(registry.refused().get(0).errors().isEmpty());

        write("minimal.model.json", minimal("1.0.1"));
        installer.update(file);
        assertEquals(List.of("minimal@1.0.1"), keys());
        assertEquals(List.of(), registry.refused());
    }

    @Test
    void aPathThatCannotBeReadIsRefusedWithAMessage() throws IOException {
        File directory = Files.createDirectory(deploy.resolve("x.model.json")).toFile();
        assertTrue(installer.canHandle(directory));

        assertDoesNotThrow(() -> installer.install(directory));

        assertEquals(List.of(), registry.models());
        ModelReading refused = registry.refused().get(0);
        assertEquals(1, registry.refused().size());
        assertEquals(directory.getAbsolutePath(), refused.source());
        ModelProblem problem = refused.problems().get(0);
        assertEquals("$", problem.path());
        assertTrue(problem.isError());
        assertTrue(problem.message().startsWith("cannot read the file: "), problem.message());
        assertEquals(1, log.messages(LogLevel.ERROR).size());
    }

    @Test
    void aFileReplacedByAnUnreadablePathIsWithdrawn() throws IOException {
        File file = write("minimal.model.json", minimal("1.0.0"));
        installer.install(file);
        Files.delete(file.toPath());
        Files.createDirectory(file.toPath());

        assertDoesNotThrow(() -> installer.update(file));

        assertEquals(List.of(), registry.models());
        assertEquals(List.of(file.getAbsolutePath()), registry.refused().stream().map(ModelReading::source).toList());

        installer.uninstall(file);
        assertEquals(List.of(), registry.refused());
    }
}
