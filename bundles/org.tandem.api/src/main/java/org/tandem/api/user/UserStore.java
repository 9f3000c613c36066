package org.tandem.api.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, their credentials and the server's secrets, durable and shared by every Tandem instance on
 * the same database. Passwords and API tokens are stored only as hashes, which the caller computes.
 *
 * @since 1.0
 */
@ProviderType
public interface UserStore {

    /**
     * Creates a user.
     *
     * @throws org.tandem.api.store.ConflictException when the name is taken (in any case)
     */
    User createUser(String name, Role role, String passwordHash, boolean mustChangePassword);

    Optional<User> user(String id);

    /** The user signing in as {@code name}, compared without regard to case. */
    Optional<User> userByName(String name);

    /** Every user, by name. */
    List<User> users();

    /** The stored password hash of a user. */
    Optional<String> passwordHash(String userId);

    /** Replaces a user's password hash; also clears or sets the must-change flag. */
    void setPassword(String userId, String passwordHash, boolean mustChangePassword);

    /** Removes a user and their API tokens. */
    void deleteUser(String userId);

    /** Stores an API token of a user by its hash, with a label for people. */
    void addToken(String userId, String tokenHash, String label);

    /** The user an API token (given as its hash) belongs to. */
    Optional<User> userByToken(String tokenHash);

    /**
     * The secret {@code name} ({@code length} random bytes), created on first use; every instance on
     * the same database reads the same bytes.
     */
    byte[] secret(String name, int length);

    /**
     * Counts a sign-in attempt before its password is checked: records attempt {@code attemptId} at
     * {@code at} under each of {@code keys} (e.g. a name with an address, and the name alone), and
     * returns for each key the times of its attempts after {@code since}, oldest first, this one
     * included. Kept in the database, so every instance on it counts the same attempts; attempts
     * before {@code since} are dropped.
     *
     * @since 1.1
     */
    Map<String, List<Instant>> countSignInAttempt(String attemptId, Collection<String> keys, Instant at, Instant since);

    /** Takes back attempt {@code attemptId} under every key: it was refused, or it succeeded. @since 1.1 */
    void uncountSignInAttempt(String attemptId);

    /** Forgets every attempt under {@code key} (a sign-in from there succeeded). @since 1.1 */
    void forgetSignInAttempts(String key);
}
