-- Users, their API tokens, login throttling, web sessions, and the classification of decision items.
CREATE TABLE app_user (
    name          VARCHAR(64)              PRIMARY KEY,
    role          VARCHAR(20)              NOT NULL,
    nation        CHAR(3),
    clearance     VARCHAR(64)              NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    password_hash VARCHAR(200)             NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Only the SHA-256 of a token is stored; the token itself is shown once.
CREATE TABLE api_token (
    hash      CHAR(64)                 PRIMARY KEY,
    user_name VARCHAR(64)              NOT NULL REFERENCES app_user (name),
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires   TIMESTAMP WITH TIME ZONE,
    revoked   BOOLEAN                  NOT NULL
);
CREATE INDEX api_token_user ON api_token (user_name);

CREATE TABLE login_attempt (
    throttle_key VARCHAR(200)             PRIMARY KEY,
    failures     INT                      NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);

-- Only the SHA-256 of a session id is stored.
CREATE TABLE web_session (
    id_hash   CHAR(64)                 PRIMARY KEY,
    user_name VARCHAR(64)              NOT NULL REFERENCES app_user (name),
    csrf      CHAR(43)                 NOT NULL,
    created   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE decision_item ADD COLUMN classification VARCHAR(200) DEFAULT 'NATO UNCLASSIFIED' NOT NULL;
