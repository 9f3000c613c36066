package org.tandem.core.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.api.deploy.DeployedJar;
import org.tandem.api.deploy.DeployChange;
import org.tandem.api.deploy.DeployException;

class DeployFolderTest {

    private static final String BSN = "com.example.greeter";

    @TempDir
    Path root;

    private Path deploy;
    private Path history;
    private Path incoming;
    private DeployFolder folder;

    @BeforeEach
    void folders() throws IOException {
        deploy = root.resolve("deploy");
        history = root.resolve("data/deploy-history");
        incoming = Files.createDirectories(root.resolve("incoming"));
        folder = new DeployFolder(deploy, history);
    }

    @AfterEach
    void noStagingFileIsLeft() throws IOException {
        assertEquals(List.of(), hidden(deploy), "staging files in deploy/");
        assertEquals(List.of(), hidden(history), "staging files in the history");
    }

    @Test
    void deployNewBundle() throws Exception {
        Path jar = bundle(BSN, "1.0.0");

        DeployChange change = folder.deploy(jar);

        Path target = deploy.resolve(BSN + ".jar");
        assertEquals(new DeployedJar(BSN, "1.0.0", target), change.current());
        assertNull(change.previous());
        assertEquals(List.of(target), files(deploy));
        assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(target));
        assertTrue(Files.exists(jar), "the source jar stays where it was");
        assertEquals(Optional.empty(), folder.kept(BSN));
    }

    @Test
    void deployNewerVersionReplacesTheFileAndKeepsTheOldOne() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployChange change = folder.deploy(bundle(BSN, "2.0.0"));

        Path target = deploy.resolve(BSN + ".jar");
        assertEquals(new DeployedJar(BSN, "2.0.0", target), change.current());
        assertEquals("1.0.0", change.previous().version());
        assertEquals(List.of(target), files(deploy));
        assertEquals("2.0.0", DeployFolder.read(target, "jar").version());
        assertEquals(List.of(history.resolve(BSN + ".jar")), files(history));
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
    }

    @Test
    void deployReplacesAHandDroppedJarOfTheSameBundle() throws Exception {
        Files.createDirectories(deploy);
        Path dropped = Files.copy(bundle(BSN, "1.0.0"), deploy.resolve("greeter-1.0.0.jar"));

        DeployChange change = folder.deploy(bundle(BSN, "2.0.0"));

        assertEquals(dropped, change.current().file());
        assertEquals(dropped, change.previous().file());
        assertEquals(List.of(dropped), files(deploy), "no second jar of the same bundle");
        assertEquals("2.0.0", DeployFolder.read(dropped, "jar").version());
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
    }

    @Test
    void deployLeavesOtherBundlesAlone() throws Exception {
        folder.deploy(bundle("com.example.other", "3.0.0"));

        folder.deploy(bundle(BSN, "1.0.0"));
        folder.deploy(bundle(BSN, "2.0.0"));

        assertEquals("3.0.0", DeployFolder.read(deploy.resolve("com.example.other.jar"), "jar").version());
        assertEquals(Optional.empty(), folder.kept("com.example.other"));
    }

    @Test
    void symbolicNameDirectivesAreNotPartOfTheName() throws Exception {
        DeployChange change = folder.deploy(jar("singleton.jar", manifest(BSN + "; singleton:=true", "1.0.0")));

        assertEquals(BSN, change.current().symbolicName());
        assertEquals(deploy.resolve(BSN + ".jar"), change.current().file());
    }

    @Test
    void bundleWithoutVersionIsVersionZero() throws Exception {
        DeployChange change = folder.deploy(jar("unversioned.jar", manifest(BSN, null)));

        assertEquals("0.0.0", change.current().version());
    }

    @Test
    void rollbackSwapsCurrentAndKept() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));
        folder.deploy(bundle(BSN, "2.0.0"));
        Path target = deploy.resolve(BSN + ".jar");

        DeployChange first = folder.rollback(BSN);

        assertEquals(new DeployedJar(BSN, "1.0.0", target), first.current());
        assertEquals("2.0.0", first.previous().version());
        assertEquals("1.0.0", DeployFolder.read(target, "jar").version());
        assertEquals("2.0.0", folder.kept(BSN).orElseThrow().version());
        assertEquals(List.of(target), files(deploy));

        DeployChange second = folder.rollback(BSN);

        assertEquals(new DeployedJar(BSN, "2.0.0", target), second.current());
        assertEquals("1.0.0", second.previous().version());
        assertEquals("2.0.0", DeployFolder.read(target, "jar").version());
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
        assertEquals(List.of(target), files(deploy));
    }

    @Test
    void rollbackByFileName() throws Exception {
        Files.createDirectories(deploy);
        Path dropped = Files.copy(bundle(BSN, "1.0.0"), deploy.resolve("greeter.jar"));
        folder.deploy(bundle(BSN, "2.0.0"));

        DeployChange change = folder.rollback("greeter.jar");

        assertEquals(new DeployedJar(BSN, "1.0.0", dropped), change.current());
        assertEquals("1.0.0", DeployFolder.read(dropped, "jar").version());
        assertEquals(List.of(dropped), files(deploy));
    }

    @Test
    void rollbackWithNothingKept() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployException e = assertThrows(DeployException.class, () -> folder.rollback(BSN));

        assertTrue(e.getMessage().contains("nothing to roll back for " + BSN), e.getMessage());
        assertEquals("1.0.0", DeployFolder.read(deploy.resolve(BSN + ".jar"), "jar").version());
    }

    @Test
    void rollbackByFileNameWithNothingKeptNamesTheBundle() throws Exception {
        Files.createDirectories(deploy);
        Files.copy(bundle(BSN, "1.0.0"), deploy.resolve("greeter.jar"));

        DeployException e = assertThrows(DeployException.class, () -> folder.rollback("greeter.jar"));

        assertTrue(e.getMessage().contains("nothing to roll back for " + BSN), e.getMessage());
    }

    @Test
    void undeployRemovesTheJarAndKeepsIt() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployChange change = folder.undeploy(BSN);

        assertNull(change.current());
        assertEquals(new DeployedJar(BSN, "1.0.0", deploy.resolve(BSN + ".jar")), change.previous());
        assertEquals(List.of(), files(deploy));
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
    }

    @Test
    void rollbackAfterUndeployRestoresTheJar() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));
        folder.undeploy(BSN);

        DeployChange change = folder.rollback(BSN);

        Path target = deploy.resolve(BSN + ".jar");
        assertEquals(new DeployedJar(BSN, "1.0.0", target), change.current());
        assertNull(change.previous());
        assertEquals(List.of(target), files(deploy));
        assertEquals("1.0.0", DeployFolder.read(target, "jar").version());
    }

    @Test
    void undeployByFileName() throws Exception {
        Files.createDirectories(deploy);
        Files.copy(bundle(BSN, "1.0.0"), deploy.resolve("greeter.jar"));

        DeployChange change = folder.undeploy("greeter.jar");

        assertEquals(BSN, change.previous().symbolicName());
        assertEquals(List.of(), files(deploy));
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
    }

    @Test
    void undeployUnknownBundle() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployException e = assertThrows(DeployException.class, () -> folder.undeploy("com.example.unknown"));

        assertTrue(e.getMessage().contains("com.example.unknown is not deployed"), e.getMessage());
        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy));
    }

    @Test
    void deployNonJarFile() throws Exception {
        Path text = Files.writeString(incoming.resolve("notes.txt"), "not a jar");

        DeployException e = assertThrows(DeployException.class, () -> folder.deploy(text));

        assertTrue(e.getMessage().startsWith(text + " is not a jar file"), e.getMessage());
        assertFalse(Files.exists(deploy));
    }

    @Test
    void deployJarWithoutManifest() throws Exception {
        Path jar = jar("plain.jar", null);

        DeployException e = assertThrows(DeployException.class, () -> folder.deploy(jar));

        assertTrue(e.getMessage().startsWith(jar + " is not an OSGi bundle"), e.getMessage());
        assertTrue(e.getMessage().contains("Bundle-SymbolicName"), e.getMessage());
    }

    @Test
    void deployJarWithoutSymbolicName() throws Exception {
        Path jar = jar("library.jar", manifest(null, "1.0.0"));

        DeployException e = assertThrows(DeployException.class, () -> folder.deploy(jar));

        assertTrue(e.getMessage().startsWith(jar + " is not an OSGi bundle"), e.getMessage());
        assertTrue(e.getMessage().contains("no Bundle-SymbolicName"), e.getMessage());
    }

    @Test
    void deployMissingFile() {
        Path missing = incoming.resolve("missing.jar");

        DeployException e = assertThrows(DeployException.class, () -> folder.deploy(missing));

        assertEquals("no such file: " + missing, e.getMessage());
    }

    @Test
    void failedDeployLeavesTheFolderAsItWas() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));
        Path text = Files.writeString(incoming.resolve("broken.jar"), "not a jar");

        assertThrows(DeployException.class, () -> folder.deploy(text));

        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy));
        assertEquals("1.0.0", DeployFolder.read(deploy.resolve(BSN + ".jar"), "jar").version());
        assertEquals(Optional.empty(), folder.kept(BSN));
    }

    @Test
    void listSkipsNonBundlesAndSortsBySymbolicName() throws Exception {
        folder.deploy(bundle("org.example.zeta", "1.0.0"));
        Files.copy(bundle("com.example.alpha", "2.0.0"), deploy.resolve("zzz-alpha.jar"));
        folder.deploy(bundle("net.example.mid", "3.0.0"));
        Files.copy(jar("library.jar", manifest(null, "1.0.0")), deploy.resolve("library.jar"));
        Files.copy(jar("plain.jar", null), deploy.resolve("plain.jar"));
        Files.writeString(deploy.resolve("broken.jar"), "not a jar");
        Files.writeString(deploy.resolve("readme.txt"), "not a jar either");

        List<DeployedJar> list = folder.deployed();

        assertEquals(List.of("com.example.alpha", "net.example.mid", "org.example.zeta"),
                list.stream().map(DeployedJar::symbolicName).toList());
        assertEquals(List.of("2.0.0", "3.0.0", "1.0.0"), list.stream().map(DeployedJar::version).toList());
        assertEquals(deploy.resolve("zzz-alpha.jar"), list.get(0).file());
    }

    @Test
    void listIgnoresHiddenJars() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));
        Path hidden = Files.copy(bundle("com.example.hidden", "1.0.0"), deploy.resolve(".hidden.jar"));

        List<DeployedJar> list = folder.deployed();

        assertEquals(List.of(BSN), list.stream().map(DeployedJar::symbolicName).toList());
        Files.delete(hidden);
    }

    @Test
    void listOfMissingFolderIsEmpty() throws IOException {
        assertEquals(List.of(), folder.deployed());
    }

    // --- uploads -------------------------------------------------------------------------------

    @Test
    void uploadIsDeployedUnderTheBundlesName() throws Exception {
        Path jar = bundle(BSN, "1.0.0");

        DeployChange change = folder.deploy("greeter-upload.jar", Files.newInputStream(jar), 1_000_000);

        assertEquals(new DeployedJar(BSN, "1.0.0", deploy.resolve(BSN + ".jar")), change.current());
        assertArrayEquals(Files.readAllBytes(jar), Files.readAllBytes(deploy.resolve(BSN + ".jar")));
    }

    @Test
    void uploadReplacesTheDeployedJarAndKeepsIt() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployChange change = folder.deploy("greeter.jar", Files.newInputStream(bundle(BSN, "2.0.0")), 1_000_000);

        assertEquals("1.0.0", change.previous().version());
        assertEquals("1.0.0", folder.kept(BSN).orElseThrow().version());
        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy));
    }

    @Test
    void uploadNamesWithAPathOrDotsAreRefused() throws Exception {
        Path jar = bundle(BSN, "1.0.0");
        for (String name : List.of("../evil.jar", "..\\evil.jar", "sub/greeter.jar", "/tmp/greeter.jar", "..jar",
                ".hidden.jar", "greeter.txt", "greeter.jar.sh", "", "a b.jar")) {
            DeployException e = assertThrows(DeployException.class,
                    () -> folder.deploy(name, Files.newInputStream(jar), 1_000_000), name);
            assertEquals(DeployException.Reason.BAD_NAME, e.reason(), name);
        }
        assertFalse(Files.exists(deploy), "nothing written");
    }

    @Test
    void aSymbolicNameThatWouldLeaveTheFolderIsRefusedAndNothingIsWrittenAnywhere() throws Exception {
        for (String evil : new String[] {"../lib/evil", "..", "a/../../b", "a\\..\\b", ".hidden"}) {
            DeployException e = assertThrows(DeployException.class,
                    () -> folder.deploy("nice.jar", Files.newInputStream(jar("evil.jar", manifest(evil, "1.0.0"))), 1_000_000), evil);
            assertEquals(DeployException.Reason.NOT_A_BUNDLE, e.reason(), evil);
            assertTrue(e.getMessage().contains("invalid Bundle-SymbolicName"), e.getMessage());
        }
        assertFalse(Files.exists(deploy.getParent().resolve("lib")), "nothing outside deploy/");
        assertEquals(List.of(), folder.deployed());
        assertThrows(DeployException.class, () -> folder.rollback("../lib/evil"));
        assertThrows(DeployException.class, () -> folder.kept("../../etc/passwd"));
    }

    @Test
    void uploadOfATextFileIsRefusedAndNothingStays() throws Exception {
        folder.deploy(bundle(BSN, "1.0.0"));

        DeployException e = assertThrows(DeployException.class, () -> folder.deploy("notes.jar",
                new java.io.ByteArrayInputStream("not a jar".getBytes(StandardCharsets.UTF_8)), 1_000_000));

        assertEquals(DeployException.Reason.NOT_A_BUNDLE, e.reason());
        assertTrue(e.getMessage().startsWith("notes.jar is not a jar file"), e.getMessage());
        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy));
        assertEquals(Optional.empty(), folder.kept(BSN));
    }

    // --- signed bundles (the check itself is the launcher's; here one that trusts version 1.0.0 only) ---

    private DeployFolder trusting() {
        return new DeployFolder(deploy, history, jar -> {
            try {
                return DeployFolder.read(jar, jar.toString()).version().equals("1.0.0") ? null : "it is not signed";
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anUntrustedUploadIsRefusedWithTheReasonAndNothingStays() throws Exception {
        DeployFolder signed = trusting();
        signed.deploy(bundle(BSN, "1.0.0"));

        DeployException e = assertThrows(DeployException.class, () -> signed.deploy("greeter-2.jar",
                Files.newInputStream(bundle(BSN, "2.0.0")), 1_000_000));

        assertEquals(DeployException.Reason.NOT_TRUSTED, e.reason());
        assertTrue(e.getMessage().startsWith("greeter-2.jar is refused: it is not signed"), e.getMessage());
        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy));
        assertEquals("1.0.0", DeployFolder.read(deploy.resolve(BSN + ".jar"), "x").version());
        assertEquals(Optional.empty(), signed.kept(BSN), "nothing replaced, nothing kept");
    }

    @Test
    void anUntrustedJarIsNotCopiedInAndAHandDroppedOneSaysWhy() throws Exception {
        DeployFolder signed = trusting();
        Path jar = bundle(BSN, "2.0.0");
        DeployException e = assertThrows(DeployException.class, () -> signed.deploy(jar));
        assertEquals(DeployException.Reason.NOT_TRUSTED, e.reason());
        assertTrue(e.getMessage().startsWith(jar + " is refused: it is not signed"), e.getMessage());
        assertEquals(List.of(), files(deploy));

        Files.createDirectories(deploy);
        Files.copy(jar, deploy.resolve("dropped.jar"));
        DeployedJar dropped = signed.deployed().get(0);
        assertEquals(Optional.of("it is not signed"), signed.refusal(dropped));
        assertEquals(Optional.empty(), folder.refusal(dropped), "without the policy every jar may run");
    }

    @Test
    void uploadOfAJarWithoutManifestIsRefused() throws Exception {
        DeployException e = assertThrows(DeployException.class,
                () -> folder.deploy("plain.jar", Files.newInputStream(jar("plain.jar", null)), 1_000_000));

        assertEquals(DeployException.Reason.NOT_A_BUNDLE, e.reason());
        assertTrue(e.getMessage().startsWith("plain.jar is not an OSGi bundle"), e.getMessage());
        assertEquals(List.of(), files(deploy));
    }

    @Test
    void uploadOverTheLimitIsRefusedAndNothingStays() throws Exception {
        Path jar = bundle(BSN, "1.0.0");
        long size = Files.size(jar);

        DeployException e = assertThrows(DeployException.class,
                () -> folder.deploy("greeter.jar", Files.newInputStream(jar), size - 1));

        assertEquals(DeployException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("larger than the " + (size - 1) + " bytes"), e.getMessage());
        assertEquals(List.of(), files(deploy));
        folder.deploy("greeter.jar", Files.newInputStream(jar), size);
        assertEquals(List.of(deploy.resolve(BSN + ".jar")), files(deploy), "exactly the limit is fine");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A bundle jar in incoming/, with a resource that makes each version's bytes differ. */
    private Path bundle(String symbolicName, String version) throws IOException {
        return jar(symbolicName + "-" + version + ".jar", manifest(symbolicName, version));
    }

    /** A manifest; {@code null} leaves the header out. */
    private static Manifest manifest(String symbolicName, String version) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        if (symbolicName != null) {
            main.putValue("Bundle-SymbolicName", symbolicName);
        }
        if (version != null) {
            main.putValue("Bundle-Version", version);
        }
        return manifest;
    }

    /** A jar in incoming/ with {@code manifest} ({@code null}: none) and one resource. */
    private Path jar(String name, Manifest manifest) throws IOException {
        Path jar = incoming.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry("content.txt"));
            out.write(name.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** The regular files in {@code dir} whose names do not start with a dot, sorted. */
    private static List<Path> files(Path dir) throws IOException {
        return listing(dir).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    private static List<Path> hidden(Path dir) throws IOException {
        return listing(dir).filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }

    private static Stream<Path> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }
}
