-- Demo data of Bình Lư (Lai Châu), loaded only when BINHDANG_DEMO_DATA=true.
-- Idempotent: every insert skips what exists, so a second start adds nothing.
-- The province and its communes come from the official list (migration V11): Lai Châu = 12,
-- Bình Lư = 03390, Sin Suối Hồ = 03394 (the second commune, for scope rules). This file adds only
-- villages, units, plans and records, all plainly fictional.
-- Village names are illustrative, contact people are roles, phone numbers are fictional.

INSERT INTO area (code, name, level, parent_id)
SELECT v.code, v.name, 'VILLAGE', c.id
FROM (VALUES
    ('03390', '03390-01', 'Bản Nà Đon'),
    ('03390', '03390-02', 'Bản Thẳm'),
    ('03390', '03390-03', 'Bản Hua Bó'),
    ('03390', '03390-04', 'Bản Sin Chải'),
    ('03390', '03390-05', 'Bản Phiêng Phát'),
    ('03390', '03390-06', 'Bản Nậm Đích'),
    ('03390', '03390-07', 'Bản Lở Thàng'),
    ('03390', '03390-08', 'Bản Sùng Chô'),
    ('03394', '03394-01', 'Bản Nà Tăm (minh họa)'),
    ('03394', '03394-02', 'Bản Đông Pao (minh họa)')
) AS v(commune_code, code, name)
JOIN area c ON c.code = v.commune_code
ON CONFLICT (code) DO NOTHING;

-- The units of section V of the plan (Tổ chức thực hiện) and the targets each answers for:
-- every unit reports target 1; Phòng VH-XH targets 2, 3, 5; Trung tâm Dịch vụ tổng hợp target 4.
INSERT INTO unit (commune_id, kind, code, name, contact_person, phone, email, active_from, targets)
SELECT c.id, u.kind, u.code, u.name, u.contact_person, u.phone, u.email, DATE '2026-01-01', u.targets
FROM (VALUES
    ('03390', 'CULTURE_SOCIAL_OFFICE',    'VHXH',    'Phòng Văn hóa – Xã hội',                          'Công chức Văn hóa – Xã hội', '0912000101', 'vhxh.binhlu@example.vn', ARRAY[1, 2, 3, 5]),
    ('03390', 'ECONOMIC_OFFICE',          'KT',      'Phòng Kinh tế',                                   'Công chức Kinh tế',          '0912000102', NULL, ARRAY[1]),
    ('03390', 'GENERAL_SERVICES_CENTRE',  'TTDVTH',  'Trung tâm Dịch vụ tổng hợp',                      'Viên chức truyền thông',     '0912000103', NULL, ARRAY[1, 4]),
    ('03390', 'SCHOOL',                   'MN-BL',   'Trường Mầm non Bình Lư',                          'Phó hiệu trưởng',            '0912000104', NULL, ARRAY[1]),
    ('03390', 'SCHOOL',                   'TH-BL',   'Trường Tiểu học Bình Lư',                         'Phó hiệu trưởng',            '0912000105', NULL, ARRAY[1]),
    ('03390', 'SCHOOL',                   'THCS-BL', 'Trường Trung học cơ sở Bình Lư',                  'Phó hiệu trưởng',            '0912000106', NULL, ARRAY[1]),
    ('03390', 'HEALTH_STATION',           'TYT',     'Trạm Y tế xã Bình Lư',                            'Trạm trưởng',                '0912000107', NULL, ARRAY[1]),
    ('03390', 'COUNCIL_COMMITTEE_OFFICE', 'VP-UBND', 'Văn phòng HĐND và UBND xã',                       'Chánh Văn phòng',            '0912000108', NULL, ARRAY[1]),
    ('03390', 'FRONT_MASS_ORGANISATION',  'MTTQ',    'Ủy ban Mặt trận Tổ quốc Việt Nam xã',             'Phó Chủ tịch Ủy ban MTTQ',   '0912000109', NULL, ARRAY[1]),
    ('03390', 'FRONT_MASS_ORGANISATION',  'HLHPN',   'Hội Liên hiệp Phụ nữ xã',                         'Chủ tịch Hội',               '0912000110', NULL, ARRAY[1]),
    ('03390', 'FRONT_MASS_ORGANISATION',  'DTN',     'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã',         'Bí thư Đoàn',                '0912000111', NULL, ARRAY[1]),
    ('03390', 'FRONT_MASS_ORGANISATION',  'HND',     'Hội Nông dân xã',                                 'Chủ tịch Hội',               '0912000112', NULL, ARRAY[1]),
    ('03390', 'FRONT_MASS_ORGANISATION',  'HCCB',    'Hội Cựu chiến binh xã',                           'Chủ tịch Hội',               '0912000113', NULL, ARRAY[1]),
    ('03390', 'ENTERPRISE',               'HTX-CHE', 'Hợp tác xã Chè Bình Lư (minh họa)',               'Giám đốc Hợp tác xã',        '0912000114', NULL, ARRAY[1]),
    ('03394', 'CULTURE_SOCIAL_OFFICE',    'VHXH',    'Phòng Văn hóa – Xã hội',                          'Công chức Văn hóa – Xã hội', '0912000201', NULL, ARRAY[1, 2, 3, 5]),
    ('03394', 'HEALTH_STATION',           'TYT',     'Trạm Y tế xã Sin Suối Hồ',                       'Trạm trưởng',                '0912000202', NULL, ARRAY[1])
) AS u(commune_code, kind, code, name, contact_person, phone, email, targets)
JOIN area c ON c.code = u.commune_code
ON CONFLICT (commune_id, code) DO NOTHING;

-- The plan of Bình Lư, exactly as the document states it (its number and day are left blank there).
-- Yearly values between 2026 and 2030 are the product's default ramp where the plan states only the
-- 2030 goal (targets 3, 4, 5); the coordinator adjusts them.
INSERT INTO programme_plan (commune_id, title, document_number, issued_on, issued_text, signer_name, signer_title,
                            period_start, period_end, start_date, implements_plan)
SELECT c.id,
       'Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn xã Bình Lư',
       NULL, NULL, 'ngày … tháng 4 năm 2026', 'Nguyễn Thị Nhàn', 'TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch',
       2026, 2030, DATE '2026-01-01',
       'Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu về thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Lai Châu'
FROM area c WHERE c.code = '03390'
ON CONFLICT (commune_id, period_start) DO NOTHING;

INSERT INTO plan_task_group (plan_id, number, title, description)
SELECT pl.id, g.number, g.title, g.description
FROM programme_plan pl JOIN area c ON c.id = pl.commune_id AND c.code = '03390' AND pl.period_start = 2026
CROSS JOIN (VALUES
 (1, 'Tăng cường truyền thông chính sách, pháp luật về bình đẳng giới',
  '- Tổ chức tuyên truyền, phổ biến kịp thời chủ trương của Đảng, chính sách, pháp luật của nhà nước và kết quả thực hiện công tác bình đẳng giới đến các cấp, các ngành, doanh nghiệp và người dân.
- Tập trung truyền thông tại vùng đồng bào dân tộc thiểu số, vùng khó khăn; nhóm phụ nữ yếu thế, lao động nữ, thanh niên, học sinh.
- Chủ động cung cấp thông tin chính thống; đấu tranh, phản bác thông tin sai lệch, định kiến giới trên môi trường mạng và trong xã hội.'),
 (2, 'Đổi mới nội dung, phương thức và nâng cao hiệu quả truyền thông',
  '- Chủ động cung cấp thông tin chính thống; đấu tranh, phản bác thông tin sai lệch, định kiến giới trên môi trường mạng và trong xã hội.
- Đẩy mạnh ứng dụng công nghệ số, mạng xã hội, nền tảng số; xây dựng sản phẩm truyền thông phù hợp với từng nhóm đối tượng, đặc biệt là thanh niên và người dân vùng sâu, vùng xa.
- Tổ chức các chiến dịch truyền thông theo chủ đề, cao điểm vào các dịp: Ngày Quốc tế phụ nữ 08/3, Ngày Quốc tế hạnh phúc 20/3, Ngày Gia đình Việt Nam 28/6; Tổ chức chiến dịch truyền thông cao điểm ở các cấp nhân Tháng hành động vì Bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới hằng năm (từ 15/11 đến 15/12).'),
 (3, 'Xây dựng, nhân rộng mô hình truyền thông hiệu quả',
  '- Xây dựng các mô hình truyền thông về bình đẳng giới tại cộng đồng, trường học, cơ quan, đơn vị, doanh nghiệp.
- Lồng ghép nội dung bình đẳng giới vào hương ước, quy ước, hoạt động văn hóa, sinh hoạt cộng đồng.
- Nhân rộng các mô hình hiệu quả, phù hợp với đặc thù địa phương, nhất là vùng dân tộc thiểu số.'),
 (4, 'Nâng cao năng lực đội ngũ làm công tác truyền thông',
  '- Tổ chức đào tạo, bồi dưỡng kiến thức, kỹ năng về bình đẳng giới cho đội ngũ làm công tác truyền thông cơ sở, nhất là đội ngũ ở bản.
- Tăng cường năng lực cho báo cáo viên, tuyên truyền viên cơ sở, cộng tác viên truyền thông, người có uy tín trong cộng đồng.
- Phát triển đội ngũ truyền thông có khả năng sử dụng công nghệ số, truyền thông đa nền tảng.'),
 (5, 'Đẩy mạnh xã hội hóa và huy động nguồn lực',
  '- Huy động nguồn lực, phương tiện và sự tham gia, hưởng ứng của các cơ quan, tổ chức, doanh nghiệp và người dân.
- Phát huy vai trò của người đứng đầu, người có uy tín, người có ảnh hưởng trong xã hội trong việc lan tỏa thông điệp bình đẳng giới.
- Khuyến khích phát triển các sản phẩm truyền thông sáng tạo, phù hợp với văn hóa địa phương.'),
 (6, 'Tăng cường giáo dục về bình đẳng giới trong gia đình, nhà trường và cộng đồng',
  '- Lồng ghép nội dung bình đẳng giới trong giáo dục, đào tạo, sinh hoạt gia đình và cộng đồng.
- Tuyên truyền kỹ năng ứng xử, phòng ngừa bạo lực trên cơ sở giới; thúc đẩy sự tham gia của nam giới, thanh thiếu niên và trẻ em trong thực hiện bình đẳng giới.'),
 (7, 'Tăng cường kiểm tra, giám sát và đánh giá hiệu quả truyền thông',
  '- Thực hiện kiểm tra, giám sát định kỳ việc triển khai các hoạt động truyền thông về bình đẳng giới.
- Đánh giá hiệu quả truyền thông gắn với các chỉ tiêu cụ thể; kịp thời điều chỉnh nội dung, hình thức phù hợp thực tiễn.
- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.')
) AS g(number, title, description)
ON CONFLICT (plan_id, number) DO NOTHING;

INSERT INTO plan_target (plan_id, number, wording, responsible, unit_of_measure)
SELECT pl.id, t.number, t.wording, t.responsible, t.unit
FROM programme_plan pl JOIN area c ON c.id = pl.commune_id AND c.code = '03390' AND pl.period_start = 2026
CROSS JOIN (VALUES
 (1, 'Hằng năm, các cơ quan, đơn vị, các tổ chức, doanh nghiệp tổ chức ít nhất 02 cuộc truyền thông phổ biến, cập nhật thông tin về pháp luật, chính sách về bình đẳng giới.',
     'Các cơ quan, đơn vị trên địa bàn xã (mỗi đơn vị báo cáo kết quả của mình)', '% đơn vị có ≥ 2 cuộc'),
 (2, 'Hằng năm, 100% các cơ quan, đơn vị xây dựng kế hoạch triển khai hoạt động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.',
     'Phòng Văn hóa - Xã hội', '% đơn vị có kế hoạch'),
 (3, 'Phấn đấu đến năm 2030 nhận thức về bình đẳng giới của các nhóm đối tượng trong cộng đồng tăng từ 10-15% so với năm 2025.',
     'Phòng Văn hóa - Xã hội', 'điểm phần trăm so với năm 2025'),
 (4, 'Phấn đấu đến năm 2030 đạt truyền thông áp dụng Bộ chỉ số về giới trong truyền thông.',
     'Trung tâm Dịch vụ tổng hợp', '% sản phẩm truyền thông đạt Bộ chỉ số'),
 (5, 'Đến năm 2030 đạt 100% các hương ước, quy ước của cộng đồng đã được thông qua không có sự phân biệt đối xử về giới.',
     'Phòng Văn hóa - Xã hội', '% hương ước, quy ước không phân biệt đối xử về giới')
) AS t(number, wording, responsible, unit)
ON CONFLICT (plan_id, number) DO NOTHING;

INSERT INTO plan_target_value (target_id, year, value)
SELECT t.id, v.year, v.value
FROM plan_target t
JOIN programme_plan pl ON pl.id = t.plan_id AND pl.period_start = 2026
JOIN area c ON c.id = pl.commune_id AND c.code = '03390'
JOIN (VALUES
 (1, 2026, 100), (1, 2027, 100), (1, 2028, 100), (1, 2029, 100), (1, 2030, 100),
 (2, 2026, 100), (2, 2027, 100), (2, 2028, 100), (2, 2029, 100), (2, 2030, 100),
 (3, 2026, 2), (3, 2027, 4), (3, 2028, 6), (3, 2029, 8), (3, 2030, 10),
 (4, 2026, 20), (4, 2027, 40), (4, 2028, 60), (4, 2029, 80), (4, 2030, 100),
 (5, 2026, 80), (5, 2027, 85), (5, 2028, 90), (5, 2029, 95), (5, 2030, 100)
) AS v(number, year, value) ON v.number = t.number
ON CONFLICT (target_id, year) DO NOTHING;
