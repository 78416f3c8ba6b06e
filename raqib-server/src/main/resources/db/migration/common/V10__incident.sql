-- Incidents: a projection of the incident.* entries of each log (rebuilt by replaying it). One row per report,
-- keyed by the index of its incident.reported/v1 entry; the steps of its workflow, the duplicates merged into
-- it and the breaches a mediator confirmed are entries that refer to it.

-- status: reported, under-review, verified, not-verified, dismissed, published. duplicate_of: the incident
-- this one was merged into (then it is counted there, not here). conflict: the rule a step broke (kept and
-- flagged, not applied). zones: the zones the place lies in, near_zones those within the tagging distance,
-- both as ",a,b," so a zone is found with LIKE '%,id,%'.
CREATE TABLE incident (
    log_id          VARCHAR(100)             NOT NULL,
    idx             BIGINT                   NOT NULL,
    party           VARCHAR(200)             NOT NULL,
    reported_by     VARCHAR(200)             NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_day    DATE                     NOT NULL,
    time_precision  INTEGER                  NOT NULL,
    lon             DOUBLE PRECISION         NOT NULL,
    lat             DOUBLE PRECISION         NOT NULL,
    geo_precision   INTEGER                  NOT NULL,
    location        VARCHAR(200),
    zones           VARCHAR(400)             NOT NULL,
    near_zones      VARCHAR(400)             NOT NULL,
    nearest_post    VARCHAR(60),
    post_km         DOUBLE PRECISION,
    event_type      VARCHAR(40)              NOT NULL,
    sub_type        VARCHAR(60)              NOT NULL,
    responsible     VARCHAR(200),
    actor1          VARCHAR(200),
    inter1          INTEGER,
    actor2          VARCHAR(200),
    inter2          INTEGER,
    killed          INTEGER                  NOT NULL,
    injured         INTEGER                  NOT NULL,
    summary         VARCHAR(300)             NOT NULL,
    demo            BOOLEAN                  NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    status_idx      BIGINT                   NOT NULL,
    reviewed_by     VARCHAR(200),
    verified_by     VARCHAR(200),
    duplicate_of    BIGINT,
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX incident_day ON incident (log_id, occurred_day);
CREATE INDEX incident_status_time ON incident (log_id, status, occurred_from);

-- The zone tagging, one row per zone an incident lies in, for the counts per day, zone and type.
CREATE TABLE incident_zone (
    log_id        VARCHAR(100)  NOT NULL,
    idx           BIGINT        NOT NULL,
    zone          VARCHAR(60)   NOT NULL,
    occurred_day  DATE          NOT NULL,
    PRIMARY KEY (log_id, idx, zone)
);

CREATE INDEX incident_zone_day ON incident_zone (log_id, occurred_day);

-- Every step of every incident's workflow, as recorded, applied or refused (conflict names the rule).
CREATE TABLE incident_step (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    incident      BIGINT                   NOT NULL,
    step          VARCHAR(20)              NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    recorded_by   VARCHAR(200)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(2000),
    conflict      VARCHAR(60),
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX incident_step_incident ON incident_step (log_id, incident);

-- Obligations a mediator confirmed an incident breaches; each feeds the compliance engine one fact.
CREATE TABLE incident_breach (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    incident      BIGINT                   NOT NULL,
    obligation    VARCHAR(100)             NOT NULL,
    responsible   VARCHAR(200)             NOT NULL,
    recorded_by   VARCHAR(200)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    conflict      VARCHAR(60),
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX incident_breach_incident ON incident_breach (log_id, incident);
