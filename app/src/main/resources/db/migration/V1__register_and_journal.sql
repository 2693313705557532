-- The register keeps each record as its wire document (doc) beside the columns it is filtered and locked by.
-- The same script runs on H2 and PostgreSQL.
CREATE TABLE organisation (
    id  VARCHAR(64) PRIMARY KEY,
    doc TEXT        NOT NULL
);

CREATE TABLE reference_source (
    source_key VARCHAR(40) PRIMARY KEY,
    citation   TEXT        NOT NULL
);

CREATE TABLE framework (
    code VARCHAR(16) PRIMARY KEY,
    doc  TEXT        NOT NULL
);

CREATE TABLE member (
    iso3      CHAR(3) PRIMARY KEY,
    accession DATE    NOT NULL,
    doc       TEXT    NOT NULL
);

CREATE TABLE partner (
    iso3 CHAR(3) PRIMARY KEY,
    doc  TEXT    NOT NULL
);

CREATE TABLE body (
    id  VARCHAR(63) PRIMARY KEY,
    doc TEXT        NOT NULL
);

CREATE TABLE mission (
    id         VARCHAR(63) PRIMARY KEY,
    status     VARCHAR(20) NOT NULL,
    core_task  VARCHAR(40) NOT NULL,
    start_date DATE        NOT NULL,
    version    BIGINT      NOT NULL,
    doc        TEXT        NOT NULL
);
CREATE INDEX mission_status ON mission (status, core_task);

CREATE TABLE event (
    id         VARCHAR(63) PRIMARY KEY,
    start_date DATE        NOT NULL,
    version    BIGINT      NOT NULL,
    doc        TEXT        NOT NULL
);

-- Append-only, hash-chained journal. journal_head is the one row appenders lock, so that appends are serialised
-- across processes sharing one database.
CREATE TABLE journal (
    seq       BIGINT                   PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200)             NOT NULL,
    type      VARCHAR(80)              NOT NULL,
    subject   VARCHAR(200)             NOT NULL,
    payload   TEXT                     NOT NULL,
    prev_hash CHAR(64)                 NOT NULL,
    hash      CHAR(64)                 NOT NULL
);
CREATE INDEX journal_subject ON journal (subject, seq);

CREATE TABLE journal_head (
    id   INT      PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO journal_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
