package org.tandem.web.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.web.internal.TestWebConfig;

/** Sessions in signed cookies, on a user store kept in memory for the test. */
class SecurityTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-28T10:00:00Z").toEpochMilli());
    private final MemoryUsers users = new MemoryUsers();
    private final Security security = new Security(users, new TestWebConfig(60, 0), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    });

    @Test
    void aSessionNamesItsUserAndCarriesACsrfTokenOfItsOwn() {
        User kim = users.createUser("kim", Role.CONSULTANT, "hash-1", false);
        String first = security.newSession(kim);
        String second = security.newSession(kim);
        Security.Session session = security.session(first).orElseThrow();
        assertEquals(kim, session.user());
        assertNotEquals(session.csrf(), security.session(second).orElseThrow().csrf(), "a CSRF token per session");
    }

    @Test
    void aPlantedCookieOfTheSameNameDoesNotHideTheRealSession() {
        User kim = users.createUser("kim", Role.CONSULTANT, "hash-1", false);
        String real = security.newSession(kim);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCookies")) {
                        return new Cookie[] {new Cookie("other", "x"), new Cookie(Security.COOKIE, "planted|1|x|y"),
                            new Cookie(Security.COOKIE, real)};
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertEquals(kim, security.session(request).orElseThrow().user());
    }

    @Test
    void aTamperedExpiredOrOrphanedSessionIsNoSession() {
        User kim = users.createUser("kim", Role.CONSULTANT, "hash-1", false);
        User alex = users.createUser("alex", Role.ADMIN, "hash-2", false);
        String value = security.newSession(kim);
        String[] parts = value.split("\\|");
        assertEquals(Optional.empty(), security.session(alex.id() + "|" + parts[1] + "|" + parts[2] + "|" + parts[3]),
                "another user's id under kim's signature");
        assertEquals(Optional.empty(), security.session(parts[0] + "|" + (Long.parseLong(parts[1]) + 9999) + "|"
                + parts[2] + "|" + parts[3]), "a longer life under the same signature");
        assertEquals(Optional.empty(), security.session("garbage"));
        assertEquals(Optional.empty(), security.session((String) null));
        now.addAndGet(61 * 60_000);
        assertEquals(Optional.empty(), security.session(value), "expired after 60 minutes");
    }

    @Test
    void aNewPasswordEndsEarlierSessionsAndDeletingTheUserEndsThemAll() {
        User kim = users.createUser("kim", Role.CONSULTANT, "hash-1", false);
        String value = security.newSession(kim);
        users.setPassword(kim.id(), "hash-2", false);
        assertEquals(Optional.empty(), security.session(value));
        String fresh = security.newSession(kim);
        assertTrue(security.session(fresh).isPresent());
        users.deleteUser(kim.id());
        assertEquals(Optional.empty(), security.session(fresh));
    }

    @Test
    void csrfTokensOfRespondentsAndFormsDependOnTheirInput() {
        assertEquals(security.respondentCsrf("token-a"), security.respondentCsrf("token-a"));
        assertNotEquals(security.respondentCsrf("token-a"), security.respondentCsrf("token-b"));
        assertNotEquals(security.formCsrf("n1"), security.formCsrf("n2"));
        assertTrue(Security.same("abc", "abc"));
        assertTrue(!Security.same("abc", null) && !Security.same("abc", "abd"));
    }
}
