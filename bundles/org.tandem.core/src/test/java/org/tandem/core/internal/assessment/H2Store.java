package org.tandem.core.internal.assessment;

import java.lang.annotation.Annotation;
import java.util.Map;
import org.h2.util.OsgiDataSourceFactory;
import org.osgi.framework.BundleContext;
import org.osgi.service.jdbc.DataSourceFactory;
import org.tandem.store.jdbc.internal.JdbcAssessmentStore;
import org.tandem.store.jdbc.internal.StoreConfiguration;

/**
 * Opens the real JDBC store the way Declarative Services does: H2's own {@link DataSourceFactory},
 * the default configuration, and a framework whose {@code tandem.data} says where the database file is.
 */
public final class H2Store {

    private static final String H2_DRIVER = "org.h2.Driver";

    private H2Store() {
    }

    public static JdbcAssessmentStore open(BundleContext context) {
        Map<String, Object> factoryProperties = Map.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, H2_DRIVER);
        DataSourceFactory h2 = new OsgiDataSourceFactory(new org.h2.Driver());
        return new JdbcAssessmentStore(Map.entry(factoryProperties, h2), new DefaultConfiguration(), context);
    }

    /** The configuration when there is none: every attribute at its default. */
    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private static final class DefaultConfiguration implements StoreConfiguration {

        @Override
        public Class<? extends Annotation> annotationType() {
            return StoreConfiguration.class;
        }

        @Override
        public String url() {
            return "";
        }

        @Override
        public String user() {
            return "";
        }

        @Override
        public String _password() {
            return "";
        }

        @Override
        public String passwordFile() {
            return "";
        }

        @Override
        public int poolSize() {
            return 8;
        }

        @Override
        public String driver() {
            return H2_DRIVER;
        }

        @Override
        public String DataSourceFactory_target() {
            return "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + H2_DRIVER + ")";
        }
    }
}
