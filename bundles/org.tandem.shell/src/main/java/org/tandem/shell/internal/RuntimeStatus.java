package org.tandem.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code tandem:status} reports, computed from plain values so it can be tested without a
 * framework: the framework line, bundles by state, components by state, and each problem.
 */
record RuntimeStatus(String tandemVersion, String framework, int startLevel, long uptimeMillis,
        List<BundleLine> bundles, List<ComponentLine> components) {

    /** A bundle: id, symbolic name, version, state name, and whether it is a fragment. */
    record BundleLine(long id, String name, String version, String state, boolean fragment) {
        boolean healthy() {
            return fragment ? state.equals("RESOLVED") : state.equals("ACTIVE") || state.equals("STARTING");
        }
    }

    /** A component: name, bundle, state name, and the references that keep it unsatisfied. */
    record ComponentLine(String name, String bundle, String state, List<String> unsatisfied) {
        boolean healthy() {
            return state.equals("active") || state.equals("satisfied") || state.equals("no configuration");
        }
    }

    /** The report; with {@code all}, every bundle and component is listed, not only problems. */
    String format(boolean all) {
        StringBuilder out = new StringBuilder();
        out.append("Tandem ").append(tandemVersion).append(" on ").append(framework)
                .append(", start level ").append(startLevel).append(", up ").append(uptime()).append('\n');
        out.append("Bundles:    ").append(bundles.size()).append(" (").append(counts(bundles.stream()
                .collect(Collectors.groupingBy(b -> b.state().toLowerCase(), TreeMap::new, Collectors.counting()))))
                .append(")\n");
        out.append("Components: ").append(components.size()).append(" (").append(counts(components.stream()
                .collect(Collectors.groupingBy(ComponentLine::state, TreeMap::new, Collectors.counting()))))
                .append(")\n");
        List<BundleLine> shownBundles = all ? bundles : bundles.stream().filter(b -> !b.healthy()).toList();
        if (!shownBundles.isEmpty()) {
            out.append(all ? "All bundles:\n" : "Bundles not active:\n");
            shownBundles.forEach(b -> out.append(String.format("  %4d %-11s %s %s%s%n", b.id(), b.state(), b.name(),
                    b.version(), b.fragment() ? " (fragment)" : "")));
        }
        List<ComponentLine> shownComponents = all ? components
                : components.stream().filter(c -> !c.healthy()).toList();
        if (!shownComponents.isEmpty()) {
            out.append(all ? "All components:\n" : "Components with problems:\n");
            for (ComponentLine c : shownComponents) {
                out.append("  ").append(c.state()).append(' ').append(c.name()).append(" (").append(c.bundle()).append(')');
                if (!c.unsatisfied().isEmpty()) {
                    out.append(": missing ").append(String.join(", ", c.unsatisfied()));
                }
                out.append('\n');
            }
        }
        if (!all && shownBundles.isEmpty() && shownComponents.isEmpty()) {
            out.append("All bundles active, all components satisfied.\n");
        }
        return out.toString();
    }

    private static String counts(Map<String, Long> byState) {
        return byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private String uptime() {
        long s = uptimeMillis / 1000;
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
