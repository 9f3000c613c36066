package org.tandem.web.internal.auth;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.http.Redirect;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.http.Pages;
import org.tandem.web.internal.http.WebServlet;

/**
 * Signing in and out, and choosing a password (forced after a one-time password). Failed sign-ins
 * are counted per name and address; the same message answers a wrong name and a wrong password.
 */
@Component(service = Servlet.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@HttpWhiteboardServletPattern({"/login", "/logout", "/password"})
public class LoginServlet extends WebServlet {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer names and passwords are refused before anything is looked up, counted or logged. */
    static final int MAX_NAME = 200;
    static final int MAX_PASSWORD = 1_000;
    /** Checked against when the name is unknown, so both cases cost the same; made on first need. */
    private static final class Unknown {
        static final String HASH = Passwords.hash(Passwords.oneTime());
    }
    /** Password checks running at once: each takes a core for about 0.1 s; the rest wait their turn briefly. */
    private static final Semaphore CHECKS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    private final transient Security security;
    private final transient UserStore users;
    private final transient Pages pages;
    private final transient Logger log;
    private final transient LoginThrottle throttle;

    @Activate
    public LoginServlet(@Reference Services services, @Reference Security security, @Reference Pages pages,
            @Reference(service = LoggerFactory.class) Logger log) {
        UserStore users = services.of(UserStore.class);
        this.security = security;
        this.users = users;
        this.throttle = new LoginThrottle(users, Clock.systemUTC());
        this.pages = pages;
        this.log = log;
    }

    @Override
    protected Logger log() {
        return log;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        if (request.getServletPath().equals("/password")) {
            Optional<Security.Session> session = security.session(request);
            if (session.isEmpty()) {
                Redirect.to(response, "/login");
                return;
            }
            password(response, 200, lang, session.get(), null);
            return;
        }
        if (request.getServletPath().equals("/logout")) {
            Redirect.to(response, "/login");
            return;
        }
        login(response, 200, lang, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = Pages.language(request, Pages.LANGUAGES, "en");
        switch (request.getServletPath()) {
            case "/logout" -> {
                Optional<Security.Session> session = security.session(request);
                if (session.isPresent() && !Security.same(session.get().csrf(), request.getParameter("csrf"))) {
                    response.sendError(403, "the form has expired");
                    return;
                }
                security.signOut(response);
                Redirect.to(response, "/login");
            }
            case "/password" -> changePassword(request, response, lang);
            default -> signIn(request, response, lang);
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, String lang) throws IOException {
        String name = request.getParameter("name");
        String nonce = request.getParameter("nonce");
        if (nonce == null || !Security.same(security.formCsrf(nonce), request.getParameter("csrf"))) {
            login(response, 403, lang, name, Pages.label(lang, "form.expired"));
            return;
        }
        String password = request.getParameter("password");
        if (name == null || name.isBlank() || name.length() > MAX_NAME || password == null
                || password.length() > MAX_PASSWORD) {
            login(response, 401, lang, "", Pages.label(lang, "login.failed"));
            return;
        }
        String address = request.getRemoteAddr();
        // counted before the slow check, so parallel guesses cannot slip past the limit
        LoginThrottle.Attempt attempt = throttle.attempt(name, address, security.config().loginFailures(),
                security.config().loginWindowMinutes() * 60_000L);
        if (!attempt.allowed()) {
            response.setHeader("Retry-After", Long.toString(attempt.waitSeconds()));
            login(response, 429, lang, name, Pages.label(lang, "login.throttled", attempt.waitSeconds()));
            return;
        }
        Optional<User> user = users.userByName(name);
        // an unknown name costs the same hash as a known one: timing does not tell which names exist
        String stored = user.flatMap(u -> users.passwordHash(u.id())).orElse(Unknown.HASH);
        if (!verify(password, stored) || user.isEmpty()) {
            log.info("Failed sign-in as '{}' from {}", printable(name), address);
            login(response, 401, lang, name, Pages.label(lang, "login.failed"));
            return;
        }
        throttle.succeeded(attempt);
        security.signIn(response, user.get());
        Redirect.to(response, user.get().mustChangePassword() ? "/password" : "/assessments");
    }

    private void changePassword(HttpServletRequest request, HttpServletResponse response, String lang)
            throws IOException {
        Optional<Security.Session> session = security.session(request);
        if (session.isEmpty()) {
            Redirect.to(response, "/login");
            return;
        }
        Security.Session s = session.get();
        if (!Security.same(s.csrf(), request.getParameter("csrf"))) {
            password(response, 403, lang, s, Pages.label(lang, "form.expired"));
            return;
        }
        LoginThrottle.Attempt attempt = throttle.attempt(s.user().name(), request.getRemoteAddr(),
                security.config().loginFailures(), security.config().loginWindowMinutes() * 60_000L);
        if (!attempt.allowed()) {
            response.setHeader("Retry-After", Long.toString(attempt.waitSeconds()));
            password(response, 429, lang, s, Pages.label(lang, "login.throttled", attempt.waitSeconds()));
            return;
        }
        String current = request.getParameter("current");
        if (current == null || current.length() > MAX_PASSWORD
                || !verify(current, users.passwordHash(s.user().id()).orElse(Unknown.HASH))) {
            password(response, 400, lang, s, Pages.label(lang, "password.wrong"));
            return;
        }
        throttle.succeeded(attempt);
        String chosen = request.getParameter("password");
        String problem = Passwords.problem(chosen, s.user().name());
        if (problem != null || chosen.equals(request.getParameter("current"))) {
            password(response, 400, lang, s, problem != null ? problem : "the new password must differ from the old");
            return;
        }
        users.setPassword(s.user().id(), Passwords.hash(chosen), false);
        // the new password ends older sessions: sign this one in again
        security.signIn(response, users.user(s.user().id()).orElseThrow());
        Redirect.to(response, "/assessments");
    }

    /** A password check, at most as many at once as there are cores; false when it had to wait too long. */
    private static boolean verify(String password, String stored) {
        try {
            if (!CHECKS.tryAcquire(5, TimeUnit.SECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return Passwords.verify(password, stored);
        } finally {
            CHECKS.release();
        }
    }

    /** A name as it may appear in the log: at most 64 printable characters. */
    static String printable(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private void login(HttpServletResponse response, int status, String lang, String name, String error)
            throws IOException {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Map<String, Object> model = new HashMap<>();
        model.put("nonce", nonce);
        model.put("csrf", security.formCsrf(nonce));
        model.put("name", name == null ? "" : name);
        model.put("error", error == null ? "" : error);
        pages.render(response, status, "login", lang, model);
    }

    private void password(HttpServletResponse response, int status, String lang, Security.Session session,
            String error) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("user", session.user());
        model.put("csrf", session.csrf());
        model.put("error", error == null ? "" : error);
        pages.render(response, status, "password", lang, model);
    }
}
