package org.tandem.web.internal.portfolio;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.tandem.api.history.HistoryService;
import org.tandem.web.internal.http.HttpProblem;
import org.tandem.web.internal.http.Json;

/**
 * {@code GET /api/v1/portfolio/<model>}: a model's portfolio as JSON; the JSON API's servlet routes
 * it here, after checking the caller is a consultant.
 */
public final class PortfolioApi {

    private final HistoryService history;

    public PortfolioApi(HistoryService history) {
        this.history = history;
    }

    /** {@code path} is what follows {@code /portfolio}. */
    public void route(String method, List<String> path, HttpServletResponse response) throws IOException {
        if (path.size() != 1 || path.get(0).isBlank()) {
            throw new HttpProblem(404, "name a model: GET /api/v1/portfolio/<model id>", "path");
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET");
            throw new HttpProblem(405, method + " is not allowed here; use GET", "method");
        }
        Json.write(response, 200, PortfolioView.json(history.portfolio(path.get(0))));
    }
}
