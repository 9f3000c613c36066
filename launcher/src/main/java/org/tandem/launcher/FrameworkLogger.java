package org.tandem.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's own messages (resolver, bundle start errors) into the Tandem log. */
final class FrameworkLogger extends org.apache.felix.framework.Logger {

    private final Logger log = Logger.getLogger(Logging.LOGGER + ".framework");

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String source = bundle != null ? bundle.getSymbolicName() + " (" + bundle.getBundleId() + "): " : "";
        log.log(OsgiLogBridge.level(level), source + msg, throwable);
    }

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        log.log(OsgiLogBridge.level(level), msg, throwable);
    }

}
