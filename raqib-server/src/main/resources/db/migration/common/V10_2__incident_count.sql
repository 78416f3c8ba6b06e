-- The incidents counted per local day, zone, sub-type and status, kept by the incident projection on every
-- report, step and merge (and rebuilt by replaying the log), so the counts per day, zone and type read a few
-- hundred rows a day instead of every incident of the period. zone: a zone the incident lies in, '' for an
-- incident in no zone, '*' once for every incident (the total, whatever its zones). A merged duplicate is
-- counted in no row; a row falling to 0 is deleted. Filled for the incidents already projected by
-- IncidentCounting when the server starts.
CREATE TABLE incident_count (
    log_id        VARCHAR(100)  NOT NULL,
    occurred_day  DATE          NOT NULL,
    zone          VARCHAR(60)   NOT NULL,
    sub_type      VARCHAR(60)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    event_type    VARCHAR(40)   NOT NULL,
    n             BIGINT        NOT NULL,
    PRIMARY KEY (log_id, occurred_day, zone, sub_type, status)
);
