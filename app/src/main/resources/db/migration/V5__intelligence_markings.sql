-- Intelligence carries a marking like any record (issue 8): forecast issues, reported stances and stored forecasts get
-- a classification column (canonical text, e.g. NATO RESTRICTED REL UKR). What existed before was readable by everyone
-- but is not assumed public: it becomes NATO UNCLASSIFIED, except what Concord itself loaded from the built-in,
-- press-derived questions file (journaled by "concord (SYSTEM)"), which stays PUBLIC, and the forecasts made only from
-- PUBLIC records. The same script runs on H2 and PostgreSQL.
ALTER TABLE forecast_issue ADD COLUMN classification VARCHAR(300) DEFAULT 'NATO UNCLASSIFIED' NOT NULL;
ALTER TABLE reported_stance ADD COLUMN classification VARCHAR(300) DEFAULT 'NATO UNCLASSIFIED' NOT NULL;
ALTER TABLE forecast ADD COLUMN classification VARCHAR(300) DEFAULT 'NATO UNCLASSIFIED' NOT NULL;

UPDATE forecast_issue SET classification = 'PUBLIC'
 WHERE EXISTS (SELECT 1 FROM journal j WHERE j.type = 'ForecastIssueDefined' AND j.actor = 'concord (SYSTEM)'
                                         AND j.subject = 'issue:' || forecast_issue.id);

-- A stance's journal payload is its canonical JSON (keys sorted, no white space) with its id.
UPDATE reported_stance SET classification = 'PUBLIC'
 WHERE EXISTS (SELECT 1 FROM journal j WHERE j.type = 'StanceReported' AND j.actor = 'concord (SYSTEM)'
                                         AND j.subject = 'issue:' || reported_stance.issue_id
                                         AND j.payload LIKE '%"id":' || CAST(reported_stance.id AS VARCHAR(20)) || ',%');

UPDATE forecast SET classification = 'PUBLIC'
 WHERE EXISTS (SELECT 1 FROM forecast_issue i WHERE i.id = forecast.issue_id AND i.classification = 'PUBLIC')
   AND NOT EXISTS (SELECT 1 FROM reported_stance s WHERE s.issue_id = forecast.issue_id AND s.classification <> 'PUBLIC');
