package org.tandem.launcher;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Gives the configurations of the chosen features to ConfigurationAdmin. A configuration that a
 * file in {@code etc/} owns (FileInstall marks it with {@code felix.fileinstall.filename}) is
 * left alone: the administrator's file wins over the feature's default.
 */
final class FeatureConfigurations {

    static final String FILE_OWNER = "felix.fileinstall.filename";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private FeatureConfigurations() {
    }

    /** Applies every feature's configurations; returns how many were created or changed. */
    static int apply(BundleContext context, Iterable<Feature> features, Map<String, String> variables)
            throws LaunchException {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        int changed = 0;
        for (Feature feature : features) {
            if (feature.configurations().isEmpty()) {
                continue;
            }
            if (ref == null) {
                throw new LaunchException(LaunchException.FAILED, "feature " + feature.name() + " has configurations,"
                        + " but no ConfigurationAdmin runs at start level 1 (add org.apache.felix.configadmin)");
            }
            ConfigurationAdmin admin = context.getService(ref);
            try {
                for (var entry : feature.configurations().entrySet()) {
                    Dictionary<String, Object> wanted = substitute(feature, entry.getKey(), entry.getValue(), variables);
                    changed += apply(admin, entry.getKey(), wanted) ? 1 : 0;
                }
            } catch (IOException e) {
                throw new LaunchException(LaunchException.FAILED,
                        "cannot store the configurations of feature " + feature.name() + ": " + e.getMessage(), e);
            } finally {
                context.ungetService(ref);
            }
        }
        return changed;
    }

    private static boolean apply(ConfigurationAdmin admin, String pid, Dictionary<String, Object> wanted)
            throws IOException {
        int tilde = pid.indexOf('~');
        Configuration config = tilde < 0 ? admin.getConfiguration(pid, "?")
                : admin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), "?");
        Dictionary<String, Object> current = config.getProperties();
        if (current != null && (current.get(FILE_OWNER) != null || sameValues(current, wanted))) {
            return false;
        }
        config.update(wanted);
        return true;
    }

    private static boolean sameValues(Dictionary<String, Object> current, Dictionary<String, Object> wanted) {
        for (var keys = wanted.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            if (!Objects.equals(String.valueOf(current.get(key)), String.valueOf(wanted.get(key)))) {
                return false;
            }
        }
        return true;
    }

    private static Dictionary<String, Object> substitute(Feature feature, String pid, Map<String, Object> values,
            Map<String, String> variables) throws LaunchException {
        Dictionary<String, Object> result = new Hashtable<>();
        for (var entry : values.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof String s) {
                Matcher m = VARIABLE.matcher(s);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    String replacement = variables.get(m.group(1));
                    if (replacement == null) {
                        throw new LaunchException(LaunchException.USAGE, feature.source() + ": $.configurations['"
                                + pid + "']['" + entry.getKey() + "']: unknown variable ${" + m.group(1)
                                + "} (known: " + String.join(", ", variables.keySet().stream().sorted().toList()) + ")");
                    }
                    m.appendReplacement(out, Matcher.quoteReplacement(replacement));
                }
                m.appendTail(out);
                value = out.toString();
            }
            result.put(entry.getKey(), value);
        }
        return result;
    }
}
