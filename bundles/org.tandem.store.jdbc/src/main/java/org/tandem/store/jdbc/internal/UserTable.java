package org.tandem.store.jdbc.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.tandem.api.store.ConflictException;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;

/** The SQL of {@code tandem_user}, {@code tandem_api_token} and {@code tandem_secret}; inside the caller's transaction. */
final class UserTable {

    private static final String SELECT = "SELECT id, name, role, must_change, created_at FROM tandem_user ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserTable() {
    }

    static User insert(Connection c, String name, Role role, String passwordHash, boolean mustChange)
            throws SQLException {
        if (one(c, SELECT + "WHERE name_key = ?", key(name)).isPresent()) {
            throw new ConflictException("a user named '" + name + "' already exists");
        }
        User user = new User(Columns.newId(), name, role, mustChange, Columns.now());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tandem_user "
                + "(id, name, name_key, role, password_hash, must_change, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, user.id());
            s.setString(2, name);
            s.setString(3, key(name));
            s.setString(4, role.name());
            s.setString(5, passwordHash);
            s.setBoolean(6, mustChange);
            Columns.setInstant(s, 7, user.created());
            s.executeUpdate();
        }
        return user;
    }

    static Optional<User> byId(Connection c, String id) throws SQLException {
        return one(c, SELECT + "WHERE id = ?", id);
    }

    static Optional<User> byName(Connection c, String name) throws SQLException {
        return one(c, SELECT + "WHERE name_key = ?", key(name));
    }

    static List<User> all(Connection c) throws SQLException {
        List<User> users = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT + "ORDER BY name_key");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                users.add(read(rs));
            }
        }
        return users;
    }

    static Optional<String> passwordHash(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM tandem_user WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Void setPassword(Connection c, String id, String hash, boolean mustChange) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE tandem_user SET password_hash = ?, must_change = ? WHERE id = ?")) {
            s.setString(1, hash);
            s.setBoolean(2, mustChange);
            s.setString(3, id);
            if (s.executeUpdate() == 0) {
                throw new ConflictException("no user " + id);
            }
        }
        return null;
    }

    static Void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement tokens = c.prepareStatement("DELETE FROM tandem_api_token WHERE user_id = ?");
                PreparedStatement user = c.prepareStatement("DELETE FROM tandem_user WHERE id = ?")) {
            tokens.setString(1, id);
            tokens.executeUpdate();
            user.setString(1, id);
            user.executeUpdate();
        }
        return null;
    }

    static Void addToken(Connection c, String userId, String tokenHash, String label) throws SQLException {
        if (byId(c, userId).isEmpty()) {
            throw new ConflictException("no user " + userId);
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tandem_api_token (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, tokenHash);
            s.setString(2, userId);
            s.setString(3, label);
            Columns.setInstant(s, 4, Columns.now());
            s.executeUpdate();
        }
        return null;
    }

    static Optional<User> byToken(Connection c, String tokenHash) throws SQLException {
        return one(c, "SELECT u.id, u.name, u.role, u.must_change, u.created_at FROM tandem_user u "
                + "JOIN tandem_api_token t ON t.user_id = u.id WHERE t.token_hash = ?", tokenHash);
    }

    static Optional<byte[]> secret(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT secret FROM tandem_secret WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Creates the secret unless it exists; another instance creating it at the same time makes this fail. */
    static byte[] createSecret(Connection c, String name, int length) throws SQLException {
        Optional<byte[]> existing = secret(c, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO tandem_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, Base64.getEncoder().encodeToString(bytes));
            Columns.setInstant(s, 3, Columns.now());
            s.executeUpdate();
        }
        return bytes;
    }

    /** Records the attempt under every key and drops attempts older than {@code since}. */
    static Void countAttempt(Connection c, String attemptId, Collection<String> keys, Instant at, Instant since)
            throws SQLException {
        try (PreparedStatement purge = c.prepareStatement(
                "DELETE FROM tandem_sign_in_attempt WHERE attempted_at <= ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO tandem_sign_in_attempt "
                        + "(attempt_id, attempt_key, attempted_at) VALUES (?, ?, ?)")) {
            Columns.setInstant(purge, 1, since);
            purge.executeUpdate();
            for (String key : keys) {
                insert.setString(1, attemptId);
                insert.setString(2, key);
                Columns.setInstant(insert, 3, at);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return null;
    }

    /** Per key, the times of its attempts after {@code since}, oldest first. */
    static Map<String, List<Instant>> attempts(Connection c, Collection<String> keys, Instant since)
            throws SQLException {
        Map<String, List<Instant>> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT attempted_at FROM tandem_sign_in_attempt "
                + "WHERE attempt_key = ? AND attempted_at > ? ORDER BY attempted_at")) {
            for (String key : keys) {
                s.setString(1, key);
                Columns.setInstant(s, 2, since);
                List<Instant> times = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        times.add(Instant.ofEpochMilli(rs.getLong(1)));
                    }
                }
                result.put(key, List.copyOf(times));
            }
        }
        return result;
    }

    static Void deleteAttempts(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tandem_sign_in_attempt WHERE " + column + " = ?")) {
            s.setString(1, value);
            s.executeUpdate();
        }
        return null;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<User> one(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static User read(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getBoolean("must_change"), Columns.instant(rs, "created_at"));
    }
}
