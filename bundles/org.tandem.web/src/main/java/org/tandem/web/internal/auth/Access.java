package org.tandem.web.internal.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.tandem.web.internal.http.Redirect;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.web.internal.http.HttpProblem;

/** Who may do what: the checks every page and API call makes before it does anything. */
public final class Access {

    private Access() {
    }

    /**
     * For pages: the signed-in session with {@code role}. Without a session the browser is sent to
     * the sign-in page (and empty is returned); with a session that must first choose a password, to
     * that page; with the wrong role, 403.
     */
    public static Optional<Security.Session> page(Security security, HttpServletRequest request,
            HttpServletResponse response, Role role) throws IOException {
        Optional<Security.Session> session = security.session(request);
        if (session.isEmpty()) {
            Redirect.to(response, "/login");
            return Optional.empty();
        }
        if (session.get().user().mustChangePassword()) {
            Redirect.to(response, "/password");
            return Optional.empty();
        }
        if (!session.get().user().role().includes(role)) {
            throw new HttpProblem(403, "this page is for " + role.name().toLowerCase() + "s", null);
        }
        return session;
    }

    /** For a page's form: 403 unless the form carries the session's CSRF token (field {@code csrf}). */
    public static void csrf(Security.Session session, HttpServletRequest request) {
        if (!Security.same(session.csrf(), request.getParameter("csrf"))) {
            throw new HttpProblem(403, "the form has expired or did not come from this site: reload the page", "csrf");
        }
    }

    /**
     * For the API: the user of the bearer token, or of the session cookie (then a request that
     * changes something must carry the session's CSRF token in {@code X-CSRF-Token}); 401 without
     * credentials, 403 with the wrong role or a user who must first choose a password.
     */
    public static User api(Security security, HttpServletRequest request, Role role) {
        Optional<User> user = security.bearer(request);
        if (user.isEmpty()) {
            Optional<Security.Session> session = security.session(request);
            if (session.isPresent()) {
                String method = request.getMethod();
                if (!method.equals("GET") && !method.equals("HEAD")
                        && !Security.same(session.get().csrf(), request.getHeader("X-CSRF-Token"))) {
                    throw new HttpProblem(403, "a request with the session cookie needs its CSRF token in X-CSRF-Token",
                            "X-CSRF-Token");
                }
                user = Optional.of(session.get().user());
            }
        }
        if (user.isEmpty()) {
            throw new HttpProblem(401, "sign in, or send an API token as 'Authorization: Bearer <token>'",
                    "Authorization");
        }
        if (user.get().mustChangePassword()) {
            throw new HttpProblem(403, "choose a password first (sign in on /login)", null);
        }
        if (!user.get().role().includes(role)) {
            throw new HttpProblem(403, "this needs the " + role.name().toLowerCase() + " role", null);
        }
        return user.get();
    }
}
