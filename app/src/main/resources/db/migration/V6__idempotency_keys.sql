-- Idempotency keys of creating POSTs: per principal, the request's hash and, once it has answered, the answer to
-- hand back to a retry. A row without a status is a request still running (or abandoned by a crash: taken over after
-- a minute). The same script runs on H2 and PostgreSQL.
CREATE TABLE idempotency_key (
    principal    VARCHAR(300)             NOT NULL,
    idem_key     VARCHAR(200)             NOT NULL,
    request_hash CHAR(64)                 NOT NULL,
    status       INT,
    content_type VARCHAR(200),
    location     VARCHAR(1000),
    body         TEXT,
    created      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created);
