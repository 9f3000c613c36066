package org.tandem.web.internal.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tandem.api.user.Sessions;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.WebConfig;

/**
 * Who is asking: a signed-in user from the session cookie, or an API client from its bearer token.
 * <p>
 * Sessions live in the cookie, signed with HMAC-SHA256 under a secret kept in the database, so any
 * instance on that database accepts them and nothing is stored per session. A session names the
 * user, its expiry, a random nonce and a fingerprint of the user's password hash: changing the
 * password ends every session. CSRF tokens are derived from the session nonce (or, for respondents,
 * from the invitation token), so they need no storage either.
 */
@Component(service = {Security.class, Sessions.class}, configurationPid = WebConfig.PID)
@Designate(ocd = WebConfig.class)
public class Security implements Sessions {

    public static final String COOKIE = "tandem_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore users;
    /** The signing key, read from the store when first needed (not while Tandem starts). */
    private volatile byte[] key;
    private final Clock clock;
    private volatile WebConfig config;

    /**
     * The store is reached through its stand-in ({@link Services}): the security filter is made
     * while Jetty starts, and a reference to the store itself would open the database then, on the
     * start's longest path, instead of after the ready line.
     */
    @Activate
    public Security(@Reference Services services, WebConfig config) {
        this(services.of(UserStore.class), config, Clock.systemUTC());
    }

    Security(UserStore users, WebConfig config, Clock clock) {
        this.users = users;
        this.config = config;
        this.clock = clock;
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            // the store makes it once and hands every caller (and instance) the same
            k = users.secret("web-session-key", 32);
            key = k;
        }
        return k;
    }

    @Modified
    void modified(WebConfig config) {
        this.config = config;
    }

    public WebConfig config() {
        return config;
    }

    /** A signed session for {@code user}, as a cookie value. */
    public String newSession(User user) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        long expires = clock.millis() / 1000 + config.sessionMinutes() * 60L;
        String body = user.id() + "|" + expires + "|" + b64(nonce);
        return body + "|" + sign("session|" + body + "|" + fingerprint(user.id()));
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when configured. */
    public void signIn(HttpServletResponse response, User user) {
        response.addHeader("Set-Cookie", cookie(newSession(user), config.sessionMinutes() * 60L));
    }

    public void signOut(HttpServletResponse response) {
        response.addHeader("Set-Cookie", cookie("", 0));
    }

    private String cookie(String value, long maxAge) {
        return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (config.secureCookies() ? "; Secure" : "");
    }

    /** The session of the request, when its cookie is there, untampered, unexpired and its user still exists. */
    public Optional<Session> session(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            // a second cookie of this name (one planted for a parent domain or path) must not hide the real one
            if (COOKIE.equals(c.getName())) {
                Optional<Session> session = session(c.getValue());
                if (session.isPresent()) {
                    return session;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String cookieName() {
        return COOKIE;
    }

    @Override
    public Optional<User> user(String cookieValue) {
        return session(cookieValue).map(Session::user);
    }

    Optional<Session> session(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\|");
        if (parts.length != 4) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expires < clock.millis() / 1000) {
            return Optional.empty();
        }
        String body = parts[0] + "|" + parts[1] + "|" + parts[2];
        String expected = sign("session|" + body + "|" + fingerprint(parts[0]));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return users.user(parts[0]).map(u -> new Session(u, sign("csrf|" + parts[2])));
    }

    /** The user of an API request's {@code Authorization: Bearer <token>}. */
    public Optional<User> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : users.userByToken(Passwords.tokenHash(token));
    }

    /** The CSRF token of a respondent's forms: derived from their invitation token. */
    public String respondentCsrf(String invitationToken) {
        return sign("csrf-r|" + invitationToken);
    }

    /** The CSRF token of forms before sign-in (the login form): derived from a random per-form nonce. */
    public String formCsrf(String nonce) {
        return sign("csrf-f|" + nonce);
    }

    /** True when {@code given} equals {@code expected}, in constant time. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** A fingerprint of the user's password hash: a new password invalidates older sessions. */
    private String fingerprint(String userId) {
        return users.passwordHash(userId).map(h -> sign("password|" + h).substring(0, 16)).orElse("-");
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return b64(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A signed-in user and the CSRF token of their forms. */
    public record Session(User user, String csrf) {
    }
}
