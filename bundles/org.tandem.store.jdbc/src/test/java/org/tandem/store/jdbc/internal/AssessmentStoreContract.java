package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.assessment.ResponseStatus;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.ActionStatus;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StaleScoreCardException;
import org.tandem.api.store.StoreException;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;

/**
 * What every database under {@link JdbcAssessmentStore} must do. A subclass supplies an empty
 * database per test ({@link #emptyDatabase()}); the same tests then run on H2, PostgreSQL, ...
 */
public abstract class AssessmentStoreContract {

    static final ModelRef MODEL = new ModelRef("partnership", "1.2.0");
    static final String SNAPSHOT = "{\"id\":\"partnership\",\"title\":{\"sv\":\"Partnerskap – så här går det till\"}}";

    protected DataSource database;
    protected JdbcAssessmentStore store;

    /** A driver DataSource (not a pool) on a database with no tables, used by one test only. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = emptyDatabase();
        store = new JdbcAssessmentStore(database, 8);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Closes the store and its pool, and opens a new one on the same database: a restart. */
    protected void restart() {
        store.close();
        store = new JdbcAssessmentStore(database, 8);
    }

    protected Assessment newAssessment(String name) {
        return store.createAssessment(new Relationship(name, "Acme", "Atea"), MODEL, SNAPSHOT, null);
    }

    @Test
    void createdAssessmentsAreFoundAndListedNewestFirst() {
        Instant deadline = Instant.parse("2026-12-24T15:00:00.123456Z");
        Assessment first = store.createAssessment(new Relationship("Acme / Atea 2026", "Acme", "Atea"), MODEL,
                SNAPSHOT, deadline);
        Assessment second = newAssessment("second");
        Assessment third = newAssessment("third");

        assertEquals(AssessmentStatus.OPEN, first.status());
        assertEquals(Instant.parse("2026-12-24T15:00:00.123Z"), first.deadline(), "stored to the millisecond");
        assertNull(first.closed());
        assertEquals(Optional.of(first), store.assessment(first.id()));
        assertEquals(List.of(third, second, first), store.assessments());
        assertEquals(SNAPSHOT, store.modelSnapshot(first.id()));
    }

    @Test
    void respondentsGetUniqueUrlSafeTokensAndAreFoundByThem() {
        Assessment a = newAssessment("tokens");
        List<Respondent> added = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Respondent r = store.addRespondent(a.id(), i % 2 == 0 ? "customer" : "provider", "Person " + i);
            assertTrue(r.token().matches("[A-Za-z0-9_-]{22}"), r.token());
            tokens.add(r.token());
            added.add(r);
        }
        assertEquals(50, tokens.size());
        assertEquals(added, store.respondents(a.id()), "in the order they were added");
        Respondent r = added.get(7);
        assertEquals(Optional.of(r), store.respondentByToken(r.token()));
        assertEquals(Optional.of(r), store.respondent(r.id()));
        assertEquals(Optional.empty(), store.respondentByToken("AAAAAAAAAAAAAAAAAAAAAA"));
    }

    @Test
    void savingAgainReplacesAnswersAndCommentsAndIncrementsTheRevision() {
        Respondent r = store.addRespondent(newAssessment("resume").id(), "customer", "Eva");
        Response first = store.saveResponse(r.id(), Map.of("q1", "4", "q2", "yes"), Map.of("", "so far"), false, 0);
        assertEquals(1, first.revision());
        assertEquals(ResponseStatus.PARTIAL, first.status());
        assertEquals(Optional.of(first), store.response(r.id()));

        Response second = store.saveResponse(r.id(), Map.of("q1", "5", "q3", "c2"), Map.of("trust", "better"), false, 1);
        assertEquals(2, second.revision());
        Response stored = store.response(r.id()).orElseThrow();
        assertEquals(Map.of("q1", "5", "q3", "c2"), stored.answers());
        assertEquals(Map.of("trust", "better"), stored.comments());
        assertEquals(second, stored);

        assertEquals(3, store.saveResponse(r.id(), Map.of(), Map.of(), false, -1).revision(), "-1 overwrites");
        assertEquals(Map.of(), store.response(r.id()).orElseThrow().answers());
    }

    @Test
    void aResponseSavedBeforeAnswersWereOneColumnIsReadAndSavedAgainInTheNewForm() throws SQLException {
        Assessment a = newAssessment("older response");
        Respondent r = store.addRespondent(a.id(), "customer", "Eva");
        Respondent s = store.addRespondent(a.id(), "provider", "Olle");
        // as migration V6 and before wrote it: a row per answer and comment, no packed columns
        execute("INSERT INTO tandem_response (respondent_id, assessment_id, status, revision, updated_at) VALUES ('"
                + r.id() + "', '" + a.id() + "', 'PARTIAL', 1, 1000)");
        execute("INSERT INTO tandem_answer (respondent_id, question_id, answer_value) VALUES ('" + r.id() + "', 'q1', '4')");
        execute("INSERT INTO tandem_answer (respondent_id, question_id, answer_value) VALUES ('" + r.id() + "', 'q2', 'yes')");
        execute("INSERT INTO tandem_comment (respondent_id, topic, comment_text) VALUES ('" + r.id() + "', '', 'so far')");
        Response newer = store.saveResponse(s.id(), Map.of("q1", "2"), Map.of("trust", "ok"), false, 0);

        Response older = store.response(r.id()).orElseThrow();
        assertEquals(Map.of("q1", "4", "q2", "yes"), older.answers());
        assertEquals(Map.of("", "so far"), older.comments());
        assertEquals(List.of(older, newer), store.responses(a.id()), "both forms read together");

        Response saved = store.saveResponse(r.id(), Map.of("q1", "5"), Map.of(), true, 1);
        restart();
        assertEquals(Optional.of(saved), store.response(r.id()));
        try (Connection c = database.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM tandem_answer")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the old rows went with the new save");
        }
    }

    @Test
    void aStaleRevisionIsAConflictAndChangesNothing() {
        Respondent r = store.addRespondent(newAssessment("stale").id(), "customer", "Eva");
        assertThrows(ConflictException.class, () -> store.saveResponse(r.id(), Map.of("q1", "1"), Map.of(), false, 1));
        assertEquals(Optional.empty(), store.response(r.id()));

        Response saved = store.saveResponse(r.id(), Map.of("q1", "2"), Map.of(), false, 0);
        ConflictException e = assertThrows(ConflictException.class,
                () -> store.saveResponse(r.id(), Map.of("q1", "3"), Map.of(), false, 0));
        assertTrue(e.getMessage().contains(r.id()), e.getMessage());
        assertEquals(Optional.of(saved), store.response(r.id()));
    }

    @Test
    void aSubmittedResponseIsReadOnly() {
        Respondent r = store.addRespondent(newAssessment("submit").id(), "provider", "Olle");
        store.saveResponse(r.id(), Map.of("q1", "2"), Map.of(), false, 0);
        Response submitted = store.saveResponse(r.id(), Map.of("q1", "3"), Map.of("", "done"), true, 1);
        assertTrue(submitted.isSubmitted());
        assertNotNull(submitted.submitted());

        assertThrows(ConflictException.class, () -> store.saveResponse(r.id(), Map.of("q1", "4"), Map.of(), false, 2));
        assertThrows(ConflictException.class, () -> store.saveResponse(r.id(), Map.of("q1", "4"), Map.of(), true, -1));
        assertEquals(Optional.of(submitted), store.response(r.id()));
    }

    @Test
    void aClosedAssessmentTakesNoAnswersNorRespondentsAndClosesOnce() {
        Assessment a = newAssessment("closing");
        Respondent r = store.addRespondent(a.id(), "customer", "Eva");
        Response saved = store.saveResponse(r.id(), Map.of("q1", "2"), Map.of(), false, 0);

        Assessment closed = store.close(a.id());
        assertEquals(AssessmentStatus.CLOSED, closed.status());
        assertNotNull(closed.closed());
        assertEquals(Optional.of(closed), store.assessment(a.id()));

        assertThrows(ConflictException.class, () -> store.saveResponse(r.id(), Map.of("q1", "3"), Map.of(), false, 1));
        assertThrows(ConflictException.class, () -> store.addRespondent(a.id(), "provider", "Olle"));
        assertThrows(ConflictException.class, () -> store.close(a.id()));
        assertEquals(Optional.of(saved), store.response(r.id()));
        assertEquals(List.of(r), store.respondents(a.id()));
    }

    @Test
    void unknownIdsAreNamedOrEmpty() {
        String id = "no-such-id";
        assertEquals(Optional.empty(), store.assessment(id));
        assertEquals(Optional.empty(), store.respondent(id));
        assertEquals(Optional.empty(), store.response(id));
        List<Runnable> calls = List.of(() -> store.modelSnapshot(id), () -> store.addRespondent(id, "customer", "Eva"),
                () -> store.respondents(id), () -> store.responses(id), () -> store.close(id),
                () -> store.saveResponse(id, Map.of(), Map.of(), false, -1));
        for (Runnable call : calls) {
            StoreException e = assertThrows(StoreException.class, call::run);
            assertEquals(StoreException.class, e.getClass(), "not a conflict: " + e.getMessage());
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
    }

    @Test
    void unicodeAndLargeTextsRoundTrip() {
        String line = "Åsa säger: ärligt talat öppnar vi oss 😀 🤝\n";
        String big = line.repeat(100 * 1024 / line.length() + 1);
        assertTrue(big.length() > 100 * 1024);
        Assessment a = store.createAssessment(new Relationship("Ödeshög kommun / Tjänst AB", "Ödeshög", "Tjänst AB 🚀"),
                MODEL, SNAPSHOT + big, null);
        Respondent r = store.addRespondent(a.id(), "customer", "Åke Ärlig-Öberg 👩‍💻");
        Map<String, String> answers = Map.of("q1", "ja", "fri", "Vi är nöjda, men… 😅");
        Map<String, String> comments = Map.of("", big, "förtroende", "Bättre än förra året");
        store.saveResponse(r.id(), answers, comments, false, 0);

        restart();
        assertEquals(SNAPSHOT + big, store.modelSnapshot(a.id()));
        assertEquals(a, store.assessment(a.id()).orElseThrow());
        assertEquals(r, store.respondent(r.id()).orElseThrow());
        Response stored = store.response(r.id()).orElseThrow();
        assertEquals(answers, stored.answers());
        assertEquals(comments, stored.comments());
    }

    @Test
    void responsesOfAnAssessmentListPartialAndSubmitted() {
        Assessment a = newAssessment("list");
        Respondent eva = store.addRespondent(a.id(), "customer", "Eva");
        Respondent olle = store.addRespondent(a.id(), "provider", "Olle");
        store.addRespondent(a.id(), "provider", "Nobody yet");
        Respondent other = store.addRespondent(newAssessment("other").id(), "customer", "Other");
        Response partial = store.saveResponse(eva.id(), Map.of("q1", "1"), Map.of(), false, 0);
        Response submitted = store.saveResponse(olle.id(), Map.of("q1", "5"), Map.of("", "fine"), true, 0);
        store.saveResponse(other.id(), Map.of("q1", "3"), Map.of(), false, 0);

        assertEquals(List.of(partial, submitted), store.responses(a.id()));
    }

    @Test
    void responsesReadAgainShowEveryChangeOfDraftsAndTheSubmittedAsTheyWere() {
        Assessment a = newAssessment("read again");
        Respondent eva = store.addRespondent(a.id(), "customer", "Eva");
        Respondent olle = store.addRespondent(a.id(), "provider", "Olle");
        Respondent kim = store.addRespondent(a.id(), "provider", "Kim");
        Response olleSubmitted = store.saveResponse(olle.id(), Map.of("q1", "5", "q2", "4"), Map.of("", "fine"), true, 0);
        Response evaDraft = store.saveResponse(eva.id(), Map.of("q1", "1"), Map.of(), false, 0);
        assertEquals(List.of(evaDraft, olleSubmitted), store.responses(a.id()));

        Response evaChanged = store.saveResponse(eva.id(), Map.of("q1", "2", "q3", "3"), Map.of("q", "later"), false, 1);
        Response kimSubmitted = store.saveResponse(kim.id(), Map.of("q1", "4"), Map.of(), true, 0);
        assertEquals(List.of(evaChanged, olleSubmitted, kimSubmitted), store.responses(a.id()));
        assertEquals(List.of(evaChanged, olleSubmitted, kimSubmitted), store.responses(a.id()), "read once more");

        restart(); // nothing read yet: every answer comes from the database
        assertEquals(Optional.of(olleSubmitted), store.response(olle.id()));
        assertEquals(List.of(evaChanged, olleSubmitted, kimSubmitted), store.responses(a.id()));
        Response evaSubmitted = store.saveResponse(eva.id(), Map.of("q1", "3"), Map.of(), true, 2);
        assertEquals(List.of(evaSubmitted, olleSubmitted, kimSubmitted), store.responses(a.id()));
        assertEquals(Optional.of(evaSubmitted), store.response(eva.id()));
    }

    @Test
    void aFailedSaveLeavesTheStoredResponseAsItWas() {
        Respondent r = store.addRespondent(newAssessment("atomic").id(), "customer", "Eva");
        Response saved = store.saveResponse(r.id(), Map.of("q1", "1", "q2", "2"), Map.of("", "kept"), false, 0);
        String tooLong = "q".repeat(1000);

        StoreException e = assertThrows(StoreException.class,
                () -> store.saveResponse(r.id(), Map.of("q3", "3", tooLong, "x"), Map.of(), false, 1));
        assertTrue(e.getMessage().startsWith("Could not save the response of respondent " + r.id() + ": "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message: " + e.getMessage());
        assertEquals(Optional.of(saved), store.response(r.id()));
    }

    @Test
    void everythingIsThereAfterARestart() {
        Assessment a = newAssessment("restart");
        Respondent r = store.addRespondent(a.id(), "customer", "Eva");
        Response saved = store.saveResponse(r.id(), Map.of("q1", "4"), Map.of("", "hej"), false, 0);
        Assessment closed = newAssessment("closed before restart");
        closed = store.close(closed.id());

        restart();
        assertEquals(List.of(closed, a), store.assessments());
        assertEquals(List.of(r), store.respondents(a.id()));
        assertEquals(Optional.of(r), store.respondentByToken(r.token()));
        assertEquals(Optional.of(saved), store.response(r.id()));
        assertEquals(2, store.saveResponse(r.id(), Map.of("q1", "5"), Map.of(), true, 1).revision());
    }

    @Test
    void migrationsRunOnce() throws SQLException {
        assertEquals(Migrations.SCRIPTS.size(), versionRows().size());
        List<String> before = versionRows();
        restart();
        restart();
        assertEquals(before, versionRows(), "reopening applies nothing again");
        assertEquals("1 assessments", before.get(0).substring(0, before.get(0).lastIndexOf(' ')));
    }

    /** "version description applied_at" per row of the version table, by version. */
    private List<String> versionRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT version, description, applied_at FROM tandem_schema_version ORDER BY version")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getLong(3));
            }
        }
        return rows;
    }

    @Test
    void concurrentSavesOfDifferentRespondentsAllLand() throws Exception {
        Assessment a = newAssessment("busy");
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            respondents.add(store.addRespondent(a.id(), "customer", "Person " + i));
        }
        List<Callable<Response>> saves = new ArrayList<>();
        for (Respondent r : respondents) {
            saves.add(() -> {
                for (int round = 0; round < 10; round++) {
                    store.saveResponse(r.id(), Map.of("q1", r.displayName(), "round", "" + round), Map.of(), false,
                            round);
                }
                return store.saveResponse(r.id(), Map.of("q1", r.displayName()), Map.of(), true, 10);
            });
        }
        List<Response> results = runTogether(saves).stream().map(AssessmentStoreContract::result).toList();

        assertEquals(8, store.responses(a.id()).size());
        for (Response saved : results) {
            assertEquals(11, saved.revision());
            assertEquals(Optional.of(saved), store.response(saved.respondentId()));
        }
    }

    @Test
    void concurrentSavesOfOneRespondentFromTheSameRevisionHaveOneWinner() throws Exception {
        Respondent r = store.addRespondent(newAssessment("race").id(), "customer", "Eva");
        List<Callable<Response>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String writer = "writer " + i;
            saves.add(() -> store.saveResponse(r.id(), Map.of("q1", writer), Map.of(), false, 0));
        }
        List<Future<Response>> outcomes = runTogether(saves);

        List<Response> winners = new ArrayList<>();
        int conflicts = 0;
        for (Future<Response> outcome : outcomes) {
            try {
                winners.add(outcome.get());
            } catch (ExecutionException e) {
                assertEquals(ConflictException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
                conflicts++;
            }
        }
        assertEquals(1, winners.size());
        assertEquals(7, conflicts);
        assertEquals(Optional.of(winners.get(0)), store.response(r.id()));
    }

    /** Starts every task at the same moment on its own thread, and waits for all of them. */
    private static <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<T> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // inspected by the caller
                }
            }
            return futures;
        } finally {
            threads.shutdown();
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("a concurrent save failed: " + e.getCause(), e.getCause());
        }
    }

    @Test
    void closingWithACardClosesAndStoresTheCardOnce() {
        Assessment a = newAssessment("closed with its card");

        Assessment closed = store.close(a.id(), "{\"card\":1}");

        assertEquals(AssessmentStatus.CLOSED, closed.status());
        assertNotNull(closed.closed());
        assertEquals(Optional.of(closed), store.assessment(a.id()));
        assertEquals(List.of("{\"card\":1}"), store.scoreCards(a.id()));

        ConflictException again = assertThrows(ConflictException.class, () -> store.close(a.id(), "{\"card\":2}"));
        assertTrue(again.getMessage().contains(a.id()), again.getMessage());
        assertThrows(ConflictException.class, () -> store.close(a.id()));
        assertEquals(List.of("{\"card\":1}"), store.scoreCards(a.id()), "no second card");
        assertEquals(Optional.of(closed), store.assessment(a.id()));
    }

    @Test
    void aCardThatCannotBeStoredLeavesTheAssessmentOpen() throws SQLException {
        Assessment a = newAssessment("close rolled back");
        execute("ALTER TABLE tandem_score_card RENAME TO tandem_score_card_away");
        try {
            StoreException e = assertThrows(StoreException.class, () -> store.close(a.id(), "{\"card\":1}"));
            assertEquals(StoreException.class, e.getClass(), "not a conflict: " + e.getMessage());
        } finally {
            execute("ALTER TABLE tandem_score_card_away RENAME TO tandem_score_card");
        }

        assertEquals(Optional.of(a), store.assessment(a.id()), "still open: the close is undone with the card");
        assertEquals(List.of(), store.scoreCards(a.id()));
        assertEquals(AssessmentStatus.CLOSED, store.close(a.id(), "{\"card\":1}").status());
        assertEquals(List.of("{\"card\":1}"), store.scoreCards(a.id()));
    }

    @Test
    void concurrentClosesWithACardHaveOneWinnerAndOneCard() throws Exception {
        Assessment a = newAssessment("closed at once");
        List<Callable<Assessment>> closes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String card = "{\"closer\":" + i + "}";
            closes.add(() -> store.close(a.id(), card));
        }
        List<Future<Assessment>> outcomes = runTogether(closes);

        List<Assessment> winners = new ArrayList<>();
        for (Future<Assessment> outcome : outcomes) {
            try {
                winners.add(outcome.get());
            } catch (ExecutionException e) {
                assertEquals(ConflictException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
            }
        }
        assertEquals(1, winners.size());
        assertEquals(Optional.of(winners.get(0)), store.assessment(a.id()));
        assertEquals(1, store.scoreCards(a.id()).size());
    }

    @Test
    void aCardForFewerResponsesThanAreSubmittedDoesNotCloseTheAssessment() {
        Assessment a = newAssessment("stale card");
        Respondent eva = store.addRespondent(a.id(), "customer", "Eva");
        Respondent olle = store.addRespondent(a.id(), "provider", "Olle");
        store.saveResponse(eva.id(), Map.of("q1", "4"), Map.of(), true, 0);
        store.saveResponse(olle.id(), Map.of("q1", "2"), Map.of(), false, 0); // a draft is not scored

        // scored with Eva's response; Olle submits before the close
        store.saveResponse(olle.id(), Map.of("q1", "2"), Map.of(), true, 1);
        StaleScoreCardException stale = assertThrows(StaleScoreCardException.class,
                () -> store.close(a.id(), "{\"respondents\":1}", 1));
        assertTrue(stale.getMessage().contains("covers 1 submitted responses, but 2 are submitted"), stale.getMessage());
        assertEquals(Optional.of(a), store.assessment(a.id()), "still open");
        assertEquals(List.of(), store.scoreCards(a.id()));

        Assessment closed = store.close(a.id(), "{\"respondents\":2}", 2);
        assertEquals(AssessmentStatus.CLOSED, closed.status());
        assertEquals(List.of("{\"respondents\":2}"), store.scoreCards(a.id()));
        assertThrows(ConflictException.class, () -> store.close(a.id(), "{\"respondents\":2}", 2));
    }

    @Test
    void aCardPublishedWhileRespondentsSubmitCoversExactlyTheSubmittedResponses() throws Exception {
        Assessment a = newAssessment("closed while answered");
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            respondents.add(store.addRespondent(a.id(), i % 2 == 0 ? "customer" : "provider", "Person " + i));
        }
        List<Callable<Integer>> work = new ArrayList<>();
        for (Respondent r : respondents) {
            work.add(() -> {
                try {
                    store.saveResponse(r.id(), Map.of("q1", "3"), Map.of(), true, 0);
                    return 1;
                } catch (ConflictException closedMeanwhile) {
                    return 0;
                }
            });
        }
        work.add(() -> {
            while (true) { // as the core closes: count what is scored, publish, score again when stale
                int scored = (int) store.responses(a.id()).stream().filter(Response::isSubmitted).count();
                try {
                    store.close(a.id(), "{\"respondents\":" + scored + "}", scored);
                    return -1;
                } catch (StaleScoreCardException e) {
                    // a response came in meanwhile
                }
            }
        });
        int acknowledged = 0;
        for (Future<Integer> f : runTogether(work)) {
            int n = result(f);
            acknowledged += Math.max(n, 0);
        }
        assertEquals(AssessmentStatus.CLOSED, store.assessment(a.id()).orElseThrow().status());
        long submitted = store.responses(a.id()).stream().filter(Response::isSubmitted).count();
        assertEquals(acknowledged, submitted, "every acknowledged submission is stored");
        assertEquals(List.of("{\"respondents\":" + submitted + "}"), store.scoreCards(a.id()),
                "the card covers every submitted response, no more and no fewer");
    }

    @Test
    void aCardIsNotPublishedOnAnOpenAssessment() {
        Assessment a = newAssessment("still open");

        ConflictException e = assertThrows(ConflictException.class, () -> store.publishScoreCard(a.id(), "{}"));

        assertTrue(e.getMessage().contains(a.id()), e.getMessage());
        assertEquals(List.of(), store.scoreCards(a.id()));
        assertEquals(Optional.of(a), store.assessment(a.id()));
    }

    @Test
    void scoreCardsAreListedOldestFirst() {
        Assessment a = newAssessment("re-scored");
        Assessment other = newAssessment("other");
        Assessment plain = newAssessment("closed without a card");
        assertEquals(List.of(), store.scoreCards(a.id()));

        store.close(a.id(), "first");
        store.close(other.id(), "the other's");
        store.publishScoreCard(a.id(), "second");
        store.publishScoreCard(a.id(), "third");
        store.close(plain.id());

        assertEquals(List.of("first", "second", "third"), store.scoreCards(a.id()));
        assertEquals(List.of("the other's"), store.scoreCards(other.id()));
        assertEquals(List.of(), store.scoreCards(plain.id()));
        store.publishScoreCard(plain.id(), "later");
        restart();
        assertEquals(List.of("first", "second", "third"), store.scoreCards(a.id()));
        assertEquals(List.of("later"), store.scoreCards(plain.id()));
        assertEquals(Map.of(a.id(), "third", other.id(), "the other's", plain.id(), "later"),
                store.currentScoreCards(MODEL.id()), "the newest card of each");
        assertEquals(Map.of(), store.currentScoreCards("another-model"));
    }

    @Test
    void scoreCardsOfAnUnknownAssessmentAreRefusedNamingIt() {
        String id = "no-such-id";
        List<Runnable> calls = List.of(() -> store.close(id, "{}"), () -> store.publishScoreCard(id, "{}"),
                () -> store.scoreCards(id));
        for (Runnable call : calls) {
            StoreException e = assertThrows(StoreException.class, call::run);
            assertEquals(StoreException.class, e.getClass(), "not a conflict: " + e.getMessage());
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
        assertEquals(Optional.empty(), store.assessment(id));
    }

    @Test
    void largeCardsRoundTrip() {
        String entry = "{\"dimension\":\"förtroende\",\"score\":66.66666666666667,\"note\":\"Åsa 😀 \\\"citat\\\"\"},";
        String card = "[" + entry.repeat(200 * 1024 / entry.length() + 1) + "]";
        assertTrue(card.length() > 200 * 1024);
        Assessment a = newAssessment("large card");

        store.close(a.id(), card);
        store.publishScoreCard(a.id(), card.replace("66.6", "33.3"));

        restart();
        assertEquals(List.of(card, card.replace("66.6", "33.3")), store.scoreCards(a.id()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Nested
    class Users {

        @Test
        void aUserIsFoundByIdAndByNameInAnyCase() {
            User kim = store.createUser(" Kim ", Role.CONSULTANT, "hash-1", false);
            assertEquals("Kim", kim.name());
            assertEquals(Optional.of(kim), store.user(kim.id()));
            assertEquals(Optional.of(kim), store.userByName("KIM"));
            assertEquals(Optional.of("hash-1"), store.passwordHash(kim.id()));
            assertThrows(ConflictException.class, () -> store.createUser("kim", Role.ADMIN, "hash-2", false));
        }

        @Test
        void aPasswordChangeIsKeptAcrossARestart() {
            User admin = store.createUser("admin", Role.ADMIN, "one-time", true);
            store.setPassword(admin.id(), "chosen", false);
            restart();
            assertEquals(Optional.of("chosen"), store.passwordHash(admin.id()));
            assertFalse(store.user(admin.id()).orElseThrow().mustChangePassword());
            assertEquals(List.of("admin"), store.users().stream().map(User::name).toList());
        }

        @Test
        void tokensFindTheirUserUntilTheUserIsDeleted() {
            User kim = store.createUser("Kim", Role.CONSULTANT, "h", false);
            store.addToken(kim.id(), "token-hash", "laptop");
            assertEquals(Optional.of(kim), store.userByToken("token-hash"));
            assertEquals(Optional.empty(), store.userByToken("other"));
            store.deleteUser(kim.id());
            assertEquals(Optional.empty(), store.userByToken("token-hash"));
            assertEquals(Optional.empty(), store.user(kim.id()));
        }

        @Test
        void signInAttemptsAreCountedPerKeyWithinTheWindowAndTakenBack() {
            Instant t0 = Instant.parse("2026-11-28T10:00:00Z");
            Instant window = t0.minusSeconds(900);
            List<String> keys = List.of("kim|10.0.0.1", "kim|*");
            assertEquals(Map.of("kim|10.0.0.1", List.of(t0), "kim|*", List.of(t0)),
                    store.countSignInAttempt("a1", keys, t0, window));
            Instant t1 = t0.plusSeconds(1);
            Map<String, List<Instant>> second = store.countSignInAttempt("a2", List.of("kim|10.0.0.2", "kim|*"), t1,
                    window);
            assertEquals(List.of(t1), second.get("kim|10.0.0.2"));
            assertEquals(List.of(t0, t1), second.get("kim|*"), "oldest first");

            store.uncountSignInAttempt("a2");
            Instant t2 = t1.plusSeconds(1);
            assertEquals(List.of(t0), attempts("kim|*", t2, window), "a2 taken back under every key");
            assertEquals(List.of(), attempts("kim|10.0.0.2", t2, window));
            store.forgetSignInAttempts("kim|10.0.0.1");
            restart();
            assertEquals(List.of(t0), attempts("kim|*", t2, window), "kept across a restart");
            assertEquals(List.of(), attempts("kim|10.0.0.1", t2, window), "forgotten");

            Instant later = t0.plusSeconds(901);
            assertEquals(List.of(later), store.countSignInAttempt("a4", List.of("kim|*"), later,
                    later.minusSeconds(900)).get("kim|*"), "attempts older than the window are dropped");
        }

        /** The attempts under {@code key} after {@code since}: counts a probe at {@code at}, takes it back. */
        private List<Instant> attempts(String key, Instant at, Instant since) {
            List<Instant> times = store.countSignInAttempt("probe", List.of(key), at, since).get(key);
            store.uncountSignInAttempt("probe");
            assertEquals(at, times.get(times.size() - 1), "the probe is the newest");
            return times.subList(0, times.size() - 1);
        }

        @Test
        void aSecretIsCreatedOnceAndReadTheSameEverAfter() {
            byte[] first = store.secret("session", 32);
            assertEquals(32, first.length);
            restart();
            assertArrayEquals(first, store.secret("session", 32));
            assertFalse(java.util.Arrays.equals(first, store.secret("other", 32)));
        }
    }

    /**
     * Two instances on one database (two stores, each with its own pool and caches), as when several
     * Tandem instances share a PostgreSQL: what one writes the other sees, and changes both make at
     * once are serialised by the database, never lost or doubled.
     */
    @Nested
    class TwoInstances {

        private JdbcAssessmentStore other;

        @BeforeEach
        void openOther() {
            other = new JdbcAssessmentStore(database, 4);
        }

        @AfterEach
        void closeOther() {
            if (other != null) {
                other.close();
            }
        }

        @Test
        void whatOneWritesTheOtherReadsAtOnce() {
            Assessment a = newAssessment("shared");
            Respondent r = other.addRespondent(a.id(), "customer", "Eva");
            assertEquals(Optional.of(r), store.respondentByToken(r.token()), "an invitation works on any instance");
            Response draft = store.saveResponse(r.id(), Map.of("q1", "2"), Map.of(), false, 0);
            assertEquals(Optional.of(draft), other.response(r.id()));

            Response submitted = other.saveResponse(r.id(), Map.of("q1", "4"), Map.of("", "done"), true, 1);
            assertEquals(Optional.of(submitted), store.response(r.id()), "the first instance's view is not stale");
            assertEquals(List.of(submitted), store.responses(a.id()));
            assertThrows(ConflictException.class, () -> store.saveResponse(r.id(), Map.of(), Map.of(), false, 2));
        }

        @Test
        void oneSubmissionWinsWhenBothInstancesSubmitTheSameRevision() throws Exception {
            Assessment a = newAssessment("double submit");
            List<Respondent> respondents = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                respondents.add(store.addRespondent(a.id(), "customer", "Person " + i));
            }
            List<Callable<Response>> submits = new ArrayList<>();
            for (Respondent r : respondents) {
                submits.add(() -> store.saveResponse(r.id(), Map.of("q1", "via first"), Map.of(), true, 0));
                submits.add(() -> other.saveResponse(r.id(), Map.of("q1", "via second"), Map.of(), true, 0));
            }
            List<Future<Response>> outcomes = runTogether(submits);

            int won = 0;
            for (Future<Response> outcome : outcomes) {
                try {
                    assertEquals(1, outcome.get().revision());
                    won++;
                } catch (ExecutionException e) {
                    assertEquals(ConflictException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
                }
            }
            assertEquals(10, won, "one submission per respondent");
            List<Response> stored = other.responses(a.id());
            assertEquals(10, stored.size());
            assertTrue(stored.stream().allMatch(r -> r.isSubmitted() && r.revision() == 1), stored.toString());
        }

        @Test
        void closingOnBothInstancesAtOnceHasOneWinnerAndOneCard() throws Exception {
            Assessment a = newAssessment("closed on both");
            List<Future<Assessment>> outcomes = runTogether(List.of(
                    () -> store.close(a.id(), "{\"by\":1}"), () -> other.close(a.id(), "{\"by\":2}"),
                    () -> store.close(a.id(), "{\"by\":3}"), () -> other.close(a.id(), "{\"by\":4}")));
            int winners = 0;
            for (Future<Assessment> outcome : outcomes) {
                try {
                    assertEquals(AssessmentStatus.CLOSED, outcome.get().status());
                    winners++;
                } catch (ExecutionException e) {
                    assertEquals(ConflictException.class, e.getCause().getClass(), String.valueOf(e.getCause()));
                }
            }
            assertEquals(1, winners);
            assertEquals(1, other.scoreCards(a.id()).size());
        }

        @Test
        void reScoringOnBothInstancesAtOnceKeepsEveryCardInOrder() throws Exception {
            Assessment a = newAssessment("re-scored on both");
            store.close(a.id(), "{\"n\":0}");
            List<Callable<Void>> publishes = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                JdbcAssessmentStore instance = i % 2 == 0 ? store : other;
                String card = "{\"n\":" + i + "}";
                publishes.add(() -> {
                    instance.publishScoreCard(a.id(), card);
                    return null;
                });
            }
            runTogether(publishes).forEach(AssessmentStoreContract::result);

            List<String> cards = store.scoreCards(a.id());
            assertEquals(11, cards.size(), "no re-scoring lost: " + cards);
            assertEquals("{\"n\":0}", cards.get(0));
            assertEquals(cards, other.scoreCards(a.id()));
        }

        @Test
        void signInAttemptsOnEitherInstanceCountTogether() {
            Instant t = Instant.parse("2026-11-28T10:00:00Z");
            for (int i = 0; i < 6; i++) {
                (i % 2 == 0 ? store : other).countSignInAttempt("a" + i, List.of("admin|*"), t.plusSeconds(i),
                        t.minusSeconds(900));
            }
            assertEquals(7, other.countSignInAttempt("a6", List.of("admin|*"), t.plusSeconds(6), t.minusSeconds(900))
                    .get("admin|*").size());
        }

        @Test
        void theSessionSecretAndTheFirstUserAreCreatedOnceWhenBothStartTogether() throws Exception {
            List<Future<byte[]>> secrets = runTogether(List.of(() -> store.secret("web-session-key", 32),
                    () -> other.secret("web-session-key", 32)));
            assertArrayEquals(result(secrets.get(0)), result(secrets.get(1)), "both instances sign with one key");

            List<Future<User>> admins = runTogether(List.of(
                    () -> store.createUser("admin", Role.ADMIN, "a", true),
                    () -> other.createUser("admin", Role.ADMIN, "b", true)));
            int created = 0;
            for (Future<User> admin : admins) {
                try {
                    admin.get();
                    created++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof ConflictException, String.valueOf(e.getCause()));
                }
            }
            assertEquals(1, created);
            assertEquals(1, other.users().size());
        }
    }

    /** SLA figures and agreed actions ({@code RelationshipStore}). */
    @Nested
    class SlaFiguresAndActions {

        final SlaFigure availability = new SlaFigure("Availability", 99.5, 99.7, SlaDirection.HIGHER, "%");
        final SlaFigure resolution = new SlaFigure("Incident resolution – P2", 8, 6.25, SlaDirection.LOWER, "h");

        @Test
        void figuresAreKeptInTheirOrderAndReplacedAsAWhole() {
            Assessment a = newAssessment("sla");
            assertEquals(List.of(), store.slaFigures(a.id()));
            store.saveSlaFigures(a.id(), List.of(resolution, availability));
            restart();
            assertEquals(List.of(resolution, availability), store.slaFigures(a.id()));

            SlaFigure changes = new SlaFigure("Changes on time", 90, 85.5, SlaDirection.HIGHER, "");
            store.saveSlaFigures(a.id(), List.of(changes));
            assertEquals(List.of(changes), store.slaFigures(a.id()));
            store.saveSlaFigures(a.id(), List.of());
            assertEquals(List.of(), store.slaFigures(a.id()));
        }

        @Test
        void figuresOfOneAssessmentAreNotAnothers() {
            Assessment a = newAssessment("one");
            Assessment b = newAssessment("two");
            store.saveSlaFigures(a.id(), List.of(availability));
            assertEquals(List.of(), store.slaFigures(b.id()));
        }

        @Test
        void aClosedAssessmentStillTakesFigures() {
            Assessment a = newAssessment("closed");
            store.close(a.id());
            store.saveSlaFigures(a.id(), List.of(availability));
            assertEquals(List.of(availability), store.slaFigures(a.id()));
        }

        @Test
        void badFiguresAreRefusedAndNothingChanges() {
            Assessment a = newAssessment("bad");
            store.saveSlaFigures(a.id(), List.of(availability));
            SlaFigure twice = new SlaFigure(" availability ", 1, 1, SlaDirection.HIGHER, "");
            SlaFigure infinite = new SlaFigure("x", Double.POSITIVE_INFINITY, 1, SlaDirection.HIGHER, "");
            SlaFigure longName = new SlaFigure("n".repeat(201), 1, 1, SlaDirection.HIGHER, "");
            for (List<SlaFigure> bad : List.of(List.of(resolution, availability, twice), List.of(infinite),
                    List.of(longName))) {
                assertThrows(IllegalArgumentException.class, () -> store.saveSlaFigures(a.id(), bad));
            }
            assertEquals(List.of(availability), store.slaFigures(a.id()));
            assertThrows(StoreException.class, () -> store.saveSlaFigures("no-such-assessment", List.of(availability)));
            assertThrows(StoreException.class, () -> store.slaFigures("no-such-assessment"));
        }

        @Test
        void actionsAreAddedChangedAndMarkedDone() {
            Assessment a = newAssessment("actions");
            Action first = store.addAction(a.id(), new ActionDraft("innovation",
                    " Quarterly innovation day with both sides ", "Provider: Eva", java.time.LocalDate.parse("2027-03-31"),
                    null));
            Action second = store.addAction(a.id(), new ActionDraft("", "Share the roadmap", "Customer", null,
                    ActionStatus.OPEN));
            assertEquals("Quarterly innovation day with both sides", first.what(), "stripped");
            assertEquals(ActionStatus.OPEN, first.status());
            assertEquals(first.created(), first.updated());
            restart();
            assertEquals(List.of(first, second), store.actions(a.id()));

            Action done = store.updateAction(first.id(), new ActionDraft("innovation", first.what(), "Provider: Eva",
                    first.due(), ActionStatus.DONE));
            assertTrue(done.isDone());
            assertEquals(first.created(), done.created());
            assertFalse(done.updated().isBefore(first.updated()));
            assertEquals(Optional.of(done), store.action(first.id()));
            assertEquals(List.of(done, second), store.actions(a.id()));
            assertEquals(Optional.empty(), store.action("no-such-action"));
        }

        @Test
        void badActionsAreRefusedAndNothingChanges() {
            Assessment a = newAssessment("bad actions");
            Action kept = store.addAction(a.id(), new ActionDraft("trust", "Meet monthly", "Both", null, null));
            assertThrows(IllegalArgumentException.class,
                    () -> store.addAction(a.id(), new ActionDraft("trust", " ", "Both", null, null)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.updateAction(kept.id(), new ActionDraft("trust", "x", "o".repeat(201), null, null)));
            assertThrows(StoreException.class,
                    () -> store.addAction("no-such-assessment", new ActionDraft("", "x", "y", null, null)));
            assertThrows(StoreException.class,
                    () -> store.updateAction("no-such-action", new ActionDraft("", "x", "y", null, null)));
            assertEquals(List.of(kept), store.actions(a.id()));
        }
    }
}
