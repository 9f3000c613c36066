package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.tandem.api.store.StoreException;

/**
 * Held while the schema is migrated, so that instances starting together migrate one after the
 * other and each script is applied once.
 * <p>
 * On PostgreSQL it is a session-level advisory lock ({@code pg_try_advisory_lock}) on a connection
 * of its own, outside the pool (so the scripts have the pool's connections, even a pool of one): it
 * spans the transactions of all scripts, and the database releases it when that connection ends,
 * so an instance killed while migrating never leaves it behind. Elsewhere (H2
 * embedded, which only one process can open) a lock within this JVM is enough.
 */
final class SchemaLock implements AutoCloseable {

    /** The advisory lock's key: "Tandem" in ASCII. Any other application on the database must not use it. */
    static final long KEY = 0x54616E64656DL;

    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final long POLL_MILLIS = 100;

    private final Connection holder;

    private SchemaLock(Connection holder) {
        this.holder = holder;
    }

    /**
     * Takes the lock, waiting up to {@code timeout} for another instance's migration to end.
     *
     * @param database the driver's DataSource (not the pool): the lock's connection is opened from it
     *
     * @throws StoreException when it is still held after {@code timeout}
     */
    static SchemaLock take(DataSource database, Duration timeout) {
        try {
            Connection c = database.getConnection();
            try {
                if (Dialect.of(c) == Dialect.POSTGRESQL) {
                    c.setAutoCommit(true); // each try is its own statement; the session keeps the lock
                    awaitAdvisoryLock(c, timeout);
                    return new SchemaLock(c);
                }
                c.close();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("lock the schema for its migration", e);
        }
        try {
            if (!IN_PROCESS.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw stillHeld(timeout, "another store in this process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to migrate the schema", e);
        }
        return new SchemaLock(null);
    }

    private static void awaitAdvisoryLock(Connection c, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            while (true) {
                boolean taken;
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    taken = rs.getBoolean(1);
                }
                if (taken) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw stillHeld(timeout, "another Tandem instance (PostgreSQL advisory lock " + KEY + ")");
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("Interrupted while waiting to migrate the schema", e);
                }
            }
        }
    }

    private static StoreException stillHeld(Duration timeout, String holder) {
        return new StoreException("Could not migrate the schema: " + holder + " has been migrating it for more than "
                + timeout.toSeconds() + " s. If no other instance is starting, look for the session holding the lock "
                + "(pg_locks, locktype advisory) and end it");
    }

    /** Releases the lock and closes its connection (which would release it anyway). */
    @Override
    public void close() {
        if (holder == null) {
            IN_PROCESS.unlock();
            return;
        }
        try (Connection c = holder; PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, KEY);
            s.executeQuery().close();
        } catch (SQLException e) {
            // the connection is broken or closed: its session ended, and the database released the lock with it
        }
    }
}
