package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StoreException;

/** The SQL of {@code tandem_respondent}; every method runs inside the caller's transaction. */
final class RespondentTable {

    private static final String SELECT =
            "SELECT id, assessment_id, perspective, display_name, token, created_at FROM tandem_respondent ";

    private RespondentTable() {
    }

    static Respondent insert(Connection c, String assessmentId, String perspective, String displayName)
            throws SQLException {
        Assessment assessment = AssessmentTable.lock(c, assessmentId);
        if (!assessment.isOpen()) {
            throw new ConflictException("Assessment " + assessmentId + " is closed; no more respondents can be invited");
        }
        Respondent r = new Respondent(Columns.newId(), assessmentId, perspective, displayName, Columns.newToken(),
                Columns.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_respondent "
                + "(id, assessment_id, perspective, display_name, token, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.assessmentId());
            s.setString(3, r.perspective());
            s.setString(4, r.displayName());
            s.setString(5, r.token());
            Columns.setInstant(s, 6, r.created());
            s.executeUpdate();
        }
        return r;
    }

    static Optional<Respondent> byId(Connection c, String id) throws SQLException {
        return one(c, SELECT + "WHERE id = ?", id);
    }

    static Optional<Respondent> byToken(Connection c, String token) throws SQLException {
        return one(c, SELECT + "WHERE token = ?", token);
    }

    /** In the order they were added. */
    static List<Respondent> ofAssessment(Connection c, String assessmentId) throws SQLException {
        List<Respondent> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE assessment_id = ? ORDER BY seq")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    /**
     * Locks the respondent's row until the transaction ends and returns it: a save takes this
     * lock, so saves of one respondent take turns, and closing (which locks every respondent of the
     * assessment) waits for them.
     *
     * @throws StoreException when there is no such respondent
     */
    static Respondent lock(Connection c, String id) throws SQLException {
        return one(c, SELECT + "WHERE id = ? FOR UPDATE", id)
                .orElseThrow(() -> new StoreException("There is no respondent with id " + id));
    }

    /** Locks the rows of every respondent of the assessment until the transaction ends. */
    static void lockAll(Connection c, String assessmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM tandem_respondent WHERE assessment_id = ? "
                + "FOR UPDATE")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // reading each row takes its lock
                }
            }
        }
    }

    static Respondent require(Connection c, String id) throws SQLException {
        return byId(c, id).orElseThrow(() -> new StoreException("There is no respondent with id " + id));
    }

    private static Optional<Respondent> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Respondent read(ResultSet rs) throws SQLException {
        return new Respondent(rs.getString("id"), rs.getString("assessment_id"), rs.getString("perspective"),
                rs.getString("display_name"), rs.getString("token"), Columns.instant(rs, "created_at"));
    }
}
