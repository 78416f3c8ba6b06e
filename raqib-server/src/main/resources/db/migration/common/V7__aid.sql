-- Aid and crossings: a projection of the aid.* entries of each log (rebuilt by replaying it).

-- Each consignment as it stands: its registration, its current stage, and when it arrived at the crossing
-- and left it (crossed, or rejected), for the trucks waiting at any moment.
CREATE TABLE aid_consignment (
    log_id       VARCHAR(100)             NOT NULL,
    reference    VARCHAR(60)              NOT NULL,
    idx          BIGINT                   NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    agency       VARCHAR(120)             NOT NULL,
    origin       VARCHAR(120),
    crossing     VARCHAR(60)              NOT NULL,
    destination  VARCHAR(10)              NOT NULL,
    trucks       INTEGER                  NOT NULL,
    cargo        VARCHAR(200)             NOT NULL,
    stage        VARCHAR(20)              NOT NULL,
    stage_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    stage_idx    BIGINT                   NOT NULL,
    arrived_at   TIMESTAMP WITH TIME ZONE,
    left_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (log_id, reference)
);

CREATE INDEX aid_consignment_waiting ON aid_consignment (log_id, arrived_at);

-- The cargo lines of each consignment.
CREATE TABLE aid_cargo (
    log_id     VARCHAR(100) NOT NULL,
    reference  VARCHAR(60)  NOT NULL,
    line_no    INTEGER      NOT NULL,
    category   VARCHAR(20)  NOT NULL,
    quantity   BIGINT       NOT NULL,
    unit       VARCHAR(10)  NOT NULL,
    PRIMARY KEY (log_id, reference, line_no)
);

-- Every step of every consignment, registration included; a step that broke a rule is kept with the rule's
-- name in conflict and moves nothing. waited_s is the time the consignment spent in prior_stage.
CREATE TABLE aid_step (
    log_id       VARCHAR(100)             NOT NULL,
    idx          BIGINT                   NOT NULL,
    reference    VARCHAR(60)              NOT NULL,
    stage        VARCHAR(20)              NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on  DATE                     NOT NULL,
    crossing     VARCHAR(60)              NOT NULL,
    trucks       INTEGER                  NOT NULL,
    prior_stage  VARCHAR(20),
    waited_s     BIGINT,
    reason       VARCHAR(20),
    manner       VARCHAR(20),
    note         VARCHAR(1000),
    conflict     VARCHAR(60),
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX aid_step_day ON aid_step (log_id, occurred_on, crossing);
CREATE INDEX aid_step_reference ON aid_step (log_id, reference);

-- Counts other sources published, one row each, kept beside the room's own.
CREATE TABLE aid_count (
    log_id       VARCHAR(100) NOT NULL,
    idx          BIGINT       NOT NULL,
    counted_on   DATE         NOT NULL,
    crossing     VARCHAR(60)  NOT NULL,
    stage        VARCHAR(20)  NOT NULL,
    trucks       INTEGER      NOT NULL,
    source       VARCHAR(200) NOT NULL,
    source_type  VARCHAR(20)  NOT NULL,
    link         VARCHAR(500),
    party        VARCHAR(200) NOT NULL,
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX aid_count_day ON aid_count (log_id, counted_on);
