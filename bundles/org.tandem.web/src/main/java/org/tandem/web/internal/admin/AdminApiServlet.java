package org.tandem.web.internal.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.deploy.DeployChange;
import org.tandem.api.deploy.DeployedJar;
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.deploy.ModuleDeployer;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.ConflictException;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.WebServlet;

/**
 * The administrator's part of {@code /api/v1} (see docs/api.md): modules, a model's strategy
 * and comparisons ({@code /api/v1/strategies/<model>}), users and API tokens. Registered on exact
 * patterns so the rest of {@code /api/v1} can live in its own servlet.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/api/v1/modules", "/api/v1/modules/*", "/api/v1/strategies/*", "/api/v1/users",
    "/api/v1/users/*", "/api/v1/tokens"})
public class AdminApiServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> JAR_TYPES = Set.of("application/java-archive", "application/x-java-archive",
            "application/octet-stream", "application/zip");

    private final transient Security security;
    private final transient ModelRegistry models;
    private final transient ScoringService scoring;
    private final transient ReportService reports;
    private final transient ModuleDeployer deployer;
    private final transient UserStore users;
    private final transient AdminActions actions;
    private final transient AssessmentService assessments;
    private final transient Logger log;

    @Activate
    public AdminApiServlet(@Reference Services services, @Reference Security security,
            @Reference(service = LoggerFactory.class) Logger log) {
        ModelRegistry models = services.of(ModelRegistry.class);
        ScoringService scoring = services.of(ScoringService.class);
        AssessmentService assessments = services.of(AssessmentService.class);
        ReportService reports = services.of(ReportService.class);
        ModuleDeployer deployer = services.of(ModuleDeployer.class);
        ModelChoices choices = services.of(ModelChoices.class);
        UserStore users = services.of(UserStore.class);
        this.security = security;
        this.models = models;
        this.scoring = scoring;
        this.reports = reports;
        this.deployer = deployer;
        this.users = users;
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
        route(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    /** Every call, whatever its method, after the base class has set up the failure answers. */
    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        User me = Access.api(security, request, Role.ADMIN);
        String method = request.getMethod();
        List<String> path = List.of(request.getRequestURI().substring("/api/v1/".length()).split("/", -1));
        String area = path.get(0);
        int n = path.size();
        if (area.equals("modules") && n == 1 && method.equals("GET")) {
            Json.write(response, 200, ModuleOverview.of(models, scoring, reports, deployer,
                    Pages.language(request, Pages.LANGUAGES, "en")));
        } else if (area.equals("modules") && n == 2 && path.get(1).equals("upload") && method.equals("POST")) {
            upload(request, response);
        } else if (area.equals("modules") && n == 2 && method.equals("DELETE")) {
            Json.write(response, 200, change(actions.undeploy(path.get(1))));
        } else if (area.equals("modules") && n == 3 && path.get(2).equals("rollback") && method.equals("POST")) {
            Json.write(response, 200, change(actions.rollback(path.get(1))));
        } else if (area.equals("strategies") && n == 2 && method.equals("PUT")) {
            JsonObject body = Json.body(request);
            JsonElement strategy = body.get("strategy");
            if (strategy == null || !strategy.isJsonPrimitive()) {
                throw new HttpProblem(400, "give the strategy as {\"strategy\": \"<id>[@<version>]\" or \"default\"}",
                        "$.strategy");
            }
            ModelChoices.Choice choice = actions.useStrategy(path.get(1), strategy.getAsString());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("model", path.get(1));
            out.put("strategy", scoring.strategyFor(path.get(1)));
            out.put("effective", choice.effective());
            Json.write(response, 200, out);
        } else if (area.equals("strategies") && n == 3 && path.get(2).equals("compare") && method.equals("GET")) {
            Json.write(response, 200, actions.compare(path.get(1), request.getParameter("first"),
                    request.getParameter("second"), assessments));
        } else if (area.equals("users") && n == 1 && method.equals("GET")) {
            Json.write(response, 200, Map.of("users", users.users()));
        } else if (area.equals("users") && n == 1 && method.equals("POST")) {
            JsonObject body = Json.body(request);
            try {
                AdminActions.Created created = actions.createUser(string(body, "name"), string(body, "role"));
                log.info("{} created the user '{}' ({})", me.name(), created.user().name(), created.user().role());
                Json.write(response, 201, Map.of("user", created.user(), "password", created.password()));
            } catch (ConflictException e) {
                throw new HttpProblem(409, e.getMessage(), "$.name");
            }
        } else if (area.equals("users") && n == 2 && method.equals("DELETE")) {
            User deleted = actions.deleteUser(me, path.get(1));
            log.info("{} deleted the user '{}'", me.name(), deleted.name());
            Json.write(response, 200, Map.of("deleted", deleted));
        } else if (area.equals("tokens") && n == 1 && method.equals("POST")) {
            String label = request.getContentLengthLong() > 0 ? string(Json.body(request), "label") : null;
            Json.write(response, 201, Map.of("token", actions.createToken(me, label), "user", me.name()));
        } else {
            throw new HttpProblem(n > 2 || !Set.of("modules", "strategies", "users", "tokens").contains(area) ? 404 : 405,
                    method + " " + request.getRequestURI() + " is not part of the API (see docs/api.md)", null);
        }
    }

    private void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().split(";")[0].trim().toLowerCase();
        if (!JAR_TYPES.contains(type)) {
            throw new HttpProblem(415, "send the jar as the body with Content-Type application/java-archive",
                    "Content-Type");
        }
        String name = AdminActions.required(request.getParameter("name"), "name");
        DeployChange change;
        try (InputStream in = request.getInputStream()) {
            change = actions.upload(name, in, security.config().maxUploadBytes());
        }
        Json.write(response, 201, change(change));
    }

    private static Map<String, Object> change(DeployChange change) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", jar(change.current()));
        out.put("previous", jar(change.previous()));
        return out;
    }

    private static Map<String, Object> jar(DeployedJar jar) {
        if (jar == null) {
            return null;
        }
        return Map.of("symbolicName", jar.symbolicName(), "version", jar.version(),
                "file", jar.file().getFileName().toString());
    }

    private static String string(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new HttpProblem(400, "'" + field + "' must be a string", "$." + field);
        }
        return e.getAsString();
    }
}
