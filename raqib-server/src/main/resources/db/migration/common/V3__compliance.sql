-- The compliance engine's facts: what the modules count from log entries (trucks, released persons,
-- incidents…), one row per fact. A projection of the log (rebuilt by replaying it), so not append-only:
-- a retraction or correction marks the facts of the entry it withdraws with its own index.

-- ord numbers the facts one entry gave; dimensions is the canonical text name=value|value;name=value
-- (sorted, with % ; = | escaped as %XX); withdrawn_by is null while the fact counts.
CREATE TABLE compliance_fact (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    ord           INTEGER                  NOT NULL,
    measure       VARCHAR(100)             NOT NULL,
    party         VARCHAR(200),
    quantity      BIGINT                   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    dimensions    VARCHAR(4000)            NOT NULL,
    withdrawn_by  BIGINT,
    PRIMARY KEY (log_id, idx, ord)
);
