-- Actions the two sides of a relationship agree on an assessment: the dimension it works on ('' for the
-- relationship as a whole), what, who, by when, and whether it is done. The due day is kept as its ISO
-- text (YYYY-MM-DD): a date without a time zone, read the same by every driver. Portable SQL as in V1.

CREATE TABLE IF NOT EXISTS tandem_action (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    seq               BIGINT        GENERATED ALWAYS AS IDENTITY,
    assessment_id     VARCHAR(36)   NOT NULL REFERENCES tandem_assessment (id),
    dimension         VARCHAR(200)  NOT NULL,
    what              VARCHAR(2000) NOT NULL,
    owner_name        VARCHAR(200)  NOT NULL,
    due_day           VARCHAR(10),
    status            VARCHAR(8)    NOT NULL,
    created_at        BIGINT        NOT NULL,
    updated_at        BIGINT        NOT NULL
);

CREATE INDEX IF NOT EXISTS tandem_action_assessment ON tandem_action (assessment_id, seq);
