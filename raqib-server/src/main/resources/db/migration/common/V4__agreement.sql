-- Agreements: projections of the agreement.defined/v1 and agreement.amended/v1 entries of each log.
-- Rebuilt from the log by `raqib rebuild`; the entries, not these rows, are the record.

CREATE TABLE agreement (
    log_id            VARCHAR(100)             NOT NULL PRIMARY KEY,
    version           INTEGER                  NOT NULL,
    name_en           VARCHAR(600)             NOT NULL,
    name_ar           VARCHAR(600)             NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    signed            DATE                     NOT NULL,
    time_zone         VARCHAR(60)              NOT NULL,
    entry_into_force  TIMESTAMP WITH TIME ZONE NOT NULL,
    defined_idx       BIGINT                   NOT NULL,
    current_idx       BIGINT                   NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

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
