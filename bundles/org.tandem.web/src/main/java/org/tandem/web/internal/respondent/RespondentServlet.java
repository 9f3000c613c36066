package org.tandem.web.internal.respondent;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.AssessmentService.Invitation;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.Progress;
import org.tandem.api.questionnaire.Questionnaire;
import org.tandem.api.store.ConflictException;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.auth.Security;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Redirect;
import org.tandem.web.internal.http.WebServlet;

/**
 * The respondent's questionnaire behind their invitation link, {@code /r/<token>}: the token is the
 * only credential and finds exactly one respondent, whose perspective's questions are all it shows.
 * <ul>
 * <li>{@code /r/<token>}: a welcome page with progress and where to go on; after submitting, the
 * answers read-only; on a closed assessment, a message that says so;</li>
 * <li>{@code /r/<token>/<n>}: page n, one dimension; posting it saves the answers as a draft
 * (Previous, Next, Save) unless any is wrong, then the page comes back with every problem;</li>
 * <li>{@code /r/<token>/review}: every answer with links back to its page, and submitting;</li>
 * <li>{@code /r/<token>/thanks}: after submitting.</li>
 * </ul>
 * The language ({@code ?lang=}, one of the model's) is carried in every link and form. Every form
 * carries the CSRF token derived from the invitation token and the revision it showed, so a save
 * from a stale tab (the link open twice) is refused with a message, not lost silently.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern("/r/*")
public class RespondentServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    /** Invitation tokens are URL-safe base64; anything else is not looked up at all. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,3}");

    private final transient AssessmentService assessments;
    private final transient Questionnaire questionnaire;
    private final transient Security security;
    private final transient Pages pages;
    private final transient Logger log;

    @Activate
    public RespondentServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        AssessmentService assessments = services.of(AssessmentService.class);
        Questionnaire questionnaire = services.of(Questionnaire.class);
        this.assessments = assessments;
        this.questionnaire = questionnaire;
        this.security = security;
        this.pages = pages;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    /** Where a request is: the respondent's token and the rest of the path ("", "3", "review", "thanks"). */
    record Target(String token, String rest) {
        static Optional<Target> of(String pathInfo) {
            if (pathInfo == null) {
                return Optional.empty();
            }
            String[] parts = pathInfo.split("/", -1);
            // "/token" -> ["", token]; "/token/3" -> ["", token, "3"]; "/token/" -> ["", token, ""]
            if (parts.length < 2 || parts.length > 3 || !parts[0].isEmpty() || !TOKEN.matcher(parts[1]).matches()) {
                return Optional.empty();
            }
            String rest = parts.length == 3 ? parts[2] : "";
            if (!rest.isEmpty() && !rest.equals("review") && !rest.equals("thanks") && !PAGE.matcher(rest).matches()) {
                return Optional.empty();
            }
            return Optional.of(new Target(parts[1], rest));
        }
    }

    /** One request's respondent, with what it needs to draw a page. */
    private final class Visit {
        final HttpServletRequest request;
        final Target target;
        final Respondent respondent;
        final Response response;
        final Assessment assessment;
        final ValueModel model;
        final String lang;
        final Map<String, String> answers;
        final Map<String, String> comments;

        Visit(HttpServletRequest request, Target target, Invitation invitation) {
            this.request = request;
            this.target = target;
            this.respondent = invitation.respondent();
            this.response = invitation.response();
            this.assessment = assessments.assessment(respondent.assessmentId());
            this.model = assessments.model(respondent.assessmentId());
            this.lang = Languages.choose(request.getParameter("lang"), Collections.list(request.getLocales()),
                    model.locales(), model.defaultLocale());
            this.answers = response == null ? Map.of() : response.answers();
            this.comments = response == null ? Map.of() : response.comments();
        }

        boolean submitted() {
            return response != null && response.isSubmitted();
        }

        long revision() {
            return response == null ? 0 : response.revision();
        }

        String base() {
            return "/r/" + target.token;
        }

        String query() {
            return "?lang=" + lang;
        }

        String label(String key, Object... args) {
            return Pages.label(lang, key, args);
        }

        List<Page> pages(Map<String, String> answers) {
            return questionnaire.pages(model, respondent.perspective(), lang, answers);
        }

        /** What every page of the respondent shows: who they answer for, languages, progress. */
        Map<String, Object> page(Map<String, String> answers) {
            Map<String, Object> m = new HashMap<>();
            m.put("base", base());
            m.put("query", query());
            m.put("here", request.getRequestURI());
            m.put("csrf", security.respondentCsrf(target.token));
            m.put("revision", revision());
            m.put("modelTitle", model.title().get(lang, model.defaultLocale()));
            m.put("relationship", assessment.relationship().name());
            m.put("perspective", model.perspective(respondent.perspective())
                    .map(p -> p.title().get(lang, model.defaultLocale())).orElse(respondent.perspective()));
            m.put("deadline", assessment.deadline() == null || submitted() ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(Locale.forLanguageTag(lang))
                    .format(assessment.deadline().minusMillis(1).atZone(ZoneId.systemDefault())));
            List<Map<String, String>> languages = new ArrayList<>();
            for (String l : model.locales()) {
                languages.add(Map.of("code", l, "name", Languages.name(l)));
            }
            m.put("languages", model.locales().size() > 1 ? languages : List.of());
            Progress progress = questionnaire.progress(model, respondent.perspective(), answers);
            m.put("answered", progress.answered());
            m.put("shown", progress.shown());
            m.put("problems", List.of());
            m.put("notice", "");
            m.put("alert", "");
            return m;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Visit> found = visit(request, response);
        if (found.isEmpty()) {
            return;
        }
        Visit v = found.get();
        if (!v.assessment.isOpen()) {
            closed(v, response, 200);
            return;
        }
        if (v.submitted()) {
            if (v.target.rest.equals("thanks")) {
                Map<String, Object> m = v.page(v.answers);
                pages.render(response, 200, "respondent/thanks", v.lang, m);
            } else if (v.target.rest.isEmpty()) {
                answers(v, response);
            } else {
                Redirect.to(response, v.base() + v.query());
            }
            return;
        }
        switch (v.target.rest) {
            case "" -> welcome(v, response);
            case "review" -> review(v, response, 200, v.answers, v.comments, List.of(), "");
            case "thanks" -> Redirect.to(response, v.base() + v.query());
            default -> {
                int n = Integer.parseInt(v.target.rest);
                List<Page> all = v.pages(v.answers);
                if (n > all.size()) {
                    notFound(request, response);
                    return;
                }
                List<AnswerProblem> problems = List.of();
                if (request.getParameter("check") != null) {
                    // from the review page's list of problems: show what is missing here
                    problems = onPage(questionnaire.validate(v.model, v.respondent.perspective(), v.lang, v.answers,
                            true), all.get(n - 1));
                }
                String notice = request.getParameter("saved") != null ? v.label("r.saved") : "";
                page(v, response, problems.isEmpty() ? 200 : 422, n, v.answers, v.comments, problems, notice, "");
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Visit> found = visit(request, response);
        if (found.isEmpty()) {
            return;
        }
        Visit v = found.get();
        if (!Security.same(security.respondentCsrf(v.target.token), request.getParameter("csrf"))) {
            Map<String, Object> m = v.page(v.answers);
            m.put("title", v.label("r.forbidden.title"));
            m.put("message", v.label("r.forbidden.text"));
            m.put("link", v.base() + v.query());
            pages.render(response, 403, "respondent/message", v.lang, m);
            return;
        }
        if (!v.assessment.isOpen()) {
            closed(v, response, 409);
            return;
        }
        if (v.submitted()) {
            Redirect.to(response, v.base() + v.query());
            return;
        }
        long revision = revision(request.getParameter("revision"));
        if (v.target.rest.equals("review")) {
            submit(v, response, revision);
        } else if (PAGE.matcher(v.target.rest).matches()) {
            save(v, response, Integer.parseInt(v.target.rest), revision);
        } else {
            response.sendError(405);
        }
    }

    /** Saves a page as a draft, then goes where the respondent asked; or shows the page with what was wrong. */
    private void save(Visit v, HttpServletResponse response, int n, long revision) throws IOException {
        List<Page> before = v.pages(v.answers);
        if (n > before.size()) {
            notFound(v.request, response);
            return;
        }
        String perspective = v.respondent.perspective();
        Dimension dimension = v.model.dimension(before.get(n - 1).dimension()).orElseThrow();
        Map<String, String[]> fields = v.request.getParameterMap();
        Map<String, String> answers = AnswerForm.shownOnly(questionnaire, v.model, perspective,
                AnswerForm.merge(v.answers, dimension, perspective, fields));
        Map<String, String> comments = commentable(dimension, perspective)
                ? AnswerForm.comment(v.comments, dimension.id(), fields) : v.comments;
        String action = String.valueOf(v.request.getParameter("action"));
        // answers to questions the new ones hide are gone; what was typed (invalid or not) stays to be shown
        Map<String, String> typed = answers;
        List<Page> after = v.pages(typed);
        Page page = after.get(n - 1);

        Map<String, AnswerProblem> problems = new LinkedHashMap<>();
        if (action.equals("next") || action.equals("review")) {
            // moving on: this page's required questions need answers
            for (AnswerProblem p : onPage(questionnaire.validate(v.model, perspective, v.lang, answers, true), page)) {
                problems.put(p.question(), p);
            }
        }
        for (AnswerProblem p : questionnaire.validate(v.model, perspective, v.lang, typed, false)) {
            problems.putIfAbsent(p.question(), p);
        }
        String comment = comments.get(dimension.id());
        if (comment != null && comment.codePointCount(0, comment.length()) > AnswerForm.MAX_COMMENT) {
            problems.put(AnswerForm.COMMENT, new AnswerProblem(AnswerForm.COMMENT,
                    v.label("comment.tooLong", AnswerForm.MAX_COMMENT)));
        }
        if (!problems.isEmpty()) {
            page(v, response, 422, n, typed, comments, new ArrayList<>(problems.values()), "", "");
            return;
        }
        try {
            assessments.answer(v.target.token, answers, comments, false, revision);
        } catch (ConflictException e) {
            conflict(v, response, n, typed, comments);
            return;
        } catch (InvalidAnswersException e) {
            page(v, response, 422, n, typed, comments, e.problems(), "", "");
            return;
        }
        // the answers brought up more questions on this page: show them before moving on
        List<String> shownBefore = AnswerForm.ids(before.get(n - 1));
        List<String> appeared = AnswerForm.ids(page).stream().filter(id -> !shownBefore.contains(id)).toList();
        String q = v.query();
        if (!appeared.isEmpty() && !action.equals("save") && !action.equals("prev")) {
            Redirect.to(response, v.base() + "/" + n + q + "&more=1#" + Views.htmlId(appeared.get(0)));
            return;
        }
        switch (action) {
            case "prev" -> Redirect.to(response, n > 1 ? v.base() + "/" + (n - 1) + q : v.base() + q);
            case "next" -> Redirect.to(response, n < after.size() ? v.base() + "/" + (n + 1) + q
                    : v.base() + "/review" + q);
            case "review" -> Redirect.to(response, v.base() + "/review" + q);
            default -> Redirect.to(response, v.base() + "/" + n + q + "&saved=1");
        }
    }

    private void submit(Visit v, HttpServletResponse response, long revision) throws IOException {
        Map<String, String> comments = AnswerForm.comment(v.comments, "", v.request.getParameterMap());
        List<AnswerProblem> problems = new ArrayList<>(questionnaire.validate(v.model, v.respondent.perspective(),
                v.lang, v.answers, true));
        String comment = comments.get("");
        if (comment != null && comment.codePointCount(0, comment.length()) > AnswerForm.MAX_COMMENT) {
            problems.add(new AnswerProblem(AnswerForm.COMMENT, v.label("comment.tooLong", AnswerForm.MAX_COMMENT)));
        }
        if (!problems.isEmpty()) {
            review(v, response, 422, v.answers, comments, problems, "");
            return;
        }
        try {
            assessments.answer(v.target.token, v.answers, comments, true, revision);
        } catch (ConflictException e) {
            Optional<Invitation> now = assessments.invitation(v.target.token);
            if (now.isEmpty()) {
                notFound(v.request, response);
                return;
            }
            Visit fresh = new Visit(v.request, v.target, now.get());
            if (!fresh.assessment.isOpen()) {
                closed(fresh, response, 409);
            } else if (fresh.submitted()) {
                Redirect.to(response, fresh.base() + fresh.query());
            } else {
                review(fresh, response, 409, fresh.answers, comments, List.of(), fresh.label("r.conflict.review"));
            }
            return;
        } catch (InvalidAnswersException e) {
            review(v, response, 422, v.answers, comments, e.problems(), "");
            return;
        }
        Redirect.to(response, v.base() + "/thanks" + v.query());
    }

    /**
     * A save was refused: the assessment closed, the response was submitted, or (most often) the same
     * link saved from another tab since this page was drawn. The page comes back with what was typed
     * and the current revision, so saving again keeps it, and says so.
     */
    private void conflict(Visit v, HttpServletResponse response, int n, Map<String, String> typed,
            Map<String, String> comments) throws IOException {
        Optional<Invitation> now = assessments.invitation(v.target.token);
        if (now.isEmpty()) {
            notFound(v.request, response);
            return;
        }
        Visit fresh = new Visit(v.request, v.target, now.get());
        if (!fresh.assessment.isOpen()) {
            closed(fresh, response, 409);
        } else if (fresh.submitted()) {
            Redirect.to(response, fresh.base() + fresh.query());
        } else {
            page(fresh, response, 409, n, typed, comments, List.of(), "", fresh.label("r.conflict"));
        }
    }

    private void welcome(Visit v, HttpServletResponse response) throws IOException {
        Map<String, Object> m = v.page(v.answers);
        List<Page> all = v.pages(v.answers);
        // where to go on: the first page with a required question unanswered, else the review
        String next = v.response == null ? "/1" : "/review";
        for (int i = 0; i < all.size() && v.response != null; i++) {
            if (all.get(i).questions().stream().anyMatch(q -> q.required() && q.answer() == null)) {
                next = "/" + (i + 1);
                break;
            }
        }
        m.put("started", v.response != null);
        m.put("next", next);
        m.put("pageCount", all.size());
        m.put("perspectiveHelp", v.model.perspective(v.respondent.perspective())
                .map(p -> p.description().get(v.lang, v.model.defaultLocale())).orElse(""));
        m.put("modelDescription", v.model.description().get(v.lang, v.model.defaultLocale()));
        pages.render(response, 200, "respondent/start", v.lang, m);
    }

    private void page(Visit v, HttpServletResponse response, int status, int n, Map<String, String> answers,
            Map<String, String> comments, List<AnswerProblem> problems, String notice, String alert)
            throws IOException {
        List<Page> all = v.pages(answers);
        Page page = all.get(n - 1);
        Map<String, String> errors = new HashMap<>();
        for (AnswerProblem p : problems) {
            errors.putIfAbsent(p.question(), p.message());
        }
        Map<String, Object> m = v.page(answers);
        m.put("n", n);
        m.put("pageCount", all.size());
        m.put("title", page.title());
        m.put("description", page.description());
        m.put("fields", Views.fields(page, errors, v::label));
        m.put("commentable", commentable(v.model.dimension(page.dimension()).orElseThrow(),
                v.respondent.perspective()));
        m.put("comment", comments.getOrDefault(page.dimension(), ""));
        m.put("commentError", errors.getOrDefault(AnswerForm.COMMENT, ""));
        m.put("problems", Views.problems(problems, List.of(page), "", "", v::label));
        m.put("notice", !notice.isEmpty() ? notice
                : v.request.getParameter("more") != null ? v.label("r.more") : "");
        m.put("alert", alert);
        m.put("errorsIntro", v.request.getMethod().equals("POST") ? "r.errors.intro" : "r.errors.check");
        pages.render(response, status, "respondent/page", v.lang, m);
    }

    private void review(Visit v, HttpServletResponse response, int status, Map<String, String> answers,
            Map<String, String> comments, List<AnswerProblem> problems, String alert) throws IOException {
        List<Page> all = v.pages(answers);
        Map<String, Object> m = v.page(answers);
        m.put("sections", Views.sections(all, comments));
        m.put("comment", comments.getOrDefault("", ""));
        m.put("problems", Views.problems(problems, all, v.base() + "/{n}", v.query() + "&check=1", v::label));
        m.put("alert", alert);
        m.put("readOnly", false);
        m.put("errorsIntro", "r.errors.submit");
        m.put("complete", questionnaire.progress(v.model, v.respondent.perspective(), answers).complete());
        pages.render(response, status, "respondent/review", v.lang, m);
    }

    /** After submitting: the answers, read-only. */
    private void answers(Visit v, HttpServletResponse response) throws IOException {
        Map<String, Object> m = v.page(v.answers);
        m.put("sections", Views.sections(v.pages(v.answers), v.comments));
        m.put("comment", v.comments.getOrDefault("", ""));
        m.put("readOnly", true);
        m.put("complete", true);
        m.put("submittedOn", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(v.lang))
                .format(v.response.submitted().atZone(ZoneId.systemDefault())));
        pages.render(response, 200, "respondent/review", v.lang, m);
    }

    private void closed(Visit v, HttpServletResponse response, int status) throws IOException {
        Map<String, Object> m = v.page(v.answers);
        m.put("title", v.label("r.closed.title"));
        m.put("message", v.label(v.submitted() ? "r.closed.submitted" : "r.closed.text"));
        m.put("link", "");
        pages.render(response, status, "respondent/message", v.lang, m);
    }

    /** The visit of a known invitation; otherwise the 404 page was sent (it says nothing about why). */
    private Optional<Visit> visit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Target> target = Target.of(request.getPathInfo());
        Optional<Invitation> invitation = target.flatMap(t -> assessments.invitation(t.token()));
        if (invitation.isEmpty()) {
            notFound(request, response);
            return Optional.empty();
        }
        return Optional.of(new Visit(request, target.get(), invitation.get()));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        Map<String, Object> m = new HashMap<>();
        m.put("title", Pages.label(lang, "r.notfound.title"));
        m.put("message", Pages.label(lang, "r.notfound.text"));
        m.put("link", "");
        m.put("languages", List.of());
        pages.render(response, 404, "respondent/message", lang, m);
    }

    /**
     * Whether a page offers a comment box of its own: when its dimension asks this perspective no
     * free-text question (a model that has one per dimension already asks for comments its way).
     */
    static boolean commentable(Dimension dimension, String perspective) {
        return dimension.questions().stream()
                .noneMatch(q -> q.askedOf(perspective) && q.type() == org.tandem.api.model.QuestionType.TEXT);
    }

    private static List<AnswerProblem> onPage(List<AnswerProblem> problems, Page page) {
        List<String> ids = AnswerForm.ids(page);
        return problems.stream().filter(p -> ids.contains(p.question())).toList();
    }

    private static long revision(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
