package org.tandem.web.internal.admin;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.deploy.DeployChange;
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
import org.tandem.web.internal.http.WebServlet;

/**
 * {@code /admin/modules}: the installed models, strategies and renderers and which model uses what;
 * roll back and uninstall deployed bundles, switch a model's strategy, compare two strategies
 * ({@code /admin/modules/compare}). Uploads go to {@link UploadServlet}.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/admin/modules", "/admin/modules/*"})
public class ModulesServlet extends WebServlet {

    private static final long serialVersionUID = 1L;

    private final transient Security security;
    private final transient Pages pages;
    private final transient ModelRegistry models;
    private final transient ScoringService scoring;
    private final transient ReportService reports;
    private final transient ModuleDeployer deployer;
    private final transient AdminActions actions;
    private final transient AssessmentService assessments;
    private final transient Logger log;

    @Activate
    public ModulesServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        ModelRegistry models = services.of(ModelRegistry.class);
        ScoringService scoring = services.of(ScoringService.class);
        AssessmentService assessments = services.of(AssessmentService.class);
        ReportService reports = services.of(ReportService.class);
        ModuleDeployer deployer = services.of(ModuleDeployer.class);
        ModelChoices choices = services.of(ModelChoices.class);
        UserStore users = services.of(UserStore.class);
        this.security = security;
        this.pages = pages;
        this.models = models;
        this.scoring = scoring;
        this.reports = reports;
        this.deployer = deployer;
        this.actions = new AdminActions(deployer, choices, models, scoring, users);
        this.assessments = assessments;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> session = Access.page(security, request, response, Role.ADMIN);
        if (session.isEmpty()) {
            return;
        }
        String path = request.getRequestURI();
        Map<String, Object> extra = new HashMap<>();
        if (path.equals("/admin/modules/compare")) {
            String model = request.getParameter("model");
            String first = request.getParameter("first");
            String second = request.getParameter("second");
            extra.put("compareModel", model == null ? "" : model);
            extra.put("first", first == null ? "" : first);
            extra.put("second", second == null ? "" : second);
            try {
                extra.put("comparison", actions.compare(model, first, second, assessments));
            } catch (HttpProblem p) {
                render(request, response, session.get(), p.status(), p.getMessage(), extra);
                return;
            }
        } else if (!path.equals("/admin/modules")) {
            throw new HttpProblem(404, "no page " + path, null);
        }
        render(request, response, session.get(), 200, null, extra);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> session = Access.page(security, request, response, Role.ADMIN);
        if (session.isEmpty()) {
            return;
        }
        Access.csrf(session.get(), request);
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        try {
            switch (request.getRequestURI()) {
                case "/admin/modules/rollback" -> done(response, "rolledback",
                        describe(actions.rollback(request.getParameter("bundle"))), lang);
                case "/admin/modules/undeploy" -> done(response, "undeployed",
                        describe(actions.undeploy(request.getParameter("bundle"))), lang);
                case "/admin/modules/strategy" -> {
                    String model = request.getParameter("model");
                    ModelChoices.Choice choice = actions.useStrategy(model, request.getParameter("strategy"));
                    done(response, choice.effective() ? "strategy" : "strategy.pending",
                            model + " → " + scoring.strategyFor(model), lang);
                }
                default -> throw new HttpProblem(404, "no action " + request.getRequestURI(), null);
            }
        } catch (HttpProblem p) {
            if (p.status() == 404 && p.where() == null) {
                throw p;
            }
            render(request, response, session.get(), p.status(), p.getMessage(), Map.of());
        }
    }

    /** The jar a change put in place (or removed), for the notice. */
    static String describe(DeployChange change) {
        var jar = change.current() != null ? change.current() : change.previous();
        return jar.symbolicName() + " " + jar.version();
    }

    private static void done(HttpServletResponse response, String notice, String what, String lang) {
        Redirect.to(response, "/admin/modules?done=" + notice + "&what=" + URLEncoder.encode(what, StandardCharsets.UTF_8)
                + "&lang=" + lang);
    }

    void render(HttpServletRequest request, HttpServletResponse response, Security.Session session, int status,
            String error, Map<String, Object> extra) throws IOException {
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        Map<String, Object> model = new HashMap<>(ModuleOverview.of(models, scoring, reports, deployer, lang));
        model.putAll(extra);
        model.put("user", session.user());
        model.put("csrf", session.csrf());
        model.put("error", error == null ? "" : error);
        String done = request.getParameter("done");
        model.put("done", done != null && done.matches("[a-z.]{1,30}") ? done : "");
        model.put("what", Optional.ofNullable(request.getParameter("what")).orElse(""));
        model.put("maxUpload", security.config().maxUploadBytes());
        model.putIfAbsent("compareModel", "");
        model.putIfAbsent("first", "");
        model.putIfAbsent("second", "");
        pages.render(response, status, "admin/modules", lang, model);
    }
}
