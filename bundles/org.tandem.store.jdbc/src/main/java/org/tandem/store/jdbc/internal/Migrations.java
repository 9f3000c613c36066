package org.tandem.store.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.tandem.api.store.StoreException;

/**
 * Brings the schema up to date with the SQL scripts in {@code db/migration}, in version order, each
 * once and each in its own transaction, recording every applied version in
 * {@code tandem_schema_version}.
 * <p>
 * The scripts are listed in {@link #SCRIPTS} rather than discovered: a bundle's class loader cannot
 * list a folder, and a list makes the order explicit. A test checks that the list and the folder
 * agree. Several instances starting together on one database take turns ({@link SchemaLock}), so each
 * script is applied once. On PostgreSQL a failed script leaves nothing behind; H2 commits each DDL statement on its
 * own, so scripts use {@code IF NOT EXISTS} to be safe to run again after a failure.
 */
final class Migrations {

    /** Every migration, oldest first; add new ones at the end, never change an applied one. */
    static final List<String> SCRIPTS = List.of("V1__assessments.sql", "V2__score_cards.sql", "V3__users.sql",
            "V4__sign_in_attempts.sql", "V5__sla_figures.sql", "V6__actions.sql", "V7__answers_in_response.sql");

    static final String FOLDER = "db/migration/";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private static final String CREATE_VERSION_TABLE = "CREATE TABLE IF NOT EXISTS tandem_schema_version ("
            + "version INT NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)";

    /** One script: its version, description and resource name. */
    record Script(int version, String description, String resource) {

        static Script of(String fileName) {
            Matcher m = NAME.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalArgumentException(fileName + " is not named V<version>__<description>.sql");
            }
            return new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), FOLDER + fileName);
        }
    }

    /** How long an instance waits for another one's migration to end. */
    static final Duration LOCK_TIMEOUT = Duration.ofMinutes(5);

    private final DataSource database;
    private final Transactions transactions;

    /** @param database the driver's DataSource, for the {@link SchemaLock}'s own connection */
    Migrations(DataSource database, Transactions transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    /**
     * Applies the scripts not applied yet, under the {@link SchemaLock}; returns how many were
     * applied. An instance that waited for another one's migration finds the schema up to date.
     */
    int apply(Duration lockTimeout) {
        try (SchemaLock lock = SchemaLock.take(database, lockTimeout)) {
            return applyLocked();
        }
    }

    private int applyLocked() {
        transactions.run("create the schema version table", c -> execute(c, CREATE_VERSION_TABLE));
        int current = transactions.read("read the schema version", Migrations::currentVersion);
        List<Script> scripts = SCRIPTS.stream().map(Script::of).toList();
        int latest = scripts.get(scripts.size() - 1).version();
        if (current > latest) {
            throw new StoreException("The database schema is at version " + current + ", newer than this bundle knows ("
                    + latest + "); install the org.tandem.store.jdbc bundle that wrote it, or a newer one");
        }
        int applied = 0;
        for (Script script : scripts) {
            if (script.version() > current) {
                transactions.run("apply schema migration " + script.resource(), c -> apply(c, script));
                applied++;
            }
        }
        return applied;
    }

    private static Void apply(Connection connection, Script script) throws SQLException {
        for (String sql : statements(read(script.resource()))) {
            execute(connection, sql);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tandem_schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
        return null;
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM tandem_schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        return null;
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("The migration " + resource + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Could not read the migration " + resource + ": " + e.getMessage(), e);
        }
    }
}
