package org.tandem.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.osgi.service.jdbc.DataSourceFactory;
import org.tandem.api.store.StoreException;

/**
 * Opens the database: a driver {@link DataSource} from the OSGi {@link DataSourceFactory}, pooled by
 * HikariCP. The pool is built on the factory's DataSource rather than on a driver class name, so
 * HikariCP never loads driver classes itself, which it could not in OSGi.
 */
final class ConnectionPool {

    /** The environment variable with the database password, when neither .password nor passwordFile is set. */
    static final String PASSWORD_VARIABLE = "TANDEM_STORE_PASSWORD";

    private ConnectionPool() {
    }

    /** The driver's DataSource for the configured database. */
    static DataSource driverDataSource(DataSourceFactory factory, Map<String, ?> factoryProperties,
            StoreConfiguration config, String dataDirectory, String home, Map<String, String> environment) {
        Object driver = factoryProperties.get(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
        if (!config.driver().equals(driver)) {
            throw new StoreException("The store is configured for the driver " + config.driver() + " but bound to the "
                    + "DataSourceFactory of " + driver + "; set DataSourceFactory.target in the configuration "
                    + StoreConfiguration.PID + " to (" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + config.driver()
                    + ")");
        }
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url(config, dataDirectory));
        putIfSet(properties, DataSourceFactory.JDBC_USER, config.user());
        putIfSet(properties, DataSourceFactory.JDBC_PASSWORD, password(config, home, environment));
        try {
            return factory.createDataSource(properties);
        } catch (SQLException e) {
            throw SqlErrors.translate("set up the " + driver + " data source", e);
        }
    }

    /**
     * The password: {@code .password}, else the first line of {@code passwordFile} (relative to
     * {@code home}), else the environment variable {@value #PASSWORD_VARIABLE}, else empty.
     *
     * @throws StoreException naming the file when it is set but cannot be read
     */
    static String password(StoreConfiguration config, String home, Map<String, String> environment) {
        if (!config._password().isEmpty()) {
            return config._password();
        }
        if (!config.passwordFile().isBlank()) {
            Path file = Path.of(config.passwordFile().strip());
            if (!file.isAbsolute() && home != null) {
                file = Path.of(home).resolve(file);
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = in.readLine();
                return line == null ? "" : line.strip();
            } catch (IOException e) {
                throw new StoreException("Could not read the database password from " + file + " (passwordFile in the "
                        + "configuration " + StoreConfiguration.PID + "): " + e);
            }
        }
        return environment.getOrDefault(PASSWORD_VARIABLE, "");
    }

    /** The configured URL, or the embedded database's under {@code dataDirectory}. */
    static String url(StoreConfiguration config, String dataDirectory) {
        if (!config.url().isBlank()) {
            return config.url().strip();
        }
        if (dataDirectory == null || dataDirectory.isBlank()) {
            throw new StoreException("No database is configured: set the framework property tandem.data, or url in "
                    + "the configuration " + StoreConfiguration.PID);
        }
        return EmbeddedDatabase.url(Path.of(dataDirectory));
    }

    /**
     * A pool of at most {@code size} connections to {@code database}, with one opened at once so that
     * a database that cannot be opened fails here, not on the first call.
     */
    static HikariDataSource open(DataSource database, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, not " + size);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(StoreConfiguration.PID);
        config.setDataSource(database);
        config.setMaximumPoolSize(size);
        // every operation commits or rolls back explicitly
        config.setAutoCommit(false);
        try {
            return new HikariDataSource(config);
        } catch (PoolInitializationException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw SqlErrors.translate("open the database", sql);
            }
            throw new StoreException("Could not open the database: " + e.getMessage(), e);
        }
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null && !value.isEmpty()) {
            properties.setProperty(key, value);
        }
    }
}
