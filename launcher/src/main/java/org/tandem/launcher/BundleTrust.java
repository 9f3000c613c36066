package org.tandem.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The signing policy ({@code tandem.trust.policy = signed}) as the framework enforces it: a resolver
 * hook, registered before any bundle starts, that keeps every bundle from outside the installation's
 * system/ folder from resolving unless its content is signed by a certificate of the trust store. An
 * unresolved bundle can load no class, so it never runs, however it was installed (FileInstall from
 * deploy/, an upload, the shell). The distribution's own bundles are trusted by where they are: whoever
 * can write system/ can replace the launcher too.
 * <p>
 * The same check is offered to the deploy service as a {@code java.util.function.Function<Path, String>}
 * service (property {@code tandem.trust.store}) returning why a jar is refused, or null, so that an
 * upload is refused before it reaches deploy/. Results are cached per jar or bundle and its last change.
 * A trust store that cannot be read refuses everything outside system/. Thread safe.
 */
final class BundleTrust implements ResolverHookFactory, Function<Path, String> {

    private static final int MAX_CACHED = 1_000;
    static final String EXTENSION = "it is a framework extension bundle (Fragment-Host: system.bundle), and those"
            + " never run while bundles must be signed";

    private final TrustPolicy policy;
    private final String systemPrefix;
    private final Path temp;
    private final Logger log;
    private final JarSignatures signatures;
    private final String storeProblem;
    private final Map<String, String> verdicts = new ConcurrentHashMap<>();

    /**
     * @param system the installation's system/ folder, whose bundles are trusted
     * @param temp   a folder for copies of bundle content being checked
     */
    BundleTrust(TrustPolicy policy, Path system, Path temp, Logger log) {
        this.policy = policy;
        String prefix = system.toAbsolutePath().normalize().toUri().toString();
        this.systemPrefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.temp = temp;
        this.log = log;
        JarSignatures loaded = null;
        String problem = null;
        try {
            loaded = JarSignatures.load(policy.store(), policy.readPassword(), policy.storeName());
        } catch (IOException | RuntimeException e) {
            problem = "the trust store " + policy.storeName() + " (" + policy.store() + ") cannot be used: "
                    + e.getMessage();
        }
        this.signatures = loaded;
        this.storeProblem = problem;
        if (problem != null) {
            log.severe("Bundles must be signed (tandem.trust.policy = signed), but " + problem
                    + ". No bundle from outside system/ will run until it is fixed and Tandem restarted.");
        } else {
            log.info("Bundles from outside system/ run only when signed by one of the " + loaded.size()
                    + " certificates of " + policy.storeName() + "; framework extension bundles are not installed");
        }
    }

    /** Registers the hook and the check from the system bundle's context. */
    void register(BundleContext context) {
        context.registerService(ResolverHookFactory.class, this, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("tandem.trust.store", policy.storeName());
        context.registerService(Function.class.getName(), this, properties);
    }

    /** Why the jar file {@code jar} may not run, or null when it may. */
    @Override
    public String apply(Path jar) {
        if (storeProblem != null) {
            return storeProblem;
        }
        try {
            String key = jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|"
                    + Files.getLastModifiedTime(jar).toMillis();
            return verdict(key, () -> extension(jar) ? EXTENSION : signatures.problem(jar));
        } catch (IOException e) {
            return "it cannot be read (" + Settings.describe(e) + ")";
        }
    }

    /**
     * A hook for one resolve operation. A refused bundle that the operation is asked to resolve is
     * taken out of the resolvable ones; a refused bundle is never a provider to anyone, and none of
     * its requirements finds a provider. Only the operation's own refused bundles are taken out:
     * Felix 7.0.5, once any bundle is taken out, also hides the capabilities of bundles already
     * resolved (the system bundle's packages among them), so taking out every refused bundle in
     * every operation would leave no other bundle able to resolve while one refused jar is installed.
     * The price: an operation asked to resolve refused and other bundles together (FrameworkWiring's
     * resolveBundles of everything) resolves none of the others; each still resolves when it is started.
     */
    /** True for a framework extension bundle, which Felix refuses to install under the policy. */
    private static boolean extension(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile(), false)) {
            java.util.jar.Manifest manifest = file.getManifest();
            String host = manifest == null ? null : manifest.getMainAttributes().getValue("Fragment-Host");
            String name = host == null ? "" : host.split(";")[0].trim();
            return name.equals("system.bundle") || name.equals("org.apache.felix.framework");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        boolean refusedTrigger = triggers.stream().anyMatch(r -> problem(r.getBundle()) != null);
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                if (refusedTrigger) {
                    candidates.removeIf(revision -> triggers.contains(revision) && problem(revision.getBundle()) != null);
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                    Collection<BundleCapability> collisionCandidates) {
                // not our concern
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                BundleRevision requirer = requirement.getRevision();
                if (requirer != null && problem(requirer.getBundle()) != null) {
                    candidates.clear();
                } else {
                    candidates.removeIf(c -> problem(c.getRevision().getBundle()) != null);
                }
            }

            @Override
            public void end() {
                // nothing held
            }
        };
    }

    /** Why {@code bundle} may not run, or null when it may; a refusal is logged once per content. */
    String problem(Bundle bundle) {
        if (bundle.getBundleId() == 0 || shipped(bundle.getLocation())) {
            return null;
        }
        String key = bundle.getLocation() + "|" + bundle.getLastModified();
        String cached = verdicts.get(key);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String problem = storeProblem != null ? storeProblem : checkContent(bundle);
        remember(key, problem);
        if (problem != null) {
            log.severe("Bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + bundle.getLocation()
                    + ") may not run: " + problem + " (tandem.trust.policy = signed, see docs/security.md)");
        }
        return problem;
    }

    /** True for a bundle of the installation's system/ folder (reference:file:... as the launcher installs it). */
    boolean shipped(String location) {
        if (!location.startsWith("reference:file:")) {
            return false;
        }
        try {
            String normalized = Path.of(URI.create(location.substring("reference:".length())))
                    .normalize().toUri().toString();
            return normalized.startsWith(systemPrefix);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String verdict(String key, java.util.function.Supplier<String> check) {
        String cached = verdicts.get(key);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String problem = check.get();
        remember(key, problem);
        return problem;
    }

    private void remember(String key, String problem) {
        if (verdicts.size() >= MAX_CACHED) {
            verdicts.clear();
        }
        verdicts.put(key, problem == null ? "" : problem);
    }

    /**
     * Checks the content the framework holds (not the file it came from, which may have changed since):
     * every entry of the bundle is copied into a jar of the same names and bytes, which is then verified.
     */
    private String checkContent(Bundle bundle) {
        Path copy = null;
        try {
            Files.createDirectories(temp);
            copy = Files.createTempFile(temp, ".trust-check-", ".jar");
            try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
                Deque<String> folders = new ArrayDeque<>();
                folders.add("/");
                while (!folders.isEmpty()) {
                    Enumeration<String> paths = bundle.getEntryPaths(folders.pop());
                    while (paths != null && paths.hasMoreElements()) {
                        String path = paths.nextElement();
                        if (path.endsWith("/")) {
                            folders.add(path);
                        } else {
                            copyEntry(bundle, path, zip);
                        }
                    }
                }
            }
            return signatures.problem(copy);
        } catch (IOException | RuntimeException e) {
            return "its content cannot be read to check its signature (" + e.getMessage() + ")";
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    log.warning("cannot delete " + copy + ": " + e.getMessage());
                }
            }
        }
    }

    private static void copyEntry(Bundle bundle, String path, ZipOutputStream zip) throws IOException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return;
        }
        zip.putNextEntry(new ZipEntry(path.startsWith("/") ? path.substring(1) : path));
        try (InputStream in = url.openStream()) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }
}
