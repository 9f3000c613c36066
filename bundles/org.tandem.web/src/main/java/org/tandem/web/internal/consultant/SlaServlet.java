package org.tandem.web.internal.consultant;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.GreenLights;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.relationship.SlaFigure;
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
 * The SLA figures of one assessment, for consultants:
 * <ul>
 * <li>{@code GET /sla/<id>}: the figures as a form, one row per service, and the import form
 * ({@code ?rows=<n>}: that many rows);</li>
 * <li>{@code POST /sla/<id>}: saves the rows (blank rows are skipped; no rows removes the figures);</li>
 * <li>{@code POST /sla/<id>/import}: replaces the figures with a CSV or JSON file, uploaded
 * ({@code file}) or pasted ({@code text}); a file with any problem is refused whole, every problem listed
 * with its line and column or JSON path.</li>
 * </ul>
 * Without JavaScript; every form carries the session's CSRF token and answers 303 when it succeeded.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/sla/*")
@HttpWhiteboardServletMultipart(fileSizeThreshold = 1_048_576, maxFileSize = 1_048_576L, maxRequestSize = 1_114_112L)
public class SlaServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(?<id>[A-Za-z0-9_-]{1,64})(?<import>/import)?");
    /** Blank rows offered below the figures. */
    static final int BLANK_ROWS = 3;

    private final transient Security security;
    private final transient Pages pages;
    private final transient AssessmentService assessments;
    private final transient RelationshipStore relationships;
    private final transient ScoringService scoring;
    private final transient Logger log;

    @Activate
    public SlaServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.security = security;
        this.pages = pages;
        this.assessments = services.of(AssessmentService.class);
        this.relationships = services.of(RelationshipStore.class);
        this.scoring = services.of(ScoringService.class);
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
        if (m.group("import") != null) {
            Redirect.to(response, "/sla/" + m.group("id"));
            return;
        }
        Assessment assessment = find(m.group("id"));
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        List<SlaFigure> stored = relationships.slaFigures(assessment.id());
        SlaForm form = SlaForm.of(stored, BLANK_ROWS, Locale.forLanguageTag(lang));
        int wanted = rows(request.getParameter("rows"));
        if (wanted > form.rows().size()) {
            form = form.plus(wanted - form.rows().size());
        }
        page(response, 200, session.get(), lang, assessment, form, Map.of(), "", List.of(),
                request.getParameter("saved") != null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Security.Session> signedIn = Access.page(security, request, response, Role.CONSULTANT);
        if (signedIn.isEmpty()) {
            return;
        }
        Security.Session session = signedIn.get();
        Matcher m = route(request);
        boolean multipart = isMultipart(request);
        String csrf = multipart ? field(request, "csrf") : request.getParameter("csrf");
        if (!Security.same(session.csrf(), csrf)) {
            throw new HttpProblem(403, "the form has expired or did not come from this site: reload the page", "csrf");
        }
        Assessment assessment = find(m.group("id"));
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        if (m.group("import") != null) {
            importFile(request, response, session, lang, assessment, multipart);
            return;
        }
        SlaForm form = SlaForm.read(request::getParameter);
        if (request.getParameter("more") != null) {
            page(response, 200, session, lang, assessment, form.plus(BLANK_ROWS), Map.of(), "", List.of(), false);
            return;
        }
        Map<String, SlaForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            page(response, 400, session, lang, assessment, form, problems, "", List.of(), false);
            return;
        }
        List<SlaFigure> figures = form.figures();
        relationships.saveSlaFigures(assessment.id(), figures);
        log.info("{} saved {} SLA figure(s) of assessment {}", session.user().name(), figures.size(), assessment.id());
        Redirect.to(response, "/sla/" + assessment.id() + "?saved#figures");
    }

    private void importFile(HttpServletRequest request, HttpServletResponse response, Security.Session session,
            String lang, Assessment assessment, boolean multipart) throws IOException {
        String text = multipart ? field(request, "text") : request.getParameter("text");
        String file = multipart ? field(request, "file") : null;
        String content = file != null && !file.isBlank() ? file : text == null ? "" : text;
        Locale locale = Locale.forLanguageTag(lang);
        SlaForm current = SlaForm.of(relationships.slaFigures(assessment.id()), BLANK_ROWS, locale);
        if (content.isBlank()) {
            page(response, 400, session, lang, assessment, current, Map.of(), text == null ? "" : text,
                    List.of(Pages.label(lang, "sla.import.empty")), false);
            return;
        }
        List<SlaFigure> figures;
        try {
            figures = SlaFiles.read(content);
        } catch (SlaFiles.Invalid e) {
            List<String> problems = e.problems().stream().map(SlaFiles.Problem::describe).toList();
            page(response, 422, session, lang, assessment, current, Map.of(), text == null ? "" : text, problems,
                    false);
            return;
        }
        relationships.saveSlaFigures(assessment.id(), figures);
        log.info("{} imported {} SLA figure(s) into assessment {}", session.user().name(), figures.size(),
                assessment.id());
        Redirect.to(response, "/sla/" + assessment.id() + "?saved#figures");
    }

    private void page(HttpServletResponse response, int status, Security.Session session, String lang,
            Assessment assessment, SlaForm form, Map<String, SlaForm.Problem> problems, String pasted,
            List<String> importProblems, boolean saved) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            SlaForm.Row r = form.rows().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("index", i);
            row.put("number", i + 1);
            row.put("service", r.service());
            row.put("target", r.target());
            row.put("achieved", r.achieved());
            row.put("better", r.better().isBlank() ? "higher" : r.better().strip().toLowerCase(Locale.ROOT));
            row.put("unit", r.unit());
            Map<String, String> errors = new LinkedHashMap<>();
            for (String field : List.of("service", "target", "achieved", "better", "unit")) {
                SlaForm.Problem p = problems.get(field + "." + i);
                if (p != null) {
                    errors.put(field, Pages.label(lang, p.key(), p.args()));
                }
            }
            row.put("errors", errors);
            rows.add(row);
        }
        List<SlaFigure> stored = relationships.slaFigures(assessment.id());
        int met = (int) stored.stream().filter(SlaFigure::met).count();
        Map<String, Object> model = new HashMap<>();
        model.put("user", session.user());
        model.put("csrf", session.csrf());
        model.put("assessment", Map.of("id", assessment.id(), "name", assessment.relationship().name()));
        model.put("rows", rows);
        model.put("rowCount", rows.size());
        model.put("moreRows", Math.min(SlaForm.MAX_ROWS, rows.size() + BLANK_ROWS));
        model.put("invalid", !problems.isEmpty());
        model.put("stored", stored.size());
        model.put("met", met);
        model.put("lights", GreenLights.lights(met, stored.size()).name().toLowerCase(Locale.ROOT));
        model.put("pasted", pasted);
        model.put("importProblems", importProblems);
        model.put("saved", saved);
        model.put("reading", reading(assessment, stored, lang));
        pages.render(response, status, "consultant/sla", lang, model);
    }

    /**
     * What the report will say of the stored figures beside the scores (title, text, status), as the report
     * words it; null while there are no figures, the results are sealed or cannot be scored.
     */
    private Map<String, String> reading(Assessment assessment, List<SlaFigure> figures, String lang) {
        if (figures.isEmpty() || Seal.of(assessments, assessment.id()).sealed()) {
            return null;
        }
        ScoreCard card;
        try {
            card = scoring.score(assessment.id());
        } catch (ScoringException e) {
            return null;
        }
        ValueModel model = assessments.model(assessment.id());
        ReportView.GreenLightsText text = ReportView.of(new ReportInput(assessment, model, card, List.of(), null,
                figures, List.of(), List.of()), lang).greenLightsText();
        return Map.of("status", text.status(), "title", text.title(), "text", text.text());
    }

    private static int rows(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(SlaForm.MAX_ROWS, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** A field of a multipart form as UTF-8 text; null when absent. */
    private static String field(HttpServletRequest request, String name) throws IOException {
        Part part;
        try {
            part = request.getPart(name);
        } catch (ServletException | IllegalStateException e) {
            throw new HttpProblem(413, "the file is larger than 1 MiB, or the form could not be read: "
                    + e.getMessage(), name);
        }
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the " + name + " is not UTF-8 text: save the file as UTF-8 CSV or JSON", name);
        }
    }

    private static Matcher route(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new HttpProblem(404, "no page /sla" + path, null);
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
