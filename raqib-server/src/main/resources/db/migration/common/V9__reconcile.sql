-- Reconciliation: a projection of the reconcile.match-decision entries of each log (rebuilt by replaying
-- it). A decision names two persons by opaque reference only, the lists they are on, the score and the
-- reason codes the matcher gave; the latest decision on a pair of persons is the one that stands.
CREATE TABLE reconcile_decision (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    recorded_by   VARCHAR(200)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    left_list     VARCHAR(60)              NOT NULL,
    right_list    VARCHAR(60)              NOT NULL,
    left_ref      VARCHAR(40)              NOT NULL,
    right_ref     VARCHAR(40)              NOT NULL,
    decision      VARCHAR(20)              NOT NULL,
    score         INTEGER                  NOT NULL,
    reasons       VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX reconcile_decision_lists ON reconcile_decision (log_id, left_list, right_list);

-- A list written for reconciliation only (the intermediary's copy of a list, as it spells the names):
-- projected from reconcile.list/v1 entries; its persons by opaque reference, their data in the person store.
CREATE TABLE reconcile_list (
    log_id        VARCHAR(100)             NOT NULL,
    list_id       VARCHAR(60)              NOT NULL,
    idx           BIGINT                   NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    persons       INTEGER                  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (log_id, list_id)
);

CREATE TABLE reconcile_list_person (
    log_id        VARCHAR(100)             NOT NULL,
    list_id       VARCHAR(60)              NOT NULL,
    position      INTEGER                  NOT NULL,
    person_ref    VARCHAR(40)              NOT NULL,
    commitment    VARCHAR(80)              NOT NULL,
    PRIMARY KEY (log_id, list_id, position)
);
