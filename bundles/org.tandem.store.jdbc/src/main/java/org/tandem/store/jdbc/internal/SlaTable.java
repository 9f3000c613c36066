package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tandem.api.relationship.SlaDirection;
import org.tandem.api.relationship.SlaFigure;

/** The SQL of {@code tandem_sla_figure}; every method runs inside the caller's transaction. */
final class SlaTable {

    private SlaTable() {
    }

    /** Checks what the table needs before anything is written. */
    static void check(List<SlaFigure> figures) {
        if (figures.size() > SlaFigure.MAX_FIGURES) {
            throw new IllegalArgumentException(figures.size() + " SLA figures; at most " + SlaFigure.MAX_FIGURES);
        }
        Set<String> names = new HashSet<>();
        for (SlaFigure f : figures) {
            if (f.service().isBlank() || f.service().length() > SlaFigure.MAX_NAME) {
                throw new IllegalArgumentException("an SLA service name must have 1 to " + SlaFigure.MAX_NAME
                        + " characters: '" + f.service() + "'");
            }
            if (f.unit().length() > SlaFigure.MAX_UNIT) {
                throw new IllegalArgumentException("the unit of '" + f.service() + "' is longer than "
                        + SlaFigure.MAX_UNIT + " characters");
            }
            if (!Double.isFinite(f.target()) || !Double.isFinite(f.achieved())) {
                throw new IllegalArgumentException("the figures of '" + f.service() + "' must be finite numbers");
            }
            if (!names.add(f.service().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the service '" + f.service() + "' is given twice");
            }
        }
    }

    /** Replaces the assessment's figures; the assessment's row is locked first, so two saves follow each other. */
    static Void replace(Connection c, String assessmentId, List<SlaFigure> figures) throws SQLException {
        AssessmentTable.lock(c, assessmentId);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tandem_sla_figure WHERE assessment_id = ?")) {
            s.setString(1, assessmentId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_sla_figure (assessment_id, figure_no, "
                + "service_name, target_value, achieved_value, better, unit_label) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int no = 0;
            for (SlaFigure f : figures) {
                s.setString(1, assessmentId);
                s.setInt(2, ++no);
                s.setString(3, f.service());
                s.setDouble(4, f.target());
                s.setDouble(5, f.achieved());
                s.setString(6, f.direction().name());
                s.setString(7, f.unit());
                s.addBatch();
            }
            if (no > 0) {
                s.executeBatch();
            }
        }
        return null;
    }

    static List<SlaFigure> of(Connection c, String assessmentId) throws SQLException {
        AssessmentTable.require(c, assessmentId);
        List<SlaFigure> figures = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT service_name, target_value, achieved_value, better, "
                + "unit_label FROM tandem_sla_figure WHERE assessment_id = ? ORDER BY figure_no")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    figures.add(new SlaFigure(rs.getString(1), rs.getDouble(2), rs.getDouble(3),
                            SlaDirection.valueOf(rs.getString(4)), rs.getString(5)));
                }
            }
        }
        return figures;
    }
}
