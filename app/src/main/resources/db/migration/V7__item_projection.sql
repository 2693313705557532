-- The item projection: each decision item's current state beside its index row, written in the same transaction as
-- the journal entries that made it, so that lists and pages read it instead of replaying the journal.
-- item_state is the whole item (what commands decide on and a single item's page shows); item_summary the same item
-- with only the standing positions and the last silence procedure, so a list row does not grow with the item's history.
-- Rows of a database migrated from V6 have no state yet: Concord fills them by replaying the journal once at start-up.
-- The same script runs on H2 and PostgreSQL.
ALTER TABLE decision_item ADD COLUMN proposer VARCHAR(8);
ALTER TABLE decision_item ADD COLUMN body VARCHAR(63);
ALTER TABLE decision_item ADD COLUMN marking VARCHAR(64);
ALTER TABLE decision_item ADD COLUMN last_seq BIGINT;
ALTER TABLE decision_item ADD COLUMN item_state TEXT;
ALTER TABLE decision_item ADD COLUMN item_summary TEXT;
CREATE UNIQUE INDEX decision_item_created ON decision_item (created_seq);

-- What an item's effect names (a mission, an event, a partner), for the items list's target filter.
CREATE TABLE decision_item_target (
    target  VARCHAR(63) NOT NULL,
    item_id VARCHAR(63) NOT NULL,
    PRIMARY KEY (target, item_id)
);

-- Snapshots of an item's whole state every few acts, so that a read as of a past instant replays only the acts after
-- the last snapshot taken by then. last_at is the latest act in the snapshot.
CREATE TABLE decision_item_snapshot (
    item_id    VARCHAR(63)              NOT NULL,
    version    BIGINT                   NOT NULL,
    last_seq   BIGINT                   NOT NULL,
    last_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    item_state TEXT                     NOT NULL,
    PRIMARY KEY (item_id, version)
);
