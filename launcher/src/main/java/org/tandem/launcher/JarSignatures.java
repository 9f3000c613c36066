package org.tandem.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Whether a jar is signed, unchanged since, by a certificate of a trust store: every entry but the
 * manifest and the signature files must carry a signer whose certificate chain ends in a certificate
 * of the store, valid today. Entries added, changed or removed after signing make the jar fail.
 * Thread safe: the store is read once.
 */
final class JarSignatures {

    /** The files of a jar's signature, which are not signed themselves (as java.util.jar defines them). */
    private static final Pattern SIGNATURE_FILE =
            Pattern.compile("META-INF/[^/]+\\.(SF|DSA|RSA|EC)|META-INF/SIG-[^/]+", Pattern.CASE_INSENSITIVE);

    private final Set<X509Certificate> trusted;
    private final Set<TrustAnchor> anchors;
    private final String storeName;

    private JarSignatures(Set<X509Certificate> trusted, String storeName) {
        this.trusted = trusted;
        this.storeName = storeName;
        Set<TrustAnchor> a = new HashSet<>();
        trusted.forEach(c -> a.add(new TrustAnchor(c, null)));
        this.anchors = Collections.unmodifiableSet(a);
    }

    /**
     * Reads the certificates of a PKCS12 or JKS trust store (its type is detected).
     *
     * @param storeName how messages name the store, e.g. {@code etc/trust.p12}
     * @throws IOException when it cannot be read, the password is wrong, or it holds no certificate
     */
    static JarSignatures load(Path store, char[] password, String storeName) throws IOException {
        if (!java.nio.file.Files.isRegularFile(store)) {
            throw new IOException("no such file");
        }
        KeyStore keys;
        try {
            keys = KeyStore.getInstance(store.toFile(), password);
        } catch (GeneralSecurityException e) {
            throw new IOException("it is not a PKCS12 or JKS key store (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw e.getCause() instanceof java.security.UnrecoverableKeyException
                    ? new IOException("the password is wrong (" + e.getMessage() + "; it is read from the environment variable "
                            + TrustPolicy.PASSWORD_VARIABLE + ", tandem.trust.store.password.file or tandem.trust.store.password)", e)
                    : e;
        }
        Set<X509Certificate> certificates = new HashSet<>();
        try {
            for (String alias : Collections.list(keys.aliases())) {
                if (keys.getCertificate(alias) instanceof X509Certificate c) {
                    certificates.add(c);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IOException("it holds no certificate (import one with keytool -importcert)");
        }
        return new JarSignatures(Collections.unmodifiableSet(certificates), storeName);
    }

    int size() {
        return trusted.size();
    }

    /** Why {@code jar} is not trusted, or null when it is. */
    String problem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            boolean signed = file.stream().anyMatch(e -> SIGNATURE_FILE.matcher(e.getName()).matches());
            if (!signed) {
                return "it is not signed";
            }
            Set<String> present = new HashSet<>();
            String untrusted = null;
            for (JarEntry entry : Collections.list(file.entries())) {
                present.add(entry.getName());
                if (entry.isDirectory() || SIGNATURE_FILE.matcher(entry.getName()).matches()
                        || entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    // read fully: the digest is checked at the end of the entry
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (SecurityException e) {
                    return "entry " + entry.getName() + " was changed after signing (" + e.getMessage() + ")";
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return "entry " + entry.getName() + " is not signed (it was added after signing)";
                }
                String why = trust(signers);
                if (why != null) {
                    untrusted = why;
                    break;
                }
            }
            if (untrusted != null) {
                return untrusted;
            }
            return removed(file, present);
        } catch (SecurityException e) {
            return "its signature does not match its content (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "it is not a readable jar (" + e.getMessage() + ")";
        }
    }

    /** An entry the signature lists (a manifest section with a digest) that the jar no longer has. */
    private static String removed(JarFile file, Set<String> present) throws IOException {
        for (Map.Entry<String, Attributes> section : file.getManifest().getEntries().entrySet()) {
            boolean digested = section.getValue().keySet().stream()
                    .anyMatch(k -> k.toString().toUpperCase().endsWith("-DIGEST"));
            if (digested && !present.contains(section.getKey())) {
                return "entry " + section.getKey() + " was removed after signing";
            }
        }
        return null;
    }

    /** Null when one of {@code signers} is trusted, else why the first is not. */
    private String trust(CodeSigner[] signers) {
        String first = null;
        for (CodeSigner signer : signers) {
            String why = trust(signer.getSignerCertPath());
            if (why == null) {
                return null;
            }
            first = first == null ? why : first;
        }
        return first;
    }

    private String trust(CertPath path) {
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : path.getCertificates()) {
            chain.add((X509Certificate) c);
        }
        String subject = chain.get(0).getSubjectX500Principal().getName();
        Date now = new Date();
        // the chain up to (not including) the first certificate the store holds
        List<X509Certificate> below = new ArrayList<>();
        X509Certificate anchor = null;
        for (X509Certificate c : chain) {
            if (trusted.contains(c)) {
                anchor = c;
                break;
            }
            below.add(c);
        }
        try {
            if (anchor != null) {
                for (X509Certificate c : chain.subList(0, below.size() + 1)) {
                    c.checkValidity(now);
                }
                if (below.isEmpty()) {
                    return null;
                }
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPath toValidate = java.security.cert.CertificateFactory.getInstance("X.509").generateCertPath(below);
            CertPathValidator.getInstance("PKIX").validate(toValidate, parameters);
            return null;
        } catch (CertificateExpiredException e) {
            return "it is signed by " + subject + ", whose certificate chain has expired (" + e.getMessage() + ")";
        } catch (CertificateNotYetValidException e) {
            return "it is signed by " + subject + ", whose certificate is not valid yet (" + e.getMessage() + ")";
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                return "it is signed by " + subject + ", whose certificate chain has expired";
            }
            return "it is signed by " + subject + ", which is not in the trust store " + storeName;
        } catch (GeneralSecurityException e) {
            return "it is signed by " + subject + ", which is not in the trust store " + storeName
                    + " (" + e.getMessage() + ")";
        }
    }
}
