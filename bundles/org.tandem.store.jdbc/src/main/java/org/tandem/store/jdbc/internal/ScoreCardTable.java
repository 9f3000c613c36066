package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
