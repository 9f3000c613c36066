package org.tandem.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shell.internal.RuntimeStatus.BundleLine;
import org.tandem.shell.internal.RuntimeStatus.ComponentLine;

class RuntimeStatusTest {

    private static final BundleLine SYSTEM = new BundleLine(0, "org.apache.felix.framework", "7.0.5", "ACTIVE", false);
    private static final BundleLine SCR = new BundleLine(1, "org.apache.felix.scr", "2.2.12", "ACTIVE", false);
    private static final BundleLine LAZY = new BundleLine(2, "org.tandem.lazy", "1.0.0", "STARTING", false);
    private static final BundleLine FRAGMENT = new BundleLine(3, "org.tandem.l10n", "1.0.0", "RESOLVED", true);
    private static final BundleLine INSTALLED = new BundleLine(4, "org.tandem.broken", "0.1.0", "INSTALLED", false);
    private static final BundleLine STOPPED = new BundleLine(5, "org.tandem.stopped", "0.2.0", "RESOLVED", false);

    private static final ComponentLine STATUS = new ComponentLine("org.tandem.shell.internal.StatusCommand",
            "org.tandem.shell", "active", List.of());
    private static final ComponentLine DEPLOY = new ComponentLine("org.tandem.shell.internal.DeployCommands",
            "org.tandem.shell", "satisfied", List.of());
    private static final ComponentLine STORE = new ComponentLine("org.tandem.store.Store", "org.tandem.store",
            "unsatisfied reference", List.of("clock", "data (name=main)"));

    @Test
    void allWell() {
        String report = status(List.of(SYSTEM, SCR, LAZY, FRAGMENT), List.of(STATUS, DEPLOY)).format(false);

        assertTrue(report.endsWith("All bundles active, all components satisfied.\n"), report);
        assertFalse(report.contains("Bundles not active:"), report);
        assertFalse(report.contains("Components with problems:"), report);
        assertFalse(report.contains("org.tandem.l10n"), "a resolved fragment is healthy: " + report);
        assertFalse(report.contains("org.tandem.lazy"), "a lazily starting bundle is healthy: " + report);
        assertFalse(report.contains("StatusCommand"), report);
    }

    @Test
    void problemsOnly() {
        String report = status(List.of(SYSTEM, SCR, FRAGMENT, INSTALLED, STOPPED), List.of(STATUS, DEPLOY, STORE))
                .format(false);

        List<String> lines = report.lines().toList();
        assertEquals(List.of(
                "Bundles not active:",
                "     4 INSTALLED   org.tandem.broken 0.1.0",
                "     5 RESOLVED    org.tandem.stopped 0.2.0",
                "Components with problems:",
                "  unsatisfied reference org.tandem.store.Store (org.tandem.store): missing clock, data (name=main)"),
                lines.subList(3, lines.size()));
        assertFalse(report.contains("All bundles active"), report);
    }

    @Test
    void unhealthyFragmentIsListed() {
        BundleLine unresolved = new BundleLine(7, "org.tandem.l10n.de", "1.0.0", "INSTALLED", true);

        String report = status(List.of(SYSTEM, FRAGMENT, unresolved), List.of()).format(false);

        assertTrue(report.contains("Bundles not active:\n     7 INSTALLED   org.tandem.l10n.de 1.0.0 (fragment)\n"),
                report);
        assertFalse(report.contains("org.tandem.l10n "), report);
    }

    @Test
    void componentProblemsWithoutBundleProblems() {
        ComponentLine disabled = new ComponentLine("org.tandem.Off", "org.tandem.off", "disabled", List.of());

        String report = status(List.of(SYSTEM, SCR), List.of(STATUS, disabled)).format(false);

        assertFalse(report.contains("Bundles not active:"), report);
        assertTrue(report.endsWith("Components with problems:\n  disabled org.tandem.Off (org.tandem.off)\n"), report);
    }

    @Test
    void allListsEverything() {
        String report = status(List.of(SYSTEM, SCR, FRAGMENT, INSTALLED), List.of(STATUS, STORE)).format(true);

        List<String> lines = report.lines().toList();
        assertEquals(List.of(
                "All bundles:",
                "     0 ACTIVE      org.apache.felix.framework 7.0.5",
                "     1 ACTIVE      org.apache.felix.scr 2.2.12",
                "     3 RESOLVED    org.tandem.l10n 1.0.0 (fragment)",
                "     4 INSTALLED   org.tandem.broken 0.1.0",
                "All components:",
                "  active org.tandem.shell.internal.StatusCommand (org.tandem.shell)",
                "  unsatisfied reference org.tandem.store.Store (org.tandem.store): missing clock, data (name=main)"),
                lines.subList(3, lines.size()));
    }

    @Test
    void allWhenAllIsWellHasNoSummarySentence() {
        String report = status(List.of(SYSTEM), List.of(STATUS)).format(true);

        assertFalse(report.contains("All bundles active, all components satisfied."), report);
        assertTrue(report.contains("All bundles:\n"), report);
    }

    @Test
    void headerAndCounts() {
        List<BundleLine> bundles = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            bundles.add(new BundleLine(i, "b" + i, "1.0.0", "ACTIVE", false));
        }
        bundles.add(new BundleLine(13, "fragment", "1.0.0", "RESOLVED", true));
        RuntimeStatus status = new RuntimeStatus("0.1.0", "Apache Felix 7.0.5", 10, 3_725_000, bundles,
                List.of(STATUS, DEPLOY, STORE, new ComponentLine("x", "y", "active", List.of())));

        List<String> lines = status.format(false).lines().toList();

        assertEquals("Tandem 0.1.0 on Apache Felix 7.0.5, start level 10, up 1 h 2 min", lines.get(0));
        assertEquals("Bundles:    14 (13 active, 1 resolved)", lines.get(1));
        assertEquals("Components: 4 (2 active, 1 satisfied, 1 unsatisfied reference)", lines.get(2));
    }

    @Test
    void emptyRuntime() {
        List<String> lines = status(List.of(), List.of()).format(false).lines().toList();

        assertEquals("Bundles:    0 ()", lines.get(1));
        assertEquals("Components: 0 ()", lines.get(2));
        assertEquals("All bundles active, all components satisfied.", lines.get(3));
    }

    @Test
    void uptime() {
        assertTrue(uptimeOf(59_999).endsWith(", up 59 s"));
        assertTrue(uptimeOf(61_000).endsWith(", up 1 min 1 s"));
        assertTrue(uptimeOf(3_599_000).endsWith(", up 59 min 59 s"));
        assertTrue(uptimeOf(90_000_000).endsWith(", up 25 h 0 min"));
    }

    private static String uptimeOf(long millis) {
        return new RuntimeStatus("1", "F", 1, millis, List.of(), List.of()).format(false).lines().findFirst().orElseThrow();
    }

    private static RuntimeStatus status(List<BundleLine> bundles, List<ComponentLine> components) {
        return new RuntimeStatus("0.1.0", "Apache Felix 7.0.5", 10, 5_000, bundles, components);
    }
}
