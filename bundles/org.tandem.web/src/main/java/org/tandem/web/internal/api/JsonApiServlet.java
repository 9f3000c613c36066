package org.tandem.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tandem.api.model.ValueModel;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.Problems;
import org.tandem.web.internal.http.WebServlet;

/**
 * What the API's servlets share: every method goes to {@link #route}, with the path below the
 * servlet's pattern as segments; a method the API does not use is a JSON 405, never the
 * container's error page (and TRACE, which would echo cookies, is refused).
 */
abstract class JsonApiServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private static final Set<String> ROUTED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");

    /** Answers {@code method} on {@code path} (the segments after the servlet's pattern, decoded). */
    protected abstract void route(String method, List<String> path, HttpServletRequest request,
            HttpServletResponse response) throws IOException;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ROUTED.contains(request.getMethod())) {
            Problems.send(request, response, new HttpProblem(405, "this API does not answer " + request.getMethod(),
                    "method"));
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route("GET", segments(request), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route("POST", segments(request), request, response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route("PUT", segments(request), request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route("DELETE", segments(request), request, response);
    }

    /** The path below the servlet's pattern, split at '/'; 404 for an empty segment ({@code //}, a trailing /). */
    static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        List<String> segments = new ArrayList<>();
        if (info == null || info.equals("/") || info.isEmpty()) {
            return segments;
        }
        for (String s : info.substring(1).split("/", -1)) {
            if (s.isEmpty()) {
                throw notFound(request);
            }
            segments.add(s);
        }
        return segments;
    }

    /** 405 naming the methods {@code path} answers, unless {@code method} is one of them. */
    static void allow(String method, HttpServletResponse response, String... allowed) {
        for (String a : allowed) {
            if (a.equals(method) || method.equals("HEAD") && a.equals("GET")) {
                return;
            }
        }
        response.setHeader("Allow", String.join(", ", allowed));
        throw new HttpProblem(405, "use " + String.join(" or ", allowed) + " here, not " + method, "method");
    }

    static HttpProblem notFound(HttpServletRequest request) {
        return new HttpProblem(404, "no such endpoint: " + request.getRequestURI() + " (see docs/api.md)", "path");
    }

    /**
     * The language of texts: {@code ?lang=} when the model offers it (400 when it does not), else
     * the best of Accept-Language, else the model's default.
     */
    static String language(HttpServletRequest request, ValueModel model) {
        String lang = request.getParameter("lang");
        if (lang != null && !model.locales().contains(lang)) {
            throw new HttpProblem(400, "model " + model.key() + " is not written in '" + lang + "'; it is in "
                    + String.join(", ", model.locales()), "lang");
        }
        return lang != null ? lang : Pages.language(request, model.locales(), model.defaultLocale());
    }
}
