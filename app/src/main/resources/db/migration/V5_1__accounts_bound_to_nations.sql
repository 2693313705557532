-- A DELEGATION is bound to a member of the organisation, a PARTNER to a partner (issue 8). Existing accounts that break
-- the rule are disabled here, and listed so that Concord journals each disabling (AccountUnbound) when it next opens
-- the database. Nothing is disabled while the register is still empty (no member loaded yet). H2 and PostgreSQL.
CREATE TABLE account_unbound (
    name      VARCHAR(64)  PRIMARY KEY REFERENCES app_user (name),
    reason    VARCHAR(300) NOT NULL,
    journaled BOOLEAN      NOT NULL
);

INSERT INTO account_unbound (name, reason, journaled)
SELECT name, 'a DELEGATION must be bound to a member of the organisation; ' || COALESCE(nation, 'none') || ' is not one', FALSE
  FROM app_user
 WHERE role = 'DELEGATION' AND enabled AND EXISTS (SELECT 1 FROM member)
   AND (nation IS NULL OR nation NOT IN (SELECT iso3 FROM member));

INSERT INTO account_unbound (name, reason, journaled)
SELECT name, 'a PARTNER must be bound to a partner of the organisation; ' || COALESCE(nation, 'none') || ' is not one', FALSE
  FROM app_user
 WHERE role = 'PARTNER' AND enabled AND EXISTS (SELECT 1 FROM partner)
   AND (nation IS NULL OR nation NOT IN (SELECT iso3 FROM partner));

UPDATE app_user SET enabled = FALSE WHERE name IN (SELECT name FROM account_unbound);
