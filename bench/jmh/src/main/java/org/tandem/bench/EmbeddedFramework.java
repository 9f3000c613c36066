package org.tandem.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Apache Felix started inside the benchmark's JVM with the real bundle jars of bench/jmh's
 * target/bundles (the stock runtime, core, store, model, scoring and report bundles), as
 * bin/tandem starts them. The API packages come from the class path through the system bundle,
 * the way an embedding application shares its types with the bundles, so the benchmark calls the
 * services through the same interfaces it calls the plain classes through; everything else
 * (the implementations, Gson, H2, FreeMarker, OpenPDF) is loaded by the bundles' own class loaders.
 */
final class EmbeddedFramework implements AutoCloseable {

    private static final String API = "org.tandem.api";

    private final Framework framework;
    private final Path home;

    EmbeddedFramework(Path bundles) throws Exception {
        this(bundles, Map.of());
    }

    /**
     * With {@code configurations}, file name to content, in the {@code etc} directory that FileInstall
     * hands to Configuration Admin, as in a distribution's {@code etc/}.
     */
    EmbeddedFramework(Path bundles, Map<String, String> configurations) throws Exception {
        home = Files.createTempDirectory("tandem-bench-osgi");
        List<Path> jars;
        try (Stream<Path> s = Files.list(bundles)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        Path api = jars.stream().filter(p -> p.getFileName().toString().startsWith(API + "-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + API + " jar in " + bundles));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, home.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports(api));
        config.put("felix.log.level", "1");
        config.put("ds.loglevel", "warn");
        for (String dir : List.of("data", "deploy", "etc")) {
            Files.createDirectories(home.resolve(dir));
            config.put("tandem." + dir, home.resolve(dir).toString());
        }
        for (Map.Entry<String, String> c : configurations.entrySet()) {
            Files.writeString(home.resolve("etc").resolve(c.getKey()), c.getValue());
        }
        config.put("felix.fileinstall.dir", home.resolve("etc").toString());
        config.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        framework = factory.newFramework(config);
        try {
            start(jars, api);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void start(List<Path> jars, Path api) throws BundleException {
        framework.start();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            if (!jar.equals(api)) {
                installed.add(context.installBundle(jar.toUri().toString()));
            }
        }
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
    }

    /** The API packages exactly as the API bundle exports them, versions and uses included. */
    private static String exports(Path api) throws IOException {
        try (JarFile jar = new JarFile(api.toFile())) {
            return jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        }
    }

    /** The service {@code type} matching {@code filter} (null: any), waiting up to 30 s for it. */
    <S> S service(Class<S> type, String filter) throws InterruptedException {
        BundleContext context = framework.getBundleContext();
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                // not getServiceReferences: a service that also names an implementation class (the
                // core's services do) fails its class-space check, as the benchmark's class path has
                // its own copy of that class; the interfaces themselves are shared
                ServiceReference<?>[] refs = context.getAllServiceReferences(type.getName(), filter);
                if (refs != null) {
                    return type.cast(context.getService(refs[0]));
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(filter, e);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no service " + type.getName() + " " + (filter == null ? "" : filter)
                + " within 30 s; bundles: " + states() + "; services: " + services());
    }

    /** The framework property {@code tandem.data}: the data directory, where the store keeps its H2 file. */
    Path data() {
        return home.resolve("data");
    }

    /**
     * The service registered under {@code className} matching {@code filter}, untyped: for services
     * whose interface the bundles do not share with the class path (such as a DataSourceFactory).
     */
    Object serviceObject(String className, String filter) throws InvalidSyntaxException {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getAllServiceReferences(className, filter);
        if (refs == null) {
            throw new IllegalStateException("no service " + className + " " + filter);
        }
        return context.getService(refs[0]);
    }

    /** Whether a service {@code className} matching {@code filter} is registered. */
    boolean has(String className, String filter) throws InvalidSyntaxException {
        return framework.getBundleContext().getAllServiceReferences(className, filter) != null;
    }

    private String services() {
        StringBuilder s = new StringBuilder();
        try {
            for (ServiceReference<?> r : framework.getBundleContext().getAllServiceReferences(null, null)) {
                s.append(java.util.Arrays.toString((String[]) r.getProperty(Constants.OBJECTCLASS))).append(' ');
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return s.toString();
    }

    private String states() {
        StringBuilder s = new StringBuilder();
        for (Bundle b : framework.getBundleContext().getBundles()) {
            s.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
        }
        return s.toString();
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(30_000);
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
