package org.tandem.web.internal.health;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.web.internal.http.Json;
import org.tandem.web.internal.http.WebServlet;

/**
 * {@code GET /health}: the runtime's state as JSON — every bundle that is not active (fragments
 * aside) and every enabled component whose references are not satisfied, with what it lacks. 200
 * when all is well, 503 otherwise. Names bundles and components only: no data, no configuration.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/health")
public class HealthServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient ServiceComponentRuntime components;
    private final transient Logger log;

    @Activate
    public HealthServlet(BundleContext context, @Reference ServiceComponentRuntime components,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.components = components;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> inactive = new ArrayList<>();
        int active = 0;
        Bundle[] bundles = context.getBundles();
        for (Bundle b : bundles) {
            boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
            if (b.getState() == Bundle.ACTIVE || fragment && b.getState() == Bundle.RESOLVED) {
                active++;
            } else {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("bundle", b.getSymbolicName());
                entry.put("version", b.getVersion().toString());
                entry.put("state", state(b.getState()));
                inactive.add(entry);
            }
        }
        List<Map<String, Object>> unsatisfied = new ArrayList<>();
        int satisfied = 0;
        for (ComponentDescriptionDTO d : components.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("component", d.name);
                    entry.put("bundle", d.bundle.symbolicName);
                    entry.put("state", c.state == ComponentConfigurationDTO.FAILED_ACTIVATION ? "failed activation"
                            : "unsatisfied");
                    List<String> missing = new ArrayList<>();
                    for (UnsatisfiedReferenceDTO r : c.unsatisfiedReferences) {
                        missing.add(r.name + (r.target == null ? "" : " " + r.target));
                    }
                    entry.put("missing", missing);
                    if (c.failure != null) {
                        entry.put("failure", c.failure.lines().findFirst().orElse(""));
                    }
                    unsatisfied.add(entry);
                } else {
                    satisfied++;
                }
            }
        }
        boolean up = inactive.isEmpty() && unsatisfied.isEmpty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DEGRADED");
        body.put("version", context.getProperty("tandem.version"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("total", bundles.length);
        b.put("active", active);
        b.put("notActive", inactive);
        body.put("bundles", b);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("satisfied", satisfied);
        c.put("unsatisfied", unsatisfied);
        body.put("components", c);
        Json.write(response, up ? 200 : 503, body);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
