package org.tandem.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.WebServlet;

/** {@code /}: the assessments when signed in, else the sign-in page; anything unknown is a 404. */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/")
public class HomeServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private final transient Security security;
    private final transient Logger log;

    @Activate
    public HomeServlet(@Reference Security security, @Reference(service = LoggerFactory.class) Logger log) {
        this.security = security;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/")) {
            response.sendError(404, "no page " + path);
            return;
        }
        Redirect.to(response, security.session(request).isPresent() ? "/assessments" : "/login");
    }
}
