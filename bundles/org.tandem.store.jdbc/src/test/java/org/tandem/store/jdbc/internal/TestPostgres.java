package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of the tests: {@code TANDEM_TEST_POSTGRES_URL} (with {@code _USER} and
 * {@code _PASSWORD}), which {@code .ci/run} sets after starting Debian's PostgreSQL on 127.0.0.1.
 * Without it the PostgreSQL tests are skipped, and say why. Each test gets a schema of its own,
 * dropped afterwards, so tests never see each other's tables.
 */
final class TestPostgres {

    static final String URL = System.getenv("TANDEM_TEST_POSTGRES_URL");

    private TestPostgres() {
    }

    /** Skips the calling test unless a PostgreSQL database is configured. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "PostgreSQL tests need TANDEM_TEST_POSTGRES_URL (and _USER, _PASSWORD); .ci/run sets them");
    }

    /** A new, empty schema; a DataSource whose connections work in it. */
    static PGSimpleDataSource newSchema() throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        PGSimpleDataSource admin = dataSource(null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return dataSource(schema);
    }

    /** Drops the schema of {@code database} with everything in it. */
    static void drop(PGSimpleDataSource database) throws SQLException {
        try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + database.getCurrentSchema() + " CASCADE");
        }
    }

    private static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        String user = System.getenv("TANDEM_TEST_POSTGRES_USER");
        if (user != null) {
            ds.setUser(user);
        }
        String password = System.getenv("TANDEM_TEST_POSTGRES_PASSWORD");
        if (password != null) {
            ds.setPassword(password);
        }
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }
}
