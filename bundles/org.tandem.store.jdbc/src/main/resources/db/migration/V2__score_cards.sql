-- Published score cards: the one an assessment was closed with, and any explicit re-scorings after it.
-- The card is the score card's JSON document; the newest (highest seq) is the current one.

CREATE TABLE IF NOT EXISTS tandem_score_card (
    assessment_id     VARCHAR(36)  NOT NULL REFERENCES tandem_assessment (id),
    seq               BIGINT       GENERATED ALWAYS AS IDENTITY,
    published_at      BIGINT       NOT NULL,
    card              TEXT         NOT NULL
);

CREATE INDEX IF NOT EXISTS tandem_score_card_assessment ON tandem_score_card (assessment_id, seq);
