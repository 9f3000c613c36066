package org.tandem.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Copies every OSGi Log Service entry (SCR, FileInstall, bundle and framework events, our
 * bundles) into the Tandem log, named after the bundle that logged it.
 */
final class OsgiLogBridge implements LogListener {

    private final ServiceTracker<LogReaderService, LogReaderService> readers;

    OsgiLogBridge(BundleContext context) {
        this.readers = new ServiceTracker<>(context, LogReaderService.class, null) {
            @Override
            public LogReaderService addingService(ServiceReference<LogReaderService> reference) {
                LogReaderService reader = super.addingService(reference);
                reader.addLogListener(OsgiLogBridge.this);
                return reader;
            }

            @Override
            public void removedService(ServiceReference<LogReaderService> reference, LogReaderService reader) {
                reader.removeLogListener(OsgiLogBridge.this);
                super.removedService(reference, reader);
            }
        };
    }

    void open() {
        readers.open();
    }

    void close() {
        readers.close();
    }

    @Override
    public void logged(LogEntry entry) {
        Bundle bundle = entry.getBundle();
        String source = bundle == null || bundle.getSymbolicName() == null ? "osgi" : bundle.getSymbolicName();
        // service registrations are noise at the INFO level of bundle and framework events
        boolean serviceEvent = entry.getMessage() != null && entry.getMessage().startsWith("ServiceEvent ");
        Level level = serviceEvent ? Level.FINE : level(entry.getLogLevel().ordinal());
        Logger.getLogger(Logging.LOGGER + "." + source).log(level, entry.getMessage(), entry.getException());
    }

    /** Maps OSGi levels (1 error .. 4 debug; {@code LogLevel.ordinal()} 0 audit .. 5 trace) onto JUL. */
    static Level level(int osgiLevel) {
        return switch (osgiLevel) {
            case 0, 1 -> Level.SEVERE;
            case 2 -> Level.WARNING;
            case 3 -> Level.INFO;
            default -> Level.FINE;
        };
    }
}
