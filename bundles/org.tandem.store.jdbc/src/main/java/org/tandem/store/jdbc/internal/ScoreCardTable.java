package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StaleScoreCardException;

/** The SQL of {@code tandem_score_card}; every method runs inside the caller's transaction. */
final class ScoreCardTable {

    private ScoreCardTable() {
    }

    /** Closes the assessment and stores its card; both or neither. */
    static Assessment close(Connection c, String assessmentId, String card) throws SQLException {
        Assessment closed = AssessmentTable.close(c, assessmentId);
        insert(c, assessmentId, card);
        return closed;
    }

    /**
     * Closes the assessment and stores its card, provided {@code scoredResponses} is how many
     * responses are submitted once closing holds every respondent's lock; both or neither.
     */
    static Assessment close(Connection c, String assessmentId, String card, int scoredResponses)
            throws SQLException {
        Assessment closed = AssessmentTable.close(c, assessmentId);
        int submitted = ResponseTable.submitted(c, assessmentId);
        if (submitted != scoredResponses) {
            // thrown inside the transaction: the close is rolled back with it
            throw new StaleScoreCardException("Assessment " + assessmentId + " was not closed: its score card covers "
                    + scoredResponses + " submitted responses, but " + submitted + " are submitted by now; score again");
        }
        insert(c, assessmentId, card);
        return closed;
    }

    /** Adds a card to a closed assessment. */
    static Void publish(Connection c, String assessmentId, String card) throws SQLException {
        Assessment a = AssessmentTable.lock(c, assessmentId);
        if (a.isOpen()) {
            throw new ConflictException("Assessment " + assessmentId
                    + " is open: its score card is published when it is closed");
        }
        insert(c, assessmentId, card);
        return null;
    }

    static List<String> all(Connection c, String assessmentId) throws SQLException {
        AssessmentTable.require(c, assessmentId);
        List<String> cards = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT card FROM tandem_score_card WHERE assessment_id = ? ORDER BY seq")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cards.add(rs.getString(1));
                }
            }
        }
        return cards;
    }

    /** The newest card of every assessment of the model that has one, by assessment id. */
    static Map<String, String> current(Connection c, String modelId) throws SQLException {
        Map<String, String> cards = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.assessment_id, c.card FROM tandem_score_card c "
                + "JOIN tandem_assessment a ON a.id = c.assessment_id WHERE a.model_id = ? AND c.seq = "
                + "(SELECT MAX(n.seq) FROM tandem_score_card n WHERE n.assessment_id = c.assessment_id) "
                + "ORDER BY a.created_at, a.seq")) {
            s.setString(1, modelId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cards.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return cards;
    }

    private static void insert(Connection c, String assessmentId, String card) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tandem_score_card (assessment_id, published_at, card) VALUES (?, ?, ?)")) {
            s.setString(1, assessmentId);
            Columns.setInstant(s, 2, Columns.now());
            s.setString(3, card);
            s.executeUpdate();
        }
    }
}
