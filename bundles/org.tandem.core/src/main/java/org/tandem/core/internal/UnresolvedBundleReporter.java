package org.tandem.core.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Says why a bundle from deploy/ does not start. FileInstall installs such a bundle and quietly
 * retries it on every change; an administrator needs the missing requirement in the log. Each
 * bundle from deploy/ that is still only INSTALLED a moment after it was installed or updated is
 * reported once per change, with the resolver's message, or, when bundles must be signed and it is
 * not signed by a trusted certificate, with that reason (the launcher's resolver hook refused it).
 */
@Component(service = {}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class UnresolvedBundleReporter implements BundleListener {

    /** How long FileInstall gets to resolve and start a bundle before it counts as stuck. */
    static final long GRACE_MS = 2_000;

    private final BundleContext context;
    private final Logger log;
    private final Path deploy;
    private final Function<Path, String> trust;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tandem-deploy-diagnostics");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public UnresolvedBundleReporter(BundleContext context, @Reference(service = LoggerFactory.class) Logger log,
            @Reference(service = Function.class, cardinality = ReferenceCardinality.OPTIONAL,
                    target = "(tandem.trust.store=*)") Function<Path, String> trust) {
        this.context = context;
        this.log = log;
        this.trust = trust;
        String dir = context.getProperty("tandem.deploy");
        this.deploy = dir == null ? null : Path.of(dir).toAbsolutePath().normalize();
        context.addBundleListener(this);
        for (Bundle b : context.getBundles()) {
            schedule(b);
        }
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        timer.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) {
            schedule(event.getBundle());
        }
    }

    private void schedule(Bundle bundle) {
        if (fromDeploy(bundle)) {
            timer.schedule(() -> check(bundle), GRACE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void check(Bundle bundle) {
        if (bundle.getState() != Bundle.INSTALLED) {
            return;
        }
        String reason = reason(bundle);
        if (reason != null) {
            log.error("{} ({} {}) from deploy/ is installed but cannot start: {}", bundle.getLocation(),
                    bundle.getSymbolicName(), bundle.getVersion(), reason);
        }
    }

    /** Why the bundle does not resolve, or null when it does (FileInstall is merely slow to start it). */
    private String reason(Bundle bundle) {
        String refused = trust == null ? null : refusal(bundle);
        if (refused != null) {
            return refused + ", and bundles must be signed by a certificate of the trust store"
                    + " (tandem.trust.policy = signed)";
        }
        Bundle system = context.getBundle(0);
        if (system.adapt(FrameworkWiring.class).resolveBundles(java.util.List.of(bundle))) {
            return null;
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return "it is a fragment whose host or requirements are missing";
        }
        try {
            // loading a class makes the framework resolve the bundle and report what is missing
            bundle.loadClass("org.tandem.core.internal.ResolveProbe");
        } catch (ClassNotFoundException e) {
            if (e.getCause() instanceof BundleException cause) {
                return cause.getMessage();
            }
        } catch (IllegalStateException e) {
            return "it was uninstalled meanwhile";
        }
        return "it does not resolve";
    }

    /** Why the signing policy refuses the jar of {@code bundle}, or null. */
    private String refusal(Bundle bundle) {
        Path jar = Path.of(URI.create(bundle.getLocation()));
        return Files.isRegularFile(jar) ? trust.apply(jar) : null;
    }

    private boolean fromDeploy(Bundle bundle) {
        String location = bundle.getLocation();
        if (deploy == null || location == null || !location.startsWith("file:")) {
            return false;
        }
        try {
            return Path.of(URI.create(location)).toAbsolutePath().normalize().startsWith(deploy);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
