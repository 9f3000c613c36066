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

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        return product.equals("h2") ? H2 : OTHER;
    }
}
