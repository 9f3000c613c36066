package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.assessment.ResponseStatus;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StoreException;

/**
 * The SQL of {@code tandem_response} with its answers and comments; every method runs inside the
 * caller's transaction.
 * <p>
 * A response's answers and its comments are each one column of its row ({@code answers_doc},
 * {@code comments_doc}, packed by {@link PackedValues}): a save changes that one row, which is what
 * H2 then writes on commit, instead of a row per answer and its index entries (31 for the stock
 * model; a submission cost about a third more CPU that way). Responses saved before migration V7
 * keep their answers and comments in {@code tandem_answer} and {@code tandem_comment} (one row per
 * question or topic) until they are saved again: both are read, and a save removes the old rows.
 */
final class ResponseTable {

    /** A table of one string per key and response: the answers or the comments. */
    private record Values(String table, String key, String value) {
    }

    private static final Values ANSWERS = new Values("tandem_answer", "question_id", "answer_value");
    private static final Values COMMENTS = new Values("tandem_comment", "topic", "comment_text");

    private static final String HEADER = "SELECT p.respondent_id, p.assessment_id, p.status, p.revision, "
            + "p.updated_at, p.submitted_at FROM tandem_response p ";

    private ResponseTable() {
    }

    /** The longest question id or comment topic kept (the key columns' size before V7). */
    static final int MAX_KEY = 200;

    /**
     * The answers and comments of a save, packed before its transaction: {@link #save} then only
     * reads and writes rows.
     */
    record Packed(Map<String, String> answers, Map<String, String> comments, String packedAnswers,
            String packedComments) {

        static Packed of(String respondentId, Map<String, String> answers, Map<String, String> comments) {
            checkKeys(respondentId, answers, "question id");
            checkKeys(respondentId, comments, "comment topic");
            return new Packed(answers, comments, PackedValues.pack(answers), PackedValues.pack(comments));
        }
    }

    /**
     * Saves the response of {@code respondentId}.
     *
     * @param lockRow whether to lock the respondent's row first; not needed when writers take turns
     *                anyway (H2, see {@link Transactions})
     */
    static Response save(Connection c, String respondentId, Packed values, boolean submit, long expectedRevision,
            boolean lockRow) throws SQLException {
        Respondent respondent = lockRow ? RespondentTable.lock(c, respondentId) : RespondentTable.require(c, respondentId);
        // read after the lock: a close that committed meanwhile is seen
        Assessment assessment = AssessmentTable.require(c, respondent.assessmentId());
        if (!assessment.isOpen()) {
            throw new ConflictException("Assessment " + assessment.id() + " is closed; the response of respondent "
                    + respondentId + " can no longer change");
        }
        Stored stored = stored(c, respondentId);
        long revision = stored == null ? 0L : stored.response().revision();
        checkWritable(respondentId, stored, revision, expectedRevision);
        Instant now = Columns.now();
        Response saved = new Response(respondentId, assessment.id(), values.answers(), values.comments(),
                submit ? ResponseStatus.SUBMITTED : ResponseStatus.PARTIAL, now, submit ? now : null, revision + 1);
        if (stored != null) {
            update(c, saved, values, revision);
            if (stored.beforeV7()) {
                // its answers and comments were rows of their own: the packed ones replace them
                deleteRows(c, ANSWERS, respondentId);
                deleteRows(c, COMMENTS, respondentId);
            }
        } else {
            insert(c, saved, values);
        }
        return saved;
    }

    /** A stored response's header, and whether its answers are still rows of their own (saved before V7). */
    private record Stored(Response response, boolean beforeV7) {
    }

    private static Stored stored(Connection c, String respondentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT p.status, p.revision, p.submitted_at, "
                + "CASE WHEN p.answers_doc IS NULL THEN 1 ELSE 0 END AS before_v7 FROM tandem_response p "
                + "WHERE p.respondent_id = ?")) {
            s.setString(1, respondentId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Response header = new Response(respondentId, null, Map.of(), Map.of(),
                        ResponseStatus.valueOf(rs.getString("status")), null, Columns.instant(rs, "submitted_at"),
                        rs.getLong("revision"));
                return new Stored(header, rs.getInt("before_v7") == 1);
            }
        }
    }

    /** The response with its answers and comments; those of a submitted one from {@code kept} when there. */
    static Optional<Response> find(Connection c, String respondentId, SubmittedResponses kept) throws SQLException {
        List<Response> headers = header(c, HEADER + "WHERE p.respondent_id = ?", respondentId);
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        Response known = kept.get(headers.get(0));
        if (known != null) {
            return Optional.of(known);
        }
        Response read = withValues(c, headers, "p.respondent_id", respondentId, false).get(0);
        kept.add(read);
        return Optional.of(read);
    }

    /**
     * In the order the respondents were added. The answers and comments of submitted responses
     * come from {@code kept} when all are there: then only those of drafts are read.
     */
    static List<Response> ofAssessment(Connection c, String assessmentId, SubmittedResponses kept) throws SQLException {
        List<Response> headers = header(c, HEADER + "JOIN tandem_respondent r ON r.id = p.respondent_id "
                + "WHERE p.assessment_id = ? ORDER BY r.seq", assessmentId);
        boolean allKept = true;
        boolean drafts = false;
        for (Response h : headers) {
            if (!h.isSubmitted()) {
                drafts = true;
            } else if (kept.get(h) == null) {
                allKept = false;
            }
        }
        if (allKept && !drafts) {
            List<Response> result = new ArrayList<>(headers.size());
            for (Response h : headers) {
                result.add(kept.get(h));
            }
            return result;
        }
        List<Response> read = withValues(c, headers, "p.assessment_id", assessmentId, allKept);
        List<Response> result = new ArrayList<>(read.size());
        for (Response r : read) {
            Response known = allKept ? kept.get(r) : null;
            if (known == null) {
                kept.add(r);
            }
            result.add(known != null ? known : r);
        }
        return result;
    }

    /** How many responses of the assessment are submitted. */
    static int submitted(Connection c, String assessmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM tandem_response WHERE assessment_id = ? AND status = ?")) {
            s.setString(1, assessmentId);
            s.setString(2, ResponseStatus.SUBMITTED.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void checkKeys(String respondentId, Map<String, String> values, String what) {
        for (String key : values.keySet()) {
            if (key.length() > MAX_KEY) {
                throw new StoreException("Could not save the response of respondent " + respondentId + ": a " + what
                        + " is longer than " + MAX_KEY + " characters ('" + key.substring(0, 40) + "...')");
            }
        }
    }

    private static void checkWritable(String respondentId, Stored stored, long revision, long expectedRevision) {
        if (stored != null && stored.response().isSubmitted()) {
            throw new ConflictException("The response of respondent " + respondentId + " was submitted at "
                    + stored.response().submitted() + " and is read-only");
        }
        if (expectedRevision != -1 && expectedRevision != revision) {
            throw new ConflictException("The response of respondent " + respondentId + " was changed in the meantime: "
                    + "it is at revision " + revision + ", not " + expectedRevision + "; reload it and save again");
        }
    }

    private static void insert(Connection c, Response r, Packed values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_response (status, revision, updated_at, "
                + "submitted_at, answers_doc, comments_doc, respondent_id, assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindHeader(s, r, values);
            s.setString(8, r.assessmentId());
            s.executeUpdate();
        }
    }

    private static void update(Connection c, Response r, Packed values, long previousRevision) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE tandem_response SET status = ?, revision = ?, "
                + "updated_at = ?, submitted_at = ?, answers_doc = ?, comments_doc = ? WHERE respondent_id = ? "
                + "AND revision = ?")) {
            bindHeader(s, r, values);
            s.setLong(8, previousRevision);
            if (s.executeUpdate() != 1) {
                // cannot happen while the respondent's row is locked; guards against a writer that skips the lock
                throw new ConflictException("The response of respondent " + r.respondentId()
                        + " was changed in the meantime; reload it and save again");
            }
        }
    }

    private static void bindHeader(PreparedStatement s, Response r, Packed values) throws SQLException {
        s.setString(1, r.status().name());
        s.setLong(2, r.revision());
        Columns.setInstant(s, 3, r.updated());
        Columns.setInstant(s, 4, r.submitted());
        s.setString(5, values.packedAnswers());
        s.setString(6, values.packedComments());
        s.setString(7, r.respondentId());
    }

    private static void deleteRows(Connection c, Values table, String respondentId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM " + table.table() + " WHERE respondent_id = ?")) {
            delete.setString(1, respondentId);
            delete.executeUpdate();
        }
    }

    /** The responses without answers and comments. */
    private static List<Response> header(Connection c, String sql, String parameter) throws SQLException {
        List<Response> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new Response(rs.getString("respondent_id"), rs.getString("assessment_id"), Map.of(),
                            Map.of(), ResponseStatus.valueOf(rs.getString("status")), Columns.instant(rs, "updated_at"),
                            Columns.instant(rs, "submitted_at"), rs.getLong("revision")));
                }
            }
        }
        return result;
    }

    /**
     * {@code headers} with their answers and comments, read for every response matching {@code column = value}
     * (only for those not submitted when {@code draftsOnly}; the others get none).
     */
    private static List<Response> withValues(Connection c, List<Response> headers, String column, String value,
            boolean draftsOnly) throws SQLException {
        Map<String, Map<String, String>> answers = new HashMap<>(headers.size() * 4 / 3 + 1);
        Map<String, Map<String, String>> comments = new HashMap<>(headers.size() * 4 / 3 + 1);
        boolean older = false;
        try (PreparedStatement s = c.prepareStatement("SELECT p.respondent_id, p.answers_doc, p.comments_doc "
                + "FROM tandem_response p WHERE " + column + " = ?" + (draftsOnly ? " AND p.status <> ?" : ""))) {
            s.setString(1, value);
            if (draftsOnly) {
                s.setString(2, ResponseStatus.SUBMITTED.name());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String packedAnswers = rs.getString(2);
                    if (packedAnswers == null) {
                        older = true; // saved before V7: its rows are read below
                        continue;
                    }
                    answers.put(id, PackedValues.unpack(packedAnswers, "answers", id));
                    String packedComments = rs.getString(3);
                    comments.put(id, packedComments == null ? Map.of()
                            : PackedValues.unpack(packedComments, "comments", id));
                }
            }
        }
        if (older) {
            read(c, ANSWERS, column, value, draftsOnly).forEach(answers::putIfAbsent);
            read(c, COMMENTS, column, value, draftsOnly).forEach(comments::putIfAbsent);
        }
        List<Response> result = new ArrayList<>(headers.size());
        for (Response h : headers) {
            result.add(new Response(h.respondentId(), h.assessmentId(),
                    answers.getOrDefault(h.respondentId(), Map.of()), comments.getOrDefault(h.respondentId(), Map.of()),
                    h.status(), h.updated(), h.submitted(), h.revision()));
        }
        return result;
    }

    /** Respondent id to key to value, from {@code table}, for every response matching {@code column = value}. */
    private static Map<String, Map<String, String>> read(Connection c, Values table, String column, String value,
            boolean draftsOnly) throws SQLException {
        Map<String, Map<String, String>> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT v.respondent_id, v." + table.key() + ", v." + table.value()
                + " FROM " + table.table() + " v JOIN tandem_response p ON p.respondent_id = v.respondent_id WHERE "
                + column + " = ?" + (draftsOnly ? " AND p.status <> ?" : ""))) {
            s.setString(1, value);
            if (draftsOnly) {
                s.setString(2, ResponseStatus.SUBMITTED.name());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }
            }
        }
        return result;
    }
}
