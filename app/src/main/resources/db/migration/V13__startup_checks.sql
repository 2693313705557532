-- Start-up checks done once (issue 10): a check that found the database up to date records the digest of what it
-- checked against (e.g. the built-in register's corrections), and later starts skip it while that digest is the same.
-- The same script runs on H2 and PostgreSQL.
CREATE TABLE startup_check (
    name   VARCHAR(100) PRIMARY KEY,
    digest VARCHAR(64)  NOT NULL
);
