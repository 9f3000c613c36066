package org.tandem.store.jdbc.internal;

import java.sql.SQLException;
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

    private SqlErrors() {
    }

    static StoreException translate(String operation, SQLException e) {
        return new StoreException("Could not " + operation + ": " + reason(e) + " [" + firstLine(e) + "]", e);
    }

    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
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

    /** The driver's message without the SQL statement and stack details that some drivers append. */
    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
