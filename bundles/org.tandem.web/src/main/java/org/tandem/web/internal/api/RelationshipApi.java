package org.tandem.web.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.GreenLights;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.relationship.Relationships;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.scoring.ScoringService;
import org.tandem.web.internal.Seal;
import org.tandem.web.internal.consultant.ActionForm;
import org.tandem.web.internal.consultant.SlaFiles;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;

/**
 * {@code /api/v1/assessments/<id>/sla} and {@code .../actions} (see docs/api.md): the SLA figures with the
 * green-lights reading, their import from CSV or JSON, and the agreed actions. Bad input is refused whole
 * with every problem (422), nothing stored.
 */
final class RelationshipApi {

    private final AssessmentService assessments;
    private final RelationshipStore relationships;
    private final ScoringService scoring;

    RelationshipApi(AssessmentService assessments, RelationshipStore relationships, ScoringService scoring) {
        this.assessments = assessments;
        this.relationships = relationships;
        this.scoring = scoring;
    }

    /** Whether {@code path} (after {@code /assessments}) is one of ours: {@code <id>/sla...} or {@code <id>/actions...}. */
    static boolean handles(List<String> path) {
        return path.size() >= 2 && (path.get(1).equals("sla") || path.get(1).equals("actions"));
    }

    void route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Assessment assessment = find(path.get(0));
        List<String> rest = path.subList(2, path.size());
        if (path.get(1).equals("sla")) {
            sla(method, rest, assessment, request, response);
        } else {
            actions(method, rest, assessment, request, response);
        }
    }

    private void sla(String method, List<String> rest, Assessment assessment, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (rest.isEmpty()) {
            JsonApiServlet.allow(method, response, "GET", "PUT");
            if (method.equals("PUT")) {
                JsonObject body = Bodies.object(request);
                List<SlaFigure> figures = parse(() -> SlaFiles.json(body, "$", true));
                relationships.saveSlaFigures(assessment.id(), figures);
            }
            Json.write(response, 200, slaView(assessment));
        } else if (rest.equals(List.of("import"))) {
            JsonApiServlet.allow(method, response, "POST");
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            boolean json = type.startsWith("application/json");
            if (!json && !type.startsWith("text/csv") && !type.startsWith("text/plain")) {
                throw new HttpProblem(415, "send the file as text/csv or application/json", "Content-Type");
            }
            String text = text(request);
            List<SlaFigure> figures = parse(() -> json ? SlaFiles.json(text) : SlaFiles.csv(text));
            relationships.saveSlaFigures(assessment.id(), figures);
            Json.write(response, 200, slaView(assessment));
        } else {
            throw JsonApiServlet.notFound(request);
        }
    }

    private void actions(String method, List<String> rest, Assessment assessment, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (rest.size() > 1) {
            throw JsonApiServlet.notFound(request);
        }
        if (rest.isEmpty()) {
            JsonApiServlet.allow(method, response, "GET", "POST");
            if (method.equals("POST")) {
                ActionForm form = form(Bodies.object(request));
                check(form, assessment);
                Action added = relationships.addAction(assessment.id(), form.draft());
                response.setHeader("Location", "/api/v1/assessments/" + assessment.id() + "/actions/" + added.id());
                Json.write(response, 201, action(added));
                return;
            }
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("actions", relationships.actions(assessment.id()).stream().map(RelationshipApi::action).toList());
            Optional<Assessment> previous = Relationships.previous(assessments.assessments(), assessment);
            all.put("previous", previous.map(p -> Views.map("assessment", p.id(), "name", p.relationship().name(),
                    "actions", relationships.actions(p.id()).stream().map(RelationshipApi::action).toList()))
                    .orElse(null));
            Json.write(response, 200, all);
            return;
        }
        JsonApiServlet.allow(method, response, "GET", "PUT");
        Action action = relationships.action(rest.get(0)).filter(a -> a.assessmentId().equals(assessment.id())
                || Relationships.previous(assessments.assessments(), assessment)
                        .map(p -> p.id().equals(a.assessmentId())).orElse(false))
                .orElseThrow(() -> new HttpProblem(404, "no action " + rest.get(0) + " on assessment " + assessment.id()
                        + " or the one before it", "path"));
        if (method.equals("PUT")) {
            ActionForm form = form(Bodies.object(request));
            check(form, find(action.assessmentId()));
            action = relationships.updateAction(action.id(), form.draft());
        }
        Json.write(response, 200, action(action));
    }

    private Map<String, Object> slaView(Assessment assessment) {
        List<SlaFigure> figures = relationships.slaFigures(assessment.id());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SlaFigure f : figures) {
            list.add(Views.map("service", f.service(), "target", f.target(), "achieved", f.achieved(), "better",
                    f.direction().key(), "unit", f.unit(), "met", f.met()));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("figures", list);
        boolean sealed = Seal.of(assessments, assessment.id()).sealed();
        GreenLights g = sealed ? GreenLights.of(figures, null, assessments.model(assessment.id()))
                : GreenLights.of(figures, scoring.score(assessment.id()), assessments.model(assessment.id()));
        view.put("greenLights", Views.map("lights", g.lights().name().toLowerCase(Locale.ROOT), "met", g.met(),
                "total", g.total(), "relationshipShort", g.relationshipShort(), "flagged", sealed ? null : g.flagged(),
                "partnershipBand", g.partnershipBand()));
        return view;
    }

    static Map<String, Object> action(Action a) {
        return Views.map("id", a.id(), "assessment", a.assessmentId(), "dimension", a.dimension(), "what", a.what(),
                "owner", a.owner(), "due", a.due() == null ? null : a.due().toString(), "status", a.status().key(),
                "created", a.created(), "updated", a.updated());
    }

    /** The action fields of a body; other fields are refused. */
    private static ActionForm form(JsonObject body) {
        Bodies.only(body, "$", "dimension", "what", "owner", "due", "status");
        return new ActionForm(string(body, "dimension"), string(body, "what"), string(body, "owner"),
                string(body, "due"), string(body, "status"));
    }

    private static String string(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new HttpProblem(400, field + " must be a string", "$." + field);
        }
        return e.getAsString();
    }

    private void check(ActionForm form, Assessment assessment) {
        Set<String> dimensions = new LinkedHashSet<>();
        assessments.model(assessment.id()).dimensions().forEach(d -> dimensions.add(d.id()));
        Map<String, ActionForm.Problem> problems = form.problems(dimensions);
        if (!problems.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            problems.forEach((field, p) -> list.add(Views.map("field", "$." + field, "message",
                    org.tandem.web.internal.http.Pages.label("en", p.key(), p.args()))));
            throw new Refused("the action was not saved: " + list.size() + (list.size() == 1 ? " problem" : " problems"),
                    "$", list);
        }
    }

    private interface Reading {
        List<SlaFigure> read();
    }

    private static List<SlaFigure> parse(Reading reading) {
        try {
            return reading.read();
        } catch (SlaFiles.Invalid e) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SlaFiles.Problem p : e.problems()) {
                list.add(Views.map("line", p.line(), "field", p.field(), "message", p.message()));
            }
            throw new Refused("the SLA figures were not saved: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems"), "sla", list);
        }
    }

    private static String text(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the body is not valid UTF-8", "body");
        }
    }

    private Assessment find(String id) {
        try {
            return assessments.assessment(id);
        } catch (AssessmentException e) {
            throw new HttpProblem(404, "no assessment " + id + " (GET /api/v1/assessments lists them)", "path");
        }
    }

    /** A 422 with every problem, written by {@link ApiServlet}. */
    static final class Refused extends HttpProblem {
        private static final long serialVersionUID = 1L;
        final transient List<Map<String, Object>> problems;

        Refused(String message, String where, List<Map<String, Object>> problems) {
            super(422, message, where);
            this.problems = problems;
        }

        void write(HttpServletResponse response) throws IOException {
            Map<String, Object> error = Views.map("status", 422, "message", getMessage(), "where", where(),
                    "problems", problems);
            Json.write(response, 422, Map.of("error", error));
        }
    }
}
