-- The SLA figures a consultant attaches to an assessment for its period: per service a target, the
-- achieved value and whether higher or lower is better. Saved as a whole (all rows of an assessment are
-- replaced), kept in the order given (figure_no). Portable SQL as in V1: DOUBLE PRECISION is standard
-- on H2 and PostgreSQL; column names avoid words either database reserves.

CREATE TABLE IF NOT EXISTS tandem_sla_figure (
    assessment_id     VARCHAR(36)      NOT NULL REFERENCES tandem_assessment (id),
    figure_no         INT              NOT NULL,
    service_name      VARCHAR(200)     NOT NULL,
    target_value      DOUBLE PRECISION NOT NULL,
    achieved_value    DOUBLE PRECISION NOT NULL,
    better            VARCHAR(8)       NOT NULL,
    unit_label        VARCHAR(20)      NOT NULL,
    PRIMARY KEY (assessment_id, figure_no)
);
