package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path home;

    @Test
    void featuresAreCommaSeparatedAndTrimmed() throws LaunchException {
        Settings settings = install("tandem.features =  base ,web,, extra  \n").settings();

        assertEquals(List.of("base", "web", "extra"), settings.features());
    }

    @Test
    void defaults() throws LaunchException {
        Settings settings = install("tandem.features = base\n").settings();

        Path root = home.toAbsolutePath().normalize();
        assertEquals(root, settings.home());
        assertEquals("127.0.0.1", settings.host());
        assertEquals(8080, settings.port());
        assertEquals(250, settings.poll());
        assertEquals(root.resolve("data"), settings.data());
        assertEquals(root.resolve("deploy"), settings.deploy());
        assertEquals(root.resolve("logs"), settings.logs());
        assertEquals(root.resolve("etc"), settings.etc());
        assertTrue(settings.framework().isEmpty(), settings.framework().toString());
    }

    @Test
    void valuesFromTheFile() throws LaunchException {
        Settings settings = install("""
                tandem.features = base
                tandem.http.host = 0.0.0.0
                tandem.http.port = 9000
                tandem.deploy.poll = 1000
                tandem.data = var/data
                tandem.deploy = var/deploy
                tandem.logs = var/logs
                """).settings();

        Path root = home.toAbsolutePath().normalize();
        assertEquals("0.0.0.0", settings.host());
        assertEquals(9000, settings.port());
        assertEquals(1000, settings.poll());
        assertEquals(root.resolve("var/data"), settings.data());
        assertEquals(root.resolve("var/deploy"), settings.deploy());
        assertEquals(root.resolve("var/logs"), settings.logs());
    }

    @Test
    void portOnTheCommandLineOverridesTheFile() throws LaunchException {
        Settings settings = install("tandem.features = base\ntandem.http.port = 9000\n").settings("--port", "9191");

        assertEquals(9191, settings.port());
    }

    @Test
    void portOnTheCommandLineWinsOverABadPortInTheFile() throws LaunchException {
        Settings settings = install("tandem.features = base\ntandem.http.port = nope\n").settings("--port", "9191");

        assertEquals(9191, settings.port());
    }

    @Test
    void dataOnTheCommandLineOverridesTheFile() throws LaunchException {
        Path elsewhere = home.resolve("elsewhere");
        Settings settings = install("tandem.features = base\ntandem.data = var/data\n")
                .settings("--data", elsewhere.toString());

        assertEquals(elsewhere.toAbsolutePath().normalize(), settings.data());
    }

    @Test
    void keysOutsideTandemGoToTheFramework() throws LaunchException {
        Settings settings = install("""
                tandem.features = base
                org.osgi.framework.bootdelegation = sun.*
                felix.cache.locking =  false\s
                """).settings();

        assertEquals(Map.of("org.osgi.framework.bootdelegation", "sun.*", "felix.cache.locking", "false"),
                settings.framework());
    }

    @Test
    void noFeatures() {
        LaunchException e = failure(install("tandem.http.port = 8080\n"));

        assertTrue(e.getMessage().contains("tandem.features"), e.getMessage());
    }

    @Test
    void onlyCommasAreNoFeatures() {
        LaunchException e = failure(install("tandem.features = , ,\n"));

        assertTrue(e.getMessage().contains("tandem.features names no feature"), e.getMessage());
    }

    @Test
    void badPort() {
        LaunchException e = failure(install("tandem.features = base\ntandem.http.port = eighty\n"));

        assertTrue(e.getMessage().contains("tandem.http.port"), e.getMessage());
        assertTrue(e.getMessage().contains("'eighty'"), e.getMessage());
        assertFalse(e.getMessage().contains("--port"), "the file's key, not the option: " + e.getMessage());
    }

    @Test
    void portOutOfRange() {
        LaunchException e = failure(install("tandem.features = base\ntandem.http.port = 65536\n"));

        assertTrue(e.getMessage().contains("tandem.http.port"), e.getMessage());
        assertTrue(e.getMessage().contains("'65536'"), e.getMessage());
    }

    @Test
    void badPoll() {
        LaunchException e = failure(install("tandem.features = base\ntandem.deploy.poll = soon\n"));

        assertTrue(e.getMessage().contains("tandem.deploy.poll"), e.getMessage());
        assertTrue(e.getMessage().contains("'soon'"), e.getMessage());
    }

    @Test
    void pollTooShort() {
        LaunchException e = failure(install("tandem.features = base\ntandem.deploy.poll = 5\n"));

        assertTrue(e.getMessage().contains("tandem.deploy.poll"), e.getMessage());
        assertTrue(e.getMessage().contains("'5'"), e.getMessage());
    }

    @Test
    void bundlesNeedNoSignatureByDefault() throws LaunchException {
        TrustPolicy trust = install("tandem.features = base\n").settings().trust();

        assertFalse(trust.signed());
        assertEquals(home.toAbsolutePath().normalize().resolve("etc/trust.p12"), trust.store());
    }

    @Test
    void theSigningPolicyNamesItsStoreAndPasswordFileRelativeToTheInstallation() throws Exception {
        Installation installation = install("tandem.features = base\ntandem.trust.policy = signed\n"
                + "tandem.trust.store = etc/consultancies.jks\ntandem.trust.store.password.file = etc/trust.password\n")
                .write("etc/trust.password", "secret\nignored\n");
        TrustPolicy trust = installation.settings().trust();

        assertTrue(trust.signed());
        assertEquals("etc/consultancies.jks", trust.storeName());
        assertEquals(home.toAbsolutePath().normalize().resolve("etc/consultancies.jks"), trust.store());
        if (System.getenv(TrustPolicy.PASSWORD_VARIABLE) == null) {
            assertEquals("secret", new String(trust.readPassword()));
        }
        assertFalse(installation.settings().toString().contains("secret"));
    }

    @Test
    void aMistypedPolicyIsRefusedRatherThanTakenAsOff() {
        LaunchException e = failure(install("tandem.features = base\ntandem.trust.policy = sigend\n"));

        assertTrue(e.getMessage().contains("tandem.trust.policy is 'off' or 'signed', not 'sigend'"), e.getMessage());
    }

    @Test
    void missingPropertiesFile() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> Settings.load(home, Arguments.parse()));

        assertEquals(LaunchException.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(home.resolve("etc/tandem.properties").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void malformedPropertiesFile() {
        LaunchException e = failure(install("tandem.features = base\nbad = \\u12\n"));

        assertTrue(e.getMessage().contains(home.resolve("etc/tandem.properties").toString()), e.getMessage());
    }

    private Installation install(String properties) {
        return Installation.in(home, properties);
    }

    /** Loading fails with a usage error that names the properties file. */
    private LaunchException failure(Installation installation) {
        LaunchException e = assertThrows(LaunchException.class, installation::settings);
        assertEquals(LaunchException.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(installation.home.resolve(Settings.FILE).toString()), e.getMessage());
        return e;
    }
}
