package org.tandem.store.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.ActionStatus;
import org.tandem.api.store.StoreException;

/** The SQL of {@code tandem_action}; every method runs inside the caller's transaction. */
final class ActionTable {

    private static final String COLUMNS = "id, assessment_id, dimension, what, owner_name, due_day, status, "
            + "created_at, updated_at";

    private ActionTable() {
    }

    /** Checks what the table needs before anything is written. */
    static void check(ActionDraft draft) {
        if (draft.what().isBlank() || draft.what().length() > Action.MAX_WHAT) {
            throw new IllegalArgumentException("an action's description must have 1 to " + Action.MAX_WHAT
                    + " characters");
        }
        if (draft.owner().isBlank() || draft.owner().length() > Action.MAX_OWNER) {
            throw new IllegalArgumentException("an action's owner must have 1 to " + Action.MAX_OWNER + " characters");
        }
        if (draft.dimension().length() > 200) {
            throw new IllegalArgumentException("a dimension id has at most 200 characters");
        }
    }

    static Action insert(Connection c, String assessmentId, ActionDraft d) throws SQLException {
        AssessmentTable.require(c, assessmentId);
        Instant now = Columns.now();
        Action a = new Action(Columns.newId(), assessmentId, d.dimension(), d.what().strip(), d.owner().strip(),
                d.due(), d.status(), now, now);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_action (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.id());
            s.setString(2, a.assessmentId());
            s.setString(3, a.dimension());
            s.setString(4, a.what());
            s.setString(5, a.owner());
            setDay(s, 6, a.due());
            s.setString(7, a.status().name());
            Columns.setInstant(s, 8, now);
            Columns.setInstant(s, 9, now);
            s.executeUpdate();
        }
        return a;
    }

    static Action update(Connection c, String actionId, ActionDraft d) throws SQLException {
        Action old = find(c, actionId, true).orElseThrow(() -> new StoreException("There is no action with id "
                + actionId));
        Instant now = Columns.now();
        try (PreparedStatement s = c.prepareStatement("UPDATE tandem_action SET dimension = ?, what = ?, "
                + "owner_name = ?, due_day = ?, status = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, d.dimension());
            s.setString(2, d.what().strip());
            s.setString(3, d.owner().strip());
            setDay(s, 4, d.due());
            s.setString(5, d.status().name());
            Columns.setInstant(s, 6, now);
            s.setString(7, actionId);
            s.executeUpdate();
        }
        return new Action(old.id(), old.assessmentId(), d.dimension(), d.what().strip(), d.owner().strip(), d.due(),
                d.status(), old.created(), now);
    }

    static Optional<Action> find(Connection c, String actionId, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM tandem_action WHERE id = ?"
                + (lock ? " " + Dialect.of(c).rowLock() : ""))) {
            s.setString(1, actionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static List<Action> of(Connection c, String assessmentId) throws SQLException {
        AssessmentTable.require(c, assessmentId);
        List<Action> actions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM tandem_action WHERE assessment_id = ? ORDER BY seq")) {
            s.setString(1, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(read(rs));
                }
            }
        }
        return actions;
    }

    private static void setDay(PreparedStatement s, int index, LocalDate day) throws SQLException {
        if (day == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, day.toString());
        }
    }

    private static Action read(ResultSet rs) throws SQLException {
        String due = rs.getString("due_day");
        return new Action(rs.getString("id"), rs.getString("assessment_id"), rs.getString("dimension"),
                rs.getString("what"), rs.getString("owner_name"), due == null ? null : LocalDate.parse(due),
                ActionStatus.valueOf(rs.getString("status")), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"));
    }
}
