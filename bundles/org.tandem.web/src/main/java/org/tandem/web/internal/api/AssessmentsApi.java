package org.tandem.web.internal.api;

import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.history.HistoryService;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.AssessmentStore;
import org.tandem.web.internal.Seal;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;
import org.tandem.web.internal.portfolio.HistoryView;
import org.tandem.web.internal.portfolio.PortfolioView;

/** {@code /api/v1/assessments...}: create, read, close, invite, score card, history, standing and reports (sealed until enough answered). */
final class AssessmentsApi {

    /** Where a respondent's invitation link leads, followed by their token. */
    static final String INVITATION_PATH = "/r/";
    /** The stock report formats; a consultancy's renderer may add others. */
    static final List<String> FORMATS = List.of("html", "pdf", "json", "csv", "answers-csv", "markdown");

    private final AssessmentService assessments;
    private final AssessmentStore store;
    private final ModelRegistry models;
    private final ScoringService scoring;
    private final ReportService reports;
    private final Security security;
    private final HistoryService history;

    AssessmentsApi(AssessmentService assessments, AssessmentStore store, ModelRegistry models, ScoringService scoring,
            ReportService reports, Security security, HistoryService history) {
        this.history = history;
        this.assessments = assessments;
        this.store = store;
        this.models = models;
        this.scoring = scoring;
        this.reports = reports;
        this.security = security;
    }

    /** {@code path} is what follows {@code /assessments}. */
    void route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (path.isEmpty()) {
            allow(method, response, "GET", "POST");
            if (method.equals("POST")) {
                Assessment created = create(Bodies.object(request));
                response.setHeader("Location", "/api/v1/assessments/" + created.id());
                Json.write(response, 201, detail(created));
            } else {
                Json.write(response, 200, assessments.assessments().stream().map(Views::assessment).toList());
            }
            return;
        }
        Assessment assessment = find(path.get(0));
        String what = path.size() == 1 ? "" : path.get(1);
        if (path.size() > 2) {
            throw JsonApiServlet.notFound(request);
        }
        switch (what) {
            case "" -> {
                allow(method, response, "GET");
                Json.write(response, 200, detail(assessment));
            }
            case "close" -> {
                allow(method, response, "POST");
                Bodies.only(Bodies.optional(request), "$");
                open(assessment);
                Json.write(response, 200, detail(assessments.close(assessment.id())));
            }
            case "respondents" -> respondents(method, assessment, request, response);
            case "scorecard" -> {
                allow(method, response, "GET");
                seal(assessment);
                Json.write(response, 200, scoring.score(assessment.id()));
            }
            case "history" -> {
                allow(method, response, "GET");
                seal(assessment);
                Json.write(response, 200, HistoryView.json(history.history(assessment.id())));
            }
            case "standing" -> {
                allow(method, response, "GET");
                seal(assessment);
                Json.write(response, 200, PortfolioView.json(history.standing(assessment.id()).orElse(null),
                        HistoryService.MINIMUM_RELATIONSHIPS));
            }
            case "report" -> {
                allow(method, response, "GET");
                report(assessment, request, response);
            }
            default -> throw JsonApiServlet.notFound(request);
        }
    }

    private Assessment create(JsonObject body) {
        Bodies.only(body, "$", "relationship", "model", "modelVersion", "deadline");
        JsonObject r = Bodies.object(body, "relationship", "$", true);
        Bodies.only(r, "$.relationship", "name", "customer", "provider");
        Relationship relationship = new Relationship(Bodies.text(r, "name", "$.relationship", false, Bodies.MAX_NAME),
                Bodies.text(r, "customer", "$.relationship", true, Bodies.MAX_NAME),
                Bodies.text(r, "provider", "$.relationship", true, Bodies.MAX_NAME));
        String model = Bodies.text(body, "model", "$", true, Bodies.MAX_NAME);
        String version = Bodies.text(body, "modelVersion", "$", false, Bodies.MAX_NAME);
        Instant deadline = Bodies.date(body, "deadline", "$", ZoneId.systemDefault());
        if (deadline != null && deadline.isBefore(Instant.now())) {
            throw new HttpProblem(422, "the deadline " + body.get("deadline").getAsString() + " has passed", "$.deadline");
        }
        if ((version == null ? models.latest(model) : models.model(model, version)).isEmpty()) {
            Set<String> installed = new TreeSet<>();
            models.models().forEach(m -> installed.add(m.model().key()));
            throw new HttpProblem(422, "no model " + model + (version == null ? "" : " version " + version)
                    + " is installed (installed: " + String.join(", ", installed) + ")",
                    version == null ? "$.model" : "$.modelVersion");
        }
        return assessments.create(relationship, model, version, deadline);
    }

    private void respondents(String method, Assessment assessment, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        allow(method, response, "GET", "POST");
        if (method.equals("POST")) {
            JsonObject body = Bodies.object(request);
            Bodies.only(body, "$", "perspective", "name");
            String perspective = Bodies.text(body, "perspective", "$", true, Bodies.MAX_NAME);
            String name = Bodies.text(body, "name", "$", true, Bodies.MAX_NAME);
            ValueModel model = assessments.model(assessment.id());
            if (model.perspective(perspective).isEmpty()) {
                throw new HttpProblem(422, "model " + model.key() + " has no perspective '" + perspective
                        + "'; its perspectives are: " + String.join(", ", model.perspectives().stream()
                                .map(Perspective::id).toList()), "$.perspective");
            }
            open(assessment);
            Respondent invited = assessments.invite(assessment.id(), perspective, name);
            response.setHeader("Location", "/api/v1/assessments/" + assessment.id() + "/respondents");
            Json.write(response, 201, Views.respondent(invited, null, link(request, invited)));
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Respondent r : assessments.respondents(assessment.id())) {
            list.add(Views.respondent(r, store.response(r.id()).orElse(null), link(request, r)));
        }
        Json.write(response, 200, list);
    }

    private void report(Assessment assessment, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String format = request.getParameter("format") == null ? "html" : request.getParameter("format");
        Set<String> installed = new TreeSet<>(FORMATS);
        reports.renderers().forEach(r -> installed.add(r.format()));
        if (!installed.contains(format)) {
            throw new HttpProblem(400, "no report format '" + format + "'; the formats are: "
                    + String.join(", ", installed), "format");
        }
        String language = JsonApiServlet.language(request, assessments.model(assessment.id()));
        seal(assessment);
        HeldReport out = new HeldReport();
        RendererInfo renderer = reports.render(assessment.id(), format, language, out);
        response.setStatus(200);
        response.setContentType(renderer.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"assessment-" + assessment.id() + "."
                + renderer.extension().replaceAll("[^A-Za-z0-9.-]", "") + "\"");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /**
     * Holds the report until its media type is known: the report service writes a whole report at
     * once, often one it kept, which is held as it is rather than copied into a growing buffer.
     */
    static final class HeldReport extends OutputStream {

        private byte[] whole;
        private ByteArrayOutputStream parts;

        @Override
        public void write(int b) {
            parts().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (whole == null && parts == null && off == 0 && len == b.length) {
                whole = b; // never changed: the report service hands over a report it will not write to again
            } else {
                parts().write(b, off, len);
            }
        }

        private ByteArrayOutputStream parts() {
            if (parts == null) {
                parts = new ByteArrayOutputStream(whole == null ? 8192 : whole.length * 2);
                if (whole != null) {
                    parts.write(whole, 0, whole.length);
                    whole = null;
                }
            }
            return parts;
        }

        int size() {
            return whole != null ? whole.length : parts == null ? 0 : parts.size();
        }

        void writeTo(OutputStream out) throws IOException {
            if (whole != null) {
                out.write(whole);
            } else if (parts != null) {
                parts.writeTo(out);
            }
        }
    }

    private Map<String, Object> detail(Assessment assessment) {
        Map<String, Object> view = Views.assessment(assessment);
        var progress = assessments.progress(assessment.id());
        view.put("progress", Views.progress(progress));
        Seal seal = Seal.of(progress);
        view.put("sealed", seal.sealed());
        view.put("sealedBecause", seal.sealed() ? seal.message() : null);
        return view;
    }

    private void seal(Assessment assessment) {
        Seal.of(assessments.progress(assessment.id())).check();
    }

    private Assessment find(String id) {
        try {
            return assessments.assessment(id);
        } catch (AssessmentException e) {
            throw new HttpProblem(404, "no assessment " + id + " (GET /api/v1/assessments lists them)", "path");
        }
    }

    private static void open(Assessment assessment) {
        if (!assessment.isOpen()) {
            throw new HttpProblem(409, "assessment " + assessment.id() + " was closed at " + assessment.closed()
                    + " and takes no more changes", "path");
        }
    }

    private String link(HttpServletRequest request, Respondent r) {
        String base = security.config().publicUrl();
        if (base == null || base.isBlank()) {
            base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        }
        return base.replaceAll("/+$", "") + INVITATION_PATH + r.token();
    }

    private static void allow(String method, HttpServletResponse response, String... allowed) {
        JsonApiServlet.allow(method, response, allowed);
    }
}
