--liquibase formatted sql

--changeset dvc:kpi-20
-- The plan's tasks as the plan writes them (docs/plan-170-KH-UBND-2022.txt, sections IV and V): its numbers, its
-- words (plan_text: the item in full; title: it shortened where it would not fit a line), its leads and cooperating
-- bodies as named, its deadlines in its own form (deadline_text) and what each needs as evidence. Corrects kpi-16,
-- which paraphrased the plan without it at hand: the list is replaced; reports on the codes that stay (IV.1–IV.10)
-- are kept, those on the codes that go (V.1.1–V.1.5) stay in the table, attached to no task.
ALTER TABLE kpi_campaign_task ADD COLUMN plan_text TEXT NULL, ADD COLUMN deadline_text VARCHAR(300) NULL,
    ADD COLUMN evidence VARCHAR(500) NULL;
-- The units a target applies to (JSON: units by code, or units of these kinds at these tiers; none: every unit) and the
-- day it is judged on.
ALTER TABLE kpi_campaign_target ADD COLUMN applies_to TEXT NULL, ADD COLUMN judged_on DATE NULL;

DELETE FROM kpi_campaign_task WHERE campaign_id = 'KH-170-2022';
INSERT INTO kpi_campaign_task (campaign_id, code, position, title, lead_units, cooperating_units, deadline_kind,
                               due_day, due_time, starts_on, ends_before, every, evidence_required, plan_text, deadline_text,
                               evidence) VALUES
    ('KH-170-2022', 'IV.1', 1, 'Cập nhật đầy đủ các DVC phát sinh lên Cổng Dịch vụ công của tỉnh, không xử lý hồ sơ giấy mà không cập nhật',
     '{"tiers": ["DEPARTMENT", "DISTRICT", "COMMUNE"]}', '{}', 'ONGOING', NULL, NULL, '2022-06-01', NULL, NULL, FALSE,
     'Cập nhật đầy đủ các DVC phát sinh lên Cổng Dịch vụ công của tỉnh, tuyệt đối không được xử lý hồ sơ giấy mà không cập nhật vào Cổng Dịch vụ công của tỉnh.',
     'từ ngày 01/6/2022', 'hồ sơ được cập nhật trên Cổng Dịch vụ công của tỉnh (đối chiếu số tự báo cáo với số trên Cổng)'),
    ('KH-170-2022', 'IV.2', 2, 'Rà soát, phấn đấu đạt và vượt chỉ tiêu tỷ lệ DVCTT phát sinh hồ sơ và tỷ lệ hồ sơ xử lý trực tuyến',
     '{"tiers": ["DEPARTMENT", "DISTRICT", "COMMUNE"]}', '{}', 'ONGOING', NULL, NULL, '2022-06-01', NULL, NULL, FALSE,
     'Chủ động rà soát, tập trung phấn đấu đạt và vượt chỉ tiêu tỷ lệ DVCTT phát sinh hồ sơ trực tuyến và tỷ lệ hồ sơ xử lý trực tuyến.',
     'từ 01/6/2022', 'tỷ lệ DVCTT có phát sinh hồ sơ và tỷ lệ hồ sơ xử lý trực tuyến của đơn vị (phụ lục 1, 2)'),
    ('KH-170-2022', 'IV.3', 3, 'Kiểm soát việc giải quyết hồ sơ, không để quá hạn; hồ sơ quá hạn phải có văn bản xin lỗi',
     '{"kinds": ["SERVICE_CENTRE"], "tiers": ["DEPARTMENT", "DISTRICT", "COMMUNE"]}', '{}', 'ONGOING', NULL, NULL, '2022-06-01', NULL, NULL, FALSE,
     'Quán triệt, theo dõi và kiểm soát thường xuyên việc giải quyết hồ sơ, thủ tục hành chính của đội ngũ cán bộ, công chức, đảm bảo chất lượng, tiến độ, không để hồ sơ chuyển qua trạng thái quá hạn.',
     'Từ tháng 06/2022', 'tỷ lệ hồ sơ giải quyết đúng hạn; văn bản xin lỗi của hồ sơ quá hạn, gửi trước hạn ít nhất 01 ngày'),
    ('KH-170-2022', 'IV.4', 4, 'Thí điểm chỉ tiếp nhận hồ sơ trực tuyến (25 DVC thiết yếu theo Quyết định số 06/QĐ-TTg)',
     '{"names": ["Công an tỉnh"]}', '{"names": ["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông"], "tiers": ["DISTRICT"]}',
     'DATE', '2022-06-29', NULL, NULL, NULL, NULL, FALSE,
     'Thí điểm chỉ tiếp nhận hồ sơ trực tuyến đối với một số loại hình DVCTT tương ứng với một số đối tượng người dân sử dụng phù hợp, khả thi trong tiếp cận, thực hiện dịch vụ.',
     'trước ngày 30/6/2022', 'danh mục DVC chỉ tiếp nhận trực tuyến và đơn vị áp dụng (PUT /campaigns/{id}/online-only)'),
    ('KH-170-2022', 'IV.5', 5, 'Triển khai các Tổ công nghệ số cộng đồng hướng dẫn, hỗ trợ người dân sử dụng DVCTT',
     '{"tiers": ["DISTRICT", "COMMUNE"]}',
     '{"names": ["Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Phát triển Nông thôn"]}',
     'DATE', '2022-06-29', NULL, NULL, NULL, NULL, TRUE,
     'Triển khai các Tổ công nghệ số cộng đồng theo Văn bản số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông, Văn bản số 1231/UBND-KGVX ngày 28/5/2022 của UBND tỉnh để tuyên truyền, hướng dẫn, hỗ trợ người dân thực hiện chuyển đổi số, trong đó có hướng dẫn, hỗ trợ người dân sử dụng DVCTT.',
     'trước ngày 30/6/2022 phải thành lập và báo cáo về UBND tỉnh (qua Sở Thông tin và Truyền thông)',
     'quyết định thành lập Tổ công nghệ số cộng đồng và báo cáo gửi UBND tỉnh qua Sở Thông tin và Truyền thông'),
    ('KH-170-2022', 'IV.6', 6, 'Rà soát các TTHC và điều kiện bảo đảm để cung cấp trực tuyến mức độ 4',
     '{"names": ["Văn phòng UBND tỉnh"]}', '{"tiers": ["DEPARTMENT"]}', 'ONGOING', NULL, NULL, '2022-06-01', NULL, NULL, FALSE,
     'Tiếp tục rà soát các thủ tục hành chính và các điều kiện bảo đảm để cung cấp trực tuyến mức độ 4 với các thủ tục hành chính đủ điều kiện.',
     'thường xuyên', 'danh mục TTHC đủ điều kiện cung cấp trực tuyến mức độ 4 được cập nhật'),
    ('KH-170-2022', 'IV.7', 7, 'Tham mưu chính sách khuyến khích người dân, doanh nghiệp sử dụng DVCTT',
     '{"names": ["Sở Thông tin và Truyền thông"]}', '{"names": ["Sở Tài chính"]}', 'DATE', '2022-08-14', NULL, NULL, NULL, NULL, TRUE,
     'Nghiên cứu tham mưu ban hành chính sách khuyến khích người dân, doanh nghiệp sử dụng DVCTT như giảm thời gian xử lý hồ sơ; giảm lệ phí thực hiện DVCTT.',
     'trước ngày 15/8/2022 phải hoàn thành thủ tục để trình Hội đồng nhân dân tỉnh vào kỳ họp gần nhất',
     'hồ sơ trình Hội đồng nhân dân tỉnh (số, ngày của tờ trình)'),
    ('KH-170-2022', 'IV.8', 8, 'Kết nối Cổng DVC, Hệ thống một cửa điện tử với Hệ thống giám sát, đo lường của Bộ Thông tin và Truyền thông',
     '{"names": ["Sở Thông tin và Truyền thông"]}', '{}', 'DATE', '2022-06-30', NULL, NULL, NULL, NULL, FALSE,
     'Kết nối toàn diện, triệt để Cổng Dịch vụ công/Hệ thống một cửa điện tử cấp bộ, cấp tỉnh với Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số của Bộ Thông tin và Truyền thông để thực hiện đo lường, đánh giá, theo dõi, quản lý việc cung cấp và hiệu quả sử dụng DVCTT của các cơ quan nhà nước; từ đó, cải tiến chất lượng và hiệu quả cung cấp, sử dụng DVCTT.',
     'Trong tháng 6/2022', 'số liệu được đẩy lên Hệ thống giám sát, đo lường (GET /emc/pushes)'),
    ('KH-170-2022', 'IV.9', 9, 'Hoàn thiện hệ thống báo cáo GRIS, LRIS; hệ thống báo cáo cấp huyện',
     '{"tiers": ["COMMUNE", "DEPARTMENT"], "names": ["Huyện Lộc Ninh", "Huyện Bù Gia Mập", "Huyện Bù Đăng", "Huyện Đồng Phú", "Huyện Chơn Thành", "Huyện Bù Đốp", "Huyện Hớn Quản"]}',
     '{}', 'DATE', '2022-06-30', NULL, NULL, NULL, NULL, FALSE,
     'Triển khai hoàn thiện hệ thống báo cáo GRIS, LRIS',
     'tháng 6/2022', 'xã, phường, thị trấn nhập liệu các mẫu II.01b, II.05a, II.06 (GRIS); sở, ban, ngành nhập liệu LRIS; các huyện có hệ thống báo cáo hoàn chỉnh'),
    ('KH-170-2022', 'IV.10', 10, 'Triển khai toàn diện thanh toán trực tuyến đối với dịch vụ công trên phạm vi toàn tỉnh',
     '{"names": ["Văn phòng UBND tỉnh"]}', '{"names": ["Sở Thông tin và Truyền thông"], "tiers": ["DISTRICT"]}',
     'DATE', '2022-08-30', NULL, NULL, NULL, NULL, FALSE,
     'Triển khai toàn diện thanh toán trực tuyến đối với dịch vụ công trên phạm vi toàn tỉnh.',
     'trước ngày 31/8/2022', 'tỷ lệ đơn vị có tài khoản thanh toán trực tuyến và giao dịch thanh toán (phụ lục 5)'),
    ('KH-170-2022', 'V.1', 11, 'Xây dựng kế hoạch, chương trình hành động và gửi về UBND tỉnh',
     '{"tiers": ["DEPARTMENT", "DISTRICT"]}', '{}', 'DATE', '2022-06-06', NULL, NULL, NULL, NULL, TRUE,
     'Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố xây dựng kế hoạch, chương trình hành động đảm bảo hoàn thành 100% nhiệm vụ được giao tại Kế hoạch này.',
     'trước ngày 07/6/2022', 'kế hoạch, chương trình hành động đã ban hành (số, ngày) gửi UBND tỉnh'),
    ('KH-170-2022', 'V.2', 12, 'Tổng hợp báo cáo tiến độ cho Ban chỉ đạo Chuyển đổi số của tỉnh 02 ngày/lần, trước 17h00',
     '{"names": ["Văn phòng UBND tỉnh"]}', '{}', 'RECURRING', NULL, '17:00:00', '2022-06-01', '2022-09-01', 'P2D', FALSE,
     'Văn phòng UBND tỉnh tổng hợp báo cáo cho Ban chỉ đạo Chuyển đổi số của tỉnh về tiến độ triển khai, kết quả thực hiện của từng sở, ban, ngành; UBND huyện, thị xã, thành phố với tần suất 02 ngày/1 lần, thời điểm báo cáo: trước 17h00.',
     '02 ngày/1 lần, thời điểm báo cáo: trước 17h00', 'bản tin tiến độ 02 ngày/lần (POST /bulletins; GET /bulletins)'),
    ('KH-170-2022', 'V.2.1', 13, 'Tham mưu tổ chức Lễ tổng kết Chiến dịch',
     '{"names": ["Văn phòng UBND tỉnh"]}', '{"names": ["Sở Thông tin và Truyền thông", "Sở Nội vụ"]}', 'DATE', '2022-09-01', NULL,
     NULL, NULL, NULL, FALSE,
     'Chủ trì phối hợp với Sở Thông tin và Truyền thông, Sở Nội vụ tham mưu UBND tỉnh tổ chức Lễ tổng kết Chiến dịch vào ngày 01/9/2022.',
     'vào ngày 01/9/2022', 'Lễ tổng kết Chiến dịch được tổ chức'),
    ('KH-170-2022', 'V.3', 14, 'Bảo đảm hạ tầng kỹ thuật, phần mềm Dịch vụ công để số hóa đầu vào, kết quả đầu ra của TTHC',
     '{"names": ["Sở Thông tin và Truyền thông"]}', '{}', 'ONGOING', NULL, NULL, '2022-06-01', NULL, NULL, FALSE,
     'Sở Thông tin và Truyền thông đảm bảo hạ tầng kỹ thuật, phần mềm Dịch vụ công đáp ứng được các yêu cầu để triển khai số hóa đầu vào và kết quả đầu ra của thủ tục hành chính; lưu trữ kho dữ liệu cá nhân để sử dụng các dịch vụ công tiếp theo, chuẩn bị các phương án đảm bảo để triển khai chữ ký số cá nhân rộng rãi để người dân biết và sử dụng với nguyên tắc thuận tiện, tiết kiệm chi phí cho người dân, doanh nghiệp.',
     NULL, 'tỷ lệ hồ sơ, kết quả được số hóa tại Trung tâm Phục vụ hành chính công và Bộ phận một cửa'),
    ('KH-170-2022', 'V.4', 15, 'Tham mưu chỉnh sửa bản chấm điểm Chỉ số cải cách hành chính năm 2022',
     '{"names": ["Sở Nội vụ"]}', '{"names": ["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông"]}', 'ONGOING', NULL, NULL,
     '2022-06-01', NULL, NULL, TRUE,
     'Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông tham mưu UBND tỉnh chỉnh sửa bản chấm điểm Chỉ số cải cách hành chính của các cơ quan, đơn vị, địa phương; đánh giá trách nhiệm Người đứng đầu năm 2022 theo hướng tập trung vào các nhiệm vụ: Nâng cao hiệu quả cung cấp, sử dụng dịch vụ công trực tuyến; Đẩy mạnh chuyển đổi số để phát triển Chính quyền số.',
     NULL, 'bản chấm điểm Chỉ số cải cách hành chính năm 2022 đã chỉnh sửa, trình UBND tỉnh');

-- The plan's five targets are judged "đến ngày 02/9/2022"; the digitisation target (III.3) applies at the provincial
-- public administration service centre and the district one-stop shops only.
UPDATE kpi_campaign_target SET judged_on = '2022-09-02' WHERE campaign_id = 'KH-170-2022' AND unit_code = '';
UPDATE kpi_campaign_target SET applies_to = '{"kinds": ["SERVICE_CENTRE", "ONE_STOP_SHOP"], "tiers": ["DEPARTMENT", "DISTRICT"]}'
    WHERE campaign_id = 'KH-170-2022' AND unit_code = '' AND indicator = 'INPUT_DIGITISATION';
