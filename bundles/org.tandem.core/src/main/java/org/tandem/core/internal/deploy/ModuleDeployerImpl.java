package org.tandem.core.internal.deploy;

import java.nio.file.Path;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.tandem.api.deploy.ModuleDeployer;

/**
 * The installation's deploy folder ({@code tandem.deploy}) with its history in {@code tandem.data}.
 * When bundles must be signed, the launcher registers its check (a {@code Function<Path, String>}
 * with the property {@code tandem.trust.store}) before any bundle starts, so it is bound here from
 * the start; without it every bundle may be deployed.
 */
@Component(service = ModuleDeployer.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModuleDeployerImpl extends DeployFolder {

    @Activate
    public ModuleDeployerImpl(BundleContext context,
            @Reference(service = Function.class, cardinality = ReferenceCardinality.OPTIONAL,
                    target = "(tandem.trust.store=*)") Function<Path, String> trust) {
        super(Path.of(context.getProperty("tandem.deploy")), Path.of(context.getProperty("tandem.data"), "deploy-history"),
                trust);
    }
}
