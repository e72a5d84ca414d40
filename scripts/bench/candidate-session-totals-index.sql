-- Candidate index for the session list's totals, measured with
--   scripts/bench/sessions-list.sh --apply scripts/bench/candidate-session-totals-index.sql
-- It is not a migration: a migration (V4__…) in backend/src/main/resources/db/migration makes it real.
--
-- The totals statement (count, sums of participants, count of distinct units) reads every matching
-- row. Without a filter other than the commune (or with the year) that is the whole commune, which
-- PostgreSQL reads with a Seq Scan of the table. The same key as ix_session_commune_held, with the
-- four summed columns included, lets it answer from the index alone (Index Only Scan) and still
-- serves the page's ORDER BY held_on DESC, id DESC, so it replaces ix_session_commune_held.
CREATE INDEX ix_session_commune_held_totals ON communication_session (commune_id, held_on DESC, id DESC)
    INCLUDE (unit_id, participants_male, participants_female, ethnic_minority);
DROP INDEX ix_session_commune_held;
