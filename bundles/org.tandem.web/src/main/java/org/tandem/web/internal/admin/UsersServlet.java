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
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.deploy.ModuleDeployer;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.ConflictException;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.http.WebServlet;

/**
 * {@code /admin/users}: the users; create a consultant or administrator (the one-time password is
 * shown once, in the answer to the form, and never stored in the clear), delete a user other than
 * oneself, create an API token for oneself (shown once).
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/admin/users", "/admin/users/*"})
public class UsersServlet extends WebServlet {

    private static final long serialVersionUID = 1L;

    private final transient Security security;
    private final transient Pages pages;
    private final transient UserStore users;
    private final transient AdminActions actions;
    private final transient Logger log;

    @Activate
    public UsersServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        UserStore users = services.of(UserStore.class);
        ModuleDeployer deployer = services.of(ModuleDeployer.class);
        ModelChoices choices = services.of(ModelChoices.class);
        ModelRegistry models = services.of(ModelRegistry.class);
        ScoringService scoring = services.of(ScoringService.class);
        this.security = security;
        this.pages = pages;
        this.users = users;
        this.actions = new AdminActions(deployer, choices, models, scoring, users);
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
        if (!request.getRequestURI().equals("/admin/users")) {
            throw new HttpProblem(404, "no page " + request.getRequestURI(), null);
        }
        render(request, response, session.get(), 200, Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> session = Access.page(security, request, response, Role.ADMIN);
        if (session.isEmpty()) {
            return;
        }
        Access.csrf(session.get(), request);
        User me = session.get().user();
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        try {
            switch (request.getRequestURI()) {
                case "/admin/users/create" -> {
                    AdminActions.Created created = actions.createUser(request.getParameter("name"),
                            request.getParameter("role"));
                    log.info("{} created the user '{}' ({})", me.name(), created.user().name(), created.user().role());
                    render(request, response, session.get(), 200, Map.of("created", view(created.user()),
                            "password", created.password()));
                }
                case "/admin/users/delete" -> {
                    User deleted = actions.deleteUser(me, request.getParameter("id"));
                    log.info("{} deleted the user '{}'", me.name(), deleted.name());
                    Redirect.to(response, "/admin/users?deleted=" + URLEncoder.encode(deleted.name(),
                            StandardCharsets.UTF_8) + "&lang=" + lang);
                }
                case "/admin/users/token" -> {
                    String label = request.getParameter("label");
                    String token = actions.createToken(me, label);
                    render(request, response, session.get(), 200, Map.of("token", token));
                }
                default -> throw new HttpProblem(404, "no action " + request.getRequestURI(), null);
            }
        } catch (HttpProblem p) {
            if (p.where() == null) {
                throw p;
            }
            render(request, response, session.get(), p.status(), Map.of("error", p.getMessage()));
        } catch (ConflictException e) {
            // the store refuses a name that is taken (in any case)
            render(request, response, session.get(), 409, Map.of("error", e.getMessage()));
        }
    }

    /** A user as the page shows it. */
    private static Map<String, Object> view(User u) {
        return Map.of("id", u.id(), "name", u.name(), "role", u.role().name().toLowerCase(java.util.Locale.ROOT),
                "mustChangePassword", u.mustChangePassword(), "created", u.created().toString().substring(0, 10));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Security.Session session,
            int status, Map<String, Object> extra) throws IOException {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("user", session.user());
        model.put("csrf", session.csrf());
        model.put("users", users.users().stream().map(UsersServlet::view).toList());
        model.putIfAbsent("error", "");
        model.put("deleted", Optional.ofNullable(request.getParameter("deleted")).orElse(""));
        pages.render(response, status, "admin/users", Pages.language(request, Pages.LANGUAGES, "en"), model);
    }
}
