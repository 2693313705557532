-- Refusals of anonymous requests (401, 404, throttled sign-ins) are counted per client address and hour here, and
-- journaled as one AnonymousRefusals entry per address and hour once the hour is over (issue 8), so that anonymous
-- traffic cannot grow the journal without bound. H2 and PostgreSQL.
CREATE TABLE anonymous_refusal (
    address         VARCHAR(100)             NOT NULL,
    window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    unauthenticated BIGINT                   NOT NULL,
    not_found       BIGINT                   NOT NULL,
    throttled       BIGINT                   NOT NULL,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (address, window_start)
);
