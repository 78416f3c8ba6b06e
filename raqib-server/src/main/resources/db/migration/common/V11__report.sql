-- Daily situation reports. report_daily is the room's working table: a report is drafted at the
-- agreement's cut-off, edited and approved by a mediator, then published; its content (JSON, both
-- languages) and, once published, the exact documents served (the JSON document, a PDF per language,
-- the CSV annex) are kept here. Not a projection: drafts are not in the record.
CREATE TABLE report_daily (
    log_id        VARCHAR(100)             NOT NULL,
    report_day    DATE                     NOT NULL,
    report_number INTEGER                  NOT NULL,
    period_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    period_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(20)              NOT NULL,
    content       TEXT                     NOT NULL,
    drafted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by    VARCHAR(64)              NOT NULL,
    edited_by     VARCHAR(64),
    approved_at   TIMESTAMP WITH TIME ZONE,
    approved_by   VARCHAR(64),
    document      BYTEA,
    pdf_en        BYTEA,
    pdf_ar        BYTEA,
    csv           BYTEA,
    PRIMARY KEY (log_id, report_day)
);

-- A projection of the report.published/v1 entries: which report was published when, with the hashes
-- of its documents as the entry records them. Rebuilt by replaying the log.
CREATE TABLE report_published (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    report_day    DATE                     NOT NULL,
    report_number INTEGER                  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    document_sha  VARCHAR(71)              NOT NULL,
    pdf_en_sha    VARCHAR(71)              NOT NULL,
    pdf_ar_sha    VARCHAR(71)              NOT NULL,
    csv_sha       VARCHAR(71)              NOT NULL,
    PRIMARY KEY (log_id, idx)
);
CREATE INDEX report_published_day ON report_published (log_id, report_day);
