-- Demo activity of Bình Lư in 2026 (after demo/binh-lu.sql): the commune's campaigns and the
-- communication sessions its units recorded from 01/01/2026 to 28/11/2026, plus a few sessions of
-- the second commune, Sin Suối Hồ 03394. Loaded only when BINHDANG_DEMO_DATA=true.
--
-- Idempotent: campaigns are skipped when the commune already has them (uq_campaign_recurring for the
-- four yearly peaks, the name for the other one); their units are added only together with a
-- campaign this script creates; sessions are inserted only while the commune has no session
-- recorded by 'demo'. A second run therefore inserts nothing.
-- Deterministic: no random(); the variety (dates, formats, counts, villages, costs) comes from
-- md5 of the unit code and the row number. Everything is fictional: sessions hold counts only, and
-- the recorders are 'demo' and the realm's demo reporter of the health station (baocao.tramyte).
--
-- Target 1 of the plan (≥ 2 law/policy sessions per unit and year) is met in 2026 by 11 of the 14
-- units; Trường Mầm non and Hợp tác xã Chè have one such session, Hội Cựu chiến binh none.

-- ---------------------------------------------------------------------------------------------
-- Campaigns of 2026: the four recurring peaks as the backend proposes them (Occasion), and a
-- school-violence prevention week at the start of the school year. Lead unit: Phòng VH-XH.
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), lead AS (
    SELECT u.id FROM unit u JOIN commune c ON c.id = u.commune_id WHERE u.code = 'VHXH'
), wanted (occasion, name, theme, start_date, end_date, task_groups, description, units) AS (VALUES
    ('WOMENS_DAY', 'Chiến dịch truyền thông nhân Ngày Quốc tế Phụ nữ 08/3/2026',
     'Bình đẳng giới, vì sự tiến bộ của phụ nữ', DATE '2026-03-01', DATE '2026-03-08', ARRAY[1, 2],
     'Tuyên truyền pháp luật về bình đẳng giới, tôn vinh phụ nữ dân tộc thiểu số tham gia phát triển kinh tế; họp bản, phát thanh và bài đăng trên mạng xã hội.',
     ARRAY['HLHPN', 'TTDVTH', 'MTTQ', 'DTN', 'KT']),
    ('HAPPINESS_DAY', 'Chiến dịch truyền thông nhân Ngày Quốc tế Hạnh phúc 20/3/2026',
     'Gia đình bình đẳng, hạnh phúc', DATE '2026-03-14', DATE '2026-03-20', ARRAY[2, 6],
     'Sinh hoạt cộng đồng về gia đình bình đẳng, chia sẻ việc nhà; tư vấn tại Trạm Y tế.',
     ARRAY['HLHPN', 'TTDVTH', 'DTN', 'TYT', 'MN-BL']),
    ('FAMILY_DAY', 'Chiến dịch truyền thông nhân Ngày Gia đình Việt Nam 28/6/2026',
     'Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, không bạo lực', DATE '2026-06-20', DATE '2026-06-28', ARRAY[2, 6],
     'Ngày hội gia đình ở các bản, giao lưu văn nghệ, phòng chống tảo hôn và bạo lực gia đình.',
     ARRAY['HLHPN', 'TTDVTH', 'MTTQ', 'TYT', 'MN-BL', 'TH-BL', 'HND', 'HCCB']),
    ('OTHER', 'Tuần lễ phòng chống bạo lực học đường, xâm hại trẻ em năm học 2026–2027',
     'Trường học an toàn, thân thiện, bình đẳng', DATE '2026-09-14', DATE '2026-09-20', ARRAY[2, 6],
     'Tiết học ngoại khóa, họp cha mẹ học sinh và phát thanh về phòng chống bạo lực học đường, xâm hại trẻ em.',
     ARRAY['MN-BL', 'TH-BL', 'THCS-BL', 'DTN', 'TYT', 'TTDVTH']),
    ('ACTION_MONTH', 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026',
     'Chung tay thúc đẩy bình đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới', DATE '2026-11-15', DATE '2026-12-15', ARRAY[1, 2, 6],
     'Lễ phát động ngày 15/11, họp bản ở 8 bản, hội thi, phát thanh song ngữ; mọi cơ quan, đơn vị tham gia.',
     ARRAY['KT', 'TTDVTH', 'MN-BL', 'TH-BL', 'THCS-BL', 'TYT', 'VP-UBND', 'MTTQ', 'HLHPN', 'DTN', 'HND', 'HCCB', 'HTX-CHE'])
), created AS (
    INSERT INTO campaign (commune_id, name, theme, occasion, start_date, end_date, year, lead_unit_id, task_groups,
                          description, created_at, created_by, updated_at, updated_by)
    SELECT c.id, w.name, w.theme, w.occasion, w.start_date, w.end_date, 2026, (SELECT id FROM lead), w.task_groups,
           w.description, ((w.start_date - 14) + TIME '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
           ((w.start_date - 14) + TIME '09:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
    FROM wanted w CROSS JOIN commune c
    WHERE NOT EXISTS (SELECT 1 FROM campaign x
                      WHERE x.commune_id = c.id AND x.year = 2026 AND (x.name = w.name
                            OR (w.occasion <> 'OTHER' AND x.occasion = w.occasion)))
    ON CONFLICT (commune_id, year, occasion) WHERE occasion <> 'OTHER' DO NOTHING
    RETURNING id, commune_id, name
)
INSERT INTO campaign_unit (campaign_id, unit_id)
SELECT cr.id, u.id
FROM created cr
JOIN wanted w ON w.name = cr.name
JOIN unit u ON u.commune_id = cr.commune_id AND u.code = ANY (w.units)
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Sessions of Bình Lư, 01/01/2026 – 28/11/2026. Each unit has a profile (how many ordinary sessions,
-- how many of them on law and policy, its usual formats, topics, audiences and the share of women),
-- and takes part in the campaigns listed in "peak" with k sessions inside the campaign's dates.
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), ref AS (
    SELECT kind, code, id FROM reference_item WHERE commune_id IS NULL
), profile (code, n_reg, law_reg, peak_law, school, female_lo, female_hi, formats, topics, audiences) AS (VALUES
    ('VHXH', 20, 4, true, false, 45, 60,
     ARRAY['CONFERENCE', 'VILLAGE_MEETING', 'VILLAGE_MEETING', 'TRAINING', 'CULTURAL_EVENT', 'CONTEST'],
     ARRAY['GBV_PREVENTION', 'FAMILY', 'STEREOTYPES', 'CHILD_MARRIAGE'],
     ARRAY['OFFICIALS', 'COMMUNITY', 'ETHNIC_MINORITY', 'PRESTIGIOUS', 'VULNERABLE_WOMEN']),
    ('KT', 9, 1, true, false, 45, 60,
     ARRAY['CONFERENCE', 'TRAINING', 'VILLAGE_MEETING'],
     ARRAY['WOMEN_ECONOMY', 'STEREOTYPES'],
     ARRAY['FEMALE_WORKERS', 'OFFICIALS', 'COMMUNITY']),
    ('TTDVTH', 24, 4, true, false, 50, 50,
     ARRAY['LOUDSPEAKER', 'LOUDSPEAKER', 'SOCIAL_POST', 'SOCIAL_POST', 'NEWS_ARTICLE', 'VIDEO', 'LEAFLET'],
     ARRAY['GBV_PREVENTION', 'FAMILY', 'SEX_RATIO_AT_BIRTH', 'STEREOTYPES', 'MISINFORMATION', 'CHILD_MARRIAGE'],
     ARRAY['COMMUNITY', 'ETHNIC_MINORITY', 'YOUTH']),
    ('MN-BL', 8, 1, false, true, 45, 55,
     ARRAY['SCHOOL_LESSON', 'SCHOOL_LESSON', 'CONFERENCE', 'CULTURAL_EVENT'],
     ARRAY['FAMILY', 'STEREOTYPES', 'SCHOOL_VIOLENCE'],
     ARRAY['PUPILS', 'PARENTS']),
    ('TH-BL', 13, 1, true, true, 45, 55,
     ARRAY['SCHOOL_LESSON', 'SCHOOL_LESSON', 'SCHOOL_LESSON', 'CONTEST', 'CONFERENCE'],
     ARRAY['SCHOOL_VIOLENCE', 'STEREOTYPES', 'FAMILY'],
     ARRAY['PUPILS', 'PARENTS']),
    ('THCS-BL', 15, 2, true, true, 45, 55,
     ARRAY['SCHOOL_LESSON', 'SCHOOL_LESSON', 'SCHOOL_LESSON', 'CONTEST', 'CULTURAL_EVENT', 'CONFERENCE'],
     ARRAY['SCHOOL_VIOLENCE', 'CHILD_MARRIAGE', 'STEREOTYPES', 'MISINFORMATION'],
     ARRAY['PUPILS', 'YOUTH', 'PARENTS']),
    ('TYT', 14, 1, true, false, 55, 75,
     ARRAY['VILLAGE_MEETING', 'VILLAGE_MEETING', 'CONFERENCE', 'LEAFLET'],
     ARRAY['SEX_RATIO_AT_BIRTH', 'SEX_RATIO_AT_BIRTH', 'CHILD_MARRIAGE', 'GBV_PREVENTION'],
     ARRAY['VULNERABLE_WOMEN', 'MEN', 'ETHNIC_MINORITY', 'COMMUNITY']),
    ('VP-UBND', 7, 3, true, false, 35, 50,
     ARRAY['CONFERENCE', 'CONFERENCE', 'TRAINING'],
     ARRAY['MISINFORMATION', 'STEREOTYPES'],
     ARRAY['OFFICIALS']),
    ('MTTQ', 12, 2, true, false, 40, 55,
     ARRAY['VILLAGE_MEETING', 'VILLAGE_MEETING', 'CONFERENCE'],
     ARRAY['FAMILY', 'GBV_PREVENTION', 'CHILD_MARRIAGE'],
     ARRAY['PRESTIGIOUS', 'COMMUNITY', 'ETHNIC_MINORITY']),
    ('HLHPN', 20, 2, true, false, 70, 90,
     ARRAY['VILLAGE_MEETING', 'VILLAGE_MEETING', 'TRAINING', 'CONTEST', 'CULTURAL_EVENT'],
     ARRAY['GBV_PREVENTION', 'FAMILY', 'WOMEN_ECONOMY', 'CHILD_MARRIAGE'],
     ARRAY['VULNERABLE_WOMEN', 'FEMALE_WORKERS', 'ETHNIC_MINORITY', 'MEN']),
    ('DTN', 14, 1, true, false, 45, 55,
     ARRAY['SOCIAL_POST', 'SOCIAL_POST', 'CULTURAL_EVENT', 'CONTEST', 'VILLAGE_MEETING'],
     ARRAY['MISINFORMATION', 'STEREOTYPES', 'GBV_PREVENTION'],
     ARRAY['YOUTH', 'ETHNIC_MINORITY']),
    ('HND', 10, 1, true, false, 25, 40,
     ARRAY['VILLAGE_MEETING', 'VILLAGE_MEETING', 'TRAINING'],
     ARRAY['WOMEN_ECONOMY', 'FAMILY'],
     ARRAY['MEN', 'COMMUNITY', 'ETHNIC_MINORITY']),
    ('HCCB', 6, 0, false, false, 15, 30,
     ARRAY['VILLAGE_MEETING'],
     ARRAY['FAMILY', 'GBV_PREVENTION'],
     ARRAY['MEN', 'PRESTIGIOUS']),
    ('HTX-CHE', 6, 1, false, false, 60, 80,
     ARRAY['CONFERENCE', 'TRAINING'],
     ARRAY['WOMEN_ECONOMY', 'STEREOTYPES'],
     ARRAY['FEMALE_WORKERS'])
), peak (occasion, code, k) AS (VALUES
    ('WOMENS_DAY', 'VHXH', 2), ('WOMENS_DAY', 'HLHPN', 3), ('WOMENS_DAY', 'TTDVTH', 2), ('WOMENS_DAY', 'MTTQ', 1),
    ('WOMENS_DAY', 'DTN', 1), ('WOMENS_DAY', 'KT', 1),
    ('HAPPINESS_DAY', 'VHXH', 1), ('HAPPINESS_DAY', 'HLHPN', 2), ('HAPPINESS_DAY', 'TTDVTH', 2),
    ('HAPPINESS_DAY', 'DTN', 1), ('HAPPINESS_DAY', 'TYT', 1), ('HAPPINESS_DAY', 'MN-BL', 1),
    ('FAMILY_DAY', 'VHXH', 2), ('FAMILY_DAY', 'HLHPN', 2), ('FAMILY_DAY', 'TTDVTH', 2), ('FAMILY_DAY', 'MTTQ', 1),
    ('FAMILY_DAY', 'TYT', 1), ('FAMILY_DAY', 'MN-BL', 1), ('FAMILY_DAY', 'TH-BL', 1), ('FAMILY_DAY', 'HND', 1),
    ('FAMILY_DAY', 'HCCB', 1),
    ('OTHER', 'VHXH', 1), ('OTHER', 'TH-BL', 2), ('OTHER', 'THCS-BL', 3), ('OTHER', 'MN-BL', 1), ('OTHER', 'DTN', 2),
    ('OTHER', 'TYT', 1), ('OTHER', 'TTDVTH', 1),
    ('ACTION_MONTH', 'VHXH', 4), ('ACTION_MONTH', 'KT', 2), ('ACTION_MONTH', 'TTDVTH', 5), ('ACTION_MONTH', 'MN-BL', 2),
    ('ACTION_MONTH', 'TH-BL', 3), ('ACTION_MONTH', 'THCS-BL', 3), ('ACTION_MONTH', 'TYT', 3),
    ('ACTION_MONTH', 'VP-UBND', 2), ('ACTION_MONTH', 'MTTQ', 3), ('ACTION_MONTH', 'HLHPN', 5), ('ACTION_MONTH', 'DTN', 3),
    ('ACTION_MONTH', 'HND', 2), ('ACTION_MONTH', 'HCCB', 2), ('ACTION_MONTH', 'HTX-CHE', 2)
), village_profile (code, language, ethnic_lo, ethnic_hi) AS (VALUES
    ('03390-01', 'THAI', 60, 75), ('03390-02', 'THAI', 80, 92), ('03390-03', 'THAI', 85, 95),
    ('03390-04', 'HMONG', 88, 95), ('03390-05', 'THAI', 75, 90), ('03390-06', 'DAO', 85, 95),
    ('03390-07', 'HMONG', 85, 95), ('03390-08', 'HMONG', 88, 95)
), camp AS (
    -- The commune's 2026 campaigns this demo knows, whoever created them, with the units taking part.
    SELECT cp.id, cp.occasion, cp.start_date, least(cp.end_date, DATE '2026-11-28') AS last_day, cp.name,
           cp.lead_unit_id
    FROM campaign cp JOIN commune c ON c.id = cp.commune_id
    WHERE cp.year = 2026 AND (cp.occasion <> 'OTHER'
          OR cp.name = 'Tuần lễ phòng chống bạo lực học đường, xâm hại trẻ em năm học 2026–2027')
), ordinary AS (
    -- Ordinary sessions spread evenly over the year (schools: over school months only), moved a few
    -- days either way; a session falling in the Tết holiday (14–22/02) moves to the week after.
    SELECT p.code, 'R' AS occasion, g.n, md5(p.code || '/R/' || g.n) AS m,
           (floor(g.n * p.law_reg::numeric / p.n_reg) > floor((g.n - 1) * p.law_reg::numeric / p.n_reg)) AS law,
           p.school,
           floor((g.n - 0.5) * (CASE WHEN p.school THEN 240 ELSE 332 END) / p.n_reg)::int AS slot,
           CASE WHEN p.school THEN 240 ELSE 332 END AS span
    FROM profile p CROSS JOIN LATERAL generate_series(1, p.n_reg) AS g(n)
), ordinary_dated AS (
    SELECT o.code, o.occasion, o.n, o.m, o.law, d.held_on
    FROM ordinary o
    CROSS JOIN LATERAL (SELECT least(o.span - 1, greatest(0, o.slot
                               + (('x' || substr(o.m, 1, 8))::bit(32)::bigint % 7)::int - 3)) AS day) s
    CROSS JOIN LATERAL (SELECT CASE WHEN o.school AND s.day >= 151 THEN DATE '2026-09-01' + (s.day - 151)
                                    ELSE DATE '2026-01-01' + s.day END AS raw) r
    CROSS JOIN LATERAL (SELECT CASE WHEN r.raw BETWEEN DATE '2026-02-14' AND DATE '2026-02-22' THEN r.raw + 9
                                    ELSE r.raw END AS held_on) d
), peak_dated AS (
    -- Campaign sessions inside the campaign's dates (never after 28/11/2026).
    SELECT pk.code, pk.occasion, g.j AS n, md5(pk.code || '/' || pk.occasion || '/' || g.j) AS m,
           (pr.peak_law AND g.j = 1 AND pk.occasion IN ('WOMENS_DAY', 'ACTION_MONTH')) AS law,
           cp.start_date + least(cp.last_day - cp.start_date, greatest(0,
               floor((g.j - 0.5) * (cp.last_day - cp.start_date + 1) / pk.k)::int
               + (('x' || substr(md5(pk.code || '/' || pk.occasion || '/' || g.j), 1, 8))::bit(32)::bigint % 3)::int - 1))
               AS held_on
    FROM peak pk
    JOIN profile pr ON pr.code = pk.code
    JOIN camp cp ON cp.occasion = pk.occasion
    CROSS JOIN LATERAL generate_series(1, pk.k) AS g(j)
), all_rows AS (
    SELECT * FROM ordinary_dated UNION ALL SELECT * FROM peak_dated
), hashed AS (
    SELECT a.*, u.id AS unit_id, u.name AS unit_name, p.school, p.female_lo, p.female_hi, p.formats, p.topics,
           p.audiences,
           ('x' || substr(a.m, 9, 8))::bit(32)::bigint AS h2,
           ('x' || substr(a.m, 17, 8))::bit(32)::bigint AS h3,
           ('x' || substr(a.m, 25, 8))::bit(32)::bigint AS h4,
           -- campaign: the peak's own, or the campaign whose dates hold an ordinary session of a unit taking part
           (SELECT cp.id FROM camp cp
            WHERE a.held_on BETWEEN cp.start_date AND cp.last_day
              AND (a.occasion = cp.occasion OR (a.occasion = 'R' AND (cp.lead_unit_id = u.id
                   OR EXISTS (SELECT 1 FROM campaign_unit cu WHERE cu.campaign_id = cp.id AND cu.unit_id = u.id))))
            ORDER BY cp.id LIMIT 1) AS campaign_id
    FROM all_rows a
    JOIN profile p ON p.code = a.code
    JOIN unit u ON u.code = a.code AND u.commune_id = (SELECT id FROM commune)
), formatted AS (
    SELECT h.*,
           CASE
               -- school holidays (June–August): schools hold family days with pupils and parents instead of lessons
               WHEN h.school AND extract(month FROM h.held_on) BETWEEN 6 AND 8 THEN 'CULTURAL_EVENT'
               ELSE h.formats[1 + (h.h2 % array_length(h.formats, 1))::int]
           END AS format,
           h.topics[1 + (h.h3 % array_length(h.topics, 1))::int] AS unit_topic,
           CASE h.occasion
               WHEN 'WOMENS_DAY' THEN (ARRAY['WOMEN_ECONOMY', 'STEREOTYPES', 'GBV_PREVENTION'])[1 + (h.h4 % 3)::int]
               WHEN 'HAPPINESS_DAY' THEN 'FAMILY'
               WHEN 'FAMILY_DAY' THEN (ARRAY['FAMILY', 'FAMILY', 'CHILD_MARRIAGE'])[1 + (h.h4 % 3)::int]
               WHEN 'OTHER' THEN 'SCHOOL_VIOLENCE'
               WHEN 'ACTION_MONTH' THEN 'GBV_PREVENTION'
           END AS campaign_topic
    FROM hashed h
), placed AS (
    SELECT f.*,
           CASE WHEN f.format IN ('VILLAGE_MEETING', 'LOUDSPEAKER', 'LEAFLET', 'SCHOOL_LESSON')
                     OR (f.format IN ('CULTURAL_EVENT', 'CONTEST', 'TRAINING') AND f.h3 % 3 <> 0)
                THEN '03390-0' || (1 + (f.h3 / 7) % 8) END AS village_code,
           CASE WHEN f.format IN ('LOUDSPEAKER', 'SOCIAL_POST', 'NEWS_ARTICLE', 'VIDEO', 'LEAFLET') THEN 0
                WHEN f.format = 'VILLAGE_MEETING' THEN 20 + (f.h2 / 11) % 51
                WHEN f.format = 'SCHOOL_LESSON' THEN 25 + (f.h2 / 11) % 16
                WHEN f.format = 'TRAINING' THEN 15 + (f.h2 / 11) % 16
                WHEN f.format = 'CONFERENCE' THEN 20 + (f.h2 / 11) % 41
                WHEN f.format = 'CONTEST' THEN 30 + (f.h2 / 11) % 51
                ELSE 60 + (f.h2 / 11) % 141
           END::int AS total
    FROM formatted f
), counted AS (
    SELECT pl.*, v.id AS village_id, v.name AS village_name, vp.language AS village_language,
           round(pl.total * (pl.female_lo + (pl.h4 / 13) % (pl.female_hi - pl.female_lo + 1)) / 100.0)::int AS female,
           coalesce(vp.ethnic_lo + (pl.h4 / 17) % (vp.ethnic_hi - vp.ethnic_lo + 1), 60 + (pl.h4 / 17) % 21) AS ethnic_pct,
           -- an ethnic language beside Vietnamese at two sessions out of three in a village
           CASE WHEN vp.language IS NOT NULL AND pl.format IN ('VILLAGE_MEETING', 'LOUDSPEAKER', 'CULTURAL_EVENT')
                     AND pl.h3 % 3 <> 0 THEN vp.language
                WHEN pl.code = 'MN-BL' AND vp.language = 'THAI' THEN 'THAI' END AS second_language
    FROM placed pl
    LEFT JOIN village_profile vp ON vp.code = pl.village_code
    LEFT JOIN area v ON v.code = pl.village_code AND v.level = 'VILLAGE'
), priced AS (
    SELECT ct.*,
           CASE ct.format
               WHEN 'VILLAGE_MEETING' THEN CASE WHEN ct.h4 % 3 = 0 THEN 200000 + (ct.h4 / 3 % 7) * 100000 ELSE 0 END
               WHEN 'CONFERENCE' THEN CASE WHEN ct.h4 % 2 = 0 THEN 500000 + (ct.h4 / 3 % 11) * 100000 ELSE 0 END
               WHEN 'TRAINING' THEN 1500000 + (ct.h4 / 3 % 16) * 100000
               WHEN 'SCHOOL_LESSON' THEN CASE WHEN ct.h4 % 5 = 0 THEN 300000 + (ct.h4 / 5 % 4) * 100000 ELSE 0 END
               WHEN 'CULTURAL_EVENT' THEN 1500000 + (ct.h4 / 3 % 16) * 100000
               WHEN 'CONTEST' THEN 1000000 + (ct.h4 / 3 % 21) * 100000
               WHEN 'NEWS_ARTICLE' THEN 150000 + (ct.h4 / 3 % 4) * 50000
               WHEN 'VIDEO' THEN 1000000 + (ct.h4 / 3 % 16) * 100000
               WHEN 'LEAFLET' THEN 500000 + (ct.h4 / 3 % 16) * 100000
               ELSE 0
           END::bigint AS cost
    FROM counted ct
), shaped AS (
    SELECT pr.*,
           CASE WHEN pr.law THEN ARRAY['LAW_POLICY', coalesce(pr.campaign_topic, pr.unit_topic)]
                WHEN pr.campaign_topic IS NOT NULL AND pr.h3 % 2 = 0 THEN ARRAY[pr.campaign_topic, pr.unit_topic]
                WHEN pr.campaign_topic IS NOT NULL THEN ARRAY[pr.campaign_topic]
                WHEN pr.h4 % 4 = 0 THEN ARRAY[pr.unit_topic, pr.topics[1 + ((pr.h3 + 1) % array_length(pr.topics, 1))::int]]
                ELSE ARRAY[pr.unit_topic]
           END AS topic_codes,
           CASE WHEN pr.school AND pr.format = 'CONFERENCE' THEN ARRAY['PARENTS']
                WHEN pr.school AND pr.format = 'CULTURAL_EVENT' THEN ARRAY['PUPILS', 'PARENTS']
                WHEN pr.school AND pr.code = 'THCS-BL' AND pr.h3 % 3 = 0 THEN ARRAY['PUPILS', 'YOUTH']
                WHEN pr.school THEN ARRAY['PUPILS']
                WHEN pr.ethnic_pct >= 80 AND pr.format IN ('VILLAGE_MEETING', 'LOUDSPEAKER', 'LEAFLET', 'CULTURAL_EVENT')
                    THEN ARRAY[pr.audiences[1 + (pr.h3 % array_length(pr.audiences, 1))::int], 'ETHNIC_MINORITY']
                WHEN pr.h2 % 3 = 0
                    THEN ARRAY[pr.audiences[1 + (pr.h3 % array_length(pr.audiences, 1))::int],
                               pr.audiences[1 + ((pr.h3 + 1) % array_length(pr.audiences, 1))::int]]
                ELSE ARRAY[pr.audiences[1 + (pr.h3 % array_length(pr.audiences, 1))::int]]
           END AS audience_codes,
           CASE WHEN pr.cost = 0 THEN NULL
                WHEN pr.format = 'TRAINING' AND pr.h4 % 2 = 0 THEN 'PROGRAMMES'
                WHEN pr.format = 'LEAFLET' AND pr.h4 % 2 = 0 THEN 'PROGRAMMES'
                WHEN pr.format = 'CULTURAL_EVENT' AND pr.h4 % 3 = 0 THEN 'SOCIALISATION'
                WHEN pr.code = 'HLHPN' AND pr.format = 'CONTEST' THEN 'SPONSORSHIP'
                WHEN pr.code = 'HTX-CHE' THEN 'OTHER_LAWFUL'
                WHEN pr.school THEN 'OTHER_LAWFUL'
                ELSE 'COMMUNE_BUDGET'
           END AS funding_code,
           -- hương ước, quy ước: one village meeting in four adds the gender-equality clauses of the village rules
           (pr.format = 'VILLAGE_MEETING' AND pr.h4 % 4 = 1) AS village_rules
    FROM priced pr
)
INSERT INTO communication_session (commune_id, unit_id, held_on, duration_minutes, campaign_id, task_groups, topic_ids,
                                   format_id, village_id, venue, language_ids, audience_ids, participants_male,
                                   participants_female, ethnic_minority, reach, cost_vnd, funding_source_id, notes,
                                   created_at, created_by, updated_at, updated_by)
SELECT (SELECT id FROM commune), s.unit_id, s.held_on,
       CASE s.format
           WHEN 'VILLAGE_MEETING' THEN 60 + (s.h4 / 7 % 5) * 15
           WHEN 'SCHOOL_LESSON' THEN 45 + (s.h4 / 7 % 4) * 15
           WHEN 'TRAINING' THEN 120 + (s.h4 / 7 % 3) * 30
           WHEN 'CONFERENCE' THEN 90 + (s.h4 / 7 % 4) * 30
           WHEN 'CULTURAL_EVENT' THEN 120 + (s.h4 / 7 % 3) * 30
           WHEN 'CONTEST' THEN 90 + (s.h4 / 7 % 4) * 30
           WHEN 'LOUDSPEAKER' THEN 45
       END,
       s.campaign_id,
       ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[
                 CASE WHEN s.law OR 'MISINFORMATION' = ANY (s.topic_codes) THEN 1 END,
                 CASE WHEN s.campaign_id IS NOT NULL OR s.format IN ('SOCIAL_POST', 'VIDEO', 'NEWS_ARTICLE') THEN 2 END,
                 CASE WHEN s.village_rules THEN 3 END,
                 CASE WHEN s.format = 'TRAINING' AND s.audience_codes && ARRAY['OFFICIALS', 'PRESTIGIOUS'] THEN 4 END,
                 CASE WHEN s.funding_code IN ('SOCIALISATION', 'SPONSORSHIP') THEN 5 END,
                 CASE WHEN s.format = 'SCHOOL_LESSON' OR s.topic_codes && ARRAY['FAMILY', 'GBV_PREVENTION', 'SCHOOL_VIOLENCE',
                          'STEREOTYPES', 'CHILD_MARRIAGE', 'SEX_RATIO_AT_BIRTH'] THEN 6 END,
                 CASE WHEN NOT s.law AND s.topic_codes <@ ARRAY['WOMEN_ECONOMY'] THEN 3 END
             ]) AS t WHERE t IS NOT NULL ORDER BY t),
       ARRAY(SELECT r.id FROM ref r WHERE r.kind = 'TOPIC' AND r.code = ANY (s.topic_codes) ORDER BY r.id),
       (SELECT r.id FROM ref r WHERE r.kind = 'FORMAT' AND r.code = s.format),
       s.village_id,
       CASE
           WHEN s.format = 'SCHOOL_LESSON' AND s.village_code = '03390-01' THEN s.unit_name
           WHEN s.format = 'SCHOOL_LESSON' THEN 'Điểm trường ' || regexp_replace(s.village_name, '^Bản ', 'bản ')
           WHEN s.format IN ('VILLAGE_MEETING', 'CULTURAL_EVENT', 'CONTEST', 'TRAINING') AND s.village_id IS NOT NULL
               THEN 'Nhà văn hóa ' || regexp_replace(s.village_name, '^Bản ', 'bản ')
           WHEN s.school THEN s.unit_name
           WHEN s.code = 'TYT' AND s.format = 'CONFERENCE' THEN 'Trạm Y tế xã'
           WHEN s.code = 'HTX-CHE' THEN 'Nhà xưởng Hợp tác xã Chè'
           WHEN s.format IN ('CONFERENCE', 'TRAINING', 'CULTURAL_EVENT', 'CONTEST') THEN 'Hội trường Ủy ban nhân dân xã'
           WHEN s.format = 'NEWS_ARTICLE' THEN 'Trang thông tin điện tử xã'
           WHEN s.format IN ('SOCIAL_POST', 'VIDEO') THEN 'Trang mạng xã hội của xã'
       END,
       ARRAY(SELECT r.id FROM ref r WHERE r.kind = 'LANGUAGE' AND r.code IN ('VI', s.second_language) ORDER BY r.id),
       ARRAY(SELECT r.id FROM ref r WHERE r.kind = 'AUDIENCE_GROUP' AND r.code = ANY (s.audience_codes) ORDER BY r.id),
       s.total - s.female, s.female, (s.total * s.ethnic_pct / 100)::int,
       CASE s.format
           WHEN 'LOUDSPEAKER' THEN (12 + s.h2 % 39) * 50
           WHEN 'SOCIAL_POST' THEN 150 + s.h2 % 1700
           WHEN 'NEWS_ARTICLE' THEN 80 + s.h2 % 800
           WHEN 'VIDEO' THEN 300 + s.h2 % 2700
           WHEN 'LEAFLET' THEN (2 + s.h2 % 7) * 50
       END,
       s.cost,
       (SELECT r.id FROM ref r WHERE r.kind = 'FUNDING_SOURCE' AND r.code = s.funding_code),
       CASE s.format
           WHEN 'CONFERENCE' THEN 'Hội nghị'
           WHEN 'VILLAGE_MEETING' THEN 'Họp bản'
           WHEN 'TRAINING' THEN 'Tập huấn'
           WHEN 'SCHOOL_LESSON' THEN 'Tiết học ngoại khóa'
           WHEN 'CULTURAL_EVENT' THEN 'Giao lưu văn nghệ, thể thao'
           WHEN 'CONTEST' THEN 'Hội thi tìm hiểu'
           WHEN 'LOUDSPEAKER' THEN 'Phát thanh trên loa truyền thanh (3 lượt, mỗi lượt 15 phút)'
           WHEN 'NEWS_ARTICLE' THEN 'Tin bài'
           WHEN 'SOCIAL_POST' THEN 'Bài đăng mạng xã hội'
           WHEN 'VIDEO' THEN 'Video ngắn'
           WHEN 'LEAFLET' THEN 'Phát tờ rơi'
       END || ' ' ||
       CASE s.topic_codes[1]
           WHEN 'LAW_POLICY' THEN 'tuyên truyền Luật Bình đẳng giới và các văn bản hướng dẫn'
           WHEN 'GBV_PREVENTION' THEN 'về phòng ngừa, ứng phó với bạo lực trên cơ sở giới'
           WHEN 'FAMILY' THEN 'về xây dựng gia đình bình đẳng, tiến bộ, hạnh phúc'
           WHEN 'SEX_RATIO_AT_BIRTH' THEN 'về mất cân bằng giới tính khi sinh'
           WHEN 'STEREOTYPES' THEN 'về xóa bỏ định kiến giới'
           WHEN 'SCHOOL_VIOLENCE' THEN 'về phòng chống bạo lực học đường, xâm hại trẻ em'
           WHEN 'WOMEN_ECONOMY' THEN 'về phụ nữ tham gia phát triển kinh tế'
           WHEN 'MISINFORMATION' THEN 'phản bác thông tin sai lệch, định kiến giới trên mạng'
           WHEN 'CHILD_MARRIAGE' THEN 'về phòng chống tảo hôn, hôn nhân cận huyết thống'
       END ||
       CASE s.second_language
           WHEN 'THAI' THEN '; có nói tiếng Thái'
           WHEN 'HMONG' THEN '; có nói tiếng Mông'
           WHEN 'DAO' THEN '; có nói tiếng Dao'
           ELSE ''
       END ||
       CASE WHEN s.village_rules THEN '; lồng ghép nội dung bình đẳng giới vào hương ước, quy ước của bản' ELSE '' END ||
       CASE WHEN s.campaign_id IS NOT NULL THEN '. Hưởng ứng chiến dịch.' ELSE '.' END,
       (s.held_on + TIME '16:00' + (s.h3 % 120) * INTERVAL '1 minute') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE WHEN s.code = 'TYT' THEN 'baocao.tramyte' ELSE 'demo' END,
       (s.held_on + TIME '16:00' + (s.h3 % 120) * INTERVAL '1 minute') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE WHEN s.code = 'TYT' THEN 'baocao.tramyte' ELSE 'demo' END
FROM shaped s
WHERE NOT EXISTS (SELECT 1 FROM communication_session x
                  WHERE x.commune_id = (SELECT id FROM commune) AND x.created_by = 'demo')
ORDER BY s.held_on, s.code, s.occasion, s.n;

-- ---------------------------------------------------------------------------------------------
-- A few sessions of the second commune, Sin Suối Hồ 03394 (Phòng VH-XH and Trạm Y tế), so that
-- scope rules show that one commune never sees the other's sessions.
WITH commune AS (
    SELECT id FROM area WHERE code = '03394'
), ref AS (
    SELECT kind, code, id FROM reference_item WHERE commune_id IS NULL
), rows (unit_code, held_on, duration, topics, format, village_code, venue, languages, audiences, male, female,
         ethnic, cost, funding, notes) AS (VALUES
    ('VHXH', DATE '2026-03-05', 90, ARRAY['LAW_POLICY', 'STEREOTYPES'], 'VILLAGE_MEETING', '03394-01', 'Nhà văn hóa bản Nà Tăm (minh họa)',
     ARRAY['VI', 'THAI'], ARRAY['COMMUNITY', 'ETHNIC_MINORITY'], 22, 31, 44, 300000, 'COMMUNE_BUDGET',
     'Họp bản tuyên truyền Luật Bình đẳng giới; có nói tiếng Thái.'),
    ('VHXH', DATE '2026-06-26', 150, ARRAY['FAMILY'], 'CULTURAL_EVENT', '03394-02', 'Nhà văn hóa bản Đông Pao (minh họa)',
     ARRAY['VI', 'HMONG'], ARRAY['COMMUNITY', 'ETHNIC_MINORITY'], 48, 57, 91, 2000000, 'SOCIALISATION',
     'Ngày hội gia đình bình đẳng, hạnh phúc; có nói tiếng Mông.'),
    ('TYT', DATE '2026-04-16', 60, ARRAY['SEX_RATIO_AT_BIRTH'], 'VILLAGE_MEETING', '03394-02', 'Nhà văn hóa bản Đông Pao (minh họa)',
     ARRAY['VI', 'HMONG'], ARRAY['VULNERABLE_WOMEN', 'MEN'], 15, 26, 37, 0, NULL,
     'Họp bản về mất cân bằng giới tính khi sinh; có nói tiếng Mông.'),
    ('TYT', DATE '2026-11-18', 90, ARRAY['LAW_POLICY', 'GBV_PREVENTION'], 'CONFERENCE', NULL, 'Trạm Y tế xã',
     ARRAY['VI'], ARRAY['VULNERABLE_WOMEN', 'COMMUNITY'], 12, 24, 28, 0, NULL,
     'Hội nghị tuyên truyền Luật Bình đẳng giới, phòng ngừa bạo lực trên cơ sở giới.')
)
INSERT INTO communication_session (commune_id, unit_id, held_on, duration_minutes, task_groups, topic_ids, format_id,
                                   village_id, venue, language_ids, audience_ids, participants_male, participants_female,
                                   ethnic_minority, cost_vnd, funding_source_id, notes, created_at, created_by,
                                   updated_at, updated_by)
SELECT c.id, u.id, r.held_on, r.duration,
       CASE WHEN 'LAW_POLICY' = ANY (r.topics) THEN ARRAY[1, 6] ELSE ARRAY[6] END,
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'TOPIC' AND f.code = ANY (r.topics) ORDER BY f.id),
       (SELECT f.id FROM ref f WHERE f.kind = 'FORMAT' AND f.code = r.format),
       v.id, r.venue,
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'LANGUAGE' AND f.code = ANY (r.languages) ORDER BY f.id),
       ARRAY(SELECT f.id FROM ref f WHERE f.kind = 'AUDIENCE_GROUP' AND f.code = ANY (r.audiences) ORDER BY f.id),
       r.male, r.female, r.ethnic, r.cost,
       (SELECT f.id FROM ref f WHERE f.kind = 'FUNDING_SOURCE' AND f.code = r.funding),
       r.notes,
       (r.held_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (r.held_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM rows r
CROSS JOIN commune c
JOIN unit u ON u.commune_id = c.id AND u.code = r.unit_code
LEFT JOIN area v ON v.code = r.village_code AND v.level = 'VILLAGE'
WHERE NOT EXISTS (SELECT 1 FROM communication_session x WHERE x.commune_id = c.id AND x.created_by = 'demo')
ORDER BY r.held_on;
