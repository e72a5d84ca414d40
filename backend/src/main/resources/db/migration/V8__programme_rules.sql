-- The programme's rules that several queries read, each defined once here (docs/rules.md lists them all).

-- Target 1: the topics that make a session one "on gender-equality law and policy". A session counts when
-- its topics overlap these; every query writes the test as  s.topic_ids && (SELECT law_policy_topic_ids())
-- (the scalar subquery makes PostgreSQL evaluate the list once per query, not once per row).
CREATE FUNCTION law_policy_topic_ids() RETURNS bigint[]
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT coalesce(array_agg(r.id ORDER BY r.id), '{}') FROM reference_item r WHERE r.kind = 'TOPIC' AND r.law_policy $$;

-- Target 5: the review that decides a convention's standing as of a day — the latest by date, then the
-- latest recorded on that date; NULL when it had none by then. Read by the list's standing filter, every
-- convention view and the indicator engine.
CREATE FUNCTION latest_convention_review_id(p_convention bigint, p_as_of date) RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT r.id FROM convention_review r
   WHERE r.convention_id = p_convention AND r.reviewed_on <= p_as_of
   ORDER BY r.reviewed_on DESC, r.id DESC LIMIT 1 $$;
