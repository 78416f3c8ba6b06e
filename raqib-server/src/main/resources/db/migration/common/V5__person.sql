-- The personal-data store (docs/personal-data.md): the persons the room's lists name, encrypted at rest,
-- the need-to-know grants to read them, and the audit of every read. The record holds only a person's
-- reference and commitment; these rows are not rebuilt from it.

-- One person of one list. The ciphertext (AES-256-GCM, bound to ref and log) holds the salt and the
-- canonical encoding; purging sets ciphertext and nonce to NULL and keeps the rest.
CREATE TABLE person (
    ref            VARCHAR(28)              NOT NULL PRIMARY KEY,
    log_id         VARCHAR(100)             NOT NULL,
    list_id        VARCHAR(100)             NOT NULL,
    party          VARCHAR(40)              NOT NULL,
    purpose        VARCHAR(20)              NOT NULL,
    legal_basis    VARCHAR(20)              NOT NULL,
    retain_until   DATE                     NOT NULL,
    commitment     VARCHAR(71)              NOT NULL,
    key_id         VARCHAR(8)               NOT NULL,
    nonce          BYTEA,
    ciphertext     BYTEA,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    purged_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX person_log_idx ON person (log_id, party);
CREATE INDEX person_list_idx ON person (list_id);
CREATE INDEX person_retain_idx ON person (retain_until);

-- A need-to-know grant: the user may read the party's persons ('*': every party) in the log ('*': every
-- log) for the purpose. Revoking keeps the row, so the table is also the history of who could read what.
CREATE TABLE person_access (
    id          UUID                     NOT NULL PRIMARY KEY,
    user_id     UUID                     NOT NULL,
    username    VARCHAR(64)              NOT NULL,
    log_id      VARCHAR(100)             NOT NULL,
    party       VARCHAR(40)              NOT NULL,
    purpose     VARCHAR(20)              NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  VARCHAR(64)              NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(64)
);
CREATE INDEX person_access_user_idx ON person_access (user_id);
CREATE INDEX person_access_log_idx ON person_access (log_id);

-- Every read of personal data, and every refused one: who, when, why, and which persons (by reference).
CREATE TABLE person_read (
    id         UUID                     NOT NULL PRIMARY KEY,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username   VARCHAR(64)              NOT NULL,
    log_id     VARCHAR(100)             NOT NULL,
    purpose    VARCHAR(20)              NOT NULL,
    action     VARCHAR(20)              NOT NULL,
    reason     VARCHAR(500)             NOT NULL,
    outcome    VARCHAR(10)              NOT NULL,
    persons    INTEGER                  NOT NULL
);
CREATE INDEX person_read_log_idx ON person_read (log_id, read_at);

CREATE TABLE person_read_subject (
    read_id  UUID        NOT NULL REFERENCES person_read (id),
    ref      VARCHAR(28) NOT NULL,
    PRIMARY KEY (read_id, ref)
);
