-- The record: one transparency log per agreement. Every table here but record_log is append-only;
-- the sequencer assigns every index (no identity columns: a gap after a rollback would break the tree).

CREATE TABLE record_log (
    id          VARCHAR(100)             NOT NULL PRIMARY KEY,
    origin      VARCHAR(200)             NOT NULL UNIQUE,
    log_vkey    VARCHAR(400)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL
);

-- One leaf per row: the whole signed entry note. kind, party and seq repeat what the leaf says, for queries.
CREATE TABLE record_entry (
    log_id       VARCHAR(100)             NOT NULL REFERENCES record_log (id),
    idx          BIGINT                   NOT NULL,
    leaf         BYTEA                    NOT NULL,
    leaf_hash    BYTEA                    NOT NULL,
    kind         VARCHAR(100)             NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    seq          BIGINT                   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(64)              NOT NULL,
    PRIMARY KEY (log_id, idx),
    CONSTRAINT record_entry_party_seq_uk UNIQUE (log_id, party, seq)
);
CREATE INDEX record_entry_kind_idx ON record_entry (log_id, kind, idx);

-- The exact payload bytes each entry commits to with payload-sha256; served on a need-to-know basis.
CREATE TABLE record_payload (
    log_id   VARCHAR(100) NOT NULL,
    idx      BIGINT       NOT NULL,
    payload  BYTEA        NOT NULL,
    PRIMARY KEY (log_id, idx),
    FOREIGN KEY (log_id, idx) REFERENCES record_entry (log_id, idx)
);

-- Full tlog-tiles hash tiles (256 hashes); partial tiles are derived from entries and lower tiles.
CREATE TABLE record_tile (
    log_id      VARCHAR(100) NOT NULL REFERENCES record_log (id),
    tile_level  INTEGER      NOT NULL,
    tile_index  BIGINT       NOT NULL,
    hashes      BYTEA        NOT NULL,
    PRIMARY KEY (log_id, tile_level, tile_index)
);

-- Every checkpoint the log signed, one per tree size.
CREATE TABLE record_checkpoint (
    log_id     VARCHAR(100)             NOT NULL REFERENCES record_log (id),
    tree_size  BIGINT                   NOT NULL,
    root_hash  BYTEA                    NOT NULL,
    note       BYTEA                    NOT NULL,
    signed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (log_id, tree_size)
);

INSERT INTO append_only_table (table_name) VALUES ('record_entry'), ('record_payload'), ('record_tile'),
    ('record_checkpoint');

-- Projections of the record module (rebuilt by replaying the log).

-- The keys of the current roster: which party holds which key, from which index.
CREATE TABLE record_party_key (
    log_id       VARCHAR(100) NOT NULL,
    key_name     VARCHAR(200) NOT NULL,
    key_id       INTEGER      NOT NULL,
    party        VARCHAR(200) NOT NULL,
    roles        VARCHAR(400) NOT NULL,
    vkey         VARCHAR(400) NOT NULL,
    custodial    BOOLEAN      NOT NULL,
    valid_from   BIGINT       NOT NULL,
    valid_until  BIGINT,
    roster_idx   BIGINT       NOT NULL,
    PRIMARY KEY (log_id, key_name, key_id)
);

-- Official statements by parties (record.statement/v1), as last corrected.
CREATE TABLE record_statement (
    log_id       VARCHAR(100)             NOT NULL,
    idx          BIGINT                   NOT NULL,
    party        VARCHAR(200)             NOT NULL,
    text_ar      VARCHAR(4000),
    text_en      VARCHAR(4000),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    link         VARCHAR(500),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(20)              NOT NULL,
    revised_by   BIGINT,
    PRIMARY KEY (log_id, idx)
);

-- Corrections and retractions, each pointing at the entry it replaces: every record's history.
CREATE TABLE record_revision (
    log_id      VARCHAR(100)             NOT NULL,
    idx         BIGINT                   NOT NULL,
    target_idx  BIGINT                   NOT NULL,
    kind        VARCHAR(100)             NOT NULL,
    reason      VARCHAR(2000)            NOT NULL,
    party       VARCHAR(200)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    applied     BOOLEAN                  NOT NULL,
    PRIMARY KEY (log_id, idx)
);
CREATE INDEX record_revision_target_idx ON record_revision (log_id, target_idx);
