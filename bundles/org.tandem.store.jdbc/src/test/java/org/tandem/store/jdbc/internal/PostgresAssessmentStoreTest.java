package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tandem.api.store.StoreException;

/**
 * The contract on PostgreSQL, each test in a schema of its own (see {@link TestPostgres}), and what
 * only a shared database needs: instances that start together migrate the schema once.
 */
class PostgresAssessmentStoreTest extends AssessmentStoreContract {

    private final List<PGSimpleDataSource> schemas = new ArrayList<>();

    @Override
    protected DataSource emptyDatabase() throws Exception {
        TestPostgres.assumeAvailable(); // each test is then reported as skipped, with the reason
        PGSimpleDataSource schema = TestPostgres.newSchema();
        schemas.add(schema);
        return schema;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (store != null) {
            store.close();
        }
        for (PGSimpleDataSource schema : schemas) {
            TestPostgres.drop(schema);
        }
    }

    @Test
    void instancesStartingTogetherMigrateTheSchemaOnce() throws Exception {
        DataSource empty = emptyDatabase();
        int instances = 6;
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        List<JdbcAssessmentStore> started = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JdbcAssessmentStore>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(threads.submit(() -> {
                    go.await();
                    return new JdbcAssessmentStore(empty, 2);
                }));
            }
            go.countDown();
            for (Future<JdbcAssessmentStore> start : starts) {
                started.add(start.get()); // fails the test with the instance's error
            }
        } finally {
            threads.shutdown();
            started.forEach(JdbcAssessmentStore::close);
        }
        try (Connection c = empty.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, COUNT(*) FROM tandem_schema_version GROUP BY version "
                        + "ORDER BY version")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertEquals(rows, rs.getInt(1));
                assertEquals(1, rs.getInt(2), "version " + rows + " applied once");
            }
            assertEquals(Migrations.SCRIPTS.size(), rows);
        }
    }

    @Test
    void aPoolOfOneConnectionMigratesWhileTheLockHasItsOwn() throws Exception {
        try (JdbcAssessmentStore one = new JdbcAssessmentStore(emptyDatabase(), 1, Duration.ofSeconds(30))) {
            assertEquals(List.of(), one.assessments());
        }
    }

    @Test
    void anInstanceWaitsForAnotherOnesMigrationAndSaysWhoHoldsItWhenThatTakesTooLong() throws Exception {
        DataSource empty = emptyDatabase();
        try (Connection holder = empty.getConnection();
                PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, SchemaLock.KEY);
            lock.executeQuery().close();

            StoreException e = assertThrows(StoreException.class,
                    () -> new JdbcAssessmentStore(empty, 2, Duration.ofMillis(500)));
            assertTrue(e.getMessage().startsWith("Could not migrate the schema: another Tandem instance"), e.getMessage());
            assertTrue(e.getMessage().contains("pg_locks"), e.getMessage());
        }
        // the holder's session ended, and with it the lock
        try (JdbcAssessmentStore store = new JdbcAssessmentStore(empty, 2, Duration.ofSeconds(30))) {
            assertEquals(List.of(), store.assessments());
        }
    }
}
