package org.tandem.web.internal.admin;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.deploy.ModuleDeployer;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.user.Role;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.http.SecurityFilter;
import org.tandem.web.internal.http.WebServlet;

/**
 * {@code POST /admin/modules/upload}: a bundle jar from the modules page's form
 * ({@code multipart/form-data}, field {@code jar}), deployed through the same staged path as
 * {@code tandem:deploy}. The whiteboard parses the multipart body; the security filter has already
 * refused a body over {@code maxUploadBytes}.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern(SecurityFilter.UPLOAD)
// the same limit as WebConfig.maxUploadBytes' default, also for uploads without a declared length
@HttpWhiteboardServletMultipart(fileSizeThreshold = 1_048_576, maxFileSize = 52_428_800L, maxRequestSize = 52_494_336L)
public class UploadServlet extends WebServlet {

    private static final long serialVersionUID = 1L;

    private final transient Security security;
    private final transient AdminActions actions;
    private final transient ModulesServlet page;
    private final transient Logger log;

    @Activate
    public UploadServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.security = security;
        this.actions = new AdminActions(services.of(ModuleDeployer.class), services.of(ModelChoices.class),
                services.of(ModelRegistry.class), services.of(ScoringService.class), services.of(UserStore.class));
        this.page = new ModulesServlet(services, security, pages, log);
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> session = Access.page(security, request, response, Role.ADMIN);
        if (session.isEmpty()) {
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            throw new HttpProblem(415, "send the bundle from the upload form (multipart/form-data)", "Content-Type");
        }
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        try {
            Part csrf = part(request, "csrf");
            String token = csrf == null ? null : new String(csrf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!Security.same(session.get().csrf(), token)) {
                throw new HttpProblem(403, "the form has expired or did not come from this site: reload the page", "csrf");
            }
            Part jar = part(request, "jar");
            if (jar == null || jar.getSubmittedFileName() == null || jar.getSubmittedFileName().isEmpty()) {
                throw new HttpProblem(400, "choose a bundle jar to upload", "jar");
            }
            String what;
            try (InputStream in = jar.getInputStream()) {
                what = ModulesServlet.describe(actions.upload(jar.getSubmittedFileName(), in,
                        security.config().maxUploadBytes()));
            } finally {
                jar.delete();
            }
            Redirect.to(response, "/admin/modules?done=uploaded&what=" + URLEncoder.encode(what, StandardCharsets.UTF_8)
                    + "&lang=" + lang);
        } catch (HttpProblem p) {
            page.render(request, response, session.get(), p.status(), p.getMessage(), Map.of());
        }
    }

    private static Part part(HttpServletRequest request, String name) throws IOException {
        try {
            return request.getPart(name);
        } catch (ServletException | IllegalStateException e) {
            throw new HttpProblem(400, "the upload could not be read: " + e.getMessage(), "jar");
        }
    }
}
