-- The programme template: the plan every commune adopts (modelled on the plan of Bình Lư, 2026–2030),
-- one home for its task groups, targets and default yearly values. A province administrator creates a
-- commune's plan from it (POST /api/v1/plans), which enables the commune for the programme; the demo
-- creates its plans the same way. The commune then adjusts the yearly values within the plan's bounds.

CREATE TABLE programme_template (
    id            smallint PRIMARY KEY CHECK (id = 1),
    title_pattern text    NOT NULL,
    period_start  integer NOT NULL,
    period_end    integer NOT NULL,
    start_date    date    NOT NULL
);
INSERT INTO programme_template VALUES (1,
    'Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn {commune}',
    2026, 2030, DATE '2026-01-01');

CREATE TABLE programme_template_task_group (
    number      smallint PRIMARY KEY CHECK (number BETWEEN 1 AND 7),
    title       text NOT NULL,
    description text NOT NULL
);
INSERT INTO programme_template_task_group (number, title, description) VALUES
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
- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.');

CREATE TABLE programme_template_target (
    number          smallint PRIMARY KEY CHECK (number BETWEEN 1 AND 5),
    wording         text        NOT NULL,
    responsible     text        NOT NULL,
    unit_of_measure varchar(60) NOT NULL
);
INSERT INTO programme_template_target (number, wording, responsible, unit_of_measure) VALUES
 (1, 'Hằng năm, các cơ quan, đơn vị, các tổ chức, doanh nghiệp tổ chức ít nhất 02 cuộc truyền thông phổ biến, cập nhật thông tin về pháp luật, chính sách về bình đẳng giới.',
     'Các cơ quan, đơn vị trên địa bàn xã (mỗi đơn vị báo cáo kết quả của mình)', '% đơn vị có ≥ 2 cuộc'),
 (2, 'Hằng năm, 100% các cơ quan, đơn vị xây dựng kế hoạch triển khai hoạt động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới.',
     'Phòng Văn hóa - Xã hội', '% đơn vị có kế hoạch'),
 (3, 'Phấn đấu đến năm 2030 nhận thức về bình đẳng giới của các nhóm đối tượng trong cộng đồng tăng từ 10-15% so với năm 2025.',
     'Phòng Văn hóa - Xã hội', 'điểm phần trăm so với năm 2025'),
 (4, 'Phấn đấu đến năm 2030 đạt truyền thông áp dụng Bộ chỉ số về giới trong truyền thông.',
     'Trung tâm Dịch vụ tổng hợp', '% sản phẩm truyền thông đạt Bộ chỉ số'),
 (5, 'Đến năm 2030 đạt 100% các hương ước, quy ước của cộng đồng đã được thông qua không có sự phân biệt đối xử về giới.',
     'Phòng Văn hóa - Xã hội', '% hương ước, quy ước không phân biệt đối xử về giới');

CREATE TABLE programme_template_value (
    number smallint      NOT NULL REFERENCES programme_template_target (number),
    year   integer       NOT NULL,
    value  numeric(7, 2) NOT NULL,
    PRIMARY KEY (number, year)
);
INSERT INTO programme_template_value (number, year, value) VALUES
 (1, 2026, 100), (1, 2027, 100), (1, 2028, 100), (1, 2029, 100), (1, 2030, 100),
 (2, 2026, 100), (2, 2027, 100), (2, 2028, 100), (2, 2029, 100), (2, 2030, 100),
 (3, 2026, 2), (3, 2027, 4), (3, 2028, 6), (3, 2029, 8), (3, 2030, 10),
 (4, 2026, 20), (4, 2027, 40), (4, 2028, 60), (4, 2029, 80), (4, 2030, 100),
 (5, 2026, 80), (5, 2027, 85), (5, 2028, 90), (5, 2029, 95), (5, 2030, 100);

-- A commune is enabled for the programme when it has a plan: the one rule every list and the province's
-- comparison read.
CREATE FUNCTION commune_enabled(p_commune_id bigint) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    RETURN EXISTS (SELECT 1 FROM programme_plan p WHERE p.commune_id = p_commune_id);

-- Creates a commune's plan from the template (its own document number, date and signer), with the
-- template's task groups, targets and yearly values; returns the plan's id.
CREATE FUNCTION create_plan_from_template(p_commune_id bigint, p_document_number text, p_issued_on date,
        p_issued_text text, p_signer_name text, p_signer_title text, p_implements_plan text, p_created_by text)
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    new_plan_id bigint;
    commune_name text;
BEGIN
    SELECT name INTO commune_name FROM area WHERE id = p_commune_id AND level = 'COMMUNE';
    IF commune_name IS NULL THEN
        RAISE EXCEPTION 'no commune %', p_commune_id;
    END IF;
    INSERT INTO programme_plan (commune_id, title, document_number, issued_on, issued_text, signer_name, signer_title,
                                period_start, period_end, start_date, implements_plan, created_by, updated_by)
    SELECT p_commune_id,
           replace(t.title_pattern, '{commune}', lower(left(commune_name, 1)) || substr(commune_name, 2)),
           p_document_number, p_issued_on, p_issued_text, p_signer_name, p_signer_title,
           t.period_start, t.period_end, t.start_date, p_implements_plan, p_created_by, p_created_by
    FROM programme_template t WHERE t.id = 1
    RETURNING id INTO new_plan_id;
    INSERT INTO plan_task_group (plan_id, number, title, description)
    SELECT new_plan_id, g.number, g.title, g.description FROM programme_template_task_group g;
    INSERT INTO plan_target (plan_id, number, wording, responsible, unit_of_measure)
    SELECT new_plan_id, t.number, t.wording, t.responsible, t.unit_of_measure FROM programme_template_target t;
    INSERT INTO plan_target_value (target_id, year, value)
    SELECT pt.id, v.year, v.value
    FROM plan_target pt JOIN programme_template_value v ON v.number = pt.number
    WHERE pt.plan_id = new_plan_id;
    RETURN new_plan_id;
END $$;
