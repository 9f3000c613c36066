package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tandem.api.store.StoreException;

/**
 * Runs work in one transaction on one connection: committed when the work returns, rolled back when
 * it throws. So every store operation is all or nothing, and a {@link StoreException} the work
 * throws on purpose (a conflict, an unknown id) leaves nothing written either.
 * <p>
 * A commit is durable when it returns: the embedded H2 database writes it to its file before
 * (with {@code WRITE_DELAY=0}, see {@link EmbeddedDatabase}), PostgreSQL makes it as durable as it is
 * configured to. {@link #run} (work that may write) and {@link #read} (work that only reads) differ
 * only in what they say of the work.
 */
final class Transactions {

    /** Work against an open connection, inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work}, which may write, in a transaction, and returns once its commit is durable.
     *
     * @param operation what is done, for the error message: "save the response of respondent 42"
     */
    <T> T run(String operation, Work<T> work) {
        return inTransaction(operation, work);
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
