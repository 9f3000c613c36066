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
 * Work that may write ({@link #run}) returns only once its commit is durable: on an embedded H2
 * database once it is in the file ({@link GroupCommit}), elsewhere once the database's commit
 * returned. Work that only reads ({@link #read}) does not wait for the file.
 */
final class Transactions {

    /** Work against an open connection, inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    /** How commits reach the file, known at the first write: a {@link GroupCommit}, or {@link #ON_ITS_OWN}. */
    private volatile Object durability;
    private static final Object ON_ITS_OWN = new Object();

    Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work}, which may write, in a transaction, and returns once its commit is durable.
     *
     * @param operation what is done, for the error message: "save the response of respondent 42"
     */
    <T> T run(String operation, Work<T> work) {
        return run(operation, work, true);
    }

    /**
     * Runs {@code work}, which only reads, in a transaction. Work that writes must use {@link #run}:
     * here its commit could still be lost with the process.
     */
    <T> T read(String operation, Work<T> work) {
        return run(operation, work, false);
    }

    private <T> T run(String operation, Work<T> work, boolean writes) {
        try {
            return attempt(operation, work, writes);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && SqlErrors.worthAFreshConnection(sql)) {
                // nothing was written on a closed or read-only database: once more on a fresh connection,
                // which opens the file again, read-write if it can be written now
                return attempt(operation, work, writes);
            }
            throw e;
        }
    }

    private <T> T attempt(String operation, Work<T> work, boolean writes) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                if (writes && durability(connection) instanceof GroupCommit group) {
                    group.written(group.committed(), connection);
                }
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

    private Object durability(Connection connection) throws SQLException {
        Object known = durability;
        if (known == null) {
            synchronized (this) {
                known = durability;
                if (known == null) {
                    known = GroupCommit.possible(connection) ? new GroupCommit() : ON_ITS_OWN;
                    durability = known;
                }
            }
        }
        return known;
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
