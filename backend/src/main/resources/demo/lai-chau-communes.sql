-- Demo data of more communes of Lai Châu (province 12), loaded after the Bình Lư scripts only when
-- BINHDANG_DEMO_DATA=true, so that the province's comparison of communes shows something real.
-- The communes are real (migration V11); everything this file adds is fictional: plans numbered
-- "DEMO-nn/KH-UBND" signed "(minh họa)", villages and conventions named "(minh họa)", units with
-- role contacts and fictional phone numbers, sessions holding counts only (never names), surveys,
-- Action-Month plans and media products recorded by 'demo'.
--
-- Eleven communes are enabled from the programme template (create_plan_from_template, migration V12),
-- with clearly different progress in 2026 (2025 for the survey baseline):
--   on track     Phong Thổ 03549, Than Uyên 03595, Tân Uyên 03598: nearly every unit held ≥ 2 sessions
--                on law and policy and filed its Action-Month plan before 15/11, awareness up 3–4.5
--                points, most media products pass the checklist, conventions reviewed clean;
--   middling     Tả Lèng 03405, Mường Tè 03445, Sìn Hồ 03478, Mường Khoa 03601: about half the units;
--   far behind   Khun Há 03430 (baseline survey only), Sì Lở Lầu 03562 (awareness down), and
--                Sin Suối Hồ 03394, which keeps only what demo/binh-lu*.sql gave it (two units, four
--                sessions) and gets its plan here;
--   not started  Khoen On 03640: enabled in November, plan only, no unit and no record.
--
-- Idempotent: a plan only for a commune not yet enabled (commune_enabled), villages and units on their
-- unique codes, sessions only while the commune has none recorded by 'demo', every other record only
-- when its natural key is missing (as in demo/binh-lu-targets.sql); a second run inserts nothing.
-- Deterministic: the figures come from the profile below by fixed arithmetic (no random(), no now()).
-- DemoData runs the file as one statement batch, i.e. one transaction: two replicas starting at once
-- wait for each other on the lock below, and the second finds everything there.

SELECT pg_advisory_xact_lock(hashtext('binhdang demo data'), 12);

-- Each commune's profile: n (its number here), units and villages to create, units meeting target 1
-- (the others hold 0 or 1 law/policy session), ordinary sessions per unit, Action-Month plans on time
-- and late, survey (FULL, BASELINE_ONLY, NONE) and the awareness change in points, media products
-- (assessed, passed), conventions reviewed in 2026 and how many of them clean.
CREATE TEMP TABLE demo_lai_chau (n int, code text, issued_on date, units int, villages int, met int, regular int,
    on_time int, late int, survey text, gain numeric, products int, assessed int, passed int, reviewed int,
    clean int);
INSERT INTO demo_lai_chau VALUES
    ( 1, '03549', DATE '2026-04-21', 8, 6, 8, 8, 8, 0, 'FULL',           4.5, 12, 11, 9, 6, 6),
    ( 2, '03595', DATE '2026-04-24', 8, 5, 7, 7, 7, 1, 'FULL',           3.5, 10, 10, 6, 5, 5),
    ( 3, '03598', DATE '2026-04-27', 7, 5, 7, 7, 6, 0, 'FULL',           3.0,  9,  8, 5, 5, 4),
    ( 4, '03405', DATE '2026-05-04', 7, 4, 4, 5, 3, 2, 'FULL',           1.5,  8,  6, 2, 3, 2),
    ( 5, '03445', DATE '2026-05-07', 8, 5, 4, 5, 4, 1, 'FULL',           1.0,  6,  4, 1, 4, 3),
    ( 6, '03478', DATE '2026-05-11', 6, 4, 3, 4, 2, 2, 'FULL',           2.0,  5,  2, 1, 2, 1),
    ( 7, '03601', DATE '2026-05-14', 7, 4, 3, 4, 3, 1, 'FULL',           0.5,  4,  4, 1, 4, 2),
    ( 8, '03430', DATE '2026-06-08', 6, 3, 1, 2, 0, 1, 'BASELINE_ONLY',  NULL, 2,  1, 0, 0, 0),
    ( 9, '03562', DATE '2026-06-15', 5, 3, 0, 2, 0, 0, 'FULL',          -1.0,  0,  0, 0, 1, 0),
    (10, '03394', DATE '2026-07-06', 0, 0, 0, 0, 0, 0, 'NONE',           NULL, 0,  0, 0, 0, 0),
    (11, '03640', DATE '2026-11-20', 0, 0, 0, 0, 0, 0, 'NONE',           NULL, 0,  0, 0, 0, 0);

-- The units a commune creates, in this order (a commune with k units has the first k); {xa} is the
-- commune's name without "Xã". Women's share of participants between female_lo and female_hi %.
CREATE TEMP TABLE demo_lai_chau_unit (pos int, kind text, code text, name text, contact text, targets int[],
    audience text, school boolean, female_lo int, female_hi int);
INSERT INTO demo_lai_chau_unit VALUES
    (1, 'CULTURE_SOCIAL_OFFICE',   'VHXH',   'Phòng Văn hóa – Xã hội',                  'Công chức Văn hóa – Xã hội', ARRAY[1, 2, 3, 5], 'COMMUNITY',        false, 45, 60),
    (2, 'GENERAL_SERVICES_CENTRE', 'TTDVTH', 'Trung tâm Dịch vụ tổng hợp',              'Viên chức truyền thông',     ARRAY[1, 4],       'COMMUNITY',        false, 45, 55),
    (3, 'HEALTH_STATION',          'TYT',    'Trạm Y tế xã {xa}',                       'Trạm trưởng',                ARRAY[1],          'VULNERABLE_WOMEN', false, 55, 75),
    (4, 'FRONT_MASS_ORGANISATION', 'HLHPN',  'Hội Liên hiệp Phụ nữ xã',                 'Chủ tịch Hội',               ARRAY[1],          'VULNERABLE_WOMEN', false, 70, 90),
    (5, 'FRONT_MASS_ORGANISATION', 'MTTQ',   'Ủy ban Mặt trận Tổ quốc Việt Nam xã',     'Phó Chủ tịch Ủy ban MTTQ',   ARRAY[1],          'PRESTIGIOUS',      false, 40, 55),
    (6, 'FRONT_MASS_ORGANISATION', 'DTN',    'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', 'Bí thư Đoàn',                ARRAY[1],          'YOUTH',            false, 45, 55),
    (7, 'SCHOOL',                  'THCS',   'Trường Trung học cơ sở {xa}',             'Phó hiệu trưởng',            ARRAY[1],          'PUPILS',           true,  45, 55),
    (8, 'ECONOMIC_OFFICE',         'KT',     'Phòng Kinh tế',                           'Công chức Kinh tế',          ARRAY[1],          'FEMALE_WORKERS',   false, 45, 60);

-- ---------------------------------------------------------------------------------------------
-- Plans: each commune enabled as a province administrator does it, from the template.
SELECT create_plan_from_template(c.id, 'DEMO-' || lpad(d.n::text, 2, '0') || '/KH-UBND', d.issued_on,
       'ngày ' || extract(day FROM d.issued_on) || ' tháng ' || extract(month FROM d.issued_on) || ' năm 2026',
       'Người ký (minh họa)', 'TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch',
       'Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu về thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Lai Châu',
       'demo')
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
WHERE NOT commune_enabled(c.id)
ORDER BY d.n;

-- ---------------------------------------------------------------------------------------------
-- Villages (names illustrative, marked "(minh họa)") and units.
INSERT INTO area (code, name, level, parent_id)
SELECT d.code || '-' || lpad(g.v::text, 2, '0'),
       'Bản ' || (ARRAY['Nà Khum', 'Phiêng Pẳn', 'Sin Chải', 'Hồ Pen', 'Nậm Pắc', 'Tà Chải'])[1 + (g.v + d.n) % 6]
           || ' (minh họa)',
       'VILLAGE', c.id
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
CROSS JOIN LATERAL generate_series(1, d.villages) AS g(v)
ON CONFLICT (code) DO NOTHING;

INSERT INTO unit (commune_id, kind, code, name, contact_person, phone, active_from, targets)
SELECT c.id, k.kind, k.code, replace(k.name, '{xa}', regexp_replace(c.name, '^Xã ', '')), k.contact,
       '0913' || lpad(d.n::text, 3, '0') || lpad(k.pos::text, 3, '0'), DATE '2026-01-01', k.targets
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
JOIN demo_lai_chau_unit k ON k.pos <= d.units
ON CONFLICT (commune_id, code) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Target 1: sessions of 2026 (12/01–22/11). A unit meeting the target holds 2 or 3 sessions on law and
-- policy, another 0 or 1; the law/policy sessions are spread evenly among its ordinary ones.
WITH ref AS (
    SELECT kind, code, id FROM reference_item WHERE commune_id IS NULL
), commune AS (
    SELECT d.*, c.id AS commune_id
    FROM demo_lai_chau d JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
    WHERE NOT EXISTS (SELECT 1 FROM communication_session x WHERE x.commune_id = c.id AND x.created_by = 'demo')
), units AS (
    SELECT cm.n, cm.commune_id, cm.villages, k.pos, k.code AS unit_code, k.audience, k.school, k.female_lo,
           k.female_hi, u.id AS unit_id, u.name AS unit_name,
           CASE WHEN k.pos <= cm.met THEN 2 + (k.pos + cm.n) % 2 ELSE (k.pos + cm.n) % 2 END AS law_n,
           cm.regular + (k.pos * 3 + cm.n) % 4 AS reg_n
    FROM commune cm
    JOIN demo_lai_chau_unit k ON k.pos <= cm.units
    JOIN unit u ON u.commune_id = cm.commune_id AND u.code = k.code
), rows AS (
    SELECT un.*, g.j, un.law_n + un.reg_n AS total_n,
           floor(g.j * un.law_n::numeric / (un.law_n + un.reg_n))
               > floor((g.j - 1) * un.law_n::numeric / (un.law_n + un.reg_n)) AS law,
           DATE '2026-01-12' + ((g.j * 311) / (un.law_n + un.reg_n + 1) + un.pos * 5 + un.n * 2) % 315 AS held_on
    FROM units un CROSS JOIN LATERAL generate_series(1, un.law_n + un.reg_n) AS g(j)
), shaped AS (
    SELECT r.*,
           CASE WHEN r.school THEN (ARRAY['SCHOOL_LESSON', 'SCHOOL_LESSON', 'CONFERENCE'])[1 + r.j % 3]
                WHEN r.unit_code = 'TYT' THEN (ARRAY['VILLAGE_MEETING', 'CONFERENCE'])[1 + r.j % 2]
                ELSE (ARRAY['VILLAGE_MEETING', 'CONFERENCE', 'VILLAGE_MEETING', 'TRAINING', 'CULTURAL_EVENT'])[1 + (r.j + r.pos) % 5]
           END AS format,
           CASE WHEN r.school THEN (ARRAY['SCHOOL_VIOLENCE', 'STEREOTYPES', 'FAMILY'])[1 + (r.j + r.n) % 3]
                ELSE (ARRAY['GBV_PREVENTION', 'FAMILY', 'STEREOTYPES', 'CHILD_MARRIAGE', 'SEX_RATIO_AT_BIRTH',
                            'WOMEN_ECONOMY'])[1 + (r.j + r.pos * 2 + r.n) % 6]
           END AS topic,
           20 + (r.j * 17 + r.pos * 11 + r.n * 7) % 40 AS total
    FROM rows r
), placed AS (
    SELECT s.*, v.id AS village_id, v.name AS village_name,
           round(s.total * (s.female_lo + (s.j * 7 + s.n) % (s.female_hi - s.female_lo + 1)) / 100.0)::int AS female,
           CASE WHEN v.id IS NOT NULL AND (s.j + s.n) % 3 <> 0 THEN CASE WHEN s.n % 2 = 1 THEN 'HMONG' ELSE 'THAI' END
           END AS second_language,
           CASE s.format WHEN 'TRAINING' THEN 1500000 + ((s.j + s.n) % 6) * 100000
                         WHEN 'CULTURAL_EVENT' THEN 1000000 + ((s.j + s.pos) % 8) * 100000
                         ELSE 0 END::bigint AS cost
    FROM shaped s
    LEFT JOIN area v ON s.villages > 0 AND s.format IN ('VILLAGE_MEETING', 'CULTURAL_EVENT', 'SCHOOL_LESSON')
         AND v.level = 'VILLAGE'
         AND v.code = (SELECT c.code FROM area c WHERE c.id = s.commune_id) || '-' || lpad((1 + (s.j + s.pos) % s.villages)::text, 2, '0')
)
INSERT INTO communication_session (commune_id, unit_id, held_on, duration_minutes, task_groups, topic_ids, format_id,
                                   village_id, venue, language_ids, audience_ids, participants_male,
                                   participants_female, ethnic_minority, cost_vnd, funding_source_id, notes,
                                   created_at, created_by, updated_at, updated_by)
SELECT p.commune_id, p.unit_id, p.held_on,
       CASE p.format WHEN 'VILLAGE_MEETING' THEN 60 + (p.j % 3) * 15 WHEN 'SCHOOL_LESSON' THEN 45
                     WHEN 'TRAINING' THEN 180 WHEN 'CULTURAL_EVENT' THEN 150 ELSE 90 END,
       CASE WHEN p.law THEN ARRAY[1, 6] ELSE ARRAY[6] END,
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'TOPIC'
             AND f.code = ANY (CASE WHEN p.law THEN ARRAY['LAW_POLICY', p.topic] ELSE ARRAY[p.topic] END) ORDER BY f.id),
       (SELECT f.id FROM ref f WHERE f.kind = 'FORMAT' AND f.code = p.format),
       p.village_id,
       CASE WHEN p.school THEN p.unit_name
            WHEN p.village_id IS NOT NULL THEN 'Nhà văn hóa ' || regexp_replace(p.village_name, '^Bản ', 'bản ')
            WHEN p.unit_code = 'TYT' THEN 'Trạm Y tế xã'
            ELSE 'Hội trường Ủy ban nhân dân xã' END,
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'LANGUAGE' AND f.code IN ('VI', p.second_language) ORDER BY f.id),
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'AUDIENCE_GROUP'
             AND f.code IN (p.audience, CASE WHEN p.village_id IS NOT NULL THEN 'ETHNIC_MINORITY' END) ORDER BY f.id),
       p.total - p.female, p.female, p.total * (70 + (p.j * 3 + p.pos) % 25) / 100,
       p.cost,
       (SELECT f.id FROM ref f WHERE f.kind = 'FUNDING_SOURCE'
        AND f.code = CASE p.format WHEN 'TRAINING' THEN 'COMMUNE_BUDGET' WHEN 'CULTURAL_EVENT' THEN 'SOCIALISATION' END),
       CASE p.format WHEN 'VILLAGE_MEETING' THEN 'Họp bản' WHEN 'CONFERENCE' THEN 'Hội nghị' WHEN 'TRAINING' THEN 'Tập huấn'
                     WHEN 'SCHOOL_LESSON' THEN 'Tiết học ngoại khóa' ELSE 'Giao lưu văn nghệ' END
       || CASE WHEN p.law THEN ' tuyên truyền Luật Bình đẳng giới và các văn bản hướng dẫn' ELSE
           CASE p.topic WHEN 'GBV_PREVENTION' THEN ' về phòng ngừa, ứng phó với bạo lực trên cơ sở giới'
                        WHEN 'FAMILY' THEN ' về xây dựng gia đình bình đẳng, tiến bộ, hạnh phúc'
                        WHEN 'STEREOTYPES' THEN ' về xóa bỏ định kiến giới'
                        WHEN 'CHILD_MARRIAGE' THEN ' về phòng chống tảo hôn'
                        WHEN 'SEX_RATIO_AT_BIRTH' THEN ' về mất cân bằng giới tính khi sinh'
                        WHEN 'WOMEN_ECONOMY' THEN ' về phụ nữ tham gia phát triển kinh tế'
                        WHEN 'SCHOOL_VIOLENCE' THEN ' về phòng chống bạo lực học đường' END END
       || ' (dữ liệu minh họa).',
       (p.held_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (p.held_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM placed p
ORDER BY p.n, p.held_on, p.pos, p.j;

-- ---------------------------------------------------------------------------------------------
-- Target 2: Action-Month plans of 2026, the first units on time (19/10–11/11), the next ones late
-- (16/11–23/11), the rest none.
INSERT INTO action_month_plan (unit_id, year, document_number, document_date, summary, filed_on, received_on,
                               created_at, created_by, updated_at, updated_by)
SELECT u.id, 2026, 'DEMO-' || lpad(k.pos::text, 2, '0') || '/KH-' || k.code, r.received_on - 4,
       'Hoạt động hưởng ứng Tháng hành động vì bình đẳng giới năm 2026 của ' || u.name || ' (dữ liệu minh họa).',
       r.received_on, r.received_on,
       (r.received_on + TIME '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (r.received_on + TIME '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
JOIN demo_lai_chau_unit k ON k.pos <= least(d.units, d.on_time + d.late)
JOIN unit u ON u.commune_id = c.id AND u.code = k.code
CROSS JOIN LATERAL (SELECT CASE WHEN k.pos <= d.on_time THEN DATE '2026-10-19' + (k.pos * 4 + d.n) % 24
                                ELSE DATE '2026-11-16' + (k.pos + d.n) % 8 END AS received_on) r
ON CONFLICT (unit_id, year) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Target 3: the 2025 baseline and the 2026 round ("7 of 10 questions right"); each group's 2026 rate is
-- the baseline's plus the commune's gain (± 0.5 point by group, which averages out over the six rows).
INSERT INTO survey_round (commune_id, name, conducted_on, year, method, baseline, measure, threshold, scale_max,
                          created_at, created_by, updated_at, updated_by)
SELECT c.id, r.name, r.conducted_on, extract(year FROM r.conducted_on)::int,
       'Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp tại các bản; đạt khi trả lời đúng từ 7 câu (dữ liệu minh họa)',
       r.baseline, 'THRESHOLD', 7, 10,
       (r.conducted_on + 10 + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (r.conducted_on + 10 + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
CROSS JOIN LATERAL (VALUES
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', DATE '2025-11-10' + d.n, true),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026', DATE '2026-10-05' + d.n, false)) AS r(name, conducted_on, baseline)
WHERE (d.survey = 'FULL' OR (d.survey = 'BASELINE_ONLY' AND r.baseline))
  AND NOT EXISTS (SELECT 1 FROM survey_round x WHERE x.commune_id = c.id AND x.name = r.name)
ORDER BY d.n, r.conducted_on
ON CONFLICT (commune_id) WHERE baseline DO NOTHING;

WITH groups (g, group_code, sex, base_pct) AS (VALUES
    (1, 'ETHNIC_MINORITY', 'M', 48), (2, 'ETHNIC_MINORITY', 'F', 44), (3, 'VULNERABLE_WOMEN', 'F', 33),
    (4, 'YOUTH', 'M', 55), (5, 'YOUTH', 'F', 58), (6, 'MEN', 'M', 38)
)
INSERT INTO survey_result (round_id, group_id, sex, respondents, aware)
SELECT s.id, ri.id, g.sex, x.respondents,
       round(x.respondents * (g.base_pct + d.n % 5 - 2
             + CASE WHEN s.baseline THEN 0 ELSE d.gain + ((g.g + d.n) % 3 - 1) * 0.5 END) / 100.0)::int
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
JOIN survey_round s ON s.commune_id = c.id AND s.created_by = 'demo'
CROSS JOIN groups g
JOIN reference_item ri ON ri.kind = 'AUDIENCE_GROUP' AND ri.code = g.group_code AND ri.commune_id IS NULL
CROSS JOIN LATERAL (SELECT CASE WHEN s.baseline THEN 60 + (g.g * 13 + d.n * 7) % 50
                                ELSE 62 + (g.g * 11 + d.n * 5) % 50 END AS respondents) x
WHERE d.survey <> 'NONE'
ON CONFLICT (round_id, group_id, sex) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Target 4: media products of 2026 (checklist version 1, threshold 4 of 5 criteria). The earliest
-- "assessed" products are assessed; of them exactly "passed" pass (picked by (7j + n) mod assessed).
WITH checklist AS (
    SELECT id, threshold, criteria FROM media_checklist WHERE version = 1
), products AS (
    SELECT d.n, c.id AS commune_id, regexp_replace(c.name, '^Xã ', '') AS xa, g.j,
           CASE WHEN g.j % 3 = 0 THEN 'HLHPN' WHEN g.j % 4 = 1 AND g.j > 1 THEN 'VHXH' ELSE 'TTDVTH' END AS unit_code,
           (ARRAY['NEWS', 'BROADCAST', 'SOCIAL_POST', 'VIDEO', 'LEAFLET'])[1 + g.j % 5] AS kind,
           DATE '2026-02-05' + ((g.j - 1) * 280 / d.products) + d.n % 5 AS published_on,
           CASE WHEN g.j > d.assessed THEN NULL
                WHEN (g.j * 7 + d.n) % d.assessed < d.passed THEN (ARRAY['11110', '11111', '11011', '10111'])[1 + g.j % 4]
                ELSE (ARRAY['11000', '10100', '01100', '00110'])[1 + g.j % 4] END AS answers
    FROM demo_lai_chau d
    JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
    CROSS JOIN LATERAL generate_series(1, d.products) AS g(j)
), titled AS (
    SELECT p.*, replace((ARRAY[
               'Xã {xa} triển khai Kế hoạch truyền thông về bình đẳng giới giai đoạn 2026–2030',
               'Phát thanh: Luật Bình đẳng giới và quyền của phụ nữ',
               'Ngày Quốc tế Phụ nữ 08/3: phụ nữ {xa} làm kinh tế giỏi',
               'Phóng sự: chia sẻ việc nhà trong gia đình ở {xa}',
               'Tờ rơi song ngữ: Nói không với tảo hôn',
               'Phát thanh: Gia đình bình đẳng, không bạo lực',
               'Phản bác thông tin sai lệch về vai trò của phụ nữ',
               'Video ngắn: Bố cũng chăm con',
               'Pa-nô: Bình đẳng giới là trách nhiệm của mỗi gia đình',
               'Tháng hành động vì bình đẳng giới năm 2026 ở xã {xa}',
               'Hội thi tìm hiểu pháp luật về bình đẳng giới',
               'Mô hình "Địa chỉ tin cậy" ở cộng đồng'])[p.j], '{xa}', p.xa) || ' (minh họa)' AS title
    FROM products p
)
INSERT INTO media_product (unit_id, kind, title, published_on, checklist_id, answers, passed, assessed_by, assessed_at,
                           created_at, created_by, updated_at, updated_by)
SELECT u.id, t.kind, t.title, t.published_on,
       CASE WHEN t.answers IS NOT NULL THEN k.id END,
       CASE WHEN t.answers IS NOT NULL THEN
           (SELECT jsonb_object_agg(cr.value ->> 'code', substr(t.answers, cr.ord::int, 1) = '1')
            FROM jsonb_array_elements(k.criteria) WITH ORDINALITY AS cr(value, ord)) END,
       CASE WHEN t.answers IS NOT NULL THEN length(replace(t.answers, '0', '')) >= k.threshold END,
       CASE WHEN t.answers IS NOT NULL THEN 'demo' END,
       CASE WHEN t.answers IS NOT NULL THEN (t.published_on + 5 + TIME '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       (t.published_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (t.published_on + CASE WHEN t.answers IS NOT NULL THEN 5 ELSE 0 END + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       'demo'
FROM titled t
CROSS JOIN checklist k
JOIN unit u ON u.commune_id = t.commune_id AND u.code = t.unit_code
WHERE NOT EXISTS (SELECT 1 FROM media_product x
                  WHERE x.unit_id = u.id AND x.title = t.title AND x.published_on = t.published_on)
ORDER BY t.n, t.published_on;

-- ---------------------------------------------------------------------------------------------
-- Target 5: one convention per village; the first "reviewed" are reviewed in 2026, the first "clean"
-- of them found without discrimination, the others with one discriminating clause.
INSERT INTO village_convention (village_id, title, decision_number, decision_date, status, created_at, created_by,
                                updated_at, updated_by)
SELECT v.id, 'Hương ước ' || regexp_replace(v.name, '^Bản ', 'bản '), 'DEMO-' || lpad(g.v::text, 2, '0') || '/QĐ-UBND',
       DATE '2019-06-12' + (g.v * 97 + d.n * 31) % 1200, 'IN_FORCE',
       TIMESTAMPTZ '2026-03-02 09:00:00+07', 'demo', TIMESTAMPTZ '2026-03-02 09:00:00+07', 'demo'
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
CROSS JOIN LATERAL generate_series(1, d.villages) AS g(v)
JOIN area v ON v.parent_id = c.id AND v.level = 'VILLAGE' AND v.code = d.code || '-' || lpad(g.v::text, 2, '0')
WHERE NOT EXISTS (SELECT 1 FROM village_convention x
                  WHERE x.village_id = v.id AND x.title = 'Hương ước ' || regexp_replace(v.name, '^Bản ', 'bản '))
ORDER BY d.n, g.v;

WITH clauses (m, clause) AS (VALUES
    (0, '[{"text": "Đất ở, đất vườn của gia đình do con trai thừa kế (minh họa).", "category": "INHERITANCE_SONS_ONLY",
           "recommendation": "Sửa thành: con trai, con gái được thừa kế ngang nhau theo quy định của pháp luật.", "followUp": null}]'),
    (1, '[{"text": "Họp bản do chủ hộ là nam giới dự (minh họa).", "category": "WOMEN_EXCLUDED_FROM_MEETINGS",
           "recommendation": "Mọi thành viên từ 18 tuổi, nam và nữ, đều được dự họp bản và biểu quyết.", "followUp": null}]'),
    (2, '[{"text": "Khuyến khích mỗi gia đình có con trai để nối dõi (minh họa).", "category": "SON_PREFERENCE",
           "recommendation": "Bỏ điều này; tuyên truyền về mất cân bằng giới tính khi sinh.", "followUp": null}]')
)
INSERT INTO convention_review (convention_id, reviewed_on, reviewers, no_discrimination, clauses, created_at, created_by)
SELECT k.id, r.reviewed_on,
       'Tổ rà soát của UBND xã: Phòng Văn hóa – Xã hội, Hội Liên hiệp Phụ nữ xã và trưởng bản (minh họa)',
       g.v <= d.clean, CASE WHEN g.v <= d.clean THEN '[]'::jsonb ELSE cl.clause::jsonb END,
       (r.reviewed_on + 2 + TIME '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM demo_lai_chau d
JOIN area c ON c.code = d.code AND c.level = 'COMMUNE'
CROSS JOIN LATERAL generate_series(1, least(d.reviewed, d.villages)) AS g(v)
JOIN area v ON v.parent_id = c.id AND v.level = 'VILLAGE' AND v.code = d.code || '-' || lpad(g.v::text, 2, '0')
JOIN village_convention k ON k.village_id = v.id AND k.created_by = 'demo'
JOIN clauses cl ON cl.m = (g.v + d.n) % 3
CROSS JOIN LATERAL (SELECT DATE '2026-04-15' + (g.v * 23 + d.n * 5) % 200 AS reviewed_on) r
WHERE NOT EXISTS (SELECT 1 FROM convention_review x WHERE x.convention_id = k.id AND x.reviewed_on = r.reviewed_on)
ORDER BY d.n, g.v;

DROP TABLE pg_temp.demo_lai_chau;
DROP TABLE pg_temp.demo_lai_chau_unit;
