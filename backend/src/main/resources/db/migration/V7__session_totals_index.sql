-- The session list's totals (count, participants by sex, ethnic minority, distinct units) read every
-- matching row. With the counted columns included, a whole commune or year is answered from the
-- index alone (Index Only Scan) instead of the table; the key still serves the list's order.
-- Measured with scripts/bench/sessions-list.sh on 100,000 sessions (docs/benchmarks.md).
CREATE INDEX ix_session_commune_held_totals ON communication_session (commune_id, held_on DESC, id DESC)
    INCLUDE (unit_id, participants_male, participants_female, ethnic_minority);
DROP INDEX ix_session_commune_held;
