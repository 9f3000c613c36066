package org.tandem.store.jdbc.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Column conversions shared by the tables. Times are stored as epoch milliseconds (a BIGINT reads
 * the same on every database and driver), so every time the store hands out is truncated to
 * milliseconds first: what a call returns equals what a later read returns.
 */
final class Columns {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 16 bytes = 128 bits, 22 characters of base64url without padding. */
    private static final int TOKEN_BYTES = 16;

    private Columns() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** An unguessable invitation token: 128 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
