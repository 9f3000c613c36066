package org.tandem.web.internal.consultant;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.ActionStatus;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.relationship.Relationships;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.user.Role;
import org.tandem.web.internal.Seal;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.http.WebServlet;

/**
 * The action plan of one assessment, for consultants agreeing it with both sides:
 * <ul>
 * <li>{@code GET /actions/<id>}: the weak dimensions with the model's recommendations (once the results are
 * unsealed), the actions agreed, the form to agree one, and the previous assessment's actions of the
 * same relationship with whether each was done;</li>
 * <li>{@code POST /actions/<id>}: agrees an action;</li>
 * <li>{@code GET|POST /actions/<id>/<action>}: edits an action of this or the previous assessment; a post
 * with only {@code status} marks it done or open again.</li>
 * </ul>
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/actions/*")
public class ActionsServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(?<id>[A-Za-z0-9_-]{1,64})(?:/(?<action>[A-Za-z0-9_-]{1,64}))?");

    private final transient Security security;
    private final transient Pages pages;
    private final transient AssessmentService assessments;
    private final transient ScoringService scoring;
    private final transient RelationshipStore relationships;
    private final transient Logger log;

    @Activate
    public ActionsServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.security = security;
        this.pages = pages;
        this.assessments = services.of(AssessmentService.class);
        this.scoring = services.of(ScoringService.class);
        this.relationships = services.of(RelationshipStore.class);
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> session = Access.page(security, request, response, Role.CONSULTANT);
        if (session.isEmpty()) {
            return;
        }
        Matcher m = route(request);
        Assessment assessment = find(m.group("id"));
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        if (m.group("action") == null) {
            page(response, 200, session.get(), lang, assessment, ActionForm.empty(), Map.of());
        } else {
            Action action = action(assessment, m.group("action"));
            edit(response, 200, session.get(), lang, assessment, action, ActionForm.of(action), Map.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> signedIn = Access.page(security, request, response, Role.CONSULTANT);
        if (signedIn.isEmpty()) {
            return;
        }
        Security.Session session = signedIn.get();
        Access.csrf(session, request);
        Matcher m = route(request);
        Assessment assessment = find(m.group("id"));
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        Set<String> dimensions = dimensions(assessment);
        if (m.group("action") == null) {
            ActionForm form = ActionForm.read(request::getParameter);
            Map<String, ActionForm.Problem> problems = form.problems(dimensions);
            if (!problems.isEmpty()) {
                page(response, 400, session, lang, assessment, form, problems);
                return;
            }
            Action added = relationships.addAction(assessment.id(), form.draft());
            log.info("{} agreed action {} on assessment {}", session.user().name(), added.id(), assessment.id());
            Redirect.to(response, "/actions/" + assessment.id() + "#agreed");
            return;
        }
        Action action = action(assessment, m.group("action"));
        ActionForm form = request.getParameter("what") == null
                ? new ActionForm(action.dimension(), action.what(), action.owner(),
                        action.due() == null ? "" : action.due().toString(), valueOf(request.getParameter("status")))
                : ActionForm.read(request::getParameter);
        Set<String> allowed = action.assessmentId().equals(assessment.id()) ? dimensions
                : dimensions(find(action.assessmentId()));
        Map<String, ActionForm.Problem> problems = form.problems(allowed);
        if (!problems.isEmpty()) {
            edit(response, 400, session, lang, assessment, action, form, problems);
            return;
        }
        ActionDraft draft = form.draft();
        relationships.updateAction(action.id(), draft);
        log.info("{} changed action {} ({})", session.user().name(), action.id(), draft.status().key());
        Redirect.to(response, "/actions/" + assessment.id() + (action.assessmentId().equals(assessment.id())
                ? "#action-" : "#previous-") + action.id());
    }

    private void page(HttpServletResponse response, int status, Security.Session session, String lang,
            Assessment assessment, ActionForm form, Map<String, ActionForm.Problem> problems) throws IOException {
        ValueModel model = assessments.model(assessment.id());
        Map<String, Object> page = frame(session, assessment);
        page.put("dimensions", dimensionChoices(model, lang));
        page.put("actions", rows(relationships.actions(assessment.id()), model, lang));
        Optional<Assessment> previous = Relationships.previous(assessments.assessments(), assessment);
        page.put("previous", previous.map(p -> Map.<String, Object>of("id", p.id(), "name", p.relationship().name(),
                "actions", rows(relationships.actions(p.id()), assessments.model(p.id()), lang))).orElse(null));
        page.put("proposals", proposals(assessment, model, lang));
        page.put("form", form);
        page.put("errors", errors(problems, lang));
        pages.render(response, status, "consultant/actions", lang, page);
    }

    private void edit(HttpServletResponse response, int status, Security.Session session, String lang,
            Assessment assessment, Action action, ActionForm form, Map<String, ActionForm.Problem> problems)
            throws IOException {
        Map<String, Object> page = frame(session, assessment);
        page.put("action", Map.of("id", action.id()));
        page.put("dimensions", dimensionChoices(assessments.model(action.assessmentId()), lang));
        page.put("form", form);
        page.put("errors", errors(problems, lang));
        pages.render(response, status, "consultant/action", lang, page);
    }

    /** The model's recommendations for the weak dimensions; none while the results are sealed or cannot be scored. */
    private List<Map<String, Object>> proposals(Assessment assessment, ValueModel model, String lang) {
        if (Seal.of(assessments, assessment.id()).sealed()) {
            return List.of();
        }
        ScoreCard card;
        try {
            card = scoring.score(assessment.id());
        } catch (ScoringException e) {
            log.warn("no recommendations for assessment {}: {}", assessment.id(), e.getMessage());
            return List.of();
        }
        ReportView view = ReportView.of(new ReportInput(assessment, model, card, List.of(), null), lang);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (ReportView.Row row : view.weaknesses()) {
            proposals.add(Map.of("id", row.id(), "title", row.title(), "score", view.number(row.score()),
                    "band", row.bandTitle(), "recommendation", row.recommendation()));
        }
        return proposals;
    }

    private List<Map<String, Object>> rows(List<Action> actions, ValueModel model, String lang) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Action a : actions) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.id());
            row.put("dimension", a.dimension().isEmpty() ? Pages.label(lang, "actions.whole")
                    : model.dimension(a.dimension()).map(d -> d.title().get(lang, model.defaultLocale()))
                            .orElse(a.dimension()));
            row.put("what", a.what());
            row.put("owner", a.owner());
            row.put("due", a.due() == null ? "" : a.due().toString());
            row.put("done", a.isDone());
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> dimensionChoices(ValueModel model, String lang) {
        List<Map<String, String>> choices = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            choices.add(Map.of("id", d.id(), "title", d.title().get(lang, model.defaultLocale())));
        }
        return choices;
    }

    private Set<String> dimensions(Assessment assessment) {
        Set<String> ids = new LinkedHashSet<>();
        assessments.model(assessment.id()).dimensions().forEach(d -> ids.add(d.id()));
        return ids;
    }

    private static Map<String, String> errors(Map<String, ActionForm.Problem> problems, String lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, p) -> errors.put(field, Pages.label(lang, p.key(), p.args())));
        return errors;
    }

    private static Map<String, Object> frame(Security.Session session, Assessment assessment) {
        Map<String, Object> page = new HashMap<>();
        page.put("user", session.user());
        page.put("csrf", session.csrf());
        page.put("assessment", Map.of("id", assessment.id(), "name", assessment.relationship().name()));
        return page;
    }

    /** An action of this assessment or of the previous one of the same relationship; 404 otherwise. */
    private Action action(Assessment assessment, String actionId) {
        Optional<Action> action = relationships.action(actionId);
        if (action.isPresent() && !action.get().assessmentId().equals(assessment.id())) {
            Optional<Assessment> previous = Relationships.previous(assessments.assessments(), assessment);
            if (previous.isEmpty() || !previous.get().id().equals(action.get().assessmentId())) {
                action = Optional.empty();
            }
        }
        return action.orElseThrow(() -> new HttpProblem(404, "no action " + actionId + " on assessment "
                + assessment.id() + " or the one before it", null));
    }

    private static String valueOf(String status) {
        return status == null ? ActionStatus.OPEN.key() : status;
    }

    private static Matcher route(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new HttpProblem(404, "no page /actions" + path, null);
        }
        return m;
    }

    private Assessment find(String id) {
        try {
            return assessments.assessment(id);
        } catch (AssessmentException e) {
            throw new HttpProblem(404, "no assessment " + id, null);
        }
    }
}
