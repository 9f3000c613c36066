package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases the store knows. The SQL is the same on all (see the migrations); they differ only in
 * how instances coordinate ({@link SchemaLock}) and in what their error codes mean ({@link SqlErrors}).
 */
enum Dialect {
    H2, POSTGRESQL, OTHER;

    /**
     * The lock a change of a row's other columns takes: on PostgreSQL {@code FOR NO KEY UPDATE}, which
     * lets other transactions insert rows that refer to it (their foreign key check takes
     * {@code FOR KEY SHARE}) while it is held. With {@code FOR UPDATE} a save that locked its
     * respondent and then inserted its response (referring to the assessment) and a close that
     * locked the assessment and then waited for the respondent would deadlock.
     */
    String rowLock() {
        return this == POSTGRESQL ? "FOR NO KEY UPDATE" : "FOR UPDATE";
    }

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        return product.equals("h2") ? H2 : OTHER;
    }
}
