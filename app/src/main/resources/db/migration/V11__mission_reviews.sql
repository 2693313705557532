-- Mission reviews (issue 14): one row per review, periodic or ad hoc, called or held. The journal holds every act on
-- a review (ReviewRecorded, AdHocReviewCalled, ReviewLinkedToItem); this table is its current state. The review cycle
-- itself is part of the mission's document. The same script runs on H2 and PostgreSQL.
CREATE TABLE mission_review (
    id             VARCHAR(120)  PRIMARY KEY,
    mission_id     VARCHAR(80)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    due_on         DATE          NOT NULL,
    called_on      DATE,
    held_on        DATE,
    body           VARCHAR(80)   NOT NULL,
    recommendation VARCHAR(20),
    item_id        VARCHAR(120),
    summary        VARCHAR(4000),
    classification VARCHAR(200)  NOT NULL
);

CREATE INDEX mission_review_mission ON mission_review (mission_id, due_on);
