-- Demo data for CCHC index scoring (chấm điểm chỉ số CCHC), loaded after
-- seed.sql (config.toml, [db.seed] sql_paths).
--
-- * Today's units that seed.sql does not have yet: Sở Nông nghiệp và Môi
--   trường (SNNMT) and six commune-level people's committees.
-- * Last year's CCHC plan 285/KH-UBND (closed), led by today's units, with
--   its history, so last year's plan-driven criteria have something to count.
-- * Last year's index for departments and for commune-level committees:
--   every unit self-assessed with evidence, appraised by Home Affairs, some
--   explanations requested and answered, results published.
-- * The province's own self-assessment against the Ministry's PAR Index for
--   last year, with a responsible unit per criterion and SIPAS / PAPI / PCI.
-- * This year's index for departments and for communes, open for
--   self-scoring: the window runs from 10 days ago to 14 days ahead.
--
-- "Last year" and "this year" follow current_date, like the current-year plan
-- of seed.sql.  Safe to run again: each part is skipped when its rows exist.
select set_config('app.seeding', 'on', false);

-- ---------------------------------------------------------------- today's units
insert into public.units (code, name, short_name, kind, parent_id, sort_order)
select v.code, v.name, v.short_name, v.kind::public.unit_kind, (select id from public.units where code = 'UBND'), v.sort_order
from (values
  ('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'department', 22),
  ('UBND-BINHAN', 'Ủy ban nhân dân phường Bình An', 'UBND phường Bình An', 'commune', 30),
  ('UBND-PHUMY', 'Ủy ban nhân dân phường Phú Mỹ', 'UBND phường Phú Mỹ', 'commune', 31),
  ('UBND-DONGSON', 'Ủy ban nhân dân xã Đông Sơn', 'UBND xã Đông Sơn', 'commune', 32),
  ('UBND-TAYHOA', 'Ủy ban nhân dân xã Tây Hòa', 'UBND xã Tây Hòa', 'commune', 33),
  ('UBND-HOATHANG', 'Ủy ban nhân dân xã Hòa Thắng', 'UBND xã Hòa Thắng', 'commune', 34),
  ('UBND-ANPHU', 'Ủy ban nhân dân xã An Phú', 'UBND xã An Phú', 'commune', 35)
) as v(code, name, short_name, kind, sort_order)
on conflict (code) do nothing;

-- ---------------------------------------------------------------- last year's plan
insert into public.plans (doc_number, title, year, issuer, issued_on, status)
select '285/KH-UBND', format('Kế hoạch cải cách hành chính tỉnh Bình An năm %s', y.year), y.year,
       'Ủy ban nhân dân tỉnh Bình An', make_date(y.year - 1, 12, 24), 'closed'
from (select extract(year from current_date)::int - 1 as year) y
on conflict (doc_number, year) do nothing;

-- Each task: start and due as month/day of last year; done tasks are
-- reported `late` days after the due date (negative: before it); tasks
-- with no report stayed in progress and were overdue at the year's end.
with y as (select extract(year from current_date)::int - 1 as year),
target_plan as (select p.id from public.plans p, y where p.doc_number = '285/KH-UBND' and p.year = y.year),
task_rows (area_id, ordinal, title, expected_output, lead_unit, start_md, due_md, late) as (values
  (1, '1.1', 'Ban hành Kế hoạch cải cách hành chính năm của cơ quan', 'Kế hoạch của cơ quan', 'VP-UBND', '01-05', '01-31', -6),
  (1, '1.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành', 'Quyết định công bố kết quả hệ thống hóa', 'STP', '01-10', '03-31', -3),
  (1, '1.3', 'Kiểm tra văn bản quy phạm pháp luật do UBND cấp xã ban hành sau sắp xếp', 'Báo cáo kết quả kiểm tra', 'STP', '03-01', '09-30', 12),
  (1, '1.4', 'Theo dõi tình hình thi hành pháp luật về đất đai và môi trường', 'Báo cáo theo dõi thi hành pháp luật', 'SNNMT', '02-01', '10-31', null),
  (2, '2.1', 'Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai', 'Quyết định thông qua phương án đơn giản hóa', 'SNNMT', '02-01', '06-30', 20),
  (2, '2.2', 'Công bố danh mục thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công', 'Quyết định công bố của Chủ tịch UBND tỉnh', 'TTPVHCC', '01-15', '03-31', -10),
  (2, '2.3', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực', 'Báo cáo kết quả số hóa', 'TTPVHCC', '01-15', '11-30', -2),
  (2, '2.4', 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực y tế', 'Quyết định thông qua phương án đơn giản hóa', 'SYT', '02-15', '07-31', -5),
  (2, '2.5', 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực giáo dục', 'Quyết định thông qua phương án đơn giản hóa', 'SGDDT', '02-15', '07-31', 8),
  (2, '2.6', 'Công khai tiến độ giải quyết hồ sơ xây dựng trên Cổng dịch vụ công', 'Báo cáo kết quả thực hiện', 'SXD', '03-01', '08-31', -1),
  (3, '3.1', 'Sắp xếp các phòng, đơn vị thuộc Sở sau hợp nhất', 'Quyết định quy định chức năng, nhiệm vụ', 'SNNMT', '03-01', '05-31', -4),
  (3, '3.2', 'Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị', 'Báo cáo thẩm định', 'SNV', '02-01', '09-30', -7),
  (3, '3.3', 'Hướng dẫn tổ chức bộ máy UBND cấp xã sau sắp xếp đơn vị hành chính', 'Văn bản hướng dẫn', 'SNV', '06-01', '07-31', -10),
  (4, '4.1', 'Tuyển dụng công chức theo vị trí việc làm đã được phê duyệt', 'Báo cáo kết quả tuyển dụng', 'SNV', '04-01', '10-31', 15),
  (4, '4.2', 'Thanh tra công vụ, kỷ luật, kỷ cương hành chính tại các sở, ngành', 'Kết luận thanh tra', 'TTRA', '03-01', '11-30', -6),
  (4, '4.3', 'Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa', 'Báo cáo kết quả bồi dưỡng', 'TTPVHCC', '04-01', '09-30', null),
  (5, '5.1', 'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập', 'Quyết định giao quyền tự chủ', 'STC', '01-15', '06-30', -3),
  (5, '5.2', 'Đẩy nhanh giải ngân vốn đầu tư công năm', 'Báo cáo tiến độ giải ngân', 'STC', '01-15', '12-10', 25),
  (5, '5.3', 'Thực hiện cơ chế tự chủ tại bệnh viện tuyến tỉnh', 'Báo cáo kết quả thực hiện', 'SYT', '03-01', '10-31', -12),
  (6, '6.1', 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', 'Hệ thống được nghiệm thu', 'SKHCN', '02-01', '09-30', -9),
  (6, '6.2', 'Kết nối, chia sẻ dữ liệu dân cư với các hệ thống chuyên ngành', 'Báo cáo kết quả kết nối', 'SKHCN', '03-01', '11-30', null),
  (6, '6.3', 'Cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực công thương', 'Danh mục dịch vụ công trực tuyến', 'SCT', '02-01', '08-31', -4),
  (6, '6.4', 'Triển khai sổ liên lạc điện tử và học bạ số', 'Báo cáo kết quả triển khai', 'SGDDT', '01-15', '10-31', -20),
  (6, '6.5', 'Vận hành Trung tâm giám sát, điều hành thông minh (IOC)', 'Báo cáo vận hành', 'VP-UBND', '03-01', '12-10', -1),
  (3, '3.4', 'Sắp xếp bộ phận một cửa cấp xã sau sắp xếp đơn vị hành chính', 'Quyết định thành lập Bộ phận Một cửa', 'UBND-BINHAN', '07-01', '08-31', -8),
  (2, '2.7', 'Tiếp nhận, giải quyết hồ sơ đất đai tại cấp xã đúng hạn', 'Báo cáo kết quả giải quyết', 'UBND-DONGSON', '07-01', '11-30', null),
  (6, '6.6', 'Số hóa sổ hộ tịch lưu trữ của xã', 'Báo cáo kết quả số hóa', 'UBND-TAYHOA', '07-15', '11-15', 10),
  (6, '6.7', 'Triển khai thanh toán trực tuyến phí, lệ phí tại Bộ phận Một cửa phường', 'Báo cáo kết quả triển khai', 'UBND-PHUMY', '07-15', '10-31', -3)
),
inserted as (
  insert into public.tasks (plan_id, area_id, ordinal, title, expected_output, lead_unit_id, start_date, due_date,
                            status, progress, progress_note, submitted_at, completed_on)
  select p.id, r.area_id, r.ordinal, r.title, r.expected_output,
         (select u.id from public.units u where u.code = r.lead_unit),
         (y.year || '-' || r.start_md)::date, (y.year || '-' || r.due_md)::date,
         (case when r.late is null then 'in_progress' else 'done' end)::public.task_status,
         case when r.late is null then 60 else 100 end,
         case when r.late is null then 'Chưa hoàn thành trong năm; chuyển tiếp sang kế hoạch năm sau.' end,
         case when r.late is not null then (((y.year || '-' || r.due_md)::date + r.late) + time '16:00') at time zone 'Asia/Ho_Chi_Minh' end,
         case when r.late is not null then (y.year || '-' || r.due_md)::date + r.late end
  from task_rows r cross join target_plan p cross join y
  on conflict (plan_id, ordinal) do nothing
  returning id
)
select count(*) from inserted;

-- Evidence and history of last year's tasks (those without history yet).
insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary, created_by, created_at)
select t.id, 'document',
       format('%s/%s', 200 + (row_number() over (order by t.ordinal)) * 11 % 700,
              case when t.expected_output ilike 'Quyết định%' then 'QĐ-UBND'
                   when t.expected_output ilike 'Kế hoạch%' then 'KH-' || u.code
                   else 'BC-' || u.code end),
       private.local_date(t.submitted_at) - 1, u.name,
       left(t.expected_output || ' về việc ' || lower(left(t.title, 1)) || substr(t.title, 2), 2000),
       null, t.submitted_at - interval '1 hour'
from public.tasks t
join public.plans p on p.id = t.plan_id and p.doc_number = '285/KH-UBND' and p.year = extract(year from current_date)::int - 1
join public.units u on u.id = t.lead_unit_id
where t.status = 'done' and not exists (select 1 from public.evidence e where e.task_id = t.id);

with interior as (select id from public.profiles where email = 'noivu@example.vn'),
story as (
  select t.id as task_id, p.issued_on, t.start_date, t.status, t.submitted_at, t.completed_on
  from public.tasks t
  join public.plans p on p.id = t.plan_id and p.doc_number = '285/KH-UBND' and p.year = extract(year from current_date)::int - 1
  where not exists (select 1 from public.task_events e where e.task_id = t.id)
),
events (task_id, occurred_at, actor_id, actor_role, action, changes) as (
  select s.task_id, (s.issued_on + 1 + time '08:00') at time zone 'Asia/Ho_Chi_Minh', i.id, 'interior'::public.app_role,
         'created', jsonb_build_object('status', jsonb_build_object('old', null, 'new', 'not_started'))
  from story s cross join interior i
  union all
  select s.task_id, (s.start_date + time '09:00') at time zone 'Asia/Ho_Chi_Minh', null, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'in_progress'))
  from story s
  union all
  select s.task_id, s.submitted_at, null, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'in_progress', 'new', 'submitted'))
  from story s where s.status = 'done'
  union all
  select s.task_id, s.submitted_at + interval '18 hours', i.id, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'submitted', 'new', 'done'),
                                              'completed_on', jsonb_build_object('old', null, 'new', s.completed_on))
  from story s cross join interior i where s.status = 'done'
)
insert into public.task_events (task_id, occurred_at, actor_id, actor_role, action, changes)
select task_id, occurred_at, actor_id, actor_role, action, changes from events order by occurred_at;

-- Each unit's on-time dossier rate for last year and for this year's 9 months.
insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator, recorded_by, recorded_at)
select i.id, u.id, (extract(year from current_date)::int + r.y)::smallint, r.period::public.indicator_period, r.num, r.den,
       (select a.id from auth.users a where a.email = 'noivu@example.vn'),
       least((private.period_end((extract(year from current_date)::int + r.y)::smallint, r.period::public.indicator_period) + 6 + time '10:00')
             at time zone 'Asia/Ho_Chi_Minh', now())
from (values
  ('VP-UBND', -1, 'annual', 412, 415), ('SNV', -1, 'annual', 1630, 1652), ('STP', -1, 'annual', 2485, 2490),
  ('STC', -1, 'annual', 980, 1004), ('SKHCN', -1, 'annual', 745, 752), ('SGDDT', -1, 'annual', 1210, 1251),
  ('SYT', -1, 'annual', 3320, 3388), ('SXD', -1, 'annual', 2104, 2270), ('SCT', -1, 'annual', 3950, 3962),
  ('SNNMT', -1, 'annual', 5230, 5689), ('TTRA', -1, 'annual', 118, 118), ('TTPVHCC', -1, 'annual', 40210, 40650),
  ('UBND-BINHAN', -1, 'annual', 8120, 8190), ('UBND-PHUMY', -1, 'annual', 6310, 6402), ('UBND-DONGSON', -1, 'annual', 3410, 3690),
  ('UBND-TAYHOA', -1, 'annual', 2890, 2950), ('UBND-HOATHANG', -1, 'annual', 2210, 2318), ('UBND-ANPHU', -1, 'annual', 1980, 2001),
  ('SNNMT', 0, 'q3', 3810, 4205), ('SYT', 0, 'q3', 2460, 2490), ('UBND-BINHAN', 0, 'q3', 6020, 6090), ('UBND-DONGSON', 0, 'q3', 2650, 2810)
) as r(code, y, period, num, den)
join public.indicators i on i.code = 'TTHC-01'
join public.units u on u.code = r.code
on conflict on constraint indicator_values_period_key do nothing;

-- ================================================================ index sets
-- Items are written from a temporary table, level by level (areas, then
-- criteria, then sub-criteria), so each finds its parent.
drop table if exists pg_temp.cchc_seed_items;
create temporary table cchc_seed_items (
  target text, code text, title text, max_points numeric, kind text, allowed text, source text,
  indicator text, bands jsonb, points_per numeric, evidence text, responsible text
);

insert into cchc_seed_items values
  -- ---------------------------------------------------------- departments (sở, ban, ngành): 100 points
  ('departments', '1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 10, null, null, null, null, null, null, null, null),
  ('departments', '1.1', 'Kế hoạch cải cách hành chính năm của cơ quan', 3, null, null, null, null, null, null, null, null),
  ('departments', '1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời (trước ngày 31/01), đầy đủ nội dung theo hướng dẫn', 1, 'yes_no', null, null, null, null, null, 'Kế hoạch CCHC năm của cơ quan', null),
  ('departments', '1.1.2', 'Mức độ hoàn thành nhiệm vụ trong kế hoạch CCHC năm của tỉnh do cơ quan chủ trì', 2, 'rate_bands', null, 'plan_done_share', null,
   '[{"min": 100, "points": 2}, {"min": 80, "points": 1}, {"min": 0, "points": 0}]', null, 'Tính tự động từ kế hoạch CCHC của tỉnh', null),
  ('departments', '1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ đầy đủ, đúng thời hạn', 2, 'choice', '0; 1; 2', null, null, null, null, 'Các báo cáo CCHC quý, 6 tháng, 9 tháng, năm', null),
  ('departments', '1.3', 'Kiểm tra công tác CCHC đối với các phòng, đơn vị trực thuộc', 2, 'manual', null, null, null, null, null, 'Kế hoạch và báo cáo kết quả kiểm tra', null),
  ('departments', '1.4', 'Thực hiện nhiệm vụ CCHC được UBND tỉnh giao', 3, null, null, null, null, null, null, null, null),
  ('departments', '1.4.1', 'Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn', 3, 'rate_bands', null, 'plan_on_time_share', null, null, null, 'Tính tự động từ kế hoạch CCHC của tỉnh', null),
  ('departments', '1.4.2', 'Nhiệm vụ CCHC quá hạn chưa hoàn thành (trừ 0,5 điểm mỗi nhiệm vụ, tối đa 2 điểm)', 2, 'penalty', null, 'plan_overdue_count', null, null, 0.5, 'Tính tự động từ kế hoạch CCHC của tỉnh', null),
  ('departments', '2', 'Cải cách thể chế', 10, null, null, null, null, null, null, null, null),
  ('departments', '2.1', 'Tham mưu ban hành đầy đủ, đúng tiến độ văn bản quy phạm pháp luật theo chương trình của UBND tỉnh', 4, 'choice', '0; 2; 4', null, null, null, null, 'Danh mục văn bản được ban hành, ngày trình', null),
  ('departments', '2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', 3, 'manual', null, null, null, null, null, 'Quyết định công bố kết quả rà soát', null),
  ('departments', '2.3', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực quản lý', 3, 'yes_no', null, null, null, null, null, 'Báo cáo theo dõi thi hành pháp luật', null),
  ('departments', '3', 'Cải cách thủ tục hành chính', 20, null, null, null, null, null, null, null, null),
  ('departments', '3.1', 'Rà soát, đánh giá, đơn giản hóa thủ tục hành chính', 4, 'manual', null, null, null, null, null, 'Quyết định thông qua phương án đơn giản hóa', null),
  ('departments', '3.2', 'Công bố, công khai thủ tục hành chính đầy đủ, đúng hạn', 4, 'yes_no', null, null, null, null, null, 'Quyết định công bố, đường dẫn trên Cổng dịch vụ công', null),
  ('departments', '3.3', 'Kết quả giải quyết thủ tục hành chính', 8, null, null, null, null, null, null, null, null),
  ('departments', '3.3.1', 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 6, 'rate_bands', null, 'indicator_rate', 'TTHC-01',
   '[{"min": 98, "points": 6}, {"min": 95, "points": 4}, {"min": 90, "points": 2}, {"min": 0, "points": 0}]', null, 'Tính tự động từ chỉ tiêu TTHC-01 của đơn vị', null),
  ('departments', '3.3.2', 'Thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn', 2, 'yes_no', null, null, null, null, null, 'Văn bản xin lỗi', null),
  ('departments', '3.4', 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', 4, 'manual', null, null, null, null, null, 'Báo cáo kết quả xử lý phản ánh, kiến nghị', null),
  ('departments', '4', 'Cải cách tổ chức bộ máy hành chính nhà nước', 10, null, null, null, null, null, null, null, null),
  ('departments', '4.1', 'Sắp xếp tổ chức bộ máy theo quy định của Chính phủ và hướng dẫn của Bộ, ngành', 5, 'yes_no', null, null, null, null, null, 'Quyết định quy định chức năng, nhiệm vụ, cơ cấu tổ chức', null),
  ('departments', '4.2', 'Thực hiện quy định về cơ cấu, số lượng cấp phó của người đứng đầu', 5, 'choice', '0; 2,5; 5', null, null, null, null, 'Quyết định bổ nhiệm, danh sách lãnh đạo', null),
  ('departments', '5', 'Cải cách chế độ công vụ', 12, null, null, null, null, null, null, null, null),
  ('departments', '5.1', 'Xây dựng, hoàn thiện vị trí việc làm được phê duyệt', 4, 'yes_no', null, null, null, null, null, 'Quyết định phê duyệt vị trí việc làm', null),
  ('departments', '5.2', 'Tuyển dụng, sử dụng, quản lý công chức, viên chức theo vị trí việc làm', 4, 'manual', null, null, null, null, null, 'Báo cáo tuyển dụng, quyết định bổ nhiệm', null),
  ('departments', '5.3', 'Chấp hành kỷ luật, kỷ cương hành chính, đạo đức công vụ', 4, 'manual', null, null, null, null, null, 'Kết luận thanh tra, kiểm tra công vụ', null),
  ('departments', '6', 'Cải cách tài chính công', 8, null, null, null, null, null, null, null, null),
  ('departments', '6.1', 'Thực hiện cơ chế tự chủ tài chính tại cơ quan và đơn vị sự nghiệp trực thuộc', 4, 'manual', null, null, null, null, null, 'Quyết định giao quyền tự chủ', null),
  ('departments', '6.2', 'Tỷ lệ giải ngân vốn đầu tư công được giao trong năm', 4, 'rate_bands', null, null, null, null, null, 'Báo cáo giải ngân của Kho bạc', null),
  ('departments', '7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 15, null, null, null, null, null, null, null, null),
  ('departments', '7.1', 'Xử lý văn bản, hồ sơ công việc trên môi trường điện tử, ký số', 5, 'choice', '0; 2,5; 5', null, null, null, null, 'Số liệu từ Hệ thống quản lý văn bản và điều hành', null),
  ('departments', '7.2', 'Cung cấp dịch vụ công trực tuyến toàn trình', 5, 'manual', null, null, null, null, null, 'Danh mục dịch vụ công trực tuyến toàn trình', null),
  ('departments', '7.3', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 5, 'manual', null, null, null, null, null, 'Báo cáo kết quả số hóa', null),
  ('departments', '8', 'Tác động của cải cách hành chính (khảo sát xã hội học)', 15, null, null, null, null, null, null, null, null),
  ('departments', '8.1', 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan (SIPAS)', 10, 'survey', null, null, null, null, null, 'Kết quả khảo sát do Sở Nội vụ tổ chức', null),
  ('departments', '8.2', 'Đánh giá của lãnh đạo, công chức về công tác CCHC của cơ quan', 5, 'survey', null, null, null, null, null, 'Kết quả khảo sát do Sở Nội vụ tổ chức', null),
  ('departments', '9', 'Điểm thưởng, điểm trừ', 0, null, null, null, null, null, null, null, null),
  ('departments', '9.1', 'Có sáng kiến, mô hình mới trong CCHC được cấp có thẩm quyền công nhận (tối đa 2 điểm)', 2, 'bonus', null, null, null, null, null, 'Quyết định công nhận sáng kiến', null),
  ('departments', '9.2', 'Bị cấp có thẩm quyền phê bình, nhắc nhở về công tác CCHC (tối đa trừ 2 điểm)', 2, 'penalty', null, null, null, null, null, 'Văn bản phê bình, nhắc nhở', null),
  -- ---------------------------------------------------------- communes (UBND cấp xã): 100 points
  ('communes', '1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 12, null, null, null, null, null, null, null, null),
  ('communes', '1.1', 'Ban hành kế hoạch CCHC năm của UBND cấp xã kịp thời, đầy đủ', 2, 'yes_no', null, null, null, null, null, 'Kế hoạch CCHC năm của UBND xã, phường', null),
  ('communes', '1.2', 'Mức độ hoàn thành nhiệm vụ trong kế hoạch CCHC năm của tỉnh do UBND cấp xã chủ trì', 4, 'rate_bands', null, 'plan_done_share', null,
   '[{"min": 100, "points": 4}, {"min": 80, "points": 2}, {"min": 0, "points": 0}]', null, 'Tính tự động từ kế hoạch CCHC của tỉnh', null),
  ('communes', '1.3', 'Thực hiện chế độ báo cáo CCHC định kỳ đầy đủ, đúng thời hạn', 2, 'choice', '0; 1; 2', null, null, null, null, 'Các báo cáo CCHC định kỳ', null),
  ('communes', '1.4', 'Tuyên truyền về cải cách hành chính trên địa bàn', 2, 'manual', null, null, null, null, null, 'Kế hoạch, hình ảnh, tin bài tuyên truyền', null),
  ('communes', '1.5', 'Nhiệm vụ CCHC quá hạn chưa hoàn thành (trừ 1 điểm mỗi nhiệm vụ, tối đa 2 điểm)', 2, 'penalty', null, 'plan_overdue_count', null, null, 1, 'Tính tự động từ kế hoạch CCHC của tỉnh', null),
  ('communes', '1.6', 'Đối thoại của Chủ tịch UBND cấp xã với Nhân dân về CCHC', 2, 'yes_no', null, null, null, null, null, 'Biên bản đối thoại', null),
  ('communes', '2', 'Cải cách thể chế', 8, null, null, null, null, null, null, null, null),
  ('communes', '2.1', 'Ban hành văn bản quy phạm pháp luật của cấp xã đúng thẩm quyền, trình tự', 4, 'manual', null, null, null, null, null, 'Danh mục văn bản, hồ sơ thẩm định', null),
  ('communes', '2.2', 'Tự kiểm tra, rà soát văn bản quy phạm pháp luật của cấp xã', 4, 'yes_no', null, null, null, null, null, 'Báo cáo kết quả tự kiểm tra', null),
  ('communes', '3', 'Cải cách thủ tục hành chính', 28, null, null, null, null, null, null, null, null),
  ('communes', '3.1', 'Công khai thủ tục hành chính tại Bộ phận Một cửa và trên Cổng dịch vụ công', 4, 'yes_no', null, null, null, null, null, 'Ảnh chụp nơi niêm yết, đường dẫn', null),
  ('communes', '3.2', 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', 8, 'rate_bands', null, 'indicator_rate', 'TTHC-01',
   '[{"min": 98, "points": 8}, {"min": 95, "points": 5}, {"min": 90, "points": 2}, {"min": 0, "points": 0}]', null, 'Tính tự động từ chỉ tiêu TTHC-01 của đơn vị', null),
  ('communes', '3.3', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 6, 'manual', null, null, null, null, null, 'Báo cáo kết quả số hóa', null),
  ('communes', '3.4', 'Thanh toán trực tuyến phí, lệ phí', 4, 'choice', '0; 2; 4', null, null, null, null, 'Số liệu thanh toán trực tuyến', null),
  ('communes', '3.5', 'Xin lỗi người dân khi giải quyết hồ sơ quá hạn; xử lý phản ánh, kiến nghị', 6, 'manual', null, null, null, null, null, 'Văn bản xin lỗi, báo cáo xử lý phản ánh', null),
  ('communes', '4', 'Cải cách tổ chức bộ máy và chế độ công vụ', 12, null, null, null, null, null, null, null, null),
  ('communes', '4.1', 'Bố trí cán bộ, công chức cấp xã theo vị trí việc làm sau sắp xếp', 6, 'manual', null, null, null, null, null, 'Quyết định phân công, bố trí công chức', null),
  ('communes', '4.2', 'Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức', 6, 'manual', null, null, null, null, null, 'Biên bản kiểm tra công vụ', null),
  ('communes', '5', 'Cải cách tài chính công', 8, null, null, null, null, null, null, null, null),
  ('communes', '5.1', 'Công khai ngân sách, quyết toán theo quy định', 4, 'yes_no', null, null, null, null, null, 'Quyết định công bố công khai ngân sách', null),
  ('communes', '5.2', 'Thực hiện quy chế chi tiêu nội bộ, quản lý tài sản công', 4, 'manual', null, null, null, null, null, 'Quy chế chi tiêu nội bộ', null),
  ('communes', '6', 'Xây dựng chính quyền điện tử, chính quyền số', 12, null, null, null, null, null, null, null, null),
  ('communes', '6.1', 'Xử lý văn bản, hồ sơ công việc trên môi trường điện tử, ký số', 6, 'choice', '0; 3; 6', null, null, null, null, 'Số liệu từ Hệ thống quản lý văn bản', null),
  ('communes', '6.2', 'Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận', 6, 'rate_bands', null, null, null,
   '[{"min": 80, "points": 6}, {"min": 50, "points": 3}, {"min": 0, "points": 0}]', null, 'Số liệu từ Hệ thống thông tin giải quyết TTHC', null),
  ('communes', '7', 'Tác động của cải cách hành chính (khảo sát xã hội học)', 20, null, null, null, null, null, null, null, null),
  ('communes', '7.1', 'Mức độ hài lòng của người dân đối với sự phục vụ của UBND cấp xã (SIPAS)', 14, 'survey', null, null, null, null, null, 'Kết quả khảo sát do Sở Nội vụ tổ chức', null),
  ('communes', '7.2', 'Đánh giá của người dân về công khai, minh bạch ở cấp xã', 6, 'survey', null, null, null, null, null, 'Kết quả khảo sát do Sở Nội vụ tổ chức', null),
  -- ---------------------------------------------------------- the province against the Ministry's PAR Index (condensed)
  ('province', '1', 'Công tác chỉ đạo, điều hành cải cách hành chính', 13, null, null, null, null, null, null, null, null),
  ('province', '1.1', 'Kế hoạch CCHC năm của tỉnh', 4, null, null, null, null, null, null, null, null),
  ('province', '1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời', 1, 'yes_no', null, null, null, null, null, 'Kế hoạch CCHC năm của UBND tỉnh', 'SNV'),
  ('province', '1.1.2', 'Mức độ hoàn thành kế hoạch CCHC năm', 3, 'rate_bands', null, 'plan_done_share', null,
   '[{"min": 100, "points": 3}, {"min": 80, "points": 1.5}, {"min": 0, "points": 0}]', null, 'Tính tự động từ kế hoạch CCHC của tỉnh', 'SNV'),
  ('province', '1.2', 'Kiểm tra công tác CCHC', 4, 'manual', null, null, null, null, null, 'Kế hoạch, báo cáo kiểm tra', 'SNV'),
  ('province', '1.3', 'Tuyên truyền CCHC', 5, 'manual', null, null, null, null, null, 'Kế hoạch, báo cáo tuyên truyền', 'SNV'),
  ('province', '2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', 10, null, null, null, null, null, null, null, null),
  ('province', '2.1', 'Ban hành văn bản quy phạm pháp luật theo thẩm quyền', 5, 'manual', null, null, null, null, null, 'Danh mục văn bản', 'STP'),
  ('province', '2.2', 'Theo dõi thi hành pháp luật', 5, 'manual', null, null, null, null, null, 'Báo cáo theo dõi thi hành pháp luật', 'STP'),
  ('province', '3', 'Cải cách thủ tục hành chính', 14, null, null, null, null, null, null, null, null),
  ('province', '3.1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 7, 'rate_bands', null, 'indicator_rate', 'TTHC-01',
   '[{"min": 98, "points": 7}, {"min": 95, "points": 4}, {"min": 0, "points": 0}]', null, 'Tính tự động từ chỉ tiêu TTHC-01 của tỉnh', 'TTPVHCC'),
  ('province', '3.2', 'Thực hiện cơ chế một cửa, một cửa liên thông', 7, 'manual', null, null, null, null, null, 'Báo cáo của Trung tâm Phục vụ hành chính công', 'TTPVHCC'),
  ('province', '4', 'Cải cách tổ chức bộ máy, chế độ công vụ và tài chính công', 18, null, null, null, null, null, null, null, null),
  ('province', '4.1', 'Sắp xếp tổ chức bộ máy', 6, 'manual', null, null, null, null, null, 'Quyết định sắp xếp', 'SNV'),
  ('province', '4.2', 'Quản lý công chức, viên chức', 6, 'manual', null, null, null, null, null, 'Báo cáo quản lý công chức', 'SNV'),
  ('province', '4.3', 'Giải ngân vốn đầu tư công', 6, 'manual', null, null, null, null, null, 'Báo cáo giải ngân', 'STC'),
  ('province', '5', 'Xây dựng chính quyền điện tử, chính quyền số', 13, null, null, null, null, null, null, null, null),
  ('province', '5.1', 'Cung cấp dịch vụ công trực tuyến toàn trình', 7, 'manual', null, null, null, null, null, 'Danh mục dịch vụ công', 'SKHCN'),
  ('province', '5.2', 'Kết nối, chia sẻ dữ liệu', 6, 'manual', null, null, null, null, null, 'Báo cáo kết nối dữ liệu', 'SKHCN'),
  ('province', '6', 'Tác động của cải cách hành chính (khảo sát xã hội học)', 32, null, null, null, null, null, null, null, null),
  ('province', '6.1', 'Khảo sát người dân, tổ chức', 20, 'survey', null, null, null, null, null, 'Kết quả khảo sát của Bộ Nội vụ', 'SNV'),
  ('province', '6.2', 'Khảo sát lãnh đạo, quản lý', 12, 'survey', null, null, null, null, null, 'Kết quả khảo sát của Bộ Nội vụ', 'SNV');

-- The sets: last year's (published below) and this year's (open).
insert into public.cchc_sets (year, target, name, decision_doc, plan_id, cut_off, self_from, self_to,
                              good_min, fair_min, average_min, created_by, created_at)
select y.year, v.target::public.cchc_target,
       format(v.name, y.year), v.doc,
       (select p.id from public.plans p where p.year = y.year and p.status <> 'draft' order by p.issued_on limit 1),
       case when y.year < extract(year from current_date) then make_date(y.year, 12, 31)
            else greatest(make_date(y.year, 12, 14), current_date) end,
       case when y.year < extract(year from current_date) then make_date(y.year + 1, 1, 5) else current_date - 10 end,
       case when y.year < extract(year from current_date) then make_date(y.year + 1, 1, 20) else current_date + 14 end,
       v.good, v.fair, v.average,
       (select id from public.profiles where email = 'noivu@example.vn'),
       case when y.year < extract(year from current_date) then make_date(y.year, 11, 20)::timestamptz else now() - interval '30 days' end
from (values
  ('departments', 'Bộ chỉ số cải cách hành chính của các sở, ban, ngành tỉnh Bình An năm %s', '1520/QĐ-UBND', 90, 80, 65),
  ('communes', 'Bộ chỉ số cải cách hành chính của UBND xã, phường tỉnh Bình An năm %s', '1521/QĐ-UBND', 90, 80, 65),
  ('province', 'Tự đánh giá Chỉ số cải cách hành chính (PAR Index) của tỉnh Bình An năm %s', null, 80, 70, 50)
) as v(target, name, doc, good, fair, average)
cross join (select extract(year from current_date)::int + d as year from generate_series(-1, 0) d) y
where not (v.target = 'province' and y.year = extract(year from current_date)::int)
on conflict (year, target) do nothing;

update public.cchc_sets s set previous_set_id = p.id
from public.cchc_sets p
where p.target = s.target and p.year = s.year - 1 and s.previous_set_id is null and s.status = 'draft';

do $$
declare
  lvl integer;
begin
  for lvl in 1..3 loop
    insert into public.cchc_items (set_id, code, title, max_points, kind, allowed_values, source, indicator_id, bands,
                                   points_per, expected_evidence, responsible_unit_id)
    select s.id, i.code, i.title, i.max_points, i.kind::public.cchc_item_kind,
           case when i.allowed is not null then (select array_agg(replace(btrim(x), ',', '.')::numeric) from regexp_split_to_table(i.allowed, ';') x) end,
           i.source::public.cchc_source, (select ind.id from public.indicators ind where ind.code = i.indicator), i.bands,
           i.points_per, i.evidence, (select u.id from public.units u where u.code = i.responsible)
    from cchc_seed_items i
    join public.cchc_sets s on s.target::text = i.target and s.status = 'draft'
    where array_length(string_to_array(i.code, '.'), 1) = lvl
      and not exists (select 1 from public.cchc_items x where x.set_id = s.id and x.code = i.code);
  end loop;
end
$$;

-- Assessments of today's units, one score row per scored criterion.
insert into public.cchc_assessments (set_id, unit_id, self_from, self_to, created_at)
select s.id, u.id, s.self_from, s.self_to, s.created_at
from public.cchc_sets s
join public.units u on u.code = any (case s.target
  when 'departments' then array['VP-UBND', 'SNV', 'STP', 'STC', 'SKHCN', 'SGDDT', 'SYT', 'SXD', 'SCT', 'SNNMT', 'TTRA', 'TTPVHCC']
  when 'communes' then array['UBND-BINHAN', 'UBND-PHUMY', 'UBND-DONGSON', 'UBND-TAYHOA', 'UBND-HOATHANG', 'UBND-ANPHU']
  else array['UBND'] end)
where s.status = 'draft'
on conflict (set_id, unit_id) do nothing;

insert into public.cchc_scores (assessment_id, item_id)
select a.id, i.id
from public.cchc_assessments a
join public.cchc_sets s on s.id = a.set_id and s.status = 'draft'
join public.cchc_items i on i.set_id = s.id and i.kind is not null
on conflict (assessment_id, item_id) do nothing;

update public.cchc_sets set status = 'open' where status = 'draft'
  and exists (select 1 from public.cchc_assessments a where a.set_id = cchc_sets.id);

-- ================================================================ last year: self-assessment, appraisal, publication
-- Scores vary by unit through a stable number per unit and criterion
-- (0..99); history rows carry the days they happened (app.cchc_at) and the
-- people who acted (request.jwt.claim.sub, as the API sets it).
create or replace function pg_temp.cchc_seed_n(unit_code text, code text)
returns integer
language sql
immutable
as $$
  select (('x' || substr(md5(unit_code || '/' || code), 1, 6))::bit(24)::integer % 100);
$$;

do $$
declare
  y integer := extract(year from current_date)::int - 1;
  noivu uuid := (select id from public.profiles where email = 'noivu@example.vn');
  s record;
  a record;
  sc record;
  task_doc uuid;
begin
  for s in select * from public.cchc_sets where year = y and status = 'open' loop
    for a in select x.*, u.code as unit_code, u.name as unit_name
             from public.cchc_assessments x join public.units u on u.id = x.unit_id where x.set_id = s.id loop
      -- self-assessment, on the window's third day (Home Affairs for the province's own index)
      perform set_config('app.cchc_at', ((s.self_from + 2 + time '09:30') at time zone 'Asia/Ho_Chi_Minh')::text, true);
      perform set_config('request.jwt.claim.sub', coalesce(
        case when s.target = 'province' then noivu::text end,
        (select p.id::text from public.profiles p where p.unit_id = a.unit_id and p.role = 'dept_head' limit 1), ''), true);
      -- every criterion the unit scores, in one statement
      update public.cchc_scores x
         set self_measure = case when i.kind = 'rate_bands' then 70 + v.n * 0.3 end,
             self_score = case i.kind
               when 'rate_bands' then private.cchc_band_points(i.bands, s.rate_bands, i.max_points, 70 + v.n * 0.3)
               when 'yes_no' then case when v.n < 88 then i.max_points else 0 end
               when 'choice' then case when v.n < 70 then i.max_points
                                       else (select max(q) from unnest(i.allowed_values) q where q < i.max_points) end
               when 'manual' then case when v.n < 55 then i.max_points else round(i.max_points * (0.5 + v.n / 220.0) * 4) / 4 end
               when 'bonus' then case when v.n < 25 then i.max_points / 2 else 0 end
               when 'penalty' then case when v.n > 85 then 1 else 0 end
             end,
             self_note = case when v.n between 40 and 47 and i.kind not in ('penalty', 'rate_bands')
                              then 'Văn bản đang trình lãnh đạo ký ban hành; đơn vị sẽ bổ sung khi có số, ký hiệu.' end
        from public.cchc_items i
        cross join lateral (select pg_temp.cchc_seed_n(a.unit_code, i.code) as n) v
       where x.assessment_id = a.id and i.id = x.item_id and i.source is null and i.kind <> 'survey';
      -- evidence for every point claimed without an explanation: an issued
      -- document, or for some criteria a document already attached to a task
      select e.id into task_doc from public.evidence e join public.tasks t on t.id = e.task_id
      join public.plans p on p.id = t.plan_id and p.year = y
      where t.lead_unit_id = a.unit_id and e.kind = 'document' order by e.created_at limit 1;
      insert into public.cchc_evidence (score_id, assessment_id, kind, task_evidence_id, doc_number, doc_date, issuer, summary, created_by, created_at)
      select x.id, a.id,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then 'task_evidence' else 'document' end::public.cchc_evidence_kind,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then task_doc end,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then null
                  else format('%s/%s-%s', 10 + v.n * 7, case when i.kind = 'bonus' then 'QĐ' else 'BC' end, a.unit_code) end,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then null else make_date(y, 1 + v.n % 11, 1 + v.n % 27) end,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then null else a.unit_name end,
             case when task_doc is not null and i.code in ('1.1.1', '1.1', '2.2', '3.1') then 'Văn bản đã báo cáo tại nhiệm vụ của kế hoạch CCHC'
                  else format('Văn bản minh chứng cho tiêu chí %s', i.code) end,
             nullif(current_setting('request.jwt.claim.sub', true), '')::uuid,
             (s.self_from + 2 + time '09:00') at time zone 'Asia/Ho_Chi_Minh'
        from public.cchc_scores x
        join public.cchc_items i on i.id = x.item_id
        cross join lateral (select pg_temp.cchc_seed_n(a.unit_code, i.code) as n) v
       where x.assessment_id = a.id and i.source is null and i.kind not in ('survey', 'penalty')
         and x.self_score > 0 and x.self_note is null;
      update public.cchc_assessments
         set status = 'submitted', submitted_at = (s.self_to - 1 + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
             submitted_by = nullif(current_setting('request.jwt.claim.sub', true), '')::uuid, version = version + 1
       where id = a.id;

      -- appraisal by Home Affairs
      perform set_config('request.jwt.claim.sub', noivu::text, true);
      perform set_config('app.cchc_at', ((s.self_to + 5 + time '08:30') at time zone 'Asia/Ho_Chi_Minh')::text, true);
      update public.cchc_assessments set status = 'appraising', version = version + 1 where id = a.id;
      -- survey points
      update public.cchc_scores x
         set appraised_score = round(i.max_points * (0.72 + pg_temp.cchc_seed_n(a.unit_code, i.code) / 400.0) * 4) / 4,
             appraised_by = noivu, appraised_at = (s.self_to + 5 + time '08:30') at time zone 'Asia/Ho_Chi_Minh',
             appraisal_round = 1, version = x.version + 1
        from public.cchc_items i
       where x.assessment_id = a.id and i.id = x.item_id and i.kind = 'survey';
      -- self-scores without evidence or explanation, or unsupported, are cut
      update public.cchc_scores x
         set appraised_score = case when i.kind = 'choice' then (select max(v) from unnest(i.allowed_values) v where v < x.self_score)
                                    when i.kind = 'yes_no' then 0
                                    else greatest(x.self_score - i.max_points / 4, 0) end,
             appraisal_note = 'Minh chứng chưa chứng minh được kết quả tự chấm; văn bản không đúng thẩm quyền ban hành hoặc ban hành ngoài năm đánh giá.',
             appraised_by = noivu, appraised_at = (s.self_to + 6 + time '10:00') at time zone 'Asia/Ho_Chi_Minh',
             appraisal_round = 1, version = x.version + 1
        from public.cchc_items i
       where x.assessment_id = a.id and i.id = x.item_id and i.source is null and i.kind in ('manual', 'choice', 'yes_no')
         and x.self_score > 0 and pg_temp.cchc_seed_n(a.unit_code, i.code) between 62 and 69;
      -- explanations requested from some units on one criterion each
      if pg_temp.cchc_seed_n(a.unit_code, 'explain') < 40 then
        select x.id, i.code into sc from public.cchc_scores x join public.cchc_items i on i.id = x.item_id
        where x.assessment_id = a.id and i.kind in ('manual', 'choice') and i.source is null and x.self_score > 0
        order by i.sort_key limit 1;
        if sc.id is not null then
          insert into public.cchc_explanations (score_id, assessment_id, question, answer_by, requested_by, requested_at)
          values (sc.id, a.id,
                  format('Đề nghị giải trình và bổ sung minh chứng cho điểm tự chấm tiêu chí %s: văn bản đã cung cấp chưa thể hiện kết quả thực hiện trong năm.', sc.code),
                  s.self_to + 12, noivu, (s.self_to + 6 + time '15:00') at time zone 'Asia/Ho_Chi_Minh');
          update public.cchc_assessments set status = 'explanation_requested', version = version + 1 where id = a.id;
          perform set_config('request.jwt.claim.sub', coalesce(
            (select p.id::text from public.profiles p where p.unit_id = a.unit_id and p.role = 'dept_head' limit 1), ''), true);
          perform set_config('app.cchc_at', ((s.self_to + 9 + time '14:00') at time zone 'Asia/Ho_Chi_Minh')::text, true);
          update public.cchc_explanations
             set answer = 'Đơn vị bổ sung báo cáo kết quả thực hiện và các văn bản triển khai trong năm; kết quả đã được tổng hợp trong báo cáo CCHC năm của đơn vị.',
                 answered_by = nullif(current_setting('request.jwt.claim.sub', true), '')::uuid,
                 answered_at = (s.self_to + 9 + time '14:00') at time zone 'Asia/Ho_Chi_Minh'
           where score_id = sc.id;
          insert into public.cchc_evidence (score_id, assessment_id, kind, doc_number, doc_date, issuer, summary, created_at)
          values (sc.id, a.id, 'document', format('%s/BC-%s', 300 + pg_temp.cchc_seed_n(a.unit_code, 'explain'), a.unit_code),
                  make_date(y, 12, 20), a.unit_name, 'Báo cáo kết quả thực hiện bổ sung theo yêu cầu giải trình',
                  (s.self_to + 9 + time '14:05') at time zone 'Asia/Ho_Chi_Minh');
          perform set_config('request.jwt.claim.sub', noivu::text, true);
          perform set_config('app.cchc_at', ((s.self_to + 14 + time '09:00') at time zone 'Asia/Ho_Chi_Minh')::text, true);
          update public.cchc_assessments set status = 'reappraised', version = version + 1 where id = a.id;
        end if;
      end if;
      -- everything else is accepted as self-scored
      update public.cchc_scores x
         set appraised_score = x.self_score, appraised_by = noivu,
             appraised_at = (s.self_to + 14 + time '10:00') at time zone 'Asia/Ho_Chi_Minh',
             appraisal_round = case when exists (select 1 from public.cchc_explanations e where e.assessment_id = a.id) then 2 else 1 end,
             version = x.version + 1
        from public.cchc_items i
       where x.assessment_id = a.id and i.id = x.item_id and i.source is null and x.appraised_score is null;
    end loop;
    -- component scores of the province's own index
    if s.target = 'province' then
      insert into public.cchc_component_scores (assessment_id, component, score, max_score, national_rank, responsible_unit_id, note)
      select a2.id, v.component::public.cchc_component, v.score, v.max_score, v.rank, (select id from public.units where code = v.unit), v.note
      from public.cchc_assessments a2
      cross join (values
        ('sipas', 84.12, 100, 29, 'TTPVHCC', 'Chỉ số hài lòng về sự phục vụ hành chính'),
        ('papi', 42.65, 80, 37, 'SNV', 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh'),
        ('pci', 64.8, 100, 33, 'SKHCN', 'Chỉ số năng lực cạnh tranh cấp tỉnh')
      ) as v(component, score, max_score, rank, unit, note)
      where a2.set_id = s.id
      on conflict (assessment_id, component) do nothing;
    end if;
    -- publication by the committee's decision
    perform set_config('request.jwt.claim.sub', noivu::text, true);
    perform set_config('request.jwt.claims', jsonb_build_object('sub', noivu, 'role', 'authenticated')::text, true);
    perform set_config('app.cchc_at', ((s.self_to + 25 + time '09:00') at time zone 'Asia/Ho_Chi_Minh')::text, true);
    perform public.cchc_publish_set(s.id);
    update public.cchc_sets set published_at = (s.self_to + 25 + time '09:00') at time zone 'Asia/Ho_Chi_Minh' where id = s.id;
  end loop;
  perform set_config('request.jwt.claim.sub', '', true);
  perform set_config('request.jwt.claims', '', true);
  perform set_config('app.cchc_at', '', true);
end
$$;

-- ================================================================ this year: open for self-scoring
-- Sở Tư pháp (tuphap@) has scored part of its sheet, with an issued document,
-- a document picked from one of its tasks, and an explanation where it has no
-- document; Sở Y tế has submitted.
do $$
declare
  y integer := extract(year from current_date)::int;
  head uuid := (select id from public.profiles where email = 'tuphap@example.vn');
  a uuid;
  task_doc uuid;
  sc record;
begin
  select x.id into a from public.cchc_assessments x join public.cchc_sets s on s.id = x.set_id
  join public.units u on u.id = x.unit_id
  where s.year = y and s.target = 'departments' and u.code = 'STP' and x.status = 'draft'
    and not exists (select 1 from public.cchc_events e where e.assessment_id = x.id);
  if a is null then
    return;
  end if;
  perform set_config('request.jwt.claim.sub', head::text, true);
  perform set_config('app.cchc_at', (now() - interval '3 days')::text, true);
  for sc in select x.id, i.code, i.kind, i.max_points from public.cchc_scores x join public.cchc_items i on i.id = x.item_id
            where x.assessment_id = a and i.code in ('1.1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2') loop
    update public.cchc_scores set self_score = case when sc.code = '1.3' then 1.5 else sc.max_points end,
           self_note = case when sc.code = '2.3' then 'Báo cáo theo dõi thi hành pháp luật năm nay đang tổng hợp, dự kiến ban hành trước ngày 15/12.' end,
           updated_by = head
     where id = sc.id;
    if sc.code = '2.2' then
      select e.id into task_doc from public.evidence e join public.tasks t on t.id = e.task_id
      join public.plans p on p.id = t.plan_id and p.year = y
      where t.lead_unit_id = (select id from public.units where code = 'STP') and e.kind = 'document' order by e.created_at limit 1;
      if task_doc is not null then
        insert into public.cchc_evidence (score_id, assessment_id, kind, task_evidence_id, summary, created_by)
        values (sc.id, a, 'task_evidence', task_doc, 'Văn bản đã báo cáo tại nhiệm vụ 1.1 của kế hoạch CCHC năm', head);
      end if;
    elsif sc.code <> '2.3' then
      insert into public.cchc_evidence (score_id, assessment_id, kind, doc_number, doc_date, issuer, summary, created_by)
      values (sc.id, a, 'document', format('%s/BC-STP', 40 + length(sc.code) * 13), current_date - 20, 'Sở Tư pháp',
              format('Văn bản minh chứng cho tiêu chí %s', sc.code), head);
    end if;
  end loop;

  -- Sở Y tế has submitted a complete self-assessment
  select x.id into a from public.cchc_assessments x join public.cchc_sets s on s.id = x.set_id
  join public.units u on u.id = x.unit_id
  where s.year = y and s.target = 'departments' and u.code = 'SYT' and x.status = 'draft';
  perform set_config('request.jwt.claim.sub', '', true);
  update public.cchc_scores x
     set self_score = case i.kind when 'penalty' then 0 when 'bonus' then 0 when 'choice' then i.max_points
                                  when 'rate_bands' then private.cchc_band_points(i.bands, s.rate_bands, i.max_points, 92.5)
                                  else i.max_points end,
         self_measure = case when i.kind = 'rate_bands' then 92.5 end,
         self_note = case when i.kind not in ('penalty', 'bonus') then 'Kết quả thể hiện tại báo cáo CCHC năm của Sở Y tế.' end
    from public.cchc_items i, public.cchc_sets s
   where x.assessment_id = a and i.id = x.item_id and s.id = i.set_id and i.source is null and i.kind <> 'survey';
  update public.cchc_assessments set status = 'submitted', submitted_at = now() - interval '1 day', version = version + 1 where id = a;
  perform set_config('request.jwt.claim.sub', '', true);
  perform set_config('app.cchc_at', '', true);
end
$$;

drop table if exists pg_temp.cchc_seed_items;
select set_config('app.seeding', '', false);
