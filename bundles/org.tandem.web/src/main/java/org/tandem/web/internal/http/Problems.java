package org.tandem.web.internal.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How a refused request is answered: JSON under /api/ and /health, a short page elsewhere. */
public final class Problems {

    private Problems() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, HttpProblem problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.equals("/health")) {
            Json.error(response, problem.status(), problem.getMessage(), problem.where());
            return;
        }
        response.setStatus(problem.status());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(problem.status() + ": " + problem.getMessage()
                + (problem.where() == null ? "" : " (" + problem.where() + ")") + "\n");
    }
}
