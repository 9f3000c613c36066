package org.tandem.web.internal.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;

/**
 * A user store in memory for the web's unit tests, with the sign-in attempts as the JDBC store keeps
 * them (whose own tests check it on H2 and PostgreSQL). Two throttles on one of these count together,
 * as two instances on one database do.
 */
final class MemoryUsers implements UserStore {

    /** One row of tandem_sign_in_attempt. */
    private record Row(String id, String key, Instant at) {
    }

    private final List<Row> attempts = new ArrayList<>();

    private final Map<String, User> byId = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, byte[]> secrets = new HashMap<>();

    @Override
    public User createUser(String name, Role role, String passwordHash, boolean mustChangePassword) {
        User u = new User("id-" + name, name, role, mustChangePassword, Instant.EPOCH);
        byId.put(u.id(), u);
        hashes.put(u.id(), passwordHash);
        return u;
    }

    @Override
    public Optional<User> user(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<User> userByName(String name) {
        return byId.values().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<User> users() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return Optional.ofNullable(hashes.get(userId));
    }

    @Override
    public void setPassword(String userId, String passwordHash, boolean mustChangePassword) {
        hashes.put(userId, passwordHash);
    }

    @Override
    public void deleteUser(String userId) {
        byId.remove(userId);
        hashes.remove(userId);
    }

    @Override
    public void addToken(String userId, String tokenHash, String label) {
    }

    @Override
    public Optional<User> userByToken(String tokenHash) {
        return Optional.empty();
    }

    @Override
    public byte[] secret(String name, int length) {
        return secrets.computeIfAbsent(name, n -> new byte[length]);
    }

    @Override
    public synchronized Map<String, List<Instant>> countSignInAttempt(String attemptId, Collection<String> keys,
            Instant at, Instant since) {
        attempts.removeIf(r -> !r.at().isAfter(since));
        keys.forEach(k -> attempts.add(new Row(attemptId, k, at)));
        Map<String, List<Instant>> result = new LinkedHashMap<>();
        for (String key : keys) {
            result.put(key, attempts.stream().filter(r -> r.key().equals(key) && r.at().isAfter(since))
                    .map(Row::at).sorted().toList());
        }
        return result;
    }

    @Override
    public synchronized void uncountSignInAttempt(String attemptId) {
        attempts.removeIf(r -> r.id().equals(attemptId));
    }

    @Override
    public synchronized void forgetSignInAttempts(String key) {
        attempts.removeIf(r -> r.key().equals(key));
    }

    synchronized int attemptRows() {
        return attempts.size();
    }
}
