package org.tandem.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/** The framework properties of a Tandem runtime, derived from its {@link Settings}. */
final class FrameworkProperties {

    /**
     * Bundles up to this level start before the files of etc/ are applied (the runtime: log,
     * ConfigAdmin, SCR, FileInstall, libraries); those above start once they are.
     */
    static final int CONFIGURED_START_LEVEL = 4;

    /** The start level of bundles from deploy/: above every feature bundle. */
    static final int DEPLOY_START_LEVEL = 10;

    /**
     * Packages the launcher shares with the bundles: the log bridge reads the OSGi log and the
     * launcher applies feature configurations, so both sides must see the same classes.
     */
    static final String SHARED_PACKAGES = "org.osgi.service.log;version=\"1.5.0\","
            + "org.osgi.service.log.admin;version=\"1.0.0\";uses:=\"org.osgi.service.log\","
            + "org.osgi.service.cm;version=\"1.6.1\";uses:=\"org.osgi.framework\"";

    private FrameworkProperties() {
    }

    static Map<String, Object> of(Settings settings, Path storage, String version) {
        Map<String, Object> p = new HashMap<>(settings.framework());
        p.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        p.put("felix.startlevel.bundle", String.valueOf(DEPLOY_START_LEVEL));
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SHARED_PACKAGES);
        p.put("felix.log.logger", new FrameworkLogger());
        p.put("felix.log.level", "2");
        p.put("ds.loglevel", "warn");
        // SCR keeps the components it read from the bundles' XML in its bundle data, so a warm start reads none
        p.put("ds.cache.metadata", "true");
        // FileInstall's default watcher is etc/ (configurations); deploy/ is a feature configuration
        p.put("felix.fileinstall.dir", settings.etc().toString());
        p.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        p.put("felix.fileinstall.poll", String.valueOf(settings.poll()));
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.log.default", "jul");
        // etc/ belongs to the administrator: FileInstall must never write configuration back into it
        p.put("felix.fileinstall.enableConfigSave", "false");
        // the optional Web Console only ever runs behind Tandem's sign-in: without that provider it stays off,
        // and its built-in admin/admin is never used
        p.put("felix.webconsole.security.providers", "tandem");
        p.put("tandem.version", version);
        p.put("tandem.home", settings.home().toString());
        p.put("tandem.data", settings.data().toString());
        p.put("tandem.deploy", settings.deploy().toString());
        p.put("tandem.etc", settings.etc().toString());
        p.put("tandem.logs", settings.logs().toString());
        p.put("tandem.http.host", settings.host());
        p.put("tandem.http.port", String.valueOf(settings.port()));
        p.put("tandem.deploy.poll", String.valueOf(settings.poll()));
        p.put("org.osgi.service.http.port", String.valueOf(settings.port()));
        p.put("org.apache.felix.http.host", settings.host());
        // Jetty's settings as framework properties, not a configuration: Felix HTTP starts Jetty once, in its
        // activator, with these; a configuration (PID org.apache.felix.http) arrives later, from ConfigAdmin's
        // thread, and restarts Jetty, which could then happen after the ready line
        p.putIfAbsent("org.apache.felix.http.jetty.sendServerHeader", "false");
        p.putIfAbsent("org.apache.felix.http.jetty.maxFormSize", "1048576");
        p.putIfAbsent("org.apache.felix.http.session.timeout", "1");
        return p;
    }

    /** The variables a feature configuration may use as {@code ${name}}. */
    static Map<String, String> variables(Map<String, Object> properties) {
        Map<String, String> vars = new HashMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith("tandem.") && v instanceof String s) {
                vars.put(k, s);
            }
        });
        return vars;
    }
}
