package org.tandem.webconsole.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.user.Role;
import org.tandem.api.user.Sessions;
import org.tandem.api.user.User;

/**
 * The Web Console's sign-in is Tandem's: a signed-in administrator (who has chosen a password) is
 * let in; anyone else is sent to /login. The console's own user name and password are not used.
 */
@Component(property = SecurityProvider.PROPERTY_ID + "=tandem", configurationPolicy = ConfigurationPolicy.IGNORE)
public class TandemSecurityProvider implements SecurityProvider {

    private final Sessions sessions;

    @Activate
    public TandemSecurityProvider(@Reference Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Object authenticate(HttpServletRequest request, HttpServletResponse response) {
        Optional<User> user = user(request);
        if (user.isPresent() && user.get().role() == Role.ADMIN && !user.get().mustChangePassword()) {
            return user.get();
        }
        response.setStatus(303);
        response.setHeader("Location", "/login");
        return null;
    }

    @Override
    public boolean authorize(Object user, String role) {
        return user instanceof User u && u.role() == Role.ADMIN;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(303);
        response.setHeader("Location", "/login");
    }

    private Optional<User> user(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(sessions.cookieName())) {
                    return sessions.user(c.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
