-- People who sign in (consultants, administrators), their API tokens and the server's secrets.
-- Passwords and tokens are stored only as hashes.

CREATE TABLE IF NOT EXISTS tandem_user (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    name_key          VARCHAR(200) NOT NULL UNIQUE,
    role              VARCHAR(20)  NOT NULL,
    password_hash     VARCHAR(400) NOT NULL,
    must_change       BOOLEAN      NOT NULL,
    created_at        BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS tandem_api_token (
    token_hash        VARCHAR(100) NOT NULL PRIMARY KEY,
    user_id           VARCHAR(36)  NOT NULL REFERENCES tandem_user (id) ON DELETE CASCADE,
    label             VARCHAR(200) NOT NULL,
    created_at        BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS tandem_secret (
    name              VARCHAR(100) NOT NULL PRIMARY KEY,
    secret            VARCHAR(400) NOT NULL,
    created_at        BIGINT       NOT NULL
);
