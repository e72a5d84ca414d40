-- Demo data of Bình Lư (Lai Châu), loaded only when BINHDANG_DEMO_DATA=true.
-- Idempotent: every insert skips what exists, so a second start adds nothing.
-- Codes: Lai Châu = 12 and Bình Lư = 03390 as in the public lists (Quyết định 19/2025/QĐ-TTg).
-- "Xã Tam Đường (minh họa)" with code 03395 is an illustrative second commune for scope rules.
-- Village names are illustrative, contact people are roles, phone numbers are fictional.

INSERT INTO area (code, name, level, parent_id) VALUES ('12', 'Tỉnh Lai Châu', 'PROVINCE', NULL)
ON CONFLICT (code) DO NOTHING;

INSERT INTO area (code, name, level, parent_id)
SELECT c.code, c.name, 'COMMUNE', p.id
FROM (VALUES ('03390', 'Xã Bình Lư'), ('03395', 'Xã Tam Đường (minh họa)')) AS c(code, name)
JOIN area p ON p.code = '12'
ON CONFLICT (code) DO NOTHING;

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
    ('03395', '03395-01', 'Bản Nà Tăm'),
    ('03395', '03395-02', 'Bản Đông Pao')
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
    ('03395', 'CULTURE_SOCIAL_OFFICE',    'VHXH',    'Phòng Văn hóa – Xã hội',                          'Công chức Văn hóa – Xã hội', '0912000201', NULL, ARRAY[1, 2, 3, 5]),
    ('03395', 'HEALTH_STATION',           'TYT',     'Trạm Y tế xã Tam Đường (minh họa)',               'Trạm trưởng',                '0912000202', NULL, ARRAY[1])
) AS u(commune_code, kind, code, name, contact_person, phone, email, targets)
JOIN area c ON c.code = u.commune_code
ON CONFLICT (commune_id, code) DO NOTHING;
