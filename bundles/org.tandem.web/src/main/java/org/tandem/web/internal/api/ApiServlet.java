package org.tandem.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.tandem.api.history.HistoryService;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.AssessmentStore;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.portfolio.PortfolioApi;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;

/**
 * The consultants' JSON API under {@code /api/v1/}: the session, the installed models and
 * assessments (see docs/api.md). Signed-in consultants and administrators only, by API token or
 * session cookie with its CSRF token. The administrators' endpoints (modules, users, tokens,
 * strategies) have servlets of their own on longer patterns; should one of their paths reach this
 * servlet, it is a 404 like any unknown path.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/api/v1/*")
public class ApiServlet extends JsonApiServlet {

    private static final long serialVersionUID = 1L;
    /** The first segments the administrators' servlets answer. */
    static final List<String> ADMIN = List.of("modules", "users", "tokens", "strategies");

    private final transient Security security;
    private final transient ModelRegistry models;
    private final transient AssessmentsApi assessments;
    private final transient PortfolioApi portfolio;
    private final transient RelationshipApi relationships;
    private final transient Logger log;

    @Activate
    public ApiServlet(@Reference Services services, @Reference Security security,
            @Reference(service = LoggerFactory.class) Logger log) {
        ModelRegistry models = services.of(ModelRegistry.class);
        AssessmentService assessments = services.of(AssessmentService.class);
        AssessmentStore store = services.of(AssessmentStore.class);
        ScoringService scoring = services.of(ScoringService.class);
        ReportService reports = services.of(ReportService.class);
        HistoryService history = services.of(HistoryService.class);
        this.security = security;
        this.models = models;
        this.assessments = new AssessmentsApi(assessments, store, models, scoring, reports, security, history);
        this.portfolio = new PortfolioApi(history);
        this.relationships = new RelationshipApi(assessments, services.of(RelationshipStore.class), scoring);
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.isEmpty() || ADMIN.contains(path.get(0)) || path.get(0).equals("responses")) {
            throw notFound(request);
        }
        if (!List.of("session", "models", "assessments", "portfolio").contains(path.get(0))) {
            throw notFound(request);
        }
        User user = consultant(request);
        switch (path.get(0)) {
            case "session" -> session(method, path, request, response, user);
            case "models" -> models(method, path, request, response);
            case "portfolio" -> portfolio.route(method, path.subList(1, path.size()), response);
            default -> assessments(method, path.subList(1, path.size()), request, response);
        }
    }

    /** {@code /assessments...}: SLA figures and actions have a class of their own. */
    private void assessments(String method, List<String> path, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!RelationshipApi.handles(path)) {
            assessments.route(method, path, request, response);
            return;
        }
        try {
            relationships.route(method, path, request, response);
        } catch (RelationshipApi.Refused refused) {
            refused.write(response);
        }
    }

    /** The signed-in consultant or administrator; an invitation token is not enough (403). */
    private User consultant(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Invitation ", 0, 11)) {
            throw new HttpProblem(403, "an invitation token only opens its own response under /api/v1/responses",
                    "Authorization");
        }
        return Access.api(security, request, Role.CONSULTANT);
    }

    /** {@code GET /session}: who is signed in, and the CSRF token a session-cookie client sends back. */
    private void session(String method, List<String> path, HttpServletRequest request, HttpServletResponse response,
            User user) throws IOException {
        if (path.size() != 1) {
            throw notFound(request);
        }
        allow(method, response, "GET");
        Optional<Security.Session> session = security.bearer(request).isPresent() ? Optional.empty()
                : security.session(request);
        String csrf = session.map(Security.Session::csrf).orElse(null);
        if (csrf != null) {
            response.setHeader("X-CSRF-Token", csrf);
        }
        Json.write(response, 200, Views.map("user", user.name(), "role", user.role().name().toLowerCase(), "csrf",
                csrf));
    }

    /** {@code GET /models}, {@code /models/<id>} (latest), {@code /models/<id>/<version>}. */
    private void models(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.size() > 3) {
            throw notFound(request);
        }
        allow(method, response, "GET");
        if (path.size() == 1) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (InstalledModel m : models.models()) {
                list.add(Views.model(m.model(), false));
            }
            Json.write(response, 200, list);
            return;
        }
        String id = path.get(1);
        Optional<InstalledModel> model = path.size() == 2 ? models.latest(id) : models.model(id, path.get(2));
        InstalledModel found = model.orElseThrow(() -> new HttpProblem(404, "no model " + id
                + (path.size() == 3 ? " version " + path.get(2) : "") + " is installed (GET /api/v1/models lists them)",
                "path"));
        Json.write(response, 200, Views.model(found.model(), true));
    }
}
