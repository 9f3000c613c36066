package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar is trusted only when every entry is signed, unchanged since, by a certificate of the trust
 * store that is valid today; keys and signatures are made with the JDK's keytool and jarsigner.
 */
class JarSignaturesTest {

    @TempDir
    static Path dir;

    private static Signing signing;
    private static Path trusted;
    private static Path other;
    private static Path trust;
    private static JarSignatures signatures;

    @BeforeAll
    static void keys() throws Exception {
        signing = new Signing(dir);
        trusted = signing.key("acme", "CN=Acme Consulting,O=Acme");
        other = signing.key("other", "CN=Someone Else,O=Elsewhere");
        trust = signing.trust(trusted, "acme", dir.resolve("trust.p12"), "PKCS12");
        signatures = JarSignatures.load(trust, Signing.PASSWORD.toCharArray(), "etc/trust.p12");
    }

    @Test
    void anUnsignedJarIsRefused() throws Exception {
        assertEquals("it is not signed", signatures.problem(signing.bundle("unsigned")));
    }

    @Test
    void aJarSignedByATrustedKeyIsTrusted() throws Exception {
        assertNull(signatures.problem(signing.sign(signing.bundle("good"), trusted, "acme")));
    }

    @Test
    void aJarSignedByAnotherKeyIsRefusedNamingTheSigner() throws Exception {
        String problem = signatures.problem(signing.sign(signing.bundle("foreign"), other, "other"));
        assertEquals("it is signed by CN=Someone Else,O=Elsewhere, which is not in the trust store etc/trust.p12",
                problem);
    }

    @Test
    void anEntryChangedAfterSigningIsNamed() throws Exception {
        Path signed = signing.sign(signing.bundle("changed-source"), trusted, "acme");
        Path changed = signing.rewrite(signed, "changed", Map.of("org/example/B.class", "other content"));
        String problem = signatures.problem(changed);
        assertTrue(problem.startsWith("entry org/example/B.class was changed after signing"), problem);
    }

    @Test
    void anEntryAddedAfterSigningIsNamed() throws Exception {
        Path signed = signing.sign(signing.bundle("added-source"), trusted, "acme");
        Path added = signing.rewrite(signed, "added", Map.of("org/example/Evil.class", "new code"));
        assertEquals("entry org/example/Evil.class is not signed (it was added after signing)",
                signatures.problem(added));
    }

    @Test
    void anEntryRemovedAfterSigningIsNamed() throws Exception {
        Path signed = signing.sign(signing.bundle("removed-source"), trusted, "acme");
        java.util.HashMap<String, String> remove = new java.util.HashMap<>();
        remove.put("OSGI-INF/c.xml", null);
        assertEquals("entry OSGI-INF/c.xml was removed after signing",
                signatures.problem(signing.rewrite(signed, "removed", remove)));
    }

    @Test
    void aJarSignedWithAnExpiredTrustedCertificateIsRefused() throws Exception {
        Path expired = signing.key("old", "CN=Old Key", "-startdate", "-60d");
        JarSignatures store = JarSignatures.load(signing.trust(expired, "old", dir.resolve("old-trust.p12"), "PKCS12"),
                Signing.PASSWORD.toCharArray(), "etc/old-trust.p12");
        String problem = store.problem(signing.sign(signing.bundle("expired"), expired, "old"));
        assertTrue(problem.startsWith("it is signed by CN=Old Key, whose certificate chain has expired"), problem);
    }

    @Test
    void aKeyCertifiedByATrustedAuthorityIsTrustedAndAJksStoreWorks() throws Exception {
        Path ca = signing.key("ca", "CN=Acme Root", "-ext", "bc:c");
        Path team = signing.key("team", "CN=Acme Team");
        signing.certify(ca, "ca", team, "team");
        Path jks = signing.trust(ca, "ca", dir.resolve("trust.jks"), "JKS");
        JarSignatures store = JarSignatures.load(jks, Signing.PASSWORD.toCharArray(), "etc/trust.jks");
        assertNull(store.problem(signing.sign(signing.bundle("team"), team, "team")));
        String problem = signatures.problem(signing.sign(signing.bundle("team2"), team, "team"));
        assertTrue(problem.contains("CN=Acme Team, which is not in the trust store"), problem);
    }

    @Test
    void aMissingTrustStoreRefusesEveryJarSayingWhy() throws Exception {
        Properties file = new Properties();
        file.setProperty("tandem.trust.policy", "signed");
        file.setProperty("tandem.trust.store", "etc/missing.p12");
        TrustPolicy policy = TrustPolicy.of(file, dir, "etc/tandem.properties");
        BundleTrust check = new BundleTrust(policy, dir.resolve("system"), dir.resolve("tmp"), Logger.getLogger("test"));
        String problem = check.apply(signing.sign(signing.bundle("good-but"), trusted, "acme"));
        assertTrue(problem.startsWith("the trust store etc/missing.p12 ("), problem);
        assertTrue(problem.endsWith("cannot be used: no such file"), problem);
    }

    @Test
    void aWrongPasswordIsNamed() throws Exception {
        Properties file = new Properties();
        file.setProperty("tandem.trust.policy", "signed");
        file.setProperty("tandem.trust.store", "trust.p12");
        Files.writeString(dir.resolve("password"), "not-the-password\n");
        file.setProperty("tandem.trust.store.password.file", "password");
        TrustPolicy policy = TrustPolicy.of(file, dir, "etc/tandem.properties");
        BundleTrust check = new BundleTrust(policy, dir.resolve("system"), dir.resolve("tmp"), Logger.getLogger("test"));
        String problem = check.apply(signing.bundle("any"));
        assertTrue(problem.contains("password"), problem);
    }

    @Test
    void onlyBundlesOfSystemAreTrustedByLocation() throws Exception {
        Properties file = new Properties();
        file.setProperty("tandem.trust.policy", "signed");
        file.setProperty("tandem.trust.store", "trust.p12");
        file.setProperty("tandem.trust.store.password", Signing.PASSWORD);
        Path home = dir.toAbsolutePath();
        BundleTrust check = new BundleTrust(TrustPolicy.of(file, home, "etc/tandem.properties"),
                home.resolve("system"), home.resolve("tmp"), Logger.getLogger("test"));
        assertTrue(check.shipped("reference:" + home.resolve("system/org/x/x-1.jar").toUri()));
        assertFalse(check.shipped("reference:" + home.resolve("system/../deploy/x.jar").toUri()));
        assertFalse(check.shipped(home.resolve("system/x.jar").toUri().toString()), "installed as a copy, not by reference");
        assertFalse(check.shipped("reference:" + home.resolve("systemx/x.jar").toUri()));
        assertNull(check.apply(signing.sign(signing.bundle("by-path"), trusted, "acme")));
    }

    @Test
    void aFrameworkExtensionIsRefusedEvenWhenSigned() throws Exception {
        Properties file = new Properties();
        file.setProperty("tandem.trust.policy", "signed");
        file.setProperty("tandem.trust.store", "trust.p12");
        file.setProperty("tandem.trust.store.password", Signing.PASSWORD);
        BundleTrust check = new BundleTrust(TrustPolicy.of(file, dir, "etc/tandem.properties"),
                dir.resolve("system"), dir.resolve("tmp"), Logger.getLogger("test"));
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.extension");
        manifest.getMainAttributes().putValue("Fragment-Host", "system.bundle; extension:=framework");
        Path jar = dir.resolve("extension.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new java.util.zip.ZipEntry("org/example/Ext.class"));
            out.write(1);
        }
        assertEquals(BundleTrust.EXTENSION, check.apply(signing.sign(jar, trusted, "acme")));
    }
}
