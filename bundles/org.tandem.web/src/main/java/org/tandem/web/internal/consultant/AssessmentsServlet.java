package org.tandem.web.internal.consultant;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.history.HistoryService;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportService;
import org.tandem.api.store.AssessmentStore;
import org.tandem.api.user.Role;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.portfolio.HistoryView;
import org.tandem.web.internal.Seal;
import org.tandem.web.internal.auth.Access;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.http.WebServlet;

/**
 * The consultant's pages, for users with the consultant (or administrator) role:
 * <ul>
 * <li>{@code GET /assessments}: every assessment, newest first;</li>
 * <li>{@code GET|POST /assessments/new}: the form that creates one;</li>
 * <li>{@code GET /assessments/<id>}: its details, progress, respondents with their invitation links,
 * and the reports once the {@link Seal} is off;</li>
 * <li>{@code POST /assessments/<id>/respondents}: invites respondents of one perspective, one name a line;</li>
 * <li>{@code GET|POST /assessments/<id>/close}: asks, then closes the assessment;</li>
 * <li>{@code GET /assessments/<id>/report}: the HTML report as a page of its own;</li>
 * <li>{@code GET /assessments/<id>/report.<format>}: the report as a download, in every installed format.</li>
 * </ul>
 * Every form carries the session's CSRF token and answers 303 when it succeeded.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/assessments", "/assessments/*"})
public class AssessmentsServlet extends WebServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The report page's own policy: its inline style sheet and data: images, nothing else (the
     * report has no script, no external resource).
     */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PATH = Pattern.compile(
            "/(?<id>[^/]+)(?:/(?<action>respondents|close|report)(?:\\.(?<format>[A-Za-z0-9_-]{1,40}))?)?");
    /** The order of the download links: what people want most first; others after, as installed. */
    private static final List<String> FORMAT_ORDER = List.of("pdf", "html", "markdown", "json", "csv", "answers-csv");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient Security security;
    private final transient Pages pages;
    private final transient AssessmentService assessments;
    private final transient AssessmentStore store;
    private final transient ModelRegistry models;
    private final transient ReportService reports;
    private final transient Logger log;
    private final transient Clock clock;
    private final transient HistoryService history;

    @Activate
    public AssessmentsServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        AssessmentService assessments = services.of(AssessmentService.class);
        AssessmentStore store = services.of(AssessmentStore.class);
        ModelRegistry models = services.of(ModelRegistry.class);
        ReportService reports = services.of(ReportService.class);
        this.history = services.of(HistoryService.class);
        this.security = security;
        this.pages = pages;
        this.assessments = assessments;
        this.store = store;
        this.models = models;
        this.reports = reports;
        this.log = log;
        this.clock = Clock.systemDefaultZone();
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
        Security.Session session = signedIn.get();
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            list(response, session, lang);
            return;
        }
        if (path.equals("/new")) {
            newForm(response, 200, session, lang, AssessmentForm.empty(newestModel()), Map.of());
            return;
        }
        Matcher m = route(path);
        Assessment assessment = find(m.group("id"));
        String action = m.group("action");
        String format = m.group("format");
        if (action == null) {
            detail(request, response, 200, session, lang, assessment, null, "", null);
        } else if (action.equals("close") && format == null) {
            if (!assessment.isOpen()) {
                Redirect.to(response, "/assessments/" + assessment.id());
                return;
            }
            Map<String, Object> model = frame(session);
            model.put("assessment", view(assessment, lang));
            pages.render(response, 200, "consultant/close", lang, model);
        } else if (action.equals("report")) {
            report(request, response, assessment, format == null ? "html" : format, format == null);
        } else {
            throw notFound(path);
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
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        String path = request.getPathInfo();
        if ("/new".equals(path)) {
            create(request, response, session, lang);
            return;
        }
        Matcher m = route(path == null ? "" : path);
        String action = m.group("action");
        if (action == null || m.group("format") != null || action.equals("report")) {
            response.setHeader("Allow", "GET");
            throw new HttpProblem(405, "this page cannot be posted to", null);
        }
        Assessment assessment = find(m.group("id"));
        if (action.equals("close")) {
            if (assessment.isOpen()) {
                assessments.close(assessment.id());
                log.info("{} closed assessment {}", session.user().name(), assessment.id());
            }
            Redirect.to(response, "/assessments/" + assessment.id());
            return;
        }
        invite(request, response, session, lang, assessment);
    }

    // --- the list -------------------------------------------------------------------------------

    private void list(HttpServletResponse response, Security.Session session, String lang) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assessment a : assessments.assessments()) {
            Map<String, Object> row = view(a, lang);
            ValueModel model = assessments.model(a.id());
            List<Map<String, Object>> sides = new ArrayList<>();
            List<PerspectiveProgress> progress = assessments.progress(a.id());
            for (PerspectiveProgress p : progress) {
                Map<String, Object> side = new HashMap<>();
                side.put("title", perspectiveTitle(model, p.perspective(), lang));
                side.put("submitted", p.submitted());
                side.put("invited", p.invited());
                side.put("optional", p.optional());
                sides.add(side);
            }
            row.put("sides", sides);
            row.put("sealed", Seal.of(progress).sealed());
            rows.add(row);
        }
        Map<String, Object> model = frame(session);
        model.put("assessments", rows);
        pages.render(response, 200, "consultant/list", lang, model);
    }

    // --- creating -------------------------------------------------------------------------------

    private void create(HttpServletRequest request, HttpServletResponse response, Security.Session session,
            String lang) throws IOException {
        AssessmentForm form = AssessmentForm.read(request::getParameter);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Set<String> installed = new LinkedHashSet<>();
        models.models().forEach(m -> installed.add(m.model().key()));
        Map<String, Forms.Problem> problems = form.problems(installed, zone, today);
        if (!problems.isEmpty()) {
            newForm(response, 400, session, lang, form, problems);
            return;
        }
        Assessment created;
        try {
            created = assessments.create(new Relationship(form.name(), form.customer(), form.provider()),
                    form.modelId(), form.modelVersion(), form.deadlineInstant(zone, today));
        } catch (AssessmentException e) {
            // the model went away between the page and the form, or the service refused a field
            newForm(response, 400, session, lang, form, Map.of("model", new Forms.Problem("consultant.error.refused",
                    e.getMessage())));
            return;
        }
        log.info("{} created assessment {} of '{}' on {}", session.user().name(), created.id(),
                created.relationship().name(), created.model());
        Redirect.to(response, "/assessments/" + created.id());
    }

    private void newForm(HttpServletResponse response, int status, Security.Session session, String lang,
            AssessmentForm form, Map<String, Forms.Problem> problems) throws IOException {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (InstalledModel m : models.models()) {
            ValueModel v = m.model();
            boolean newest = models.latest(v.id()).map(l -> l.model().version().equals(v.version())).orElse(false);
            Map<String, Object> option = new HashMap<>();
            option.put("value", v.key());
            option.put("version", v.version());
            option.put("newest", newest);
            groups.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(option);
            if (newest || !titles.containsKey(v.id())) {
                titles.put(v.id(), v.title().get(lang, v.defaultLocale()));
            }
        }
        List<Map<String, Object>> choices = new ArrayList<>();
        for (var g : groups.entrySet()) {
            Map<String, Object> group = new HashMap<>();
            group.put("id", g.getKey());
            group.put("title", titles.get(g.getKey()));
            List<Map<String, Object>> options = g.getValue();
            // newest version first: it is the one to choose
            options.sort((a, b) -> Boolean.compare((Boolean) b.get("newest"), (Boolean) a.get("newest")));
            group.put("options", options);
            choices.add(group);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, p) -> errors.put(field, Pages.label(lang, p.key(), p.args())));
        Map<String, Object> model = frame(session);
        model.put("form", Map.of("name", form.name(), "customer", form.customer(), "provider", form.provider(),
                "model", form.model(), "deadline", form.deadline()));
        model.put("models", choices);
        model.put("errors", errors);
        model.put("today", LocalDate.now(clock).toString());
        pages.render(response, status, "consultant/new", lang, model);
    }

    /** The newest version of the first installed model (by id), as {@code id@version}; "" when none is installed. */
    private String newestModel() {
        return models.models().stream().findFirst().flatMap(m -> models.latest(m.model().id()))
                .map(m -> m.model().key()).orElse("");
    }

    // --- one assessment -------------------------------------------------------------------------

    /**
     * The assessment's page; {@code failedPerspective} (with {@code typed} and {@code problem}) is the
     * perspective whose add-respondents form was refused.
     */
    private void detail(HttpServletRequest request, HttpServletResponse response, int status,
            Security.Session session, String lang, Assessment assessment, String failedPerspective, String typed,
            Forms.Problem problem) throws IOException {
        ValueModel valueModel = assessments.model(assessment.id());
        List<PerspectiveProgress> progress = assessments.progress(assessment.id());
        Seal seal = Seal.of(progress);
        Map<String, Response> responses = new HashMap<>();
        store.responses(assessment.id()).forEach(r -> responses.put(r.respondentId(), r));
        List<Respondent> respondents = assessments.respondents(assessment.id());
        String base = publicBase(request);

        List<Map<String, Object>> sides = new ArrayList<>();
        for (PerspectiveProgress p : progress) {
            Map<String, Object> side = new HashMap<>();
            Perspective perspective = valueModel.perspective(p.perspective()).orElse(null);
            side.put("id", p.perspective());
            side.put("title", perspectiveTitle(valueModel, p.perspective(), lang));
            side.put("description", perspective == null ? ""
                    : perspective.description().get(lang, valueModel.defaultLocale()));
            side.put("invited", p.invited());
            side.put("started", p.started());
            side.put("submitted", p.submitted());
            side.put("minimum", Math.max(1, p.minimum()));
            side.put("optional", p.optional());
            side.put("more", p.optional() ? 0 : Math.max(0, Math.max(1, p.minimum()) - p.submitted()));
            List<Map<String, Object>> people = new ArrayList<>();
            for (Respondent r : respondents) {
                if (!r.perspective().equals(p.perspective())) {
                    continue;
                }
                Response answered = responses.get(r.id());
                Map<String, Object> person = new HashMap<>();
                person.put("id", r.id());
                person.put("name", r.displayName());
                person.put("link", base + "/r/" + r.token());
                person.put("state", answered == null ? "invited" : answered.isSubmitted() ? "submitted" : "started");
                people.add(person);
            }
            side.put("respondents", people);
            boolean failed = p.perspective().equals(failedPerspective);
            side.put("typed", failed ? typed : "");
            side.put("error", failed && problem != null ? Pages.label(lang, problem.key(), problem.args()) : "");
            sides.add(side);
        }

        List<Map<String, Object>> missing = new ArrayList<>();
        for (Seal.Missing m : seal.missing()) {
            missing.add(Map.of("title", perspectiveTitle(valueModel, m.perspective(), lang), "more", m.more(),
                    "submitted", m.submitted(), "minimum", m.minimum()));
        }
        String reportLang = Pages.language(request, valueModel.locales(), valueModel.defaultLocale());
        List<Map<String, Object>> downloads = new ArrayList<>();
        if (!seal.sealed()) {
            Set<String> formats = new LinkedHashSet<>();
            for (RendererInfo r : reports.renderers()) {
                if (formats.add(r.format())) {
                    String key = "consultant.format." + r.format();
                    String label = Pages.label(lang, key);
                    downloads.add(Map.of("format", r.format(), "label", label.equals(key) ? r.name() : label,
                            "extension", r.extension(), "href", "/assessments/" + assessment.id() + "/report."
                                    + r.format() + "?lang=" + encode(reportLang)));
                }
            }
        }

        Map<String, Object> model = frame(session);
        model.put("assessment", view(assessment, lang));
        model.put("modelTitle", valueModel.title().get(lang, valueModel.defaultLocale()));
        model.put("sides", sides);
        model.put("sealed", seal.sealed());
        model.put("missing", missing);
        model.put("reportHref", "/assessments/" + assessment.id() + "/report?lang=" + encode(reportLang));
        downloads.sort(java.util.Comparator.comparingInt(d -> FORMAT_ORDER.indexOf(d.get("format")) < 0 ? 99
                : FORMAT_ORDER.indexOf(d.get("format"))));
        model.put("downloads", downloads);
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String l : valueModel.locales()) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(l);
            String name = locale.getDisplayLanguage(locale);
            languages.add(Map.of("code", l, "name", name.isEmpty() ? l : name.substring(0, 1).toUpperCase(locale)
                    + name.substring(1), "href", "/assessments/" + assessment.id() + "/report?lang=" + encode(l)));
        }
        model.put("reportLanguages", languages);
        model.put("reportLang", reportLang);
        model.put("history", seal.sealed() ? null : HistoryView.section(history, assessment.id(), valueModel, lang, log));
        pages.render(response, status, "consultant/assessment", lang, model);
    }

    private void invite(HttpServletRequest request, HttpServletResponse response, Security.Session session,
            String lang, Assessment assessment) throws IOException {
        String perspective = request.getParameter("perspective");
        String typed = request.getParameter("names") == null ? "" : request.getParameter("names");
        ValueModel model = assessments.model(assessment.id());
        if (perspective == null || model.perspective(perspective).isEmpty()) {
            throw new HttpProblem(400, "the model " + model.key() + " has no perspective '" + perspective + "'",
                    "perspective");
        }
        if (!assessment.isOpen()) {
            detail(request, response, 409, session, lang, assessment, perspective, typed,
                    new Forms.Problem("consultant.error.closed"));
            return;
        }
        List<String> names;
        try {
            names = Forms.names(typed);
        } catch (Forms.Invalid e) {
            detail(request, response, 400, session, lang, assessment, perspective, typed, e.problem);
            return;
        }
        for (String name : names) {
            assessments.invite(assessment.id(), perspective, name);
        }
        log.info("{} invited {} {} respondent(s) to assessment {}", session.user().name(), names.size(), perspective,
                assessment.id());
        Redirect.to(response, "/assessments/" + assessment.id() + "#side-" + perspective);
    }

    // --- reports --------------------------------------------------------------------------------

    private void report(HttpServletRequest request, HttpServletResponse response, Assessment assessment,
            String format, boolean page) throws IOException {
        Seal seal = Seal.of(assessments, assessment.id());
        if (seal.sealed()) {
            throw new HttpProblem(403, seal.message(), null);
        }
        Set<String> formats = new LinkedHashSet<>();
        reports.renderers().forEach(r -> formats.add(r.format()));
        if (!formats.contains(format)) {
            throw new HttpProblem(404, "no " + format + " report: the formats are " + String.join(", ", formats),
                    null);
        }
        ValueModel model = assessments.model(assessment.id());
        String lang = Pages.language(request, model.locales(), model.defaultLocale());
        ByteArrayOutputStream body = new ByteArrayOutputStream(32_768);
        RendererInfo renderer = reports.render(assessment.id(), format, lang, body);
        response.setStatus(200);
        response.setContentType(renderer.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", lang);
        if (page) {
            // a self-contained document with its own inline style sheet: the site policy forbids those
            response.setHeader("Content-Security-Policy", REPORT_CSP);
        } else {
            // a second format with the same extension (answers-csv beside csv) is named in the file
            boolean shared = !format.equals(renderer.extension()) && reports.renderers().stream()
                    .anyMatch(r -> !r.format().equals(format) && r.extension().equals(renderer.extension()));
            String file = fileName(assessment, shared ? format : null, renderer.extension());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        }
        response.setContentLengthLong(body.size());
        body.writeTo(response.getOutputStream());
    }

    /** {@code <relationship>-<date>[-<format>].<extension>}: the day it was closed, else today. */
    private String fileName(Assessment assessment, String format, String extension) {
        LocalDate day = assessment.closed() != null ? assessment.closed().atZone(clock.getZone()).toLocalDate()
                : LocalDate.now(clock);
        String ext = Forms.fileName(extension).toLowerCase(java.util.Locale.ROOT);
        return Forms.fileName(assessment.relationship().name()) + "-" + day
                + (format == null ? "" : "-" + Forms.fileName(format)) + "." + ext;
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Where respondents reach this server: the configured public address, else the request's. */
    private String publicBase(HttpServletRequest request) {
        String configured = security.config().publicUrl() == null ? "" : security.config().publicUrl().strip();
        if (!configured.isEmpty()) {
            return configured.replaceAll("/+$", "");
        }
        String scheme = request.getScheme();
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        boolean standard = port <= 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (standard ? "" : ":" + port);
    }

    private Matcher route(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !ID.matcher(m.group("id")).matches()) {
            throw notFound("/assessments" + path);
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

    private static HttpProblem notFound(String path) {
        return new HttpProblem(404, "no page " + path, null);
    }

    private Map<String, Object> frame(Security.Session session) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", session.user());
        model.put("csrf", session.csrf());
        return model;
    }

    private Map<String, Object> view(Assessment a, String lang) {
        ZoneId zone = clock.getZone();
        Map<String, Object> v = new HashMap<>();
        v.put("id", a.id());
        v.put("name", a.relationship().name());
        v.put("customer", a.relationship().customer());
        v.put("provider", a.relationship().provider());
        v.put("model", a.model().toString());
        v.put("open", a.isOpen());
        v.put("deadline", Forms.deadlineDate(a.deadline(), zone));
        v.put("overdue", a.isOpen() && a.deadline() != null && a.deadline().isBefore(Instant.now(clock)));
        v.put("created", MINUTES.format(a.created().atZone(zone)));
        v.put("closed", a.closed() == null ? "" : MINUTES.format(a.closed().atZone(zone)));
        return v;
    }

    private static String perspectiveTitle(ValueModel model, String perspective, String lang) {
        return model.perspective(perspective).map(p -> p.title().get(lang, model.defaultLocale()))
                .filter(t -> !t.isBlank()).orElse(perspective);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
