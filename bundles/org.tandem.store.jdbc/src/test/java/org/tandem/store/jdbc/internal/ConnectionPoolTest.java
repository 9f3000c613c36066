package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;
import org.tandem.api.store.StoreException;

class ConnectionPoolTest {

    @Test
    void withoutAUrlTheDatabaseIsEmbeddedUnderTheDataDirectory() {
        String url = ConnectionPool.url(config("", "org.h2.Driver"), "/srv/tandem/data");
        assertEquals("jdbc:h2:file:" + Path.of("/srv/tandem/data/store/tandem").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;CACHE_SIZE=4096", url);
    }

    @Test
    void aConfiguredUrlIsUsedAsItIs() {
        assertEquals("jdbc:postgresql://db/tandem",
                ConnectionPool.url(config(" jdbc:postgresql://db/tandem ", "org.postgresql.Driver"), null));
    }

    @Test
    void withoutUrlNorDataDirectoryTheMessageSaysWhatToSet() {
        StoreException e = assertThrows(StoreException.class, () -> ConnectionPool.url(config("", "x"), null));
        assertTrue(e.getMessage().contains("tandem.data"), e.getMessage());
    }

    @Test
    void aFactoryOfAnotherDriverIsRefusedWithTheTargetToSet() {
        StoreException e = assertThrows(StoreException.class, () -> ConnectionPool.driverDataSource(null,
                Map.of("osgi.jdbc.driver.class", "org.h2.Driver"), config("", "org.postgresql.Driver"), "/data", null, Map.of()));
        assertTrue(e.getMessage().contains("DataSourceFactory.target"), e.getMessage());
        assertTrue(e.getMessage().contains("(osgi.jdbc.driver.class=org.postgresql.Driver)"), e.getMessage());
    }

    @Test
    void theFactoryGetsUrlUserAndPasswordOnlyWhenSet() {
        List<Properties> calls = new ArrayList<>();
        DataSourceFactory factory = recording(calls);
        Map<String, Object> h2 = Map.of(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS, "org.h2.Driver");

        ConnectionPool.driverDataSource(factory, h2, config("", "org.h2.Driver"), "/data", null, Map.of());
        ConnectionPool.driverDataSource(factory, h2, config("jdbc:h2:mem:x", "org.h2.Driver", "sa", "secret"), null,
                null, Map.of(ConnectionPool.PASSWORD_VARIABLE, "not this one"));

        assertEquals(Set.of(DataSourceFactory.JDBC_URL), calls.get(0).stringPropertyNames());
        assertEquals("jdbc:h2:mem:x", calls.get(1).getProperty(DataSourceFactory.JDBC_URL));
        assertEquals("sa", calls.get(1).getProperty(DataSourceFactory.JDBC_USER));
        assertEquals("secret", calls.get(1).getProperty(DataSourceFactory.JDBC_PASSWORD));
    }

    @Test
    void thePasswordComesFromTheConfigurationElseItsFileElseTheEnvironment(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve("db.password"), "from the file\nsecond line\n");
        Map<String, String> env = Map.of(ConnectionPool.PASSWORD_VARIABLE, "from the environment");

        assertEquals("set", ConnectionPool.password(config("u", "d", "", "set", "db.password"), home.toString(), env));
        assertEquals("from the file",
                ConnectionPool.password(config("u", "d", "", "", "db.password"), home.toString(), env));
        assertEquals("from the file", ConnectionPool.password(
                config("u", "d", "", "", home.resolve("db.password").toString()), null, env), "an absolute path");
        assertEquals("from the environment", ConnectionPool.password(config("u", "d"), home.toString(), env));
        assertEquals("", ConnectionPool.password(config("u", "d"), home.toString(), Map.of()));
    }

    @Test
    void anUnreadablePasswordFileIsNamed(@TempDir Path home) {
        StoreException e = assertThrows(StoreException.class, () -> ConnectionPool.password(
                config("u", "d", "", "", "etc/missing.password"), home.toString(), Map.of()));
        assertTrue(e.getMessage().contains(home.resolve("etc/missing.password").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("passwordFile"), e.getMessage());
    }

    private static DataSourceFactory recording(List<Properties> calls) {
        return new DataSourceFactory() {
            @Override
            public DataSource createDataSource(Properties props) {
                calls.add(props);
                return new JdbcDataSource();
            }

            @Override
            public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props) {
                throw new UnsupportedOperationException();
            }

            @Override
            public XADataSource createXADataSource(Properties props) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Driver createDriver(Properties props) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static StoreConfiguration config(String url, String driver) {
        return config(url, driver, "", "");
    }

    static StoreConfiguration config(String url, String driver, String user, String password) {
        return config(url, driver, user, password, "");
    }

    static StoreConfiguration config(String url, String driver, String user, String password, String passwordFile) {
        return new StoreConfiguration() {
            @Override
            public String passwordFile() {
                return passwordFile;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return StoreConfiguration.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String _password() {
                return password;
            }

            @Override
            public int poolSize() {
                return 8;
            }

            @Override
            public String driver() {
                return driver;
            }

            @Override
            public String DataSourceFactory_target() {
                return "(osgi.jdbc.driver.class=" + driver + ")";
            }
        };
    }
}
