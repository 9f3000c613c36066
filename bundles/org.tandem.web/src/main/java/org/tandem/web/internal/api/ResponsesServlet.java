package org.tandem.web.internal.api;

import com.google.gson.JsonObject;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.questionnaire.Questionnaire;
import org.tandem.api.store.AssessmentStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;

/**
 * A respondent's own response, opened by their invitation token and nothing else: in the path
 * ({@code /api/v1/responses/<token>}, {@code .../submit}) or in {@code Authorization: Invitation
 * <token>} ({@code /api/v1/responses}, {@code /api/v1/responses/submit}). The token decides whose
 * response is read or written; no session, no CSRF token (a cookie is never the credential here).
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/api/v1/responses/*")
public class ResponsesServlet extends JsonApiServlet {

    private static final long serialVersionUID = 1L;
    private static final String SUBMIT = "submit";

    private final transient AssessmentService assessments;
    private final transient AssessmentStore store;
    private final transient Questionnaire questionnaire;
    private final transient Logger log;

    @Activate
    public ResponsesServlet(@Reference Services services, @Reference(service = LoggerFactory.class) Logger log) {
        AssessmentService assessments = services.of(AssessmentService.class);
        AssessmentStore store = services.of(AssessmentStore.class);
        Questionnaire questionnaire = services.of(Questionnaire.class);
        this.assessments = assessments;
        this.store = store;
        this.questionnaire = questionnaire;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void route(String method, List<String> path, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String header = invitationHeader(request);
        boolean submit = !path.isEmpty() && path.get(path.size() - 1).equals(SUBMIT);
        List<String> rest = submit ? path.subList(0, path.size() - 1) : path;
        if (rest.size() > 1 || rest.isEmpty() && header == null) {
            throw rest.isEmpty() ? new HttpProblem(401, "send the invitation token in the path "
                    + "(/api/v1/responses/<token>) or as 'Authorization: Invitation <token>'", "Authorization")
                    : notFound(request);
        }
        if (!rest.isEmpty() && header != null && !rest.get(0).equals(header)) {
            throw new HttpProblem(403, "the invitation token in the path and in Authorization differ", "Authorization");
        }
        String token = rest.isEmpty() ? header : rest.get(0);
        Respondent respondent = store.respondentByToken(token).orElseThrow(() -> rest.isEmpty()
                ? new HttpProblem(401, "no invitation matches this token; use the link of your invitation",
                        "Authorization")
                : new HttpProblem(404, "no invitation matches this token; use the link of your invitation", "path"));
        if (submit) {
            allow(method, response, "POST");
            save(respondent, Bodies.optional(request), true, request, response);
        } else if (method.equals("PUT")) {
            save(respondent, Bodies.object(request), false, request, response);
        } else {
            allow(method, response, "GET", "PUT");
            Json.write(response, 200, view(respondent, request));
        }
    }

    /**
     * Saves a draft ({@code PUT}) or submits ({@code POST .../submit}): {@code answers} replace the
     * saved ones, {@code revision} is the one read. A submit without a body submits what is saved.
     */
    private void save(Respondent respondent, JsonObject body, boolean submit, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Bodies.only(body, "$", "answers", "comments", "revision");
        Response saved = store.response(respondent.id()).orElse(null);
        boolean keep = submit && body.size() == 0;
        Map<String, String> answers = keep ? answersOf(saved) : Bodies.answers(body, "answers", "$", 0);
        Map<String, String> comments = keep ? commentsOf(saved)
                : Bodies.answers(body, "comments", "$", Bodies.MAX_COMMENT);
        long current = saved == null ? 0 : saved.revision();
        long revision = keep ? current : Bodies.integer(body, "revision", "$", -2, 0, Long.MAX_VALUE);
        if (revision == -2) {
            throw new HttpProblem(400, "'revision' is required: the revision you read (0 before the first save)",
                    "$.revision");
        }
        Assessment assessment = assessments.assessment(respondent.assessmentId());
        if (!assessment.isOpen()) {
            throw new HttpProblem(409, "this assessment was closed at " + assessment.closed()
                    + "; answers can no longer change", "path");
        }
        if (saved != null && saved.isSubmitted()) {
            throw new HttpProblem(409, "this response was submitted at " + saved.submitted()
                    + " and can no longer change", "path");
        }
        if (revision != current) {
            throw new HttpProblem(409, "the response changed meanwhile (revision " + current + ", not " + revision
                    + "): read it again and redo your change", "$.revision");
        }
        ValueModel model = assessments.model(respondent.assessmentId());
        String language = language(request, model);
        // checked here too, so the problems are worded in the respondent's language
        List<AnswerProblem> problems = questionnaire.validate(model, respondent.perspective(), language, answers,
                submit);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        Response stored = assessments.answer(respondent.token(), answers, comments, submit, revision);
        // what was just stored, on the assessment and model read above: no need to read them again
        Json.write(response, 200, Questionnaires.view(questionnaire, model, assessment, respondent, stored, language));
    }

    /** The questionnaire of this respondent in the language asked, with what they saved. */
    private Map<String, Object> view(Respondent respondent, HttpServletRequest request) {
        Response saved = store.response(respondent.id()).orElse(null);
        Assessment assessment = assessments.assessment(respondent.assessmentId());
        ValueModel model = assessments.model(respondent.assessmentId());
        String language = language(request, model);
        return Questionnaires.view(questionnaire, model, assessment, respondent, saved, language);
    }

    private static Map<String, String> answersOf(Response saved) {
        return saved == null ? Map.of() : saved.answers();
    }

    private static Map<String, String> commentsOf(Response saved) {
        return saved == null ? Map.of() : saved.comments();
    }

    /** The token of {@code Authorization: Invitation <token>}, or null. */
    private static String invitationHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, "Invitation ", 0, 11) || header.substring(11).isBlank()) {
            throw new HttpProblem(401, "a response is opened with 'Authorization: Invitation <token>' or the token "
                    + "in the path; sign-ins and API tokens do not open it", "Authorization");
        }
        return header.substring(11).strip();
    }
}
