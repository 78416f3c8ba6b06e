-- Agreements: a projection of the agreement.defined/v1 and agreement.amended/v1 entries of each log.
-- Rebuilt from the log by `raqib rebuild`; the entries, not these rows, are the record. What an
-- agreement is now is its latest version: nothing else is stored.

-- Every version: the definition (JSON, as recorded in its entry) and when it came into force.
CREATE TABLE agreement_version (
    log_id         VARCHAR(100)             NOT NULL,
    version        INTEGER                  NOT NULL,
    idx            BIGINT                   NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(64)              NOT NULL,
    in_force_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(600),
    definition     TEXT                     NOT NULL,
    PRIMARY KEY (log_id, version)
);
CREATE INDEX agreement_version_idx ON agreement_version (log_id, idx);
