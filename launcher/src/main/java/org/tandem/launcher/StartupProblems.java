package org.tandem.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Finds the feature bundles that did not come up and says why, naming the bundle, the feature
 * and the unresolved requirement or the exception.
 */
final class StartupProblems implements FrameworkListener {

    private final Map<Long, Throwable> errors = new ConcurrentHashMap<>();

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null && event.getThrowable() != null) {
            errors.putIfAbsent(event.getBundle().getBundleId(), event.getThrowable());
        }
    }

    /** Records why {@code bundle} failed to start, when the launcher itself started it. */
    void failed(Bundle bundle, Throwable error) {
        errors.putIfAbsent(bundle.getBundleId(), error);
    }

    /** One line per feature bundle that is not active (or resolved, for fragments); empty when all are. */
    List<String> of(Bundle framework, Map<Bundle, BundleSet.Entry> bundles) {
        List<String> problems = new ArrayList<>();
        for (var e : bundles.entrySet()) {
            Bundle b = e.getKey();
            boolean fragment = BundleSet.isFragment(b);
            boolean up = fragment ? b.getState() == Bundle.RESOLVED : (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
            if (!up) {
                problems.add("bundle " + b.getSymbolicName() + " " + b.getVersion() + " of feature "
                        + e.getValue().feature().name() + ": " + reason(framework, b));
            }
        }
        return problems;
    }

    /**
     * Why {@code b} does not resolve, or null when it does. Loading a class makes Felix resolve the
     * bundle and report the missing requirement, without starting it (no activator runs).
     */
    static String unresolved(Bundle framework, Bundle b) {
        if (framework.adapt(FrameworkWiring.class).resolveBundles(List.of(b)) || b.getState() != Bundle.INSTALLED) {
            return null;
        }
        if (BundleSet.isFragment(b)) {
            return "fragment does not resolve (its host or a requirement is missing)";
        }
        try {
            b.loadClass("org.tandem.launcher.ResolveProbe");
        } catch (ClassNotFoundException e) {
            if (e.getCause() instanceof BundleException cause) {
                return cause.getMessage();
            }
        }
        return "does not resolve";
    }

    private String reason(Bundle framework, Bundle b) {
        if (b.getState() == Bundle.INSTALLED) {
            String why = unresolved(framework, b);
            if (why != null) {
                return why;
            }
        }
        Throwable error = errors.get(b.getBundleId());
        if (error == null) {
            return "not active (state " + state(b.getState()) + ")";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "failed to start: " + error.getMessage()
                + (root != error ? " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")" : "");
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
