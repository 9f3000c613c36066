package org.tandem.core.internal.deploy;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.tandem.api.deploy.ModuleDeployer;

/** The installation's deploy folder ({@code tandem.deploy}) with its history in {@code tandem.data}. */
@Component(service = ModuleDeployer.class)
public class ModuleDeployerImpl extends DeployFolder {

    @Activate
    public ModuleDeployerImpl(BundleContext context) {
        super(Path.of(context.getProperty("tandem.deploy")), Path.of(context.getProperty("tandem.data"), "deploy-history"));
    }
}
