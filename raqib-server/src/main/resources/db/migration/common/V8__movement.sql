-- Movement: a projection of the movement.* entries of each log (rebuilt by replaying it). People crossing
-- are counts; where the agreement needs names, a list names persons by opaque reference only (their data
-- is in the person store).

-- The room's own counts: people (or vehicles) through a crossing or along a route, in a time window.
-- passage_kind is 'crossing' or 'route'; travel_mode '' when not given; state counted, conflict
-- (kept and flagged: conflict names the rule it broke), corrected or retracted.
CREATE TABLE movement_count (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    passage_kind  VARCHAR(10)              NOT NULL,
    passage       VARCHAR(60)              NOT NULL,
    direction     VARCHAR(10)              NOT NULL,
    category      VARCHAR(30)              NOT NULL,
    travel_mode   VARCHAR(10)              NOT NULL,
    people        BIGINT                   NOT NULL,
    window_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    window_to     TIMESTAMP WITH TIME ZONE NOT NULL,
    count_date    DATE                     NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(20)              NOT NULL,
    conflict      VARCHAR(60),
    revised_by    BIGINT,
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX movement_count_day ON movement_count (log_id, count_date);

-- Counts other sources published (a ministry, a UN agency, a monitor team, the news): kept beside the
-- room's own, never counted for the agreement's obligations.
CREATE TABLE movement_reported_count (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    source_name   VARCHAR(200)             NOT NULL,
    source_kind   VARCHAR(20)              NOT NULL,
    link          VARCHAR(500),
    passage_kind  VARCHAR(10)              NOT NULL,
    passage       VARCHAR(60)              NOT NULL,
    direction     VARCHAR(10)              NOT NULL,
    category      VARCHAR(30)              NOT NULL,
    people        BIGINT                   NOT NULL,
    count_date    DATE                     NOT NULL,
    note          VARCHAR(1000),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(20)              NOT NULL,
    conflict      VARCHAR(60),
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX movement_reported_day ON movement_reported_count (log_id, count_date);

-- Named lists of people crossing, linked to the room's counts they name persons of.
CREATE TABLE movement_list (
    log_id        VARCHAR(100)             NOT NULL,
    list_id       VARCHAR(60)              NOT NULL,
    idx           BIGINT                   NOT NULL,
    party         VARCHAR(200)             NOT NULL,
    count_date    DATE                     NOT NULL,
    passage       VARCHAR(60)              NOT NULL,
    persons       INTEGER                  NOT NULL,
    counts        VARCHAR(400)             NOT NULL,
    state         VARCHAR(20)              NOT NULL,
    conflict      VARCHAR(60),
    PRIMARY KEY (log_id, list_id)
);

CREATE TABLE movement_list_person (
    log_id        VARCHAR(100)  NOT NULL,
    list_id       VARCHAR(60)   NOT NULL,
    position      INTEGER       NOT NULL,
    person_ref    VARCHAR(40)   NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    PRIMARY KEY (log_id, list_id, position)
);
