package org.tandem.core.internal.scoring;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** The activator of a test bundle whose start fails: it is copied into that bundle, not used from here. */
public final class ThrowingActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException("the licence file is missing");
    }

    @Override
    public void stop(BundleContext context) {
        // never started
    }
}
