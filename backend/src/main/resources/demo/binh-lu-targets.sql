-- Demo records of Bình Lư behind targets 2–5 (after demo/binh-lu.sql and demo/binh-lu-activity.sql):
-- the units' Action-Month plans of 2026, the 2025 baseline and the 2026 awareness survey, the media
-- products of 2026 and their assessment against checklist version 1, and the villages' conventions
-- with their reviews. Loaded only when BINHDANG_DEMO_DATA=true. Everything is fictional.
--
-- Idempotent: each row is inserted only when its natural key is missing (a unit's plan of a year; a
-- round's name in the commune, and one baseline per commune; a product's unit, title and day; a
-- convention's village and title; a review's convention and day), so a second run inserts nothing.
-- Deterministic: fixed values, no random(), no now().
--
-- What the targets show for 2026:
--   2 — 11 of the 14 units filed a plan, 9 of them before 15/11; Trường Mầm non, Hội Cựu chiến binh
--       and Hợp tác xã Chè filed none.
--   3 — every group surveyed in the 2025 baseline is aware by 3–5 points more in 2026; pupils were
--       surveyed only in 2026, so they have no baseline to compare with.
--   4 — 40 products (22 of Trung tâm Dịch vụ tổng hợp), 28 assessed, 14 of them passing.
--   5 — 9 conventions of the 8 villages (Bản Hua Bó has a hương ước and a quy ước on weddings, the
--       latter annulled); 6 reviewed in 2026, 4 of them without gender discrimination.

-- ---------------------------------------------------------------------------------------------
-- Target 2: Action-Month plans of 2026. Six plans carry their signed document (a one-page PDF).
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), plans (code, document_number, document_date, filed_on, summary, with_file) AS (VALUES
    ('VHXH', '118/KH-VHXH', DATE '2026-10-16', DATE '2026-10-20',
     'Tham mưu UBND xã tổ chức Lễ phát động Tháng hành động ngày 15/11; họp bản ở 8 bản; hội thi tìm hiểu Luật Bình đẳng giới; tổng hợp kết quả của các đơn vị.', true),
    ('KT', '21/KH-KT', DATE '2026-10-28', DATE '2026-11-03',
     'Lồng ghép nội dung bình đẳng giới trong tập huấn khuyến nông cho phụ nữ dân tộc thiểu số; tư vấn vay vốn cho hộ do phụ nữ làm chủ.', false),
    ('TTDVTH', '35/KH-TTDVTH', DATE '2026-10-22', DATE '2026-10-26',
     'Phát thanh song ngữ Việt – Thái, Việt – Mông trên loa truyền thanh 3 lượt mỗi tuần; 8 tin, bài và 2 video ngắn trên trang thông tin điện tử và mạng xã hội của xã.', true),
    ('TH-BL', '42/KH-THBL', DATE '2026-10-30', DATE '2026-11-05',
     'Tiết chào cờ và hoạt động ngoại khóa về bình đẳng giới, phòng chống xâm hại trẻ em; họp cha mẹ học sinh.', false),
    ('THCS-BL', '57/KH-THCS', DATE '2026-11-17', DATE '2026-11-21',
     'Diễn đàn học sinh "Nói không với bạo lực học đường"; thi vẽ tranh về bình đẳng giới; tư vấn tâm lý học đường.', false),
    ('TYT', '19/KH-TYT', DATE '2026-11-02', DATE '2026-11-06',
     'Tư vấn về mất cân bằng giới tính khi sinh, phòng ngừa bạo lực gia đình tại Trạm và tại 4 bản; phát tờ rơi song ngữ.', true),
    ('VP-UBND', '203/KH-UBND', DATE '2026-11-06', DATE '2026-11-10',
     'Treo băng rôn, khẩu hiệu tại trụ sở và các điểm công cộng; đăng tin trên Cổng thông tin điện tử xã; bảo đảm điều kiện cho Lễ phát động.', true),
    ('MTTQ', '14/KH-MTTQ', DATE '2026-11-09', DATE '2026-11-12',
     'Phối hợp với người có uy tín ở các bản vận động xóa bỏ hủ tục, thách cưới cao, tảo hôn; lồng ghép trong Ngày hội Đại đoàn kết.', false),
    ('HLHPN', '26/KH-HPN', DATE '2026-10-19', DATE '2026-10-23',
     'Sinh hoạt chuyên đề "Gia đình không bạo lực" ở 8 chi hội; ra mắt mô hình "Địa chỉ tin cậy" tại bản Nà Đon.', true),
    ('DTN', '33/KH-ĐTN', DATE '2026-11-10', DATE '2026-11-13',
     'Chiến dịch trên mạng xã hội "Thanh niên Bình Lư nói không với định kiến giới"; đội hình thanh niên tình nguyện hỗ trợ các bản.', true),
    ('HND', '17/KH-HND', DATE '2026-11-16', DATE '2026-11-18',
     'Lồng ghép nội dung chia sẻ việc nhà, cùng quyết định trong gia đình trong sinh hoạt chi hội nông dân các bản.', false)
)
INSERT INTO action_month_plan (unit_id, year, document_number, document_date, summary, filed_on, received_on, attachment_name,
                               attachment_type, attachment_sha256, attachment, created_at, created_by, updated_at,
                               updated_by)
SELECT u.id, 2026, p.document_number, p.document_date, p.summary, p.filed_on, p.filed_on,
       CASE WHEN p.with_file THEN 'ke-hoach-thang-hanh-dong-2026-' || lower(p.code) || '.pdf' END,
       CASE WHEN p.with_file THEN 'application/pdf' END,
       CASE WHEN p.with_file THEN encode(sha256(f.content), 'hex') END,
       CASE WHEN p.with_file THEN f.content END,
       (p.filed_on + TIME '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (p.filed_on + TIME '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM plans p
CROSS JOIN commune c
JOIN unit u ON u.commune_id = c.id AND u.code = p.code
CROSS JOIN LATERAL (SELECT convert_to('%PDF-1.4' || chr(10) || '% Ke hoach ' || p.document_number
        || ' (du lieu minh hoa)' || chr(10) || '1 0 obj << /Type /Catalog >> endobj' || chr(10) || '%%EOF' || chr(10),
        'UTF8') AS content) f
ON CONFLICT (unit_id, year) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Target 3: the 2025 baseline and the 2026 round, both "7 of 10 questions right" (THRESHOLD 7, scale 10).
-- Vulnerable women are women and the "men" group men; the other groups are counted by sex.
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), rounds (name, conducted_on, baseline, method) AS (VALUES
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', DATE '2025-11-25', true,
     'Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp tại 8 bản bằng KoboToolbox; đạt khi trả lời đúng từ 7 câu'),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026', DATE '2026-10-20', false,
     'Phiếu hỏi 10 câu đúng/sai như khảo sát nền, phỏng vấn trực tiếp tại 8 bản và Trường THCS bằng KoboToolbox; đạt khi trả lời đúng từ 7 câu')
)
INSERT INTO survey_round (commune_id, name, conducted_on, year, method, baseline, measure, threshold, scale_max,
                          created_at, created_by, updated_at, updated_by)
SELECT c.id, r.name, r.conducted_on, extract(year FROM r.conducted_on)::int, r.method, r.baseline, 'THRESHOLD', 7, 10,
       (r.conducted_on + 10 + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (r.conducted_on + 10 + TIME '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM rounds r CROSS JOIN commune c
WHERE NOT EXISTS (SELECT 1 FROM survey_round x WHERE x.commune_id = c.id AND x.name = r.name)
ORDER BY r.conducted_on
ON CONFLICT (commune_id) WHERE baseline DO NOTHING;

WITH results (round_name, group_code, sex, respondents, aware) AS (VALUES
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'ETHNIC_MINORITY',  'M', 120, 54),
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'ETHNIC_MINORITY',  'F', 130, 52),
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'VULNERABLE_WOMEN', 'F',  80, 26),
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'YOUTH',            'M',  60, 33),
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'YOUTH',            'F',  62, 36),
    ('Khảo sát nền nhận thức về bình đẳng giới năm 2025', 'MEN',              'M',  90, 34),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'ETHNIC_MINORITY',  'M', 125, 61),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'ETHNIC_MINORITY',  'F', 132, 58),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'VULNERABLE_WOMEN', 'F',  84, 31),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'YOUTH',            'M',  64, 37),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'YOUTH',            'F',  60, 37),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'MEN',              'M',  92, 38),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'PUPILS',           'M',  70, 41),
    ('Khảo sát nhận thức về bình đẳng giới năm 2026',     'PUPILS',           'F',  72, 46)
)
INSERT INTO survey_result (round_id, group_id, sex, respondents, aware)
SELECT s.id, g.id, r.sex, r.respondents, r.aware
FROM results r
JOIN area c ON c.code = '03390'
JOIN survey_round s ON s.commune_id = c.id AND s.name = r.round_name AND s.created_by = 'demo'
JOIN reference_item g ON g.kind = 'AUDIENCE_GROUP' AND g.code = r.group_code AND g.commune_id IS NULL
ON CONFLICT (round_id, group_id, sex) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Target 4: media products of 2026. "answers" lists the criteria of checklist version 1 in order
-- (BALANCED_SOURCES, NO_STEREOTYPES, NEUTRAL_LANGUAGE, WOMEN_LEADERSHIP, GBV_ETHICS), 1 = met;
-- NULL = not assessed yet. A product passes when it meets at least the version's threshold (4).
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), checklist AS (
    SELECT id, threshold, criteria FROM media_checklist WHERE version = 1
), products (code, kind, title, published_on, answers) AS (VALUES
    ('TTDVTH', 'NEWS',        'Xã Bình Lư triển khai Kế hoạch truyền thông về bình đẳng giới giai đoạn 2026–2030', DATE '2026-04-20', '11110'),
    ('TTDVTH', 'BROADCAST',   'Chương trình phát thanh tiếng Thái: Luật Bình đẳng giới và quyền của phụ nữ', DATE '2026-03-02', '01110'),
    ('TTDVTH', 'SOCIAL_POST', 'Chúc mừng Ngày Quốc tế Phụ nữ 08/3: những phụ nữ Bình Lư làm kinh tế giỏi', DATE '2026-03-07', '11111'),
    ('TTDVTH', 'VIDEO',       'Phóng sự: Phụ nữ bản Nà Đon làm chủ vườn chè', DATE '2026-03-06', '11011'),
    ('TTDVTH', 'BROADCAST',   'Phát thanh tiếng Mông: Gia đình bình đẳng, hạnh phúc', DATE '2026-03-18', '10100'),
    ('TTDVTH', 'SOCIAL_POST', 'Ngày Quốc tế Hạnh phúc 20/3: chia sẻ việc nhà là yêu thương', DATE '2026-03-20', '11100'),
    ('TTDVTH', 'NEWS',        'Hội nghị tuyên truyền pháp luật về bình đẳng giới cho cán bộ, công chức xã', DATE '2026-05-14', '10110'),
    ('TTDVTH', 'LEAFLET',     'Tờ rơi song ngữ Việt – Mông: Nói không với tảo hôn', DATE '2026-05-28', '11101'),
    ('TTDVTH', 'VIDEO',       'Video ngắn: Bố cũng biết nấu cơm, chăm con', DATE '2026-06-24', '11111'),
    ('TTDVTH', 'BROADCAST',   'Phát thanh: Ngày Gia đình Việt Nam 28/6, gia đình không bạo lực', DATE '2026-06-26', '01101'),
    ('TTDVTH', 'SOCIAL_POST', 'Ảnh: Ngày hội gia đình ở bản Phiêng Phát', DATE '2026-06-29', '10010'),
    ('TTDVTH', 'NEWS',        'Bình Lư tập huấn kỹ năng truyền thông cho tuyên truyền viên ở bản', DATE '2026-07-22', '11110'),
    ('TTDVTH', 'BROADCAST',   'Phát thanh tiếng Thái: Phòng ngừa bạo lực trên cơ sở giới', DATE '2026-08-12', '11011'),
    ('TTDVTH', 'SOCIAL_POST', 'Phản bác thông tin sai lệch: "Con gái không cần học cao"', DATE '2026-08-30', '11111'),
    ('TTDVTH', 'NEWS',        'Tuần lễ phòng chống bạo lực học đường tại các trường của xã', DATE '2026-09-18', '01011'),
    ('TTDVTH', 'VIDEO',       'Phóng sự: Nữ trưởng bản đầu tiên của Sin Chải', DATE '2026-10-05', '11110'),
    ('TTDVTH', 'LEAFLET',     'Pa-nô: Bình đẳng giới là trách nhiệm của mỗi gia đình', DATE '2026-10-15', NULL),
    ('TTDVTH', 'NEWS',        'Lễ phát động Tháng hành động vì bình đẳng giới năm 2026', DATE '2026-11-16', NULL),
    ('TTDVTH', 'BROADCAST',   'Phát thanh song ngữ: Tháng hành động vì bình đẳng giới 15/11–15/12', DATE '2026-11-17', NULL),
    ('TTDVTH', 'SOCIAL_POST', 'Chuỗi bài "Ai cũng có thể là người thay đổi", kỳ 1', DATE '2026-11-20', NULL),
    ('TTDVTH', 'VIDEO',       'Video: Hội thi tìm hiểu Luật Bình đẳng giới ở bản Nậm Đích', DATE '2026-11-24', NULL),
    ('TTDVTH', 'SOCIAL_POST', 'Chuỗi bài "Ai cũng có thể là người thay đổi", kỳ 2', DATE '2026-11-27', NULL),
    ('VHXH',   'NEWS',        'Kết quả rà soát hương ước, quy ước các bản năm 2026', DATE '2026-09-10', '11110'),
    ('VHXH',   'LEAFLET',     'Tờ gấp: Những điều cần biết về Luật Bình đẳng giới', DATE '2026-04-08', '10100'),
    ('VHXH',   'NEWS',        'Sơ kết 6 tháng thực hiện Chương trình truyền thông về bình đẳng giới', DATE '2026-07-08', '01100'),
    ('VHXH',   'SOCIAL_POST', 'Thông báo Hội thi tìm hiểu pháp luật về bình đẳng giới', DATE '2026-10-28', NULL),
    ('VHXH',   'BROADCAST',   'Phát thanh: Hương ước, quy ước không phân biệt đối xử về giới', DATE '2026-09-15', '11101'),
    ('VHXH',   'NEWS',        'Tháng hành động 2026: các đơn vị gửi kế hoạch', DATE '2026-11-25', NULL),
    ('HLHPN',  'SOCIAL_POST', 'Chi hội phụ nữ bản Thẳm: "Gia đình không bạo lực"', DATE '2026-06-21', '11111'),
    ('HLHPN',  'LEAFLET',     'Tờ rơi: Địa chỉ tin cậy ở cộng đồng', DATE '2026-11-14', '10110'),
    ('HLHPN',  'VIDEO',       'Câu chuyện: Chị Lò Thị Xuân vay vốn mở cửa hàng', DATE '2026-03-05', '10011'),
    ('HLHPN',  'SOCIAL_POST', 'Mời tham gia sinh hoạt chuyên đề tại 8 chi hội', DATE '2026-11-19', NULL),
    ('HLHPN',  'NEWS',        'Hội Liên hiệp Phụ nữ xã ra mắt mô hình "Địa chỉ tin cậy"', DATE '2026-11-21', NULL),
    ('DTN',    'SOCIAL_POST', 'Thanh niên Bình Lư nói không với định kiến giới', DATE '2026-11-16', '11110'),
    ('DTN',    'VIDEO',       'Clip: Con trai cũng khóc, con gái cũng mạnh mẽ', DATE '2026-09-25', '01100'),
    ('DTN',    'SOCIAL_POST', 'Đố vui: Em hiểu gì về bình đẳng giới?', DATE '2026-05-19', '00110'),
    ('DTN',    'NEWS',        'Đội hình thanh niên tình nguyện hỗ trợ các bản', DATE '2026-07-27', NULL),
    ('TYT',    'LEAFLET',     'Tờ rơi song ngữ: Mất cân bằng giới tính khi sinh', DATE '2026-04-16', '11111'),
    ('TYT',    'BROADCAST',   'Phát thanh: Chăm sóc sức khỏe sinh sản cho phụ nữ và nam giới', DATE '2026-08-05', '10101'),
    ('TYT',    'SOCIAL_POST', 'Trạm Y tế tư vấn phòng ngừa bạo lực gia đình', DATE '2026-11-18', NULL)
)
INSERT INTO media_product (unit_id, kind, title, published_on, checklist_id, answers, passed, assessed_by, assessed_at,
                           created_at, created_by, updated_at, updated_by)
SELECT u.id, p.kind, p.title, p.published_on,
       CASE WHEN p.answers IS NOT NULL THEN k.id END,
       CASE WHEN p.answers IS NOT NULL THEN
           (SELECT jsonb_object_agg(c.value ->> 'code', substr(p.answers, c.ord::int, 1) = '1')
            FROM jsonb_array_elements(k.criteria) WITH ORDINALITY AS c(value, ord)) END,
       CASE WHEN p.answers IS NOT NULL THEN length(replace(p.answers, '0', '')) >= k.threshold END,
       CASE WHEN p.answers IS NOT NULL THEN 'dieuphoi.binhlu' END,
       CASE WHEN p.answers IS NOT NULL THEN (p.published_on + 4 + TIME '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       (p.published_on + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo',
       (p.published_on + CASE WHEN p.answers IS NOT NULL THEN 4 ELSE 0 END + TIME '17:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE WHEN p.answers IS NOT NULL THEN 'dieuphoi.binhlu' ELSE 'demo' END
FROM products p
CROSS JOIN commune c
CROSS JOIN checklist k
JOIN unit u ON u.commune_id = c.id AND u.code = p.code
WHERE NOT EXISTS (SELECT 1 FROM media_product x
                  WHERE x.unit_id = u.id AND x.title = p.title AND x.published_on = p.published_on)
ORDER BY p.published_on, p.code;

-- ---------------------------------------------------------------------------------------------
-- Target 5: the conventions of the 8 villages (Bản Hua Bó has two) and their reviews by the
-- commune's review team. The reviews of 2025 show how a later review overturns an earlier one.
WITH commune AS (
    SELECT id FROM area WHERE code = '03390'
), conventions (village_code, title, decision_number, decision_date, status) AS (VALUES
    ('03390-01', 'Hương ước bản Nà Đon', '45/QĐ-UBND', DATE '2019-06-12', 'IN_FORCE'),
    ('03390-02', 'Hương ước bản Thẳm', '46/QĐ-UBND', DATE '2019-06-12', 'IN_FORCE'),
    ('03390-03', 'Hương ước bản Hua Bó', '112/QĐ-UBND', DATE '2021-09-30', 'IN_FORCE'),
    ('03390-03', 'Quy ước về việc cưới hỏi của bản Hua Bó', '08/QĐ-UBND', DATE '2012-03-15', 'ANNULLED'),
    ('03390-04', 'Hương ước bản Sin Chải', '47/QĐ-UBND', DATE '2019-06-12', 'BEING_AMENDED'),
    ('03390-05', 'Hương ước bản Phiêng Phát', '113/QĐ-UBND', DATE '2021-09-30', 'IN_FORCE'),
    ('03390-06', 'Hương ước bản Nậm Đích', '48/QĐ-UBND', DATE '2019-06-12', 'IN_FORCE'),
    ('03390-07', 'Hương ước bản Lở Thàng', '114/QĐ-UBND', DATE '2021-09-30', 'IN_FORCE'),
    ('03390-08', 'Hương ước bản Sùng Chô', '27/QĐ-UBND', DATE '2023-04-20', 'IN_FORCE')
)
INSERT INTO village_convention (village_id, title, decision_number, decision_date, status, created_at, created_by,
                                updated_at, updated_by)
SELECT v.id, k.title, k.decision_number, k.decision_date, k.status,
       TIMESTAMPTZ '2025-11-03 09:00:00+07', 'demo', TIMESTAMPTZ '2025-11-03 09:00:00+07', 'demo'
FROM conventions k
CROSS JOIN commune c
JOIN area v ON v.parent_id = c.id AND v.code = k.village_code AND v.level = 'VILLAGE'
WHERE NOT EXISTS (SELECT 1 FROM village_convention x WHERE x.village_id = v.id AND x.title = k.title)
ORDER BY k.village_code, k.title;

WITH reviews (title, reviewed_on, no_discrimination, clauses) AS (VALUES
    ('Hương ước bản Thẳm', DATE '2025-11-20', false, '[
      {"text": "Điều 9: Đất ở, đất vườn của gia đình do con trai thừa kế; con gái đi lấy chồng không được chia.",
       "category": "INHERITANCE_SONS_ONLY",
       "recommendation": "Sửa thành: con trai, con gái được thừa kế ngang nhau theo quy định của pháp luật.",
       "followUp": "Bản đã họp sửa đổi Điều 9, UBND xã công nhận ngày 15/5/2026."}]'),
    ('Quy ước về việc cưới hỏi của bản Hua Bó', DATE '2025-11-22', false, '[
      {"text": "Điều 4: Nhà trai nộp cho nhà gái 3 con lợn, 50 kg gạo và 5 triệu đồng; thiếu thì không được cưới.",
       "category": "BRIDE_PRICE_OR_CHILD_MARRIAGE",
       "recommendation": "Bãi bỏ quy định thách cưới; vận động tổ chức cưới văn minh, tiết kiệm.",
       "followUp": "UBND xã bãi bỏ quy ước; nội dung cưới hỏi đưa vào Hương ước bản Hua Bó."}]'),
    ('Hương ước bản Lở Thàng', DATE '2025-12-02', true, '[]'),
    ('Hương ước bản Sin Chải', DATE '2026-06-18', false, '[
      {"text": "Điều 6: Họp bản do chủ hộ là nam giới dự; phụ nữ chỉ dự khi chồng vắng nhà.",
       "category": "WOMEN_EXCLUDED_FROM_MEETINGS",
       "recommendation": "Sửa thành: mọi thành viên từ 18 tuổi, nam và nữ, đều được dự họp bản và biểu quyết.",
       "followUp": "Bản đang sửa đổi; dự thảo trình UBND xã trong tháng 12/2026."},
      {"text": "Điều 11: Đất nương chia cho các con trai.",
       "category": "INHERITANCE_SONS_ONLY",
       "recommendation": "Sửa thành: chia cho các con không phân biệt trai, gái.",
       "followUp": null}]'),
    ('Hương ước bản Thẳm', DATE '2026-07-05', true, '[]'),
    ('Hương ước bản Nà Đon', DATE '2026-08-12', true, '[]'),
    ('Hương ước bản Phiêng Phát', DATE '2026-08-25', true, '[]'),
    ('Hương ước bản Hua Bó', DATE '2026-09-03', true, '[]'),
    ('Hương ước bản Nậm Đích', DATE '2026-10-08', false, '[
      {"text": "Điều 14: Phụ nữ vi phạm quy định về vệ sinh chung bị phạt gấp đôi nam giới.",
       "category": "UNEQUAL_SANCTIONS",
       "recommendation": "Áp dụng một mức xử lý như nhau cho nam và nữ.",
       "followUp": null},
      {"text": "Điều 20: Khuyến khích mỗi gia đình có con trai để nối dõi.",
       "category": "SON_PREFERENCE",
       "recommendation": "Bỏ Điều 20; tuyên truyền về mất cân bằng giới tính khi sinh.",
       "followUp": null}]')
)
INSERT INTO convention_review (convention_id, reviewed_on, reviewers, no_discrimination, clauses, created_at, created_by)
SELECT k.id, r.reviewed_on,
       'Tổ rà soát của UBND xã: Phòng Văn hóa – Xã hội, Hội Liên hiệp Phụ nữ xã, Ủy ban MTTQ xã và trưởng bản',
       r.no_discrimination, r.clauses::jsonb,
       (r.reviewed_on + 2 + TIME '16:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'dieuphoi.binhlu'
FROM reviews r
JOIN area c ON c.code = '03390'
JOIN area v ON v.parent_id = c.id AND v.level = 'VILLAGE'
JOIN village_convention k ON k.village_id = v.id AND k.title = r.title
WHERE NOT EXISTS (SELECT 1 FROM convention_review x WHERE x.convention_id = k.id AND x.reviewed_on = r.reviewed_on)
ORDER BY r.reviewed_on;
