package org.tandem.web.internal.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.log.Logger;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.report.ReportException;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StoreException;

/**
 * The base of our servlets: every failure becomes an answer that says what was wrong and where,
 * with the right status, never a stack trace. Bad input is 4xx; a missing or failing module
 * (scoring strategy, renderer) or store is 503, logged.
 * <ul>
 * <li>{@link HttpProblem}: its status;</li>
 * <li>{@link InvalidAnswersException}: 422, every problem with its question;</li>
 * <li>{@link ConflictException}: 409 (closed assessment, submitted response, changed meanwhile);</li>
 * <li>{@link AssessmentException}: 400 (no such model, perspective, ...);</li>
 * <li>{@link ScoringException}, {@link ReportException}, {@link StoreException}: 503;</li>
 * <li>anything else: 500, logged with its stack trace.</li>
 * </ul>
 */
public abstract class WebServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where failures are logged. */
    protected abstract Logger log();

    /** The methods any of our servlets answers; the rest (TRACE echoes cookies, OPTIONS, PATCH, ...) get 405. */
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE");
            Problems.send(request, response, new HttpProblem(405, "this server does not answer " + request.getMethod(),
                    "method"));
            return;
        }
        try {
            super.service(request, response);
        } catch (HttpProblem p) {
            Problems.send(request, response, p);
        } catch (InvalidAnswersException e) {
            invalidAnswers(request, response, e);
        } catch (ConflictException e) {
            Problems.send(request, response, new HttpProblem(409, e.getMessage(), null));
        } catch (AssessmentException e) {
            Problems.send(request, response, new HttpProblem(400, e.getMessage(), null));
        } catch (ScoringException | ReportException | StoreException e) {
            log().error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            Problems.send(request, response, new HttpProblem(503, e.getMessage(), null));
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().equals("BadMessageException")) {
                // Jetty refused the request itself (a form too large, a malformed body): the client's mistake
                Problems.send(request, response, new HttpProblem(e.getMessage() != null
                        && e.getMessage().contains("exceeds") ? 413 : 400, "the request could not be read: "
                        + e.getMessage(), "body"));
                return;
            }
            log().error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            Problems.send(request, response, new HttpProblem(500, "the server failed on this request; "
                    + "the log says why (" + e.getClass().getSimpleName() + ")", null));
        } catch (jakarta.servlet.ServletException e) {
            log().error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            Problems.send(request, response, new HttpProblem(500, "the server failed on this request; "
                    + "the log says why (" + e.getClass().getSimpleName() + ")", null));
        }
    }

    private static void invalidAnswers(HttpServletRequest request, HttpServletResponse response,
            InvalidAnswersException e) throws IOException {
        if (!request.getRequestURI().startsWith("/api/")) {
            Problems.send(request, response, new HttpProblem(422, e.getMessage(), null));
            return;
        }
        List<Map<String, String>> problems = new ArrayList<>();
        for (AnswerProblem p : e.problems()) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("question", p.question());
            one.put("message", p.message());
            problems.add(one);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", 422);
        error.put("message", "the answers were not saved: " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        error.put("where", "answers");
        error.put("problems", problems);
        Json.write(response, 422, Map.of("error", error));
    }
}
