package org.tandem.store.jdbc.internal;

import java.sql.SQLException;
import java.util.Set;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StoreException;

/**
 * Turns a {@link SQLException} into a {@link StoreException} whose message says what failed and why
 * in plain words. The reason is chosen from the standard SQLSTATE class, so it reads the same on H2
 * and PostgreSQL; the driver's own first line follows in brackets for whoever has to dig further.
 */
final class SqlErrors {

    /** H2's SQLSTATE for "Database may be already in use" (the file is locked by another process). */
    private static final String H2_DATABASE_IN_USE = "90020";
    /** H2's SQLSTATE for a lock timeout. */
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    /**
     * H2's SQLSTATEs when it cannot write its file: an I/O error (90028, 90031), read-only (90097), no disk space
     * (90100), and the database it closed itself after such a write failed (90098, 90121). H2 closes the whole
     * database then, so the connections that saw it are dropped and the next one opens the file again.
     */
    private static final java.util.Set<String> H2_CANNOT_WRITE = java.util.Set.of("90028", "90031", "90097", "90098",
            "90100", "90121");

    /** The standard SQLSTATE of a unique key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /**
     * The failure in words; a {@link ConflictException} when the change collided with a stored row
     * (a unique key another writer took first, e.g. on another instance), which retrying will not mend.
     */
    static StoreException translate(String operation, SQLException e) {
        String message = "Could not " + operation + ": " + reason(e) + " [" + firstLine(e) + "]";
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            ConflictException conflict = new ConflictException(message);
            conflict.initCause(e);
            return conflict;
        }
        return new StoreException(message, e);
    }

    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (cannotWrite(e)) {
            return "the store cannot write to its files: the disk is full or the data directory is read-only; "
                    + "nothing of this request was stored, what was stored before is kept, and saving works again "
                    + "once there is space and write access";
        }
        if (state.equals(H2_DATABASE_IN_USE)) {
            return "the database is in use by another process; stop the other Tandem instance "
                    + "(or the tool holding the file) and start again";
        }
        if (state.equals(H2_LOCK_TIMEOUT) || state.equals("55P03") || state.startsWith("40")) {
            return "another writer held the same data too long or at the same time; try again";
        }
        if (state.startsWith("08")) {
            return "the database cannot be reached; check that it is running and the URL, user and password";
        }
        if (state.equals("22001")) {
            return "a value is longer than the database allows";
        }
        if (state.startsWith("23")) {
            return "it conflicts with what is stored (a constraint was violated)";
        }
        if (state.equals("25006")) {
            return "the database is read-only";
        }
        if (state.startsWith("53")) {
            return "the database has run out of resources (disk, memory or connections)";
        }
        if (state.startsWith("28")) {
            return "the database refused the user or password";
        }
        return "the database reported an error";
    }

    /**
     * True when the work failed on a database that was closed or read-only when it ran, so nothing of it
     * was written: the connection's database closed itself after a failed write (90098, 90121), or H2
     * had opened its file read-only (90097; the failure shuts it down so it opens anew).
     */
    static boolean worthAFreshConnection(SQLException e) {
        return Set.of("90097", "90098", "90121").contains(e.getSQLState());
    }

    /** True when the database failed to write its files, or closed itself after such a failure. */
    static boolean cannotWrite(SQLException e) {
        if (e.getSQLState() != null && H2_CANNOT_WRITE.contains(e.getSQLState())) {
            return true;
        }
        // H2 reports a failed write of its file as a general error (50000) caused by an MVStoreException
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof java.io.IOException || message.contains("MVStoreException: Writing to")
                    || message.startsWith("Writing to")) {
                return true;
            }
        }
        return false;
    }

    /** The driver's message without the SQL statement and stack details that some drivers append. */
    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
