package org.tandem.shell.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.deploy.DeployChange;
import org.tandem.api.deploy.DeployedJar;
import org.tandem.api.deploy.ModuleDeployer;

/**
 * {@code tandem:deploy}, {@code tandem:rollback}, {@code tandem:undeploy}, {@code tandem:deployed}:
 * safe changes to the hot-deploy folder, each waiting until FileInstall has carried it out.
 */
@Component(service = DeployCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = {"deploy", "rollback", "undeploy", "deployed"})
public class DeployCommands {

    private static final long WAIT_MS = 10_000;

    private final BundleContext context;
    private final ModuleDeployer folder;

    @Activate
    public DeployCommands(BundleContext context, @Reference ModuleDeployer folder) {
        this.context = context;
        this.folder = folder;
    }

    @Descriptor("deploys a bundle jar (staged, then moved into deploy/ at once; the jar it replaces is kept)")
    public String deploy(@Descriptor("path of the bundle jar") String jar) throws Exception {
        return report(folder.deploy(Path.of(jar).toAbsolutePath()), "deployed");
    }

    @Descriptor("puts back the jar that the last deploy, rollback or undeploy of a bundle replaced")
    public String rollback(@Descriptor("bundle symbolic name or deployed file name") String name) throws Exception {
        return report(folder.rollback(name), "rolled back");
    }

    @Descriptor("removes a bundle from deploy/ (kept for rollback)")
    public String undeploy(@Descriptor("bundle symbolic name or deployed file name") String name) throws Exception {
        DeployChange change = folder.undeploy(name);
        String bsn = change.previous().symbolicName();
        boolean gone = waitFor(() -> installed(bsn, null).isEmpty());
        return bsn + " " + change.previous().version() + (gone ? " uninstalled" : " removed from deploy/ (still installed after "
                + WAIT_MS / 1000 + " s: see logs/)") + "; tandem:rollback " + bsn + " restores it";
    }

    @Descriptor("lists the bundles in deploy/ with their state, the version a rollback would restore, and why a"
            + " refused one does not run")
    public String deployed() throws IOException {
        StringBuilder out = new StringBuilder();
        for (DeployedJar jar : folder.deployed()) {
            Optional<Bundle> bundle = installed(jar.symbolicName(), jar.version());
            out.append(String.format("%-40s %-20s %-10s %s%s%n", jar.symbolicName(), jar.version(),
                    bundle.map(b -> StatusCommand.state(b.getState())).orElse("-"), jar.file().getFileName(),
                    folder.kept(jar.symbolicName()).map(k -> "  (rollback: " + k.version() + ")").orElse("")));
            folder.refusal(jar).ifPresent(why -> out.append("    refused, it does not run: ").append(why)
                    .append(System.lineSeparator()));
        }
        return out.length() == 0 ? "No bundles in " + context.getProperty("tandem.deploy") : out.toString();
    }

    private String report(DeployChange change, String verb) throws InterruptedException {
        DeployedJar jar = change.current();
        long start = System.nanoTime();
        boolean active = waitFor(() -> installed(jar.symbolicName(), jar.version())
                .filter(b -> b.getState() == Bundle.ACTIVE || b.getState() == Bundle.STARTING).isPresent());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String replaced = change.previous() == null ? ""
                : "; replaced " + change.previous().version() + " (tandem:rollback " + jar.symbolicName() + " restores it)";
        if (!active) {
            return jar.symbolicName() + " " + jar.version() + " " + verb + " as " + jar.file()
                    + ", but not active after " + WAIT_MS / 1000 + " s: see tandem:status and logs/" + replaced;
        }
        return jar.symbolicName() + " " + jar.version() + " " + verb + ", active in " + millis + " ms" + replaced;
    }

    private Optional<Bundle> installed(String symbolicName, String version) {
        return Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .filter(b -> version == null || b.getVersion().toString().equals(normalise(version)))
                .findFirst();
    }

    private static String normalise(String version) {
        return org.osgi.framework.Version.parseVersion(version).toString();
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
