package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.api.assessment.Response;
import org.tandem.api.store.StoreException;

/** The contract on the default database, an H2 file under a temporary tandem.data, plus H2's own promises. */
class H2AssessmentStoreTest extends AssessmentStoreContract {

    @TempDir
    Path data;

    @Override
    protected DataSource emptyDatabase() {
        return h2(data);
    }

    static JdbcDataSource h2(Path dataDirectory) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(EmbeddedDatabase.url(dataDirectory));
        return h2;
    }

    @Test
    void theDatabaseIsAFileUnderTheDataDirectory() {
        assertTrue(Files.isRegularFile(data.resolve("store/tandem.mv.db")));
    }

    @Test
    void commitsAreWrittenWithoutDelay() throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(rs.next());
            assertEquals("0", rs.getString(1));
        }
    }

    @Test
    void anAcknowledgedSaveSurvivesAKilledProcess() throws Exception {
        store.close();
        Process child = StoreProcess.start(data);
        try {
            String respondentId = StoreProcess.awaitSave(child, data);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing flushed on the way out
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            store = new JdbcAssessmentStore(database, 8);
            Response saved = store.response(respondentId)
                    .orElseThrow(() -> new AssertionError("the acknowledged save was lost"));
            assertEquals(Map.of("q1", "acknowledged"), saved.answers());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aSecondProcessCannotOpenTheDatabase() throws Exception {
        store.close();
        Process child = StoreProcess.start(data);
        try {
            assertNotNull(StoreProcess.awaitSave(child, data));
            StoreException e = assertThrows(StoreException.class, () -> new JdbcAssessmentStore(database, 8));
            assertTrue(e.getMessage().startsWith("Could not open the database: the database is in use by another "
                    + "process"), e.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        store = new JdbcAssessmentStore(database, 8);
    }

    /** Reads the first line the child prints, or fails with what it wrote to stderr. */
    static String firstLine(Process child, Path errors) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null) {
            throw new AssertionError("the child process ended early: " + Files.readString(errors));
        }
        return line;
    }
}
