package org.tandem.web.internal.portfolio;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.Portfolio;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.user.Role;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.WebServlet;

/**
 * {@code /portfolio}: the models with assessed relationships, and {@code /portfolio/<model>}: that
 * model's portfolio (verdict counts, quartiles per dimension and side), for consultants. Counts and
 * statistics only, and those only from {@link HistoryService#MINIMUM_RELATIONSHIPS} relationships on.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/portfolio", "/portfolio/*"})
public class PortfolioServlet extends WebServlet {

    private static final long serialVersionUID = 1L;

    private final transient Security security;
    private final transient Pages pages;
    private final transient HistoryService history;
    private final transient AssessmentService assessments;
    private final transient ModelRegistry models;
    private final transient Logger log;

    @Activate
    public PortfolioServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.security = security;
        this.pages = pages;
        this.history = services.of(HistoryService.class);
        this.assessments = services.of(AssessmentService.class);
        this.models = services.of(ModelRegistry.class);
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> signedIn = Access.page(security, request, response, Role.CONSULTANT);
        if (signedIn.isEmpty()) {
            return;
        }
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        Map<String, Object> model = new HashMap<>();
        model.put("user", signedIn.get().user());
        model.put("csrf", signedIn.get().csrf());
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String id : modelIds()) {
                Portfolio p = history.portfolio(id);
                rows.add(Map.of("id", id, "href", "/portfolio/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                        "title", PortfolioView.page(p, lang).get("title"),
                        "relationships", p.relationships(), "shown", p.shown()));
            }
            model.put("models", rows);
            model.put("minimum", HistoryService.MINIMUM_RELATIONSHIPS);
            pages.render(response, 200, "portfolio/list", lang, model);
            return;
        }
        String id = path.substring(1);
        if (id.contains("/") || !modelIds().contains(id)) {
            throw new HttpProblem(404, "no model " + id + " is installed or assessed", null);
        }
        model.put("portfolio", PortfolioView.page(history.portfolio(id), lang));
        pages.render(response, 200, "portfolio/model", lang, model);
    }

    /** Installed models and the models of stored assessments, by id. */
    TreeSet<String> modelIds() {
        TreeSet<String> ids = new TreeSet<>();
        models.models().forEach(m -> ids.add(m.model().id()));
        for (Assessment a : assessments.assessments()) {
            ids.add(a.model().id());
        }
        return ids;
    }
}
