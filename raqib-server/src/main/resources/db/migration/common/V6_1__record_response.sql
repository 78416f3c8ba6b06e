-- Responses: a party confirms or disputes an entry of another (record.confirmation/v1,
-- record.dispute/v1, each referring to its target). A projection of the log; a retraction withdraws one.
CREATE TABLE record_response (
    log_id       VARCHAR(100)             NOT NULL,
    idx          BIGINT                   NOT NULL,
    target       BIGINT                   NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    stance       VARCHAR(20)              NOT NULL,
    note         VARCHAR(2000),
    link         VARCHAR(500),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    PRIMARY KEY (log_id, idx)
);
CREATE INDEX record_response_target ON record_response (log_id, target);
