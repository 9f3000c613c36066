package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.tandem.api.store.StoreException;

/**
 * Which work runs beside which: on H2 one writer at a time while readers go on (see
 * {@link Transactions}), on PostgreSQL writers side by side.
 */
class TransactionsTest {

    @TempDir
    Path data;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HikariDataSource pool;
    private PGSimpleDataSource schema;

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        if (pool != null) {
            pool.close();
        }
        if (schema != null) {
            TestPostgres.drop(schema);
        }
    }

    @Test
    void onH2AWriterWaitsForTheOneBeforeWhileReadersGoOn() throws Exception {
        pool = ConnectionPool.open(H2AssessmentStoreTest.h2(data), 4);
        Transactions transactions = Transactions.on(pool);
        assertTrue(transactions.oneWriterAtATime());

        CountDownLatch firstIn = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = threads.submit(() -> transactions.run("first", c -> {
            firstIn.countDown();
            await(release);
            return one(c);
        }));
        assertTrue(firstIn.await(10, TimeUnit.SECONDS), "the first writer started");

        CountDownLatch secondIn = new CountDownLatch(1);
        Future<Integer> second = threads.submit(() -> transactions.run("second", c -> {
            secondIn.countDown();
            return one(c);
        }));
        assertFalse(secondIn.await(300, TimeUnit.MILLISECONDS), "the second writer waits for the first");
        // a reader is not held up by the writer
        assertEquals(1, threads.submit(() -> transactions.read("read", TransactionsTest::one)).get(10, TimeUnit.SECONDS));

        release.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertEquals(1, second.get(10, TimeUnit.SECONDS));
        assertEquals(0, secondIn.getCount());
    }

    @Test
    void onH2AWriterThatFailsLetsTheNextOneIn() throws Exception {
        pool = ConnectionPool.open(H2AssessmentStoreTest.h2(data), 2);
        Transactions transactions = Transactions.on(pool);
        assertThrows(StoreException.class, () -> transactions.run("fail", c -> {
            throw new StoreException("on purpose");
        }));
        assertThrows(StoreException.class, () -> transactions.run("fail in SQL", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT * FROM no_such_table");
            }
            return 0;
        }));
        assertEquals(1, threads.submit(() -> transactions.run("next", TransactionsTest::one)).get(10, TimeUnit.SECONDS));
    }

    @Test
    void onPostgresqlWritersRunSideBySide() throws Exception {
        TestPostgres.assumeAvailable();
        schema = TestPostgres.newSchema();
        pool = ConnectionPool.open(schema, 4);
        Transactions transactions = Transactions.on(pool);
        assertFalse(transactions.oneWriterAtATime());

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstIn = new CountDownLatch(1);
        Future<Integer> first = threads.submit(() -> transactions.run("first", c -> {
            firstIn.countDown();
            await(release);
            return one(c);
        }));
        assertTrue(firstIn.await(10, TimeUnit.SECONDS), "the first writer started");
        assertEquals(1, threads.submit(() -> transactions.run("second", TransactionsTest::one)).get(10, TimeUnit.SECONDS),
                "the second writer ran while the first was open");
        release.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
    }

    private static int one(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
