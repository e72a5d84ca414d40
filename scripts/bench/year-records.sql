-- Five years of generated records (2026–2030; 03390: 2027–2030, on top of its 2026 demo) for the communes of
-- temp table gen_commune (id, code): sessions, Action-Month plans, surveys (a 2025 baseline where missing),
-- media products and convention reviews; deterministic (md5 of the keys), created_by = 'bench'.
-- Shared by scripts/bench/dashboard.sh and scripts/bench/province-comparison.sh, included with
--   \i :records   (psql variables: sessions, products, seed — the md5 prefix —, note — the sessions' note).
-- Runs inside the caller's transaction.
CREATE TEMP TABLE cy ON COMMIT DROP AS
SELECT c.id AS commune_id, c.code, y.year,
       (SELECT array_agg(u.id ORDER BY u.id) FROM unit u WHERE u.commune_id = c.id) AS units,
       (SELECT array_agg(v.id ORDER BY v.code) FROM area v WHERE v.parent_id = c.id AND v.level = 'VILLAGE') AS villages
FROM gen_commune c
CROSS JOIN generate_series(2026, 2030) AS y(year)
WHERE NOT (c.code = '03390' AND y.year = 2026);

-- Sessions: :sessions per commune and year, every unit, 1–2 topics (LAW_POLICY on about 1 in 6),
-- 1–2 audience groups, a village for 4 in 5; broadcasts and posts have a reach and no participants.
WITH pools AS (
    SELECT (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'TOPIC') AS topics,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'FORMAT') AS formats,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'AUDIENCE_GROUP') AS audiences,
           (SELECT array_agg(r.id ORDER BY r.sort_order) FROM reference_item r WHERE r.commune_id IS NULL AND r.kind = 'LANGUAGE') AS languages
), hashed AS (
    SELECT cy.*, g.i,
           ('x' || substr(m.m, 1, 8))::bit(32)::bigint AS h1,
           ('x' || substr(m.m, 9, 8))::bit(32)::bigint AS h2,
           ('x' || substr(m.m, 17, 8))::bit(32)::bigint AS h3,
           ('x' || substr(m.m, 25, 8))::bit(32)::bigint AS h4
    FROM cy CROSS JOIN generate_series(1, :sessions) AS g(i)
    CROSS JOIN LATERAL (SELECT md5(:'seed' || '/' || cy.code || '/' || cy.year || '/' || g.i) AS m) m
), shaped AS (
    SELECT h.*, p.*, f.id AS format_id, f.needs_reach,
           CASE WHEN f.needs_reach THEN 0 ELSE 15 + (h.h3 % 56)::int END AS total
    FROM hashed h CROSS JOIN pools p
    JOIN reference_item f ON f.id = p.formats[1 + (h.h2 % array_length(p.formats, 1))::int]
)
INSERT INTO communication_session (commune_id, unit_id, held_on, duration_minutes, task_groups, topic_ids, format_id,
                                   village_id, language_ids, audience_ids, participants_male, participants_female,
                                   ethnic_minority, reach, cost_vnd, notes, created_by, updated_by)
SELECT s.commune_id,
       s.units[1 + (s.i % array_length(s.units, 1))::int],
       make_date(s.year, 1, 1) + (s.h1 % 362)::int,
       CASE WHEN s.needs_reach THEN NULL ELSE 45 + (s.h4 % 10)::int * 15 END,
       ARRAY[1 + (s.h2 % 7)::int],
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[
             CASE WHEN s.h1 % 6 = 0 THEN s.topics[1] ELSE s.topics[2 + (s.h3 % (array_length(s.topics, 1) - 1))::int] END,
             CASE WHEN s.h4 % 2 = 0 THEN s.topics[2 + ((s.h3 / 16) % (array_length(s.topics, 1) - 1))::int] END]) AS t
             WHERE t IS NOT NULL ORDER BY t),
       s.format_id,
       CASE WHEN s.h2 % 5 <> 0 THEN s.villages[1 + ((s.h2 / 8) % array_length(s.villages, 1))::int] END,
       ARRAY[s.languages[1]],
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[s.audiences[1 + ((s.h3 / 256) % array_length(s.audiences, 1))::int],
             CASE WHEN s.h1 % 3 = 0 THEN s.audiences[1 + ((s.h1 / 3) % array_length(s.audiences, 1))::int] END]) AS t
             WHERE t IS NOT NULL ORDER BY t),
       s.total - s.total * (40 + (s.h4 / 8) % 41) / 100,
       s.total * (40 + (s.h4 / 8) % 41) / 100,
       s.total * (60 + (s.h4 / 4096) % 36) / 100,
       CASE WHEN s.needs_reach THEN 100 + (s.h3 % 2900)::int END,
       0,
       :'note',
       'bench', 'bench'
FROM shaped s;

-- Action-Month plans: 7 units in 8 file one, filed 01/10–29/11 (so some are late).
INSERT INTO action_month_plan (unit_id, year, document_number, document_date, summary, filed_on, received_on, created_by, updated_by)
SELECT u.id, cy.year, h.n || '/KH', make_date(cy.year, 10, 1) + (h.n % 60)::int - 3,
       'Kế hoạch Tháng hành động mô phỏng', make_date(cy.year, 10, 1) + (h.n % 60)::int,
       make_date(cy.year, 10, 1) + (h.n % 60)::int, 'bench', 'bench'
FROM cy JOIN unit u ON u.id = ANY (cy.units)
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('plan/' || u.id || '/' || cy.year), 1, 8))::bit(32)::bigint AS n) h
WHERE h.n % 8 <> 0
ON CONFLICT (unit_id, year) DO NOTHING;

-- Surveys: a 2025 baseline per commune without one, then a round per commune and year; 5 groups × 2 sexes.
INSERT INTO survey_round (commune_id, name, conducted_on, year, method, baseline, measure, threshold, scale_max,
                          created_by, updated_by)
SELECT c.id, 'Khảo sát nền mô phỏng năm 2025', DATE '2025-11-20', 2025, 'Phiếu hỏi 10 câu (mô phỏng)', true,
       'THRESHOLD', 7, 10, 'bench', 'bench'
FROM gen_commune c
ON CONFLICT (commune_id) WHERE baseline DO NOTHING;

INSERT INTO survey_round (commune_id, name, conducted_on, year, method, baseline, measure, threshold, scale_max,
                          created_by, updated_by)
SELECT cy.commune_id, 'Khảo sát mô phỏng năm ' || cy.year, make_date(cy.year, 10, 20), cy.year,
       'Phiếu hỏi 10 câu (mô phỏng)', false, 'THRESHOLD', 7, 10, 'bench', 'bench'
FROM cy;

INSERT INTO survey_result (round_id, group_id, sex, respondents, aware)
SELECT r.id, g.id, s.sex, 50 + (h.n % 80)::int,
       (50 + (h.n % 80)::int) * (35 + 3 * (r.year - 2025) + (h.n / 128 % 10)::int) / 100
FROM survey_round r
JOIN gen_commune c ON c.id = r.commune_id
CROSS JOIN (SELECT id, code FROM reference_item WHERE commune_id IS NULL AND kind = 'AUDIENCE_GROUP' AND sort_order <= 50) g
CROSS JOIN (VALUES ('M'), ('F')) AS s(sex)
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('survey/' || r.id || '/' || g.code || '/' || s.sex), 1, 8))::bit(32)::bigint AS n) h
WHERE r.created_by = 'bench'
ON CONFLICT (round_id, group_id, sex) DO NOTHING;

-- Media products: :products per commune and year; 3 in 4 assessed with checklist version 1.
INSERT INTO media_product (unit_id, kind, title, published_on, checklist_id, answers, passed, assessed_by, assessed_at,
                           created_by, updated_by)
SELECT cy.units[1 + (h.n % array_length(cy.units, 1))::int],
       (ARRAY['NEWS', 'BROADCAST', 'SOCIAL_POST', 'VIDEO', 'LEAFLET'])[1 + (h.n / 16 % 5)::int],
       'Sản phẩm truyền thông mô phỏng ' || g.i, make_date(cy.year, 1, 1) + (h.n / 128 % 360)::int,
       CASE WHEN a.assessed THEN k.id END,
       CASE WHEN a.assessed THEN jsonb_build_object('BALANCED_SOURCES', a.b[1], 'NO_STEREOTYPES', a.b[2],
            'NEUTRAL_LANGUAGE', a.b[3], 'WOMEN_LEADERSHIP', a.b[4], 'GBV_ETHICS', a.b[5]) END,
       CASE WHEN a.assessed THEN (SELECT count(*) FROM unnest(a.b) x WHERE x) >= k.threshold END,
       CASE WHEN a.assessed THEN 'bench' END,
       CASE WHEN a.assessed THEN make_date(cy.year, 12, 31)::timestamptz END,
       'bench', 'bench'
FROM cy CROSS JOIN generate_series(1, :products) AS g(i)
CROSS JOIN (SELECT id, threshold FROM media_checklist WHERE version = 1) k
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('media/' || cy.code || '/' || cy.year || '/' || g.i), 1, 12))::bit(48)::bigint AS n) h
CROSS JOIN LATERAL (SELECT h.n % 4 <> 0 AS assessed,
                           ARRAY[(h.n / 65536) % 4 <> 0, (h.n / 262144) % 4 <> 0, (h.n / 1048576) % 4 <> 0,
                                 (h.n / 4194304) % 4 <> 0, (h.n / 16777216) % 4 <> 0] AS b) a;

-- Convention reviews: 2 in 3 conventions reviewed each year, 3 in 4 reviews find no discrimination.
INSERT INTO convention_review (convention_id, reviewed_on, reviewers, no_discrimination, created_by)
SELECT k.id, make_date(cy.year, 6, 1) + (h.n % 150)::int, 'Tổ rà soát mô phỏng', (h.n / 4) % 4 <> 0, 'bench'
FROM cy
JOIN area v ON v.parent_id = cy.commune_id
JOIN village_convention k ON k.village_id = v.id AND k.status <> 'ANNULLED'
CROSS JOIN LATERAL (SELECT ('x' || substr(md5('review/' || k.id || '/' || cy.year), 1, 8))::bit(32)::bigint AS n) h
WHERE h.n % 3 <> 0;
