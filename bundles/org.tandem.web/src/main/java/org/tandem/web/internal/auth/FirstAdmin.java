package org.tandem.web.internal.auth;

import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.condition.Condition;
import org.osgi.service.log.LoggerFactory;
import org.tandem.api.store.ConflictException;
import org.tandem.api.user.Role;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Services;
import org.tandem.web.internal.WebConfig;
import org.tandem.web.internal.http.PagesWarmUp;

/**
 * On a first start (no administrator yet) creates the user {@code admin} with a one-time password,
 * printed on the console and written to the log; the first sign-in must choose a new one. Runs once
 * Tandem is ready (the launcher's condition {@code tandem.ready}), so the start waits neither for
 * the store nor for the password's hash; the line comes just after the ready line. Not in a one-shot
 * job: nobody signs in there, and the condition is never registered.
 */
@Component(immediate = true, service = FirstAdmin.class, configurationPid = WebConfig.PID)
public class FirstAdmin {

    public static final String NAME = "admin";

    private final UserStore users;
    private final Logger log;
    private final BundleContext context;
    private final WebConfig config;
    private final AtomicBoolean started = new AtomicBoolean();

    @Activate
    public FirstAdmin(@Reference Services services, @Reference(service = LoggerFactory.class) Logger log,
            BundleContext context, WebConfig config) {
        // the store through its stand-in: opened when the check below first needs it
        this.users = services.of(UserStore.class);
        this.log = log;
        this.context = context;
        this.config = config;
    }

    /** Tandem is ready: the store's check and the password hash (PBKDF2, a few hundred ms) on a thread of their own. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = PagesWarmUp.READY_TARGET)
    void ready(Condition ready) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread first = new Thread(() -> {
            try {
                if (users.users().stream().noneMatch(u -> u.role() == Role.ADMIN)) {
                    create(users, log, context, config);
                }
            } catch (RuntimeException e) {
                // Tandem stopped meanwhile (the store closed under it): the next start creates the administrator
                if (active(context)) {
                    log.error("The first administrator could not be created: {}", e.toString());
                }
            }
        }, "tandem-first-admin");
        first.setDaemon(true);
        first.start();
    }

    void unready(Condition ready) {
        // an administrator once created stays
    }

    private static boolean active(BundleContext context) {
        try {
            return context.getBundle().getState() == Bundle.ACTIVE;
        } catch (IllegalStateException e) {
            return false; // the bundle has stopped
        }
    }

    private static void create(UserStore users, Logger log, BundleContext context, WebConfig config) {
        String password = Passwords.oneTime();
        try {
            users.createUser(NAME, Role.ADMIN, Passwords.hash(password), true);
        } catch (ConflictException e) {
            return; // another instance on the same database created it a moment ago
        }
        // behind a proxy (several instances) the public address, not this instance's
        String publicUrl = config.publicUrl() == null ? "" : config.publicUrl().strip().replaceAll("/+$", "");
        String url = (publicUrl.isEmpty() ? "http://" + context.getProperty("tandem.http.host") + ":"
                + context.getProperty("tandem.http.port") : publicUrl) + "/login";
        String message = "First start: sign in at " + url + " as '" + NAME + "' with the one-time password "
                + password + " and choose your own";
        System.out.println("Tandem: " + message);
        System.out.flush();
        log.warn(message);
    }
}
