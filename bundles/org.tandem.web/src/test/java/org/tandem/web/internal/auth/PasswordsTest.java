package org.tandem.web.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesItsPasswordOnlyAndIsSaltedEachTime() {
        String hash = Passwords.hash("correct horse battery", 1_000);
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), hash);
        assertTrue(Passwords.verify("correct horse battery", hash));
        assertFalse(Passwords.verify("correct horse batterY", hash));
        assertNotEquals(hash, Passwords.hash("correct horse battery", 1_000), "a new salt every time");
    }

    @Test
    void theStockCostIsSlow() {
        assertTrue(Passwords.hash("x").startsWith("pbkdf2-sha256$310000$"));
    }

    @Test
    void malformedHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$a$b",
                "pbkdf2-sha256$1000$!!$!!"}) {
            assertFalse(Passwords.verify("anything", stored), String.valueOf(stored));
        }
        assertFalse(Passwords.verify(null, Passwords.hash("x", 1_000)));
    }

    @Test
    void weakPasswordsAreRefusedWithAReason() {
        assertEquals("the password needs at least 10 characters", Passwords.problem("short", "kim"));
        assertEquals("the password must not contain the user name", Passwords.problem("my-name-is-Kim!", "kim"));
        assertNull(Passwords.problem("a long enough one", "kim"));
    }

    @Test
    void oneTimePasswordsAndTokensAreRandomAndTokensAreStoredAsHashes() {
        assertEquals(16, Passwords.oneTime().length());
        assertNotEquals(Passwords.oneTime(), Passwords.oneTime());
        String token = Passwords.newToken();
        assertTrue(token.startsWith("tdm_") && token.length() > 40, token);
        assertEquals(64, Passwords.tokenHash(token).length());
        assertEquals(Passwords.tokenHash(token), Passwords.tokenHash(token));
        // SHA-256 in lower-case hex, as tokens stored since the first version were hashed
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Passwords.tokenHash("abc"));
    }
}
