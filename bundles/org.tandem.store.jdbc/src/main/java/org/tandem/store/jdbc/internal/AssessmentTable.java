package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StoreException;

/** The SQL of {@code tandem_assessment}; every method runs inside the caller's transaction. */
final class AssessmentTable {

    private static final String COLUMNS =
            "id, name, customer, provider, model_id, model_version, status, deadline_at, created_at, closed_at";

    private AssessmentTable() {
    }

    static Assessment insert(Connection c, Relationship relationship, ModelRef model, String snapshot,
            Instant deadline) throws SQLException {
        Assessment a = new Assessment(Columns.newId(), relationship, model, AssessmentStatus.OPEN,
                Columns.millis(deadline), Columns.now(), null);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_assessment (" + COLUMNS
                + ", model_snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setString(2, relationship.name());
            s.setString(3, relationship.customer());
            s.setString(4, relationship.provider());
            s.setString(5, model.id());
            s.setString(6, model.version());
            s.setString(7, a.status().name());
            Columns.setInstant(s, 8, a.deadline());
            Columns.setInstant(s, 9, a.created());
            Columns.setInstant(s, 10, null);
            s.setString(11, snapshot);
            s.executeUpdate();
        }
        return a;
    }

    static Optional<Assessment> find(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tandem_assessment WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** @throws StoreException when there is no such assessment */
    static Assessment require(Connection c, String id) throws SQLException {
        return find(c, id).orElseThrow(() -> unknown(id));
    }

    static List<Assessment> all(Connection c) throws SQLException {
        List<Assessment> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM tandem_assessment ORDER BY created_at DESC, seq DESC");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(read(rs));
            }
        }
        return result;
    }

    static String snapshot(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT model_snapshot FROM tandem_assessment WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw unknown(id);
                }
                return rs.getString(1);
            }
        }
    }

    /**
     * Locks the assessment's row until the transaction ends and returns it. Adding respondents and
     * closing take this lock first, so no respondent can be added while another closes it. Saves
     * lock only their respondent's row ({@link RespondentTable#lock}), which closing also locks,
     * for every respondent ({@link #close}): so saves of different respondents run side by side,
     * and none can slip in while the assessment closes. Changes to different assessments never wait
     * for each other.
     *
     * @throws StoreException when there is no such assessment
     */
    static Assessment lock(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM tandem_assessment WHERE id = ? " + Dialect.of(c).rowLock())) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw unknown(id);
                }
                return read(rs);
            }
        }
    }

    /**
     * Closes the assessment: locks its row, then the rows of all its respondents, so every save
     * under way finishes first and none starts until this transaction ends.
     */
    static Assessment close(Connection c, String id) throws SQLException {
        Assessment a = lock(c, id);
        if (!a.isOpen()) {
            throw new ConflictException("Assessment " + id + " is already closed (since " + a.closed() + ")");
        }
        RespondentTable.lockAll(c, id);
        Instant closed = Columns.now();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE tandem_assessment SET status = ?, closed_at = ? WHERE id = ?")) {
            s.setString(1, AssessmentStatus.CLOSED.name());
            Columns.setInstant(s, 2, closed);
            s.setString(3, id);
            s.executeUpdate();
        }
        return new Assessment(a.id(), a.relationship(), a.model(), AssessmentStatus.CLOSED, a.deadline(), a.created(),
                closed);
    }

    static StoreException unknown(String id) {
        return new StoreException("There is no assessment with id " + id);
    }

    private static Assessment read(ResultSet rs) throws SQLException {
        return new Assessment(rs.getString("id"),
                new Relationship(rs.getString("name"), rs.getString("customer"), rs.getString("provider")),
                new ModelRef(rs.getString("model_id"), rs.getString("model_version")),
                AssessmentStatus.valueOf(rs.getString("status")), Columns.instant(rs, "deadline_at"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "closed_at"));
    }
}
