-- Exchanges: a projection of the exchange.* entries of each log (rebuilt by replaying it). Persons are
-- named by their opaque reference only; their data is in the person store.

-- Release rounds: as planned (and re-planned when delayed) and their current status.
CREATE TABLE exchange_round (
    log_id        VARCHAR(100)             NOT NULL,
    round_no      INTEGER                  NOT NULL,
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    place         VARCHAR(200),
    intermediary  VARCHAR(200)             NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    reason        VARCHAR(1000),
    idx           BIGINT                   NOT NULL,
    status_idx    BIGINT,
    PRIMARY KEY (log_id, round_no)
);

-- Every status a round went through, for its timeline.
CREATE TABLE exchange_round_status (
    log_id       VARCHAR(100)             NOT NULL,
    idx          BIGINT                   NOT NULL,
    round_no     INTEGER                  NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_at   TIMESTAMP WITH TIME ZONE,
    reason       VARCHAR(1000),
    party        VARCHAR(200)             NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    PRIMARY KEY (log_id, idx)
);

-- Lists: open while only their parts are recorded, submitted once the closing entry hands them over
-- (or retracted); conflict names the rule a closing entry broke (it is kept, and the list stays open).
CREATE TABLE exchange_list (
    log_id          VARCHAR(100)             NOT NULL,
    list_id         VARCHAR(60)              NOT NULL,
    round_no        INTEGER,
    party           VARCHAR(200)             NOT NULL,
    persons         INTEGER                  NOT NULL,
    legal_basis     VARCHAR(40),
    retain_until    DATE,
    handed_over_at  TIMESTAMP WITH TIME ZONE,
    idx             BIGINT,
    state           VARCHAR(20)              NOT NULL,
    conflict        VARCHAR(60),
    PRIMARY KEY (log_id, list_id)
);

-- Each listed person: what the list says of them and where they are on their path.
CREATE TABLE exchange_person (
    log_id        VARCHAR(100)  NOT NULL,
    person_ref    VARCHAR(40)   NOT NULL,
    list_id       VARCHAR(60)   NOT NULL,
    part_idx      BIGINT        NOT NULL,
    position      INTEGER       NOT NULL,
    party         VARCHAR(200)  NOT NULL,
    categories    VARCHAR(400)  NOT NULL,
    for_category  VARCHAR(40),
    destination   VARCHAR(20)   NOT NULL,
    commitment    VARCHAR(80)   NOT NULL,
    status        VARCHAR(30)   NOT NULL,
    status_idx    BIGINT        NOT NULL,
    PRIMARY KEY (log_id, person_ref)
);
CREATE INDEX exchange_person_list ON exchange_person (log_id, list_id, position);

-- The steps of persons' paths, each an entry signed by the party that performed it; conflict names the
-- rule an entry broke when it was recorded out of turn (it is kept, and changes nothing).
CREATE TABLE exchange_step (
    log_id       VARCHAR(100)             NOT NULL,
    idx          BIGINT                   NOT NULL,
    step         VARCHAR(30)              NOT NULL,
    round_no     INTEGER                  NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    place        VARCHAR(200),
    reason       VARCHAR(1000),
    persons      INTEGER                  NOT NULL,
    ref_idx      BIGINT,
    conflict     VARCHAR(60),
    state        VARCHAR(20)              NOT NULL,
    PRIMARY KEY (log_id, idx)
);
CREATE INDEX exchange_step_round ON exchange_step (log_id, round_no, idx);

-- Which persons each step moved, and the status each had before it (so a retraction can undo it).
CREATE TABLE exchange_step_person (
    log_id       VARCHAR(100)  NOT NULL,
    idx          BIGINT        NOT NULL,
    person_ref   VARCHAR(40)   NOT NULL,
    prior_status VARCHAR(30)   NOT NULL,
    prior_idx    BIGINT        NOT NULL,
    PRIMARY KEY (log_id, idx, person_ref)
);
CREATE INDEX exchange_step_person_ref ON exchange_step_person (log_id, person_ref);
