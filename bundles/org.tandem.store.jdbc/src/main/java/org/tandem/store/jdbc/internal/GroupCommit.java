package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes the commits of an embedded H2 database to its file in groups, and lets no commit return
 * before it is there.
 * <p>
 * H2 keeps a committed transaction in memory until its store writes a new chunk to the file; with
 * {@code WRITE_DELAY=0} it writes one for every commit, with every B-tree page the commit changed
 * from leaf to root, and concurrent commits wait for one another's chunk. Here a transaction commits
 * in memory, takes a place in line ({@link #committed()}), and then waits in {@link #written} until a
 * {@code CHECKPOINT} (H2 writes every change made so far to the file) has started after its commit.
 * Whoever comes first writes for all who committed before it; those arriving while it writes find
 * their commit written or write the next group. Under load one chunk carries many commits; alone, a
 * commit costs what it did with {@code WRITE_DELAY=0}.
 * <p>
 * The file is written, not synced, as with {@code WRITE_DELAY=0}: a commit survives the process being
 * killed, not a power cut (H2 does not sync per commit).
 */
final class GroupCommit {

    private final AtomicLong committed = new AtomicLong();
    private final ReentrantLock writer = new ReentrantLock();
    /** The place up to which every commit is in the file; guarded by {@link #writer}. */
    private long written;

    /** Call right after a transaction committed: its place in line, for {@link #written}. */
    long committed() {
        return committed.incrementAndGet();
    }

    /**
     * Returns once the commit at {@code place} is in the file, writing it (and every commit before it)
     * on {@code connection} unless another caller has.
     *
     * @throws SQLException when the database could not write its file; the commit is then not durable
     */
    void written(long place, Connection connection) throws SQLException {
        writer.lock();
        try {
            if (written >= place) {
                return;
            }
            // every place up to here was taken after its commit, and so before this write starts
            long upTo = committed.get();
            try (PreparedStatement checkpoint = connection.prepareStatement("CHECKPOINT")) {
                checkpoint.execute();
            }
            written = upTo;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Whether the database behind {@code connection} can be written in groups: H2, with a user that may
     * run {@code CHECKPOINT} (an administrator). On any other database, or without the right, each
     * commit is as durable as the database makes it on its own.
     */
    static boolean possible(Connection connection) throws SQLException {
        if (Dialect.of(connection) != Dialect.H2) {
            return false;
        }
        try (PreparedStatement checkpoint = connection.prepareStatement("CHECKPOINT")) {
            checkpoint.execute();
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ADMIN_RIGHTS_REQUIRED) {
                return false;
            }
            throw e;
        }
    }

    /** H2's error code for a statement that needs administrator rights. */
    private static final int ADMIN_RIGHTS_REQUIRED = 90040;
}
