package org.tandem.core.internal.scoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.assessment.ModelSnapshots;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.core.internal.assessment.H2Store;
import org.tandem.core.internal.registry.RecordingLogger;
import org.tandem.core.internal.registry.TestFramework;
import org.tandem.store.jdbc.internal.JdbcAssessmentStore;

/**
 * Scoring on real parts: a started framework in which strategies are services of bundles of their
 * own, the JDBC store on an H2 file, the model reader and snapshots. The calls Declarative Services
 * would make (bind, unbind, the configuration) are made directly.
 */
public final class ScoringFixture implements AutoCloseable {

    public final TestFramework framework;
    public final JdbcAssessmentStore store;
    final ModelReaderImpl reader = new ModelReaderImpl();
    public final ModelSnapshots snapshots;
    final ScoringStrategies strategies = new ScoringStrategies();
    public final RecordingLogger log = new RecordingLogger();
    private final AtomicInteger respondents = new AtomicInteger();

    public ScoringFixture(Path dir) throws BundleException {
        framework = new TestFramework(dir.resolve("framework"), Map.of("tandem.data", dir.resolve("data").toString()));
        store = H2Store.open(framework.context());
        snapshots = new ModelSnapshots(store, reader);
    }

    /** A scoring service on the fixture's store and strategies that waits {@code waitMillis} for a missing strategy. */
    public ScoringServiceImpl service(long waitMillis) {
        return new ScoringServiceImpl(store, snapshots, strategies, log, Configs.waitMillis(waitMillis));
    }

    /** A scoring service that knows no strategy at all and does not wait for one. */
    public ScoringServiceImpl serviceWithoutStrategies() {
        return new ScoringServiceImpl(store, snapshots, new ScoringStrategies(), log, Configs.waitMillis(0));
    }

    public BundleContext context() {
        return framework.context();
    }

    /** Installs and starts an empty bundle {@code symbolicName} at {@code version}, to register strategies from. */
    public Bundle bundle(String symbolicName, String version) throws BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, version);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bundle bundle = context().installBundle("test:" + symbolicName + "/" + version,
                new ByteArrayInputStream(jar.toByteArray()));
        bundle.start();
        return bundle;
    }

    /**
     * Registers {@code strategy} as a service of {@code bundle} with {@code tandem.scoring.id} {@code id}
     * and {@code tandem.scoring.version} {@code version} (null: no such property), and binds it as
     * Declarative Services would.
     */
    public ServiceRegistration<ScoringStrategy> register(Bundle bundle, String id, String version, ScoringStrategy strategy) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("tandem.scoring.id", id);
        if (version != null) {
            properties.put("tandem.scoring.version", version);
        }
        ServiceRegistration<ScoringStrategy> registration =
                bundle.getBundleContext().registerService(ScoringStrategy.class, strategy, properties);
        strategies.bind(strategy, registration.getReference());
        return registration;
    }

    /** Unbinds the strategy (as Declarative Services does while the service is unregistering), then unregisters it. */
    void unregister(ServiceRegistration<ScoringStrategy> registration) {
        strategies.unbind(registration.getReference());
        registration.unregister();
    }

    /** A new open assessment of the model {@code document} (its id and version given), pinned to it. */
    public Assessment assessment(String name, String modelId, String modelVersion, String document) {
        return store.createAssessment(new Relationship(name, "Acme", "Atea"), new ModelRef(modelId, modelVersion),
                document, null);
    }

    /** Invites a respondent of {@code perspective} and saves their answers, submitted or not. */
    public Respondent answer(Assessment assessment, String perspective, Map<String, String> answers, boolean submit) {
        Respondent r = store.addRespondent(assessment.id(), perspective, "Respondent " + respondents.incrementAndGet());
        store.saveResponse(r.id(), answers, Map.of(), submit, 0);
        return r;
    }

    @Override
    public void close() throws Exception {
        try {
            store.close();
        } finally {
            framework.close();
        }
    }
}
