package org.tandem.web.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The style sheet and scripts of the pages, served from this bundle's {@code static/} folder. */
@Component(service = StaticFiles.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public class StaticFiles {
}
