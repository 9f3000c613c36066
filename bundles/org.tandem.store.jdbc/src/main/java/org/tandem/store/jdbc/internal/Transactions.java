package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.tandem.api.store.StoreException;

/**
 * Runs work in one transaction on one connection: committed when the work returns, rolled back when
 * it throws. So every store operation is all or nothing, and a {@link StoreException} the work
 * throws on purpose (a conflict, an unknown id) leaves nothing written either.
 * <p>
 * A commit is durable when it returns: the embedded H2 database writes it to its file before
 * (with {@code WRITE_DELAY=0}, see {@link EmbeddedDatabase}), PostgreSQL makes it as durable as it is
 * configured to.
 * <p>
 * On H2, work that may write ({@link #run}) runs one at a time; work that only reads ({@link #read})
 * runs beside it. H2 writes a commit by saving its maps (the tables, each index, each transaction's
 * undo log) one after the other, while other transactions go on changing them; a map saved after
 * another transaction changed it, with that transaction's undo log saved before the change, leaves
 * a change in the file that recovery can neither undo nor complete. After a kill during a submit
 * that was a row found through the assessment's index but not by its primary key (H2 2.3.232 updates
 * a row by removing it from every index and adding it again). With one writer at a time, H2 saves
 * at each commit only what committed transactions changed. PostgreSQL writes concurrently as ever.
 */
final class Transactions {

    /** Work against an open connection, inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    /** Held by work that may write, when writers run one at a time; null when they run concurrently. */
    private final ReentrantLock writer;

    /**
     * @param oneWriterAtATime whether work that may write runs one at a time (H2, see above)
     */
    Transactions(DataSource dataSource, boolean oneWriterAtATime) {
        this.dataSource = dataSource;
        this.writer = oneWriterAtATime ? new ReentrantLock() : null;
    }

    /** Transactions on {@code dataSource}, with one writer at a time if its database is H2. */
    static Transactions on(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return new Transactions(dataSource, Dialect.of(c) == Dialect.H2);
        } catch (SQLException e) {
            throw SqlErrors.translate("open the database", e);
        }
    }

    /** Whether work that may write runs one at a time. */
    boolean oneWriterAtATime() {
        return writer != null;
    }

    /**
     * Runs {@code work}, which may write, in a transaction, and returns once its commit is durable.
     *
     * @param operation what is done, for the error message: "save the response of respondent 42"
     */
    <T> T run(String operation, Work<T> work) {
        if (writer == null) {
            return inTransaction(operation, work);
        }
        // taken before a pooled connection, so writers waiting for their turn leave the pool to readers
        writer.lock();
        try {
            return inTransaction(operation, work);
        } finally {
            writer.unlock();
        }
    }

    /** Runs {@code work}, which only reads, in a transaction. */
    <T> T read(String operation, Work<T> work) {
        return inTransaction(operation, work);
    }

    private <T> T inTransaction(String operation, Work<T> work) {
        try {
            return attempt(operation, work);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && SqlErrors.worthAFreshConnection(sql)) {
                // nothing was written on a closed or read-only database: once more on a fresh connection,
                // which opens the file again, read-write if it can be written now
                return attempt(operation, work);
            }
            throw e;
        }
    }

    private <T> T attempt(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                if (e instanceof SQLException sql && "90097".equals(sql.getSQLState())) {
                    shutdown(connection, sql);
                }
                throw e;
            }
        } catch (SQLException e) {
            if (SqlErrors.cannotWrite(e)) {
                // the database closed itself: drop the pooled connections, so the next call opens it again
                if (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool
                        && pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
            throw SqlErrors.translate(operation, e);
        }
    }

    /**
     * H2 opened its file read-only (it could not write it) and would stay so while any pooled
     * connection holds it open, even after write access returns: shut the database down, so the
     * next connection opens the file anew — read-write again once it can be written.
     */
    private static void shutdown(Connection connection, SQLException failure) {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is broken; the database discards the open transaction with it
            failure.addSuppressed(e);
        }
    }
}
