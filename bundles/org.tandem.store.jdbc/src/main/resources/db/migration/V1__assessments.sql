-- Assessments, respondents and their responses.
-- Portable SQL for H2 2.x and PostgreSQL 10+: standard types only, times as epoch milliseconds
-- (UTC, no time-zone handling differences between drivers), TEXT for unbounded text (a CLOB in H2,
-- text in PostgreSQL). IF NOT EXISTS makes the script safe to run again: H2 commits each DDL
-- statement on its own, so a failure half-way must not block the next attempt.
-- Statements end with a semicolon at the end of a line; no semicolons inside statements.

CREATE TABLE IF NOT EXISTS tandem_assessment (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq               BIGINT       GENERATED ALWAYS AS IDENTITY,
    name              VARCHAR(500) NOT NULL,
    customer          VARCHAR(500) NOT NULL,
    provider          VARCHAR(500) NOT NULL,
    model_id          VARCHAR(200) NOT NULL,
    model_version     VARCHAR(100) NOT NULL,
    model_snapshot    TEXT         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    deadline_at       BIGINT,
    created_at        BIGINT       NOT NULL,
    closed_at         BIGINT
);

CREATE TABLE IF NOT EXISTS tandem_respondent (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    seq               BIGINT       GENERATED ALWAYS AS IDENTITY,
    assessment_id     VARCHAR(36)  NOT NULL REFERENCES tandem_assessment (id),
    perspective       VARCHAR(200) NOT NULL,
    display_name      VARCHAR(500) NOT NULL,
    token             VARCHAR(64)  NOT NULL,
    created_at        BIGINT       NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS tandem_respondent_token ON tandem_respondent (token);

CREATE INDEX IF NOT EXISTS tandem_respondent_assessment ON tandem_respondent (assessment_id);

CREATE TABLE IF NOT EXISTS tandem_response (
    respondent_id     VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES tandem_respondent (id),
    assessment_id     VARCHAR(36)  NOT NULL REFERENCES tandem_assessment (id),
    status            VARCHAR(16)  NOT NULL,
    revision          BIGINT       NOT NULL,
    updated_at        BIGINT       NOT NULL,
    submitted_at      BIGINT
);

CREATE INDEX IF NOT EXISTS tandem_response_assessment ON tandem_response (assessment_id);

CREATE TABLE IF NOT EXISTS tandem_answer (
    respondent_id     VARCHAR(36)  NOT NULL REFERENCES tandem_response (respondent_id),
    question_id       VARCHAR(200) NOT NULL,
    answer_value      TEXT         NOT NULL,
    PRIMARY KEY (respondent_id, question_id)
);

-- topic: a dimension id, or '' for the response as a whole
CREATE TABLE IF NOT EXISTS tandem_comment (
    respondent_id     VARCHAR(36)  NOT NULL REFERENCES tandem_response (respondent_id),
    topic             VARCHAR(200) NOT NULL,
    comment_text      TEXT         NOT NULL,
    PRIMARY KEY (respondent_id, topic)
);
