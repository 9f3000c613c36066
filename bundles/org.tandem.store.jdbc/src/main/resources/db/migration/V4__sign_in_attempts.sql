-- Sign-in attempts, counted before the password is checked (the web's LoginThrottle): one row per
-- attempt and key (a name with an address, the name alone). In the database, so that every instance
-- sharing it counts the same attempts. Rows older than the throttle's window are dropped as new ones come.

CREATE TABLE IF NOT EXISTS tandem_sign_in_attempt (
    attempt_id        VARCHAR(36)  NOT NULL,
    attempt_key       VARCHAR(300) NOT NULL,
    attempted_at      BIGINT       NOT NULL,
    PRIMARY KEY (attempt_id, attempt_key)
);

CREATE INDEX IF NOT EXISTS tandem_sign_in_attempt_key ON tandem_sign_in_attempt (attempt_key, attempted_at);

CREATE INDEX IF NOT EXISTS tandem_sign_in_attempt_at ON tandem_sign_in_attempt (attempted_at);
