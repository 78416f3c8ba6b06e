-- The open-source desk: news articles read for an agreement, the claims found in them, the sources the room
-- follows, and the review decisions (a projection of the osint.* entries, rebuilt by replaying the log).
-- Articles and claims are not entries: they are the news as read, kept to be searched and reviewed; the
-- search index is rebuilt from these tables when it is missing.

-- Where news comes from: a feed polled on a schedule, a folder read on demand, or an upload.
CREATE TABLE osint_source (
    id            UUID                     NOT NULL PRIMARY KEY,
    log_id        VARCHAR(100)             NOT NULL,
    kind          VARCHAR(10)              NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    location      VARCHAR(2000)            NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    last_result   VARCHAR(400)
);

-- One article, known by the hash of its text (sha256:…): the same text read twice is stored once. story is
-- the hash of the first article of its near-duplicate group.
CREATE TABLE osint_article (
    log_id        VARCHAR(100)             NOT NULL,
    hash          VARCHAR(80)              NOT NULL,
    source        VARCHAR(300)             NOT NULL,
    url           VARCHAR(2000),
    published_at  TIMESTAMP WITH TIME ZONE,
    language      VARCHAR(8)               NOT NULL,
    title         VARCHAR(2000)            NOT NULL,
    body          TEXT                     NOT NULL,
    story         VARCHAR(80)              NOT NULL,
    read_from     VARCHAR(400)             NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (log_id, hash)
);

CREATE INDEX osint_article_ingested ON osint_article (log_id, ingested_at);

-- The claims of an article, numbered from 1 in text order; offsets into title + newline + body.
-- claim_day is the day the claim is about, in the agreement's zone (its time expression, else the
-- publication day); cumulative when the sentence gives a running total.
CREATE TABLE osint_claim (
    log_id        VARCHAR(100)             NOT NULL,
    article       VARCHAR(80)              NOT NULL,
    claim_no      INTEGER                  NOT NULL,
    measure       VARCHAR(60)              NOT NULL,
    amount        BIGINT,
    upper_amount  BIGINT,
    bound         VARCHAR(20)              NOT NULL,
    surface       VARCHAR(400)             NOT NULL,
    said_by       VARCHAR(400),
    claim_day     DATE,
    place         VARCHAR(100),
    cumulative    BOOLEAN                  NOT NULL,
    start_offset  INTEGER                  NOT NULL,
    end_offset    INTEGER                  NOT NULL,
    PRIMARY KEY (log_id, article, claim_no)
);

-- The room's decision on a claim (osint.claim-accepted/v1, osint.claim-rejected/v1). An accepted claim names
-- the module its draft goes to; the draft is completed and confirmed there.
CREATE TABLE osint_decision (
    log_id        VARCHAR(100)             NOT NULL,
    idx           BIGINT                   NOT NULL,
    article       VARCHAR(80)              NOT NULL,
    claim_no      INTEGER                  NOT NULL,
    decision      VARCHAR(10)              NOT NULL,
    target        VARCHAR(40),
    reason        VARCHAR(40),
    party         VARCHAR(200)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (log_id, idx)
);

CREATE INDEX osint_decision_claim ON osint_decision (log_id, article, claim_no);
