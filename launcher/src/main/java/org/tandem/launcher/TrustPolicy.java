package org.tandem.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which bundles may run ({@code tandem.trust.*} in etc/tandem.properties): with policy
 * {@code signed}, only bundles of the installation's system/ folder and bundles signed by a
 * certificate of the trust store; with {@code off} (the default), every bundle.
 *
 * @param signed       whether bundles from outside system/ must be signed
 * @param store        the trust store (PKCS12 or JKS)
 * @param storeName    the store as etc/tandem.properties names it, for messages
 * @param passwordFile a file holding the store's password, or null
 * @param password     the password written in etc/tandem.properties, or null
 */
public record TrustPolicy(boolean signed, Path store, String storeName, Path passwordFile, String password) {

    /** The environment variable that may hold the trust store's password. */
    static final String PASSWORD_VARIABLE = "TANDEM_TRUST_STORE_PASSWORD";

    static TrustPolicy of(Properties file, Path home, String where) throws LaunchException {
        String policy = file.getProperty("tandem.trust.policy", "off").trim();
        if (!policy.equals("off") && !policy.equals("signed")) {
            throw new LaunchException(LaunchException.USAGE,
                    where + ": tandem.trust.policy is 'off' or 'signed', not '" + policy + "'");
        }
        String storeName = file.getProperty("tandem.trust.store", "etc/trust.p12").trim();
        String passwordFile = file.getProperty("tandem.trust.store.password.file", "").trim();
        String password = file.getProperty("tandem.trust.store.password");
        return new TrustPolicy(policy.equals("signed"), home.resolve(storeName).toAbsolutePath().normalize(),
                storeName, passwordFile.isEmpty() ? null : home.resolve(passwordFile).toAbsolutePath().normalize(),
                password == null ? null : password.trim());
    }

    /**
     * The store's password: the environment variable {@value #PASSWORD_VARIABLE}, else the first line
     * of the password file, else the one in etc/tandem.properties, else null (a store of certificates
     * only may be readable without one).
     *
     * @throws IOException when the password file cannot be read
     */
    char[] readPassword() throws IOException {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (passwordFile != null) {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("").strip().toCharArray();
        }
        return password == null ? null : password.toCharArray();
    }

    @Override
    public String toString() {
        return "TrustPolicy[" + (signed ? "signed by a certificate of " + storeName : "off") + "]";
    }
}
