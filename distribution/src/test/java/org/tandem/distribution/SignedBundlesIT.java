package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing policy of etc/tandem.properties, on the packaged product: with it on, the stock product
 * starts and serves, a signed strategy runs, an unsigned upload is refused with the reason and leaves
 * nothing behind, and a jar dropped into deploy/ that is not signed (or was changed after signing) never
 * runs while tandem:deployed and the admin API say why; a framework extension bundle is never installed;
 * a signed update still resolves while refused jars are installed, and a restart with them in the
 * framework's cache starts the product as before. A trust store that cannot be read refuses every
 * bundle from outside system/; with the policy off, unsigned bundles run as before.
 */
class SignedBundlesIT {

    private static final String STRATEGY_BUNDLE = "org.tandem.scoring.weighted";

    @TempDir
    Path dir;

    private WebClient web;
    private String csrf;

    @Test
    void withThePolicyOnOnlyBundlesSignedByATrustedKeyRun() throws Exception {
        Installation tandem = Installation.unpack(dir);
        Path keys = Signing.key(dir, "acme", "CN=Acme Consulting,O=Acme");
        Path stranger = Signing.key(dir, "stranger", "CN=Stranger,O=Elsewhere");
        Signing.trust(keys, "acme", tandem.home.resolve("etc/trust.p12"));
        Files.writeString(tandem.home.resolve("etc/trust.password"), Signing.PASSWORD + "\n");
        policy(tandem, "tandem.trust.store.password.file = etc/trust.password\n");
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            signIn(p, port);
            assertEquals(200, web.get("/health").statusCode(), "the stock product runs: " + web.get("/health").body());
            assertTrue(tandem.logText().contains("run only when signed by one of the 1 certificates of etc/trust.p12"),
                    tandem.logText());

            // a signed copy of the stock strategy, as strategy "swapped": it runs and scores
            Path weighted = tandem.system(STRATEGY_BUNDLE);
            Path signed = Signing.sign(strategy(weighted, "1.1.0"), keys, "acme");
            HttpResponse<String> uploaded = upload(signed, "signed.jar");
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            p.poll("tandem:strategies", Pattern.compile("swapped@1\\.1\\.0"));
            p.command("tandem:use partnership swapped", Pattern.compile("Model partnership is scored with swapped"));
            String id = Assessments.submitted(p, dir, "Acme AB", "Atea");
            p.command("tandem:score " + id, Pattern.compile("Scored by swapped@1\\.1\\.0"));
            List<Path> deployed = listing(tandem.deploy());

            // unsigned, or signed by a key the trust store does not hold: refused, nothing installed or left
            HttpResponse<String> unsigned = upload(strategy(weighted, "1.2.0"), "unsigned.jar");
            assertEquals(422, unsigned.statusCode(), unsigned.body());
            assertTrue(unsigned.body().contains("unsigned.jar is refused: it is not signed"), unsigned.body());
            HttpResponse<String> foreign = upload(Signing.sign(strategy(weighted, "1.3.0"), stranger, "stranger"),
                    "foreign.jar");
            assertEquals(422, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("foreign.jar is refused: it is signed by CN=Stranger,O=Elsewhere,"
                    + " which is not in the trust store etc/trust.p12"), foreign.body());
            assertEquals(deployed, listing(tandem.deploy()), "deploy/ is as it was, without staged files");
            String modules = admin("/api/v1/modules");
            assertTrue(modules.contains("\"key\":\"swapped@1.1.0\""), modules);
            assertFalse(modules.contains("swapped@1.2.0") || modules.contains("swapped@1.3.0"), modules);
            p.command("tandem:score " + id, Pattern.compile("Scored by swapped@1\\.1\\.0"));

            // dropped straight into deploy/, where FileInstall installs it: it never resolves, and both say why
            tandem.dropIntoDeploy(Installation.bundle(dir, "test.unsigned", "1.0.0"), "dropped.jar");
            Path tampered = Signing.withEntryAdded(Signing.sign(Installation.bundle(dir, "test.tampered", "1.0.0"),
                    keys, "acme"), dir.resolve("tampered.jar"), "test/tampered/Added.class", "not signed");
            tandem.dropIntoDeploy(tampered, "tampered.jar");
            p.poll("tandem:deployed", Pattern.compile("test\\.unsigned\\s+1\\.0\\.0\\s+INSTALLED\\s+dropped\\.jar\\R"
                    + "\\s+refused, it does not run: it is not signed"));
            p.poll("tandem:deployed", Pattern.compile("test\\.tampered\\s+1\\.0\\.0\\s+INSTALLED\\s+tampered\\.jar\\R"
                    + "\\s+refused, it does not run: entry test/tampered/Added\\.class is not signed"));
            modules = admin("/api/v1/modules");
            assertTrue(modules.contains("\"symbolicName\":\"test.unsigned\",\"version\":\"1.0.0\",\"file\":\"dropped.jar\","
                    + "\"rollback\":null,\"refused\":\"it is not signed\""), modules);
            String page = web.get("/admin/modules").body();
            assertTrue(page.contains("Refused, it does not run: it is not signed"), page);
            Thread.sleep(1000); // a few more scans of deploy/: still not running
            p.command("tandem:deployed", Pattern.compile("test\\.unsigned\\s+1\\.0\\.0\\s+INSTALLED"));
            // the report of a bundle from deploy/ still not started comes 2 s after it arrived
            awaitLog(tandem, "Bundle test.unsigned 1.0.0 (", "may not run: it is not signed (tandem.trust.policy = signed",
                    "(test.unsigned 1.0.0) from deploy/ is installed but cannot start: it is not signed, and bundles "
                    + "must be signed by a certificate of the trust store");

            // a framework extension bundle is never installed (Felix would attach it without asking the policy)
            tandem.dropIntoDeploy(Installation.bundle(dir, "test.extension", "1.0.0", "Fragment-Host",
                    "system.bundle; extension:=framework"), "extension.jar");
            p.poll("tandem:deployed", Pattern.compile("test\\.extension\\s+1\\.0\\.0\\s+-\\s+extension\\.jar\\R"
                    + "\\s+refused, it does not run: it is a framework extension bundle"));

            // with refused jars installed, a signed update still resolves, and the rest keeps serving
            uploaded = upload(Signing.sign(strategy(weighted, "1.4.0"), keys, "acme"), "signed.jar");
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            p.poll("tandem:score " + id, Pattern.compile("Scored by swapped@1\\.4\\.0"));
            assertEquals(200, web.get("/login").statusCode());
        }

        // a restart with the refused bundles in the framework's cache: the product starts, they stay refused
        port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            p.poll("tandem:deployed", Pattern.compile("org\\.tandem\\.scoring\\.weighted\\s+1\\.4\\.0\\s+ACTIVE"));
            p.command("tandem:deployed", Pattern.compile("test\\.unsigned\\s+1\\.0\\.0\\s+INSTALLED\\s+dropped\\.jar\\R"
                    + "\\s+refused, it does not run: it is not signed"));
            String id = Assessments.submitted(p, dir, "Beta AB", "Atea");
            p.command("tandem:score " + id, Pattern.compile("Scored by swapped@1\\.4\\.0"));
            assertEquals(200, new WebClient(port).get("/login").statusCode());
        }
    }

    @Test
    void aTrustStoreThatCannotBeReadRefusesEveryBundleFromOutsideSystem() throws Exception {
        Installation tandem = Installation.unpack(dir);
        Path keys = Signing.key(dir, "acme", "CN=Acme Consulting,O=Acme");
        policy(tandem, ""); // etc/trust.p12 is missing
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            signIn(p, port);
            assertTrue(tandem.logText().contains("but the trust store etc/trust.p12 (")
                    && tandem.logText().contains("cannot be used: no such file. No bundle from outside system/ will run"),
                    tandem.logText());
            assertEquals(200, web.get("/health").statusCode(), "the stock product runs");
            Path signed = Signing.sign(strategy(tandem.system(STRATEGY_BUNDLE), "1.1.0"), keys, "acme");
            HttpResponse<String> uploaded = upload(signed, "signed.jar");
            assertEquals(422, uploaded.statusCode(), uploaded.body());
            assertTrue(uploaded.body().contains("signed.jar is refused: the trust store etc/trust.p12 ("), uploaded.body());
            tandem.dropIntoDeploy(signed, "dropped.jar");
            p.poll("tandem:deployed", Pattern.compile("org\\.tandem\\.scoring\\.weighted\\s+1\\.1\\.0\\s+INSTALLED"
                    + "\\s+dropped\\.jar\\R\\s+refused, it does not run: the trust store etc/trust.p12"));
        }
    }

    @Test
    void withThePolicyOffUnsignedBundlesRunAsBefore() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            signIn(p, port);
            HttpResponse<String> uploaded = upload(strategy(tandem.system(STRATEGY_BUNDLE), "1.1.0"), "unsigned.jar");
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            p.poll("tandem:deployed", Pattern.compile("org\\.tandem\\.scoring\\.weighted\\s+1\\.1\\.0\\s+ACTIVE"));
            p.poll("tandem:strategies", Pattern.compile("swapped@1\\.1\\.0"));
            assertFalse(tandem.logText().contains("may not run"), tandem.logText());
        }
    }

    /** Turns the policy on in etc/tandem.properties, with the trust store etc/trust.p12 and {@code more}. */
    private static void policy(Installation tandem, String more) throws Exception {
        Path properties = tandem.home.resolve("etc/tandem.properties");
        Files.writeString(properties, Files.readString(properties)
                + "\ntandem.trust.policy = signed\ntandem.trust.store = etc/trust.p12\n" + more);
    }

    private void signIn(TandemProcess p, int port) throws Exception {
        web = WebClient.admin(p, port, "a-long-password");
        csrf = web.get("/api/v1/session").headers().firstValue("X-CSRF-Token").orElseThrow();
    }

    /** Deploys a jar through the admin API. */
    private HttpResponse<String> upload(Path jar, String name) throws Exception {
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + "/api/v1/modules/upload?name=" + name))
                .header("Content-Type", "application/java-archive").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofFile(jar)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String admin(String path) throws Exception {
        return web.json("GET", path, null, "X-CSRF-Token", csrf).body();
    }

    /** The stock weighted strategy repacked as strategy "swapped" of {@code version}. */
    private Path strategy(Path weighted, String version) throws Exception {
        return Installation.repack(weighted, dir.resolve("swapped-" + version + ".jar"), version,
                "value=\"weighted\"", "value=\"swapped\"");
    }

    /** Every file in {@code folder}, hidden ones too. */
    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Waits until the log holds every one of {@code texts}. */
    private static void awaitLog(Installation tandem, String... texts) throws Exception {
        long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
        while (!java.util.Arrays.stream(texts).allMatch(tandem.logText()::contains) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String log = tandem.logText();
        for (String text : texts) {
            assertTrue(log.contains(text), "no '" + text + "' in the log:\n" + log);
        }
    }
}
