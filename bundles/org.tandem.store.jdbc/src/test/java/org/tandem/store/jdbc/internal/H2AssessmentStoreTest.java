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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
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
    void aWriteIsInTheFileWhenItReturns() throws Exception {
        Assessment a = store.createAssessment(new Relationship("copied", "Acme", "Atea"), MODEL, SNAPSHOT, null);
        Respondent r = store.addRespondent(a.id(), "customer", "Eva");
        store.saveResponse(r.id(), Map.of("q1", "in the file"), Map.of(), true, 0);
        // what a killed process leaves behind: the file as it is now, with the store still open
        Path copy = Files.createDirectories(data.resolve("copy/store"));
        Files.copy(data.resolve("store/tandem.mv.db"), copy.resolve("tandem.mv.db"));
        JdbcAssessmentStore copied = new JdbcAssessmentStore(h2(data.resolve("copy")), 2);
        try {
            assertEquals(Map.of("q1", "in the file"), copied.response(r.id()).orElseThrow().answers());
        } finally {
            copied.close();
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
    void everySaveAcknowledgedUnderLoadSurvivesAKilledProcess() throws Exception {
        store.close();
        Process child = StoreProcess.start(data, 6);
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            // six writers committing side by side: kill it in the middle of their saves
            while (acknowledged.size() < 300 && (line = out.readLine()) != null) {
                acknowledged.add(line);
            }
            child.toHandle().destroyForcibly(); // SIGKILL, leaving its output readable (Process.destroy closes it)
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) { // printed before it died: acknowledged too
                acknowledged.add(line);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= 300, () -> "the child saved only " + acknowledged + ": "
                + readQuietly(data.resolve("child.err")));

        store = new JdbcAssessmentStore(database, 8);
        List<String> lost = acknowledged.stream().map(line -> line.substring("saved ".length()))
                .filter(id -> store.response(id).isEmpty()).toList();
        assertTrue(lost.isEmpty(), () -> lost.size() + " of " + acknowledged.size()
                + " acknowledged saves lost after kill -9, among them " + lost.subList(0, Math.min(3, lost.size())));
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

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
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
