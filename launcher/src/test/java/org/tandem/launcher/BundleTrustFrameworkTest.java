package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.felix.framework.Felix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The signing policy in a real Felix: refused bundles never resolve, whatever they require or provide,
 * and being installed they keep no other bundle from resolving.
 */
class BundleTrustFrameworkTest {

    @TempDir
    Path dir;

    private Signing signing;
    private Path keys;
    private Framework framework;
    private BundleContext context;

    @BeforeEach
    void framework() throws Exception {
        signing = new Signing(dir);
        keys = signing.key("acme", "CN=Acme");
        signing.trust(keys, "acme", Files.createDirectories(dir.resolve("etc")).resolve("trust.p12"), "PKCS12");
        Properties file = new Properties();
        file.setProperty("tandem.trust.policy", "signed");
        file.setProperty("tandem.trust.store.password", Signing.PASSWORD);
        BundleTrust trust = new BundleTrust(TrustPolicy.of(file, dir, "etc/tandem.properties"), dir.resolve("system"),
                dir.resolve("tmp"), Logger.getLogger("test"));
        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, dir.resolve("cache").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        framework = new Felix(properties);
        framework.init();
        trust.register(framework.getBundleContext());
        framework.start();
        context = framework.getBundleContext();
    }

    @AfterEach
    void stop() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    void refusedBundlesNeverResolveAndKeepNoOtherFromResolving() throws Exception {
        Bundle imports = install(signing.bundle("imports", "Import-Package", "org.osgi.framework"));
        Bundle nothing = install(signing.bundle("requires-nothing"));
        Bundle optional = install(signing.bundle("optional", "Import-Package", "org.example.none;resolution:=optional"));
        Bundle exporter = install(signing.bundle("exporter", "Export-Package", "org.example"));
        Bundle signed = install(signing.sign(signing.bundle("signed", "Import-Package", "org.osgi.framework"), keys, "acme"));
        Bundle user = install(signing.sign(signing.bundle("user", "Import-Package", "org.example"), keys, "acme"));
        Bundle fragment = install(signing.bundle("fragment", "Fragment-Host", "org.example.signed"));

        assertThrows(BundleException.class, imports::start);
        assertFalse(wiring().resolveBundles(List.of(nothing)), "not even without requirements");
        assertThrows(BundleException.class, optional::start, "nor with optional requirements only");

        signed.start();
        assertEquals(Bundle.ACTIVE, signed.getState(), "a signed bundle runs while refused ones are installed");
        assertThrows(BundleException.class, user::start, "a refused bundle provides nothing");
        // all at once: the refused ones are taken out (Felix then resolves none of that batch, see BundleTrust)
        assertFalse(wiring().resolveBundles(null));
        for (Bundle refused : List.of(imports, nothing, optional, exporter, fragment, user)) {
            assertEquals(Bundle.INSTALLED, refused.getState(), refused.getSymbolicName());
        }
        assertEquals(List.of(), signed.adapt(org.osgi.framework.wiring.BundleWiring.class)
                .getProvidedWires(org.osgi.framework.wiring.BundleRevision.HOST_NAMESPACE), "no fragment attached");
    }

    @Test
    void bundlesOfSystemAreTrustedByLocation() throws Exception {
        Path jar = signing.bundle("shipped", "Import-Package", "org.osgi.framework");
        Path system = Files.createDirectories(dir.resolve("system"));
        Path shipped = Files.copy(jar, system.resolve("shipped.jar"));
        Bundle bundle = context.installBundle("reference:" + shipped.toUri());
        bundle.start();
        assertEquals(Bundle.ACTIVE, bundle.getState());
        Bundle elsewhere = install(signing.bundle("elsewhere", "Import-Package", "org.osgi.framework"));
        assertThrows(BundleException.class, elsewhere::start, "a bundle from elsewhere is checked");
        assertEquals(Bundle.INSTALLED, elsewhere.getState());
    }

    private Bundle install(Path jar) throws Exception {
        try (InputStream in = Files.newInputStream(jar)) {
            return context.installBundle(jar.toUri().toString(), in);
        }
    }

    private FrameworkWiring wiring() {
        return framework.adapt(FrameworkWiring.class);
    }
}
