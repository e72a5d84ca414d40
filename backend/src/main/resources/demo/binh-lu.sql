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

-- The plan of Bình Lư, exactly as the document states it (its number and day are left blank there),
-- created from the programme template (migration V12) as a province administrator does in the app.
-- Yearly values between 2026 and 2030 are the template's default ramp where the plan states only the
-- 2030 goal (targets 3, 4, 5); the coordinator adjusts them.
SELECT create_plan_from_template(c.id, NULL, NULL, 'ngày … tháng 4 năm 2026', 'Nguyễn Thị Nhàn',
       'TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch',
       'Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu về thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn tỉnh Lai Châu',
       'demo')
FROM area c WHERE c.code = '03390' AND NOT commune_enabled(c.id);
