-- Demo data for Reform Tracker: a fictional province (tỉnh Bình An).
-- Applied on first start of the embedded backend, by `npm run db:reset`,
-- and by `supabase db reset` on a Supabase project.  Every demo account's
-- password is Demo@12345.
--
-- Safe to run again: rows that already exist are left alone (units by code,
-- accounts by email, plans by number and year, tasks by plan and ordinal).

-- History rows for the demo tasks are written at the end with the dates the
-- story needs, so the triggers do not log the inserts themselves.
select set_config('app.seeding', 'on', false);

-- ---------------------------------------------------------------- units
insert into public.units (code, name, short_name, kind, parent_id, sort_order) values
  ('UBND', 'Ủy ban nhân dân tỉnh Bình An', 'UBND tỉnh', 'province', null, 0)
on conflict (code) do nothing;

insert into public.units (code, name, short_name, kind, parent_id, sort_order)
select v.code, v.name, v.short_name, v.kind::public.unit_kind, (select id from public.units where code = 'UBND'), v.sort_order
from (values
  ('VP-UBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh', 'agency', 1),
  ('SNV', 'Sở Nội vụ', 'Sở Nội vụ', 'department', 2),
  ('STP', 'Sở Tư pháp', 'Sở Tư pháp', 'department', 3),
  ('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'department', 4),
  ('STC', 'Sở Tài chính', 'Sở Tài chính', 'department', 5),
  ('SKHDT', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'department', 6),
  ('SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'department', 7),
  ('SGDDT', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'department', 8),
  ('SYT', 'Sở Y tế', 'Sở Y tế', 'department', 9),
  ('STNMT', 'Sở Tài nguyên và Môi trường', 'Sở TN&MT', 'department', 10),
  ('SXD', 'Sở Xây dựng', 'Sở Xây dựng', 'department', 11),
  ('SGTVT', 'Sở Giao thông vận tải', 'Sở GTVT', 'department', 12),
  ('SCT', 'Sở Công Thương', 'Sở Công Thương', 'department', 13),
  ('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'department', 14),
  ('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'department', 15),
  ('TTRA', 'Thanh tra tỉnh', 'Thanh tra tỉnh', 'agency', 16),
  ('TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 'TT Phục vụ HCC', 'agency', 17),
  ('UBND-TP', 'Ủy ban nhân dân thành phố Bình An', 'UBND TP Bình An', 'district', 18),
  ('UBND-DS', 'Ủy ban nhân dân huyện Đông Sơn', 'UBND huyện Đông Sơn', 'district', 19),
  ('UBND-TH', 'Ủy ban nhân dân huyện Tây Hòa', 'UBND huyện Tây Hòa', 'district', 20),
  ('UBND-PM', 'Ủy ban nhân dân thị xã Phú Mỹ', 'UBND TX Phú Mỹ', 'district', 21)
) as v(code, name, short_name, kind, sort_order)
on conflict (code) do nothing;

-- Units created by the 2025 reorganisation (see "The 2025 reorganisation"
-- below): the merged Sở Nông nghiệp và Môi trường from 01/03/2025 and the
-- commune-level people's committees from 01/07/2025.  Another seed file may
-- have created them already (without dates): then only the start date is set.
insert into public.units (code, name, short_name, kind, parent_id, sort_order, valid_from)
select v.code, v.name, v.short_name, v.kind::public.unit_kind, (select id from public.units where code = 'UBND'), v.sort_order, v.valid_from::date
from (values
  ('SNNMT', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'department', 15, '2025-03-01'),
  ('UBND-BINHAN', 'Ủy ban nhân dân phường Bình An', 'UBND phường Bình An', 'commune', 22, '2025-07-01'),
  ('UBND-HOATHANG', 'Ủy ban nhân dân xã Hòa Thắng', 'UBND xã Hòa Thắng', 'commune', 23, '2025-07-01'),
  ('UBND-DONGSON', 'Ủy ban nhân dân xã Đông Sơn', 'UBND xã Đông Sơn', 'commune', 24, '2025-07-01'),
  ('UBND-ANPHU', 'Ủy ban nhân dân xã An Phú', 'UBND xã An Phú', 'commune', 25, '2025-07-01'),
  ('UBND-TAYHOA', 'Ủy ban nhân dân xã Tây Hòa', 'UBND xã Tây Hòa', 'commune', 26, '2025-07-01'),
  ('UBND-PHUMY', 'Ủy ban nhân dân phường Phú Mỹ', 'UBND phường Phú Mỹ', 'commune', 27, '2025-07-01')
) as v(code, name, short_name, kind, sort_order, valid_from)
on conflict (code) do update set valid_from = coalesce(public.units.valid_from, excluded.valid_from);

-- ---------------------------------------------------------------- accounts
-- Inserted the way the auth server stores them (bcrypt via pgcrypto), so the
-- same file works on the embedded backend and on a Supabase project.
do $$
declare
  acct record;
  uid uuid;
begin
  for acct in
    select * from (values
      ('committee@example.vn', 'Trần Văn Minh', 'committee', null),
      ('noivu@example.vn', 'Nguyễn Thị Lan', 'interior', 'SNV'),
      ('tuphap@example.vn', 'Lê Hoàng Nam', 'dept_head', 'STP'),
      ('tttt@example.vn', 'Phạm Quốc Huy', 'dept_head', 'STTTT'),
      ('admin@example.vn', 'Vũ Đức Thắng', 'admin', null)
    ) as a(email, full_name, role, unit_code)
  loop
    continue when exists (select 1 from auth.users u where u.email = acct.email);
    uid := gen_random_uuid();
    insert into auth.users (
      id, aud, role, email, encrypted_password, email_confirmed_at,
      raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
      confirmation_token, recovery_token, email_change_token_new, email_change
    ) values (
      uid, 'authenticated', 'authenticated', acct.email,
      extensions.crypt('Demo@12345', extensions.gen_salt('bf')), now(),
      '{"provider":"email","providers":["email"]}'::jsonb,
      jsonb_build_object('full_name', acct.full_name), now(), now(),
      '', '', '', ''
    );
    insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
    values (gen_random_uuid(), uid::text, uid,
      jsonb_build_object('sub', uid::text, 'email', acct.email, 'email_verified', true),
      'email', now(), now(), now());
    update public.profiles
       set role = acct.role::public.app_role,
           full_name = acct.full_name,
           unit_id = (select id from public.units where code = acct.unit_code)
     where id = uid;
  end loop;
end
$$;

-- What hosted Supabase Auth reads when a demo account signs in with its
-- password: it looks the account up by instance_id (the all-zero id), lower-case
-- email, aud and is_sso_user = false, reads every token column as text (NULL
-- fails the sign-in), and wants an `email` identity.  The embedded backend's
-- auth schema has fewer columns (no instance_id, for one), so each column is
-- set only where it exists.  Also mends accounts seeded by an earlier seed.sql.
do $$
declare
  demo text[] := array['committee@example.vn', 'noivu@example.vn', 'tuphap@example.vn', 'tttt@example.vn', 'admin@example.vn'];
  col text;
  has_col boolean;
begin
  select exists (select 1 from information_schema.columns
                  where table_schema = 'auth' and table_name = 'users' and column_name = 'instance_id') into has_col;
  if has_col then
    execute 'update auth.users set instance_id = $1 where instance_id is distinct from $1 and email = any ($2)'
      using '00000000-0000-0000-0000-000000000000'::uuid, demo;
  end if;
  execute 'update auth.users set aud = $1 where aud is distinct from $1 and email = any ($2)' using 'authenticated', demo;
  execute 'update auth.users set role = $1 where role is distinct from $1 and email = any ($2)' using 'authenticated', demo;
  execute 'update auth.users set email_confirmed_at = now() where email_confirmed_at is null and email = any ($1)' using demo;
  foreach col in array array['confirmation_token', 'recovery_token', 'email_change_token_new', 'email_change_token_current',
                             'email_change', 'phone_change', 'phone_change_token', 'reauthentication_token'] loop
    select exists (select 1 from information_schema.columns
                    where table_schema = 'auth' and table_name = 'users' and column_name = col) into has_col;
    if has_col then
      execute format('update auth.users set %I = '''' where %I is null and email = any ($1)', col, col) using demo;
    end if;
  end loop;
  insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
  select gen_random_uuid(), u.id::text, u.id,
         jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true),
         'email', now(), now(), now()
    from auth.users u
   where u.email = any (demo)
     and not exists (select 1 from auth.identities i where i.user_id = u.id and i.provider = 'email');
end
$$;

-- ================================================================ plans and tasks
-- Three plans of tỉnh Bình An, each inserted the same way:
--   * the plan row;
--   * one statement per plan whose `task_rows` list gives every task, with the
--     lead unit as a unit code and the coordinating units (phối hợp) as a
--     text[] of unit codes.  Codes are looked up one by one, so a code that
--     does not exist fails the seed (a NULL unit id) instead of silently
--     dropping the task or the coordinator.
-- Times are Vietnam time (UTC+7).  For a task that is done, submitted_at is
-- when the lead unit reported it and completed_on the day Home Affairs
-- (Sở Nội vụ) confirmed it.

-- ---------------------------------------------------------------- plan 250/KH-UBND (2022)
-- Kế hoạch số 250/KH-UBND ngày 26/12/2021: the 2022 plan, closed.
-- 52 tasks (area 1: 8, 2: 10, 3: 7, 4: 8, 5: 6, 6: 13), all done (52/52);
-- four were done after their due date: 1.6, 2.8, 3.2 and 5.2.
-- Each task was reported the day before it was confirmed.
insert into public.plans (doc_number, title, year, issuer, issued_on, status) values
  ('250/KH-UBND', 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2022', 2022,
   'Ủy ban nhân dân tỉnh Bình An', '2021-12-26', 'closed')
on conflict (doc_number, year) do nothing;

with target_plan as (
  select id from public.plans where doc_number = '250/KH-UBND' and year = 2022
),
task_rows (area_id, ordinal, title, expected_output, lead_unit, coordinators,
           start_date, due_date, cadence, completed_on) as (
  values
  -- 1. Cải cách thể chế
  (1, '1.1', 'Xây dựng, ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2022',
   'Kế hoạch của UBND tỉnh', 'STP', '{}',
   '2022-01-03', '2022-02-28', 'once', '2022-02-20'),
  (1, '1.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành; công bố danh mục văn bản hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần',
   'Quyết định công bố của Chủ tịch UBND tỉnh', 'STP', '{VP-UBND}',
   '2022-01-09', '2022-03-31', 'once', '2022-03-29'),
  (1, '1.3', 'Tự kiểm tra, kiểm tra theo thẩm quyền văn bản quy phạm pháp luật; kịp thời kiến nghị xử lý văn bản có nội dung trái pháp luật hoặc không còn phù hợp',
   'Báo cáo kết quả kiểm tra văn bản', 'STP', '{}',
   '2022-01-03', '2022-12-15', 'biannual', '2022-12-12'),
  (1, '1.4', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực xử lý vi phạm hành chính và bảo vệ môi trường trên địa bàn tỉnh',
   'Báo cáo kết quả theo dõi thi hành pháp luật', 'STP', '{STNMT,UBND-TP}',
   '2022-02-01', '2022-11-30', 'once', '2022-11-24'),
  (1, '1.5', 'Tham mưu HĐND tỉnh ban hành nghị quyết quy định mức thu, chế độ thu, nộp, quản lý và sử dụng các khoản phí, lệ phí thuộc thẩm quyền của tỉnh',
   'Nghị quyết của HĐND tỉnh', 'STC', '{STP}',
   '2022-03-01', '2022-07-15', 'once', '2022-07-12'),
  (1, '1.6', 'Xây dựng Quy chế phối hợp giữa các cơ quan trong công tác xây dựng, kiểm tra, rà soát và hệ thống hóa văn bản quy phạm pháp luật của tỉnh',
   'Quyết định của UBND tỉnh', 'STP', '{}',
   '2022-03-15', '2022-06-30', 'once', '2022-07-18'),
  (1, '1.7', 'Triển khai Kế hoạch phổ biến, giáo dục pháp luật năm 2022; tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam',
   'Báo cáo kết quả', 'STP', '{STTTT,SGDDT}',
   '2022-01-16', '2022-11-30', 'once', '2022-11-20'),
  (1, '1.8', 'Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành; kịp thời sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp',
   'Báo cáo kết quả rà soát', 'UBND-DS', '{}',
   '2022-03-01', '2022-10-31', 'once', '2022-10-25'),

  -- 2. Cải cách thủ tục hành chính
  (2, '2.1', 'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2022 của tỉnh',
   'Kế hoạch của UBND tỉnh', 'VP-UBND', '{}',
   '2022-01-03', '2022-01-31', 'once', '2022-01-19'),
  (2, '2.2', 'Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của tỉnh; đề xuất phương án cắt giảm, đơn giản hóa thủ tục hành chính và giấy tờ công dân',
   'Quyết định phê duyệt phương án đơn giản hóa của Chủ tịch UBND tỉnh', 'VP-UBND', '{SNV,STP,SKHDT}',
   '2022-02-01', '2022-09-30', 'once', '2022-09-27'),
  (2, '2.3', 'Công bố kịp thời danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ; cập nhật, công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính',
   'Quyết định công bố của Chủ tịch UBND tỉnh', 'VP-UBND', '{}',
   '2022-01-03', '2022-12-15', 'monthly', '2022-12-14'),
  (2, '2.4', 'Xây dựng, phê duyệt quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính thuộc thẩm quyền của các cấp chính quyền trên địa bàn tỉnh',
   'Quyết định của Chủ tịch UBND tỉnh', 'VP-UBND', '{}',
   '2022-02-15', '2022-06-30', 'once', '2022-06-28'),
  (2, '2.5', 'Thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh; niêm yết, công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận hồ sơ',
   'Báo cáo kết quả thực hiện', 'TTPVHCC', '{}',
   '2022-01-03', '2022-12-15', 'quarterly', '2022-12-13'),
  (2, '2.6', 'Đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính theo Bộ chỉ số chỉ đạo, điều hành',
   'Báo cáo đánh giá', 'TTPVHCC', '{VP-UBND,STTTT}',
   '2022-01-03', '2022-12-31', 'quarterly', '2022-12-27'),
  (2, '2.7', 'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và hành vi hành chính',
   'Báo cáo kết quả xử lý phản ánh, kiến nghị', 'VP-UBND', '{}',
   '2022-01-03', '2022-12-15', 'quarterly', '2022-12-15'),
  (2, '2.8', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã trên địa bàn thành phố',
   'Báo cáo kết quả số hóa', 'UBND-TP', '{STTTT}',
   '2022-03-01', '2022-10-31', 'once', '2022-11-15'),
  (2, '2.9', 'Rà soát, cắt giảm thời gian giải quyết thủ tục cấp giấy phép xây dựng; công khai quy trình, mẫu hồ sơ tại Bộ phận Một cửa các cấp',
   'Quyết định của Chủ tịch UBND tỉnh', 'SXD', '{UBND-PM,STNMT}',
   '2022-03-01', '2022-08-31', 'once', '2022-08-25'),
  (2, '2.10', 'Triển khai các giải pháp cải thiện môi trường đầu tư kinh doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
   'Kế hoạch của UBND tỉnh', 'SKHDT', '{SCT,VP-UBND}',
   '2022-01-16', '2022-04-30', 'once', '2022-04-21'),

  -- 3. Cải cách tổ chức bộ máy hành chính nhà nước
  (3, '3.1', 'Rà soát, kiện toàn chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc UBND tỉnh',
   'Quyết định của UBND tỉnh', 'SNV', '{}',
   '2022-01-16', '2022-06-30', 'once', '2022-06-26'),
  (3, '3.2', 'Xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2022–2025 trên địa bàn tỉnh',
   'Đề án của UBND tỉnh', 'SNV', '{UBND-DS,UBND-TH}',
   '2022-02-01', '2022-09-30', 'once', '2022-10-20'),
  (3, '3.3', 'Sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc ngành y tế theo hướng tinh gọn, hoạt động hiệu quả',
   'Quyết định của UBND tỉnh', 'SYT', '{SNV,STC}',
   '2022-02-15', '2022-08-31', 'once', '2022-08-29'),
  (3, '3.4', 'Rà soát, sắp xếp mạng lưới trường, lớp học các cấp phù hợp với quy hoạch và điều kiện thực tế của từng địa phương',
   'Kế hoạch của UBND tỉnh', 'SGDDT', '{SNV,UBND-TH}',
   '2022-02-15', '2022-07-31', 'once', '2022-07-28'),
  (3, '3.5', 'Quản lý chặt chẽ biên chế được giao; thực hiện tinh giản biên chế năm 2022 theo lộ trình',
   'Báo cáo kết quả tinh giản biên chế', 'SNV', '{}',
   '2022-01-03', '2022-12-15', 'biannual', '2022-12-08'),
  (3, '3.6', 'Ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn',
   'Quyết định của UBND tỉnh', 'SNNPTNT', '{}',
   '2022-02-01', '2022-05-31', 'once', '2022-05-22'),
  (3, '3.7', 'Kiểm tra công tác cải cách hành chính, việc thực hiện quy định về tổ chức bộ máy và quản lý biên chế tại các sở, ban, ngành và UBND cấp huyện',
   'Báo cáo kết quả kiểm tra', 'SNV', '{TTRA}',
   '2022-06-01', '2022-11-30', 'once', '2022-11-28'),

  -- 4. Cải cách chế độ công vụ
  (4, '4.1', 'Rà soát, điều chỉnh vị trí việc làm và cơ cấu ngạch công chức trong các cơ quan hành chính nhà nước của tỉnh',
   'Quyết định phê duyệt của UBND tỉnh', 'SNV', '{}',
   '2022-01-16', '2022-04-30', 'once', '2022-04-25'),
  (4, '4.2', 'Tổ chức thi, xét tuyển công chức, viên chức theo vị trí việc làm',
   'Thông báo kết quả tuyển dụng', 'SNV', '{SGDDT,SYT}',
   '2022-03-01', '2022-10-31', 'once', '2022-10-30'),
  (4, '4.3', 'Ban hành và tổ chức thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2022',
   'Kế hoạch của UBND tỉnh', 'SNV', '{}',
   '2022-01-03', '2022-02-28', 'once', '2022-02-24'),
  (4, '4.4', 'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2022 gắn với kết quả thực hiện nhiệm vụ được giao',
   'Báo cáo kết quả đánh giá, xếp loại', 'SNV', '{}',
   '2022-11-15', '2022-12-31', 'annual', '2022-12-29'),
  (4, '4.5', 'Tăng cường kỷ luật, kỷ cương hành chính; tổ chức kiểm tra công vụ đột xuất tại các cơ quan, đơn vị',
   'Báo cáo kết quả kiểm tra công vụ', 'TTRA', '{SNV,VP-UBND}',
   '2022-01-03', '2022-12-15', 'quarterly', '2022-12-11'),
  (4, '4.6', 'Bồi dưỡng kỹ năng giao tiếp, ứng xử và nghiệp vụ cho công chức làm việc tại Bộ phận Một cửa các cấp',
   'Báo cáo kết quả bồi dưỡng', 'TTPVHCC', '{}',
   '2022-04-03', '2022-08-31', 'once', '2022-08-30'),
  (4, '4.7', 'Đào tạo, bồi dưỡng cán bộ, công chức cấp xã đáp ứng tiêu chuẩn chức danh theo quy định',
   'Báo cáo kết quả', 'UBND-PM', '{}',
   '2022-03-01', '2022-09-30', 'once', '2022-09-22'),
  (4, '4.8', 'Xây dựng, triển khai chính sách thu hút, trọng dụng người có tài năng trong hoạt động công vụ của tỉnh',
   'Nghị quyết của HĐND tỉnh', 'SNV', '{STC}',
   '2022-03-01', '2022-11-30', 'once', '2022-11-27'),

  -- 5. Cải cách tài chính công
  (5, '5.1', 'Tổ chức thực hiện dự toán thu, chi ngân sách nhà nước năm 2022; công khai dự toán ngân sách theo quy định',
   'Quyết định công bố công khai của UBND tỉnh', 'STC', '{}',
   '2022-01-03', '2022-01-31', 'once', '2022-01-12'),
  (5, '5.2', 'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2022–2025',
   'Quyết định giao quyền tự chủ của UBND tỉnh', 'STC', '{SNV,SYT,SGDDT}',
   '2022-02-01', '2022-06-30', 'once', '2022-07-21'),
  (5, '5.3', 'Ban hành định mức kinh tế – kỹ thuật, đơn giá dịch vụ sự nghiệp công sử dụng ngân sách nhà nước trong lĩnh vực giáo dục nghề nghiệp',
   'Quyết định của UBND tỉnh', 'SLDTBXH', '{STC}',
   '2022-03-01', '2022-09-30', 'once', '2022-09-26'),
  (5, '5.4', 'Đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2022',
   'Báo cáo kết quả giải ngân', 'SKHDT', '{}',
   '2022-01-03', '2022-12-31', 'monthly', '2022-12-29'),
  (5, '5.5', 'Rà soát, lập phương án sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước do các cơ quan, đơn vị quản lý, sử dụng',
   'Phương án sắp xếp được UBND tỉnh phê duyệt', 'STC', '{STNMT,SXD}',
   '2022-02-15', '2022-10-31', 'once', '2022-10-27'),
  (5, '5.6', 'Thanh tra việc quản lý, sử dụng ngân sách nhà nước, thực hành tiết kiệm, chống lãng phí tại các cơ quan, đơn vị',
   'Báo cáo kết quả thanh tra', 'TTRA', '{}',
   '2022-01-03', '2022-12-15', 'biannual', '2022-12-12'),

  -- 6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
  (6, '6.1', 'Ban hành Kế hoạch ứng dụng công nghệ thông tin, phát triển chính quyền số và bảo đảm an toàn thông tin mạng năm 2022',
   'Kế hoạch của UBND tỉnh', 'STTTT', '{}',
   '2022-01-03', '2022-02-15', 'once', '2022-02-10'),
  (6, '6.2', 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; kết nối, đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia',
   'Hệ thống được nâng cấp, đưa vào vận hành', 'STTTT', '{VP-UBND,TTPVHCC}',
   '2022-01-16', '2022-06-30', 'once', '2022-06-29'),
  (6, '6.3', 'Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công',
   'Báo cáo kết quả', 'TTPVHCC', '{STTTT}',
   '2022-01-03', '2022-12-31', 'quarterly', '2022-12-28'),
  (6, '6.4', 'Vận hành Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); kết nối với các cơ sở dữ liệu quốc gia và hệ thống thông tin của bộ, ngành',
   'Báo cáo kết quả kết nối', 'STTTT', '{}',
   '2022-02-01', '2022-09-30', 'once', '2022-09-25'),
  (6, '6.5', 'Xây dựng, cập nhật cơ sở dữ liệu đất đai của tỉnh; kết nối với Kho dữ liệu dùng chung',
   'Cơ sở dữ liệu được đưa vào khai thác', 'STNMT', '{STTTT}',
   '2022-02-01', '2022-11-30', 'once', '2022-11-28'),
  (6, '6.6', 'Bảo đảm an toàn thông tin mạng theo mô hình bốn lớp cho các hệ thống thông tin của tỉnh',
   'Báo cáo kết quả', 'STTTT', '{}',
   '2022-01-03', '2022-12-15', 'biannual', '2022-12-10'),
  (6, '6.7', 'Triển khai chữ ký số cho cán bộ, công chức; gửi, nhận văn bản điện tử có ký số giữa các cấp chính quyền',
   'Báo cáo kết quả', 'STTTT', '{}',
   '2022-01-16', '2022-05-31', 'once', '2022-05-30'),
  (6, '6.8', 'Khai thác, sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính, giảm giấy tờ công dân phải xuất trình',
   'Báo cáo kết quả', 'VP-UBND', '{STTTT,TTPVHCC}',
   '2022-03-01', '2022-08-31', 'once', '2022-08-24'),
  (6, '6.9', 'Số hóa hồ sơ, tài liệu lưu trữ tại Lưu trữ lịch sử tỉnh',
   'Báo cáo kết quả số hóa', 'SNV', '{}',
   '2022-02-01', '2022-10-31', 'once', '2022-10-26'),
  (6, '6.10', 'Mở rộng hệ thống hội nghị truyền hình trực tuyến đến UBND cấp xã',
   'Hệ thống được đưa vào sử dụng', 'STTTT', '{UBND-DS,UBND-TH,UBND-PM}',
   '2022-02-15', '2022-07-31', 'once', '2022-07-27'),
  (6, '6.11', 'Xây dựng Trung tâm Giám sát, điều hành đô thị thông minh thành phố Bình An',
   'Trung tâm được đưa vào vận hành', 'UBND-TP', '{STTTT}',
   '2022-03-01', '2022-11-30', 'once', '2022-11-30'),
  (6, '6.12', 'Triển khai hồ sơ sức khỏe điện tử và thanh toán không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh công lập',
   'Báo cáo kết quả', 'SYT', '{}',
   '2022-02-01', '2022-09-30', 'once', '2022-09-29'),
  (6, '6.13', 'Thành lập, duy trì hoạt động Tổ công nghệ số cộng đồng tại các xã, thị trấn; hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
   'Báo cáo kết quả', 'UBND-TH', '{STTTT}',
   '2022-02-01', '2022-10-31', 'once', '2022-10-20')
),
inserted as (
  insert into public.tasks (
    plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
    start_date, due_date, cadence, status, progress, submitted_at, completed_on)
  select p.id, r.area_id, r.ordinal, r.title, r.expected_output,
         (select u.id from public.units u where u.code = r.lead_unit),
         r.start_date::date, r.due_date::date, r.cadence::public.task_cadence,
         'done', 100,
         (r.completed_on::date - 1 + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
         r.completed_on::date
  from task_rows r cross join target_plan p
  on conflict (plan_id, ordinal) do nothing
  returning id, ordinal
)
insert into public.task_coordinators (task_id, unit_id)
select i.id, (select u.id from public.units u where u.code = c.code)
from inserted i
join task_rows r on r.ordinal = i.ordinal
cross join lateral unnest(r.coordinators::text[]) as c(code);

-- ---------------------------------------------------------------- plan 315/KH-UBND (2024)
-- Kế hoạch số 315/KH-UBND ngày 22/12/2023: the 2024 plan, closed at the
-- end of the year (closed last, after its history is written).
-- 40 tasks (area 1: 6, 2: 8, 3: 5, 4: 6, 5: 5, 6: 10) in every state:
-- 18 done (1.5, 2.2, 3.2 and 6.3 late), 4 submitted, 3 returned,
-- 7 in progress, 5 not started, 3 cancelled by the amending plan
-- 120/KH-UBND.  Everything unfinished is long overdue by now.
insert into public.plans (doc_number, title, year, issuer, issued_on, status) values
  ('315/KH-UBND', 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2024', 2024,
   'Ủy ban nhân dân tỉnh Bình An', '2023-12-22', 'in_force')
on conflict (doc_number, year) do nothing;

with target_plan as (
  select id from public.plans where doc_number = '315/KH-UBND' and year = 2024
),
task_rows (area_id, ordinal, title, expected_output, lead_unit, coordinators,
           start_date, due_date, cadence,
           status, progress, progress_note, submitted_at, completed_on, status_reason) as (
  values
  -- 1. Cải cách thể chế
  (1, '1.1', 'Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2024',
   'Kế hoạch của UBND tỉnh', 'STP', '{}',
   '2024-01-02', '2024-02-29', 'once',
   'done', 100, null, '2024-02-21 15:10+07', '2024-02-22', null),
  (1, '1.2', 'Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành',
   'Báo cáo kết quả kiểm tra', 'STP', '{UBND-TP,UBND-DS}',
   '2024-03-01', '2024-11-30', 'once',
   'submitted', 100, 'Đã kiểm tra tại 4/4 huyện, thị xã, thành phố; gửi kèm báo cáo kết quả kiểm tra.',
   '2024-11-28 16:45+07', null, null),
  (1, '1.3', 'Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật của HĐND, UBND tỉnh kỳ 2019–2023',
   'Quyết định công bố của Chủ tịch UBND tỉnh', 'STP', '{VP-UBND}',
   '2024-01-15', '2024-06-30', 'once',
   'returned', 100, null, '2024-06-27 10:20+07', null,
   'Minh chứng chưa đầy đủ, đề nghị bổ sung quyết định ban hành'),
  (1, '1.4', 'Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn tỉnh',
   'Báo cáo kết quả theo dõi thi hành pháp luật', 'STP', '{TTRA}',
   '2024-02-01', '2024-11-30', 'once',
   'in_progress', 60, 'Đã khảo sát tại 12 cơ quan, đơn vị; đang tổng hợp số liệu, dự thảo báo cáo.',
   null, null, null),
  (1, '1.5', 'Xây dựng, trình ban hành quy định phân cấp quản lý, khai thác và bảo vệ công trình thủy lợi trên địa bàn tỉnh',
   'Quyết định của UBND tỉnh', 'SNNPTNT', '{STP}',
   '2024-02-01', '2024-06-30', 'once',
   'done', 100, 'Chậm do phải lấy ý kiến bổ sung của UBND cấp huyện.', '2024-08-12 09:00+07', '2024-08-14', null),
  (1, '1.6', 'Tham mưu HĐND tỉnh ban hành nghị quyết quy định nội dung, mức chi bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật',
   'Nghị quyết của HĐND tỉnh', 'STC', '{STP}',
   '2024-03-01', '2024-07-31', 'once',
   'done', 100, null, '2024-07-22 14:30+07', '2024-07-24', null),

  -- 2. Cải cách thủ tục hành chính
  (2, '2.1', 'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024 của tỉnh',
   'Kế hoạch của UBND tỉnh', 'VP-UBND', '{}',
   '2024-01-02', '2024-01-31', 'once',
   'done', 100, null, '2024-01-24 16:00+07', '2024-01-25', null),
  (2, '2.2', 'Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của tỉnh; đề xuất phương án cắt giảm, đơn giản hóa',
   'Quyết định phê duyệt phương án đơn giản hóa của Chủ tịch UBND tỉnh', 'VP-UBND', '{SNV,STP}',
   '2024-02-01', '2024-09-30', 'once',
   'done', 100, null, '2024-10-21 10:00+07', '2024-10-23', null),
  (2, '2.3', 'Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung, bãi bỏ; cập nhật trên Cơ sở dữ liệu quốc gia về thủ tục hành chính',
   'Quyết định công bố của Chủ tịch UBND tỉnh', 'VP-UBND', '{}',
   '2024-01-02', '2024-12-15', 'monthly',
   'done', 100, null, '2024-12-12 15:00+07', '2024-12-13', null),
  (2, '2.4', 'Tổ chức tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh',
   'Quyết định phê duyệt danh mục của Chủ tịch UBND tỉnh', 'TTPVHCC', '{STTTT}',
   '2024-03-01', '2024-09-30', 'once',
   'in_progress', 70, 'Đã trình danh mục 215 thủ tục; đang hoàn thiện quy trình luân chuyển hồ sơ giữa các cấp.',
   null, null, null),
  (2, '2.5', 'Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện',
   'Báo cáo kết quả', 'TTPVHCC', '{STTTT,VP-UBND}',
   '2024-02-01', '2024-10-31', 'once',
   'submitted', 100, 'Đã cung cấp 1.052 dịch vụ công trực tuyến toàn trình; gửi kèm danh mục.',
   '2024-10-30 17:05+07', null, null),
  (2, '2.6', 'Rà soát, cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực đất đai tại cấp huyện',
   'Quyết định của Chủ tịch UBND tỉnh', 'STNMT', '{UBND-TH,UBND-PM}',
   '2024-04-01', '2024-10-31', 'once',
   'not_started', 0, null, null, null, null),
  (2, '2.7', 'Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực công thương, xúc tiến thương mại',
   'Báo cáo kết quả rà soát', 'SCT', '{}',
   '2024-03-01', '2024-08-31', 'once',
   'done', 100, null, '2024-08-26 11:30+07', '2024-08-27', null),
  (2, '2.8', 'Chuẩn hóa Bộ phận Một cửa cấp xã theo mô hình thống nhất trên địa bàn thị xã',
   'Báo cáo kết quả', 'UBND-PM', '{SNV}',
   '2024-03-01', '2024-11-30', 'once',
   'cancelled', 0, null, null, null,
   'Điều chỉnh theo Kế hoạch số 120/KH-UBND ngày 15/6/2024'),

  -- 3. Cải cách tổ chức bộ máy hành chính nhà nước
  (3, '3.1', 'Rà soát, kiện toàn cơ cấu tổ chức bên trong của các cơ quan chuyên môn thuộc UBND tỉnh',
   'Quyết định của UBND tỉnh', 'SNV', '{STP}',
   '2024-01-15', '2024-06-30', 'once',
   'done', 100, null, '2024-06-24 16:20+07', '2024-06-25', null),
  (3, '3.2', 'Thực hiện sắp xếp đơn vị hành chính cấp xã năm 2024 theo Đề án đã được phê duyệt',
   'Báo cáo kết quả sắp xếp', 'SNV', '{UBND-DS,UBND-TH}',
   '2024-02-01', '2024-09-30', 'once',
   'done', 100, 'Hoàn thành chậm do chờ ý kiến cử tri tại 2 xã.', '2024-11-04 08:45+07', '2024-11-06', null),
  (3, '3.3', 'Sắp xếp, tổ chức lại các trung tâm y tế tuyến huyện theo mô hình đa chức năng',
   'Quyết định của UBND tỉnh', 'SYT', '{SNV}',
   '2024-03-01', '2024-10-31', 'once',
   'in_progress', 40, 'Đã xây dựng dự thảo phương án; đang lấy ý kiến các sở, ngành và UBND cấp huyện.',
   null, null, null),
  (3, '3.4', 'Quản lý biên chế được giao; thực hiện tinh giản biên chế năm 2024 theo lộ trình',
   'Báo cáo kết quả tinh giản biên chế', 'SNV', '{}',
   '2024-01-02', '2024-12-15', 'biannual',
   'done', 100, null, '2024-12-10 15:40+07', '2024-12-11', null),
  (3, '3.5', 'Kiện toàn tổ chức bộ máy Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh',
   'Quyết định của UBND tỉnh', 'SKHDT', '{SNV,SCT}',
   '2024-03-01', '2024-09-30', 'once',
   'cancelled', 0, null, null, null,
   'Điều chỉnh theo Kế hoạch số 120/KH-UBND ngày 15/6/2024'),

  -- 4. Cải cách chế độ công vụ
  (4, '4.1', 'Tổ chức thi, xét tuyển công chức, viên chức theo vị trí việc làm',
   'Thông báo kết quả tuyển dụng', 'SNV', '{SGDDT,SYT}',
   '2024-03-01', '2024-10-31', 'once',
   'done', 100, null, '2024-10-28 14:00+07', '2024-10-29', null),
  (4, '4.2', 'Ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024',
   'Kế hoạch của UBND tỉnh', 'SNV', '{}',
   '2024-01-02', '2024-02-29', 'once',
   'done', 100, null, '2024-02-19 09:30+07', '2024-02-20', null),
  (4, '4.3', 'Xây dựng Đề án thi tuyển chức danh lãnh đạo, quản lý cấp phòng tại các cơ quan chuyên môn thuộc UBND tỉnh',
   'Đề án của UBND tỉnh', 'SNV', '{STP}',
   '2024-06-03', '2024-11-30', 'once',
   'not_started', 0, null, null, null, null),
  (4, '4.4', 'Kiểm tra công vụ, công tác cải cách hành chính và việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị',
   'Báo cáo kết quả kiểm tra công vụ', 'TTRA', '{SNV,VP-UBND}',
   '2024-01-02', '2024-12-15', 'quarterly',
   'done', 100, null, '2024-12-09 16:10+07', '2024-12-10', null),
  (4, '4.5', 'Bồi dưỡng kỹ năng số, kỹ năng khai thác dữ liệu cho cán bộ, công chức, viên chức',
   'Báo cáo kết quả bồi dưỡng', 'STTTT', '{SNV}',
   '2024-03-01', '2024-09-30', 'once',
   'returned', 100, 'Đã tổ chức 6 lớp bồi dưỡng cho 540 lượt học viên.', '2024-09-27 15:15+07', null,
   'Báo cáo chưa kèm danh sách học viên hoàn thành khóa bồi dưỡng, đề nghị bổ sung'),
  (4, '4.6', 'Bồi dưỡng kiến thức quản lý nhà nước cho cán bộ, công chức cấp xã',
   'Báo cáo kết quả bồi dưỡng', 'UBND-DS', '{SNV}',
   '2024-04-01', '2024-10-31', 'once',
   'not_started', 0, null, null, null, null),

  -- 5. Cải cách tài chính công
  (5, '5.1', 'Tổ chức thực hiện dự toán thu, chi ngân sách nhà nước năm 2024; công khai dự toán theo quy định',
   'Quyết định công bố công khai của UBND tỉnh', 'STC', '{}',
   '2024-01-02', '2024-01-31', 'once',
   'done', 100, null, '2024-01-15 10:00+07', '2024-01-16', null),
  (5, '5.2', 'Đánh giá kết quả thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập; đề xuất nâng mức tự chủ',
   'Báo cáo đánh giá', 'STC', '{SNV}',
   '2024-03-01', '2024-10-31', 'once',
   'in_progress', 80, 'Đã tổng hợp báo cáo của 142/156 đơn vị; đang hoàn thiện dự thảo báo cáo đánh giá.',
   null, null, null),
  (5, '5.3', 'Đẩy nhanh tiến độ giải ngân kế hoạch vốn đầu tư công năm 2024',
   'Báo cáo kết quả giải ngân', 'SKHDT', '{STC}',
   '2024-01-02', '2024-12-31', 'monthly',
   'done', 100, 'Giải ngân đạt 95,2% kế hoạch vốn được giao.', '2024-12-27 16:30+07', '2024-12-30', null),
  (5, '5.4', 'Sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước dôi dư sau sắp xếp tổ chức bộ máy',
   'Phương án sắp xếp được UBND tỉnh phê duyệt', 'STC', '{STNMT}',
   '2024-03-01', '2024-11-30', 'once',
   'submitted', 100, 'Đã trình phương án xử lý 37 cơ sở nhà, đất.', '2024-11-26 14:50+07', null, null),
  (5, '5.5', 'Xây dựng giá dịch vụ giáo dục, đào tạo sử dụng ngân sách nhà nước tại các cơ sở giáo dục công lập',
   'Quyết định của UBND tỉnh', 'SGDDT', '{STC}',
   '2024-05-02', '2024-11-30', 'once',
   'not_started', 0, null, null, null, null),

  -- 6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
  (6, '6.1', 'Ban hành Kế hoạch chuyển đổi số và phát triển chính quyền số tỉnh Bình An năm 2024',
   'Kế hoạch của UBND tỉnh', 'STTTT', '{}',
   '2024-01-02', '2024-02-15', 'once',
   'done', 100, null, '2024-02-05 15:00+07', '2024-02-06', null),
  (6, '6.2', 'Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công',
   'Báo cáo kết quả', 'TTPVHCC', '{STTTT}',
   '2024-01-02', '2024-12-15', 'quarterly',
   'in_progress', 65, 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,4% (chỉ tiêu 60%); đang hướng dẫn các đơn vị có tỷ lệ thấp.',
   null, null, null),
  (6, '6.3', 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh đáp ứng yêu cầu kết nối, chia sẻ dữ liệu',
   'Hệ thống được nâng cấp, đưa vào vận hành', 'STTTT', '{VP-UBND}',
   '2024-02-01', '2024-06-30', 'once',
   'done', 100, 'Chậm do nhà thầu bàn giao phần mềm muộn.', '2024-07-29 17:00+07', '2024-07-31', null),
  (6, '6.4', 'Bảo đảm an toàn thông tin mạng theo mô hình bốn lớp; tổ chức diễn tập ứng cứu sự cố',
   'Báo cáo kết quả', 'STTTT', '{}',
   '2024-01-02', '2024-11-30', 'biannual',
   'submitted', 100, 'Đã tổ chức diễn tập thực chiến ngày 15/11/2024.', '2024-11-25 09:20+07', null, null),
  (6, '6.5', 'Xây dựng Kho dữ liệu dùng chung và Cổng dữ liệu mở của tỉnh',
   'Hệ thống được đưa vào vận hành', 'STTTT', '{SKHCN}',
   '2024-03-01', '2024-10-31', 'once',
   'in_progress', 30, 'Đã hoàn thành thiết kế chi tiết; đang lựa chọn nhà thầu triển khai.',
   null, null, null),
  (6, '6.6', 'Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp huyện, cấp xã trên địa bàn thành phố',
   'Báo cáo kết quả số hóa', 'UBND-TP', '{STTTT}',
   '2024-02-01', '2024-09-30', 'once',
   'returned', 100, null, '2024-09-26 16:00+07', null,
   'Số liệu tỷ lệ số hóa chưa khớp với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, đề nghị rà soát lại'),
  (6, '6.7', 'Xây dựng cơ sở dữ liệu chuyên ngành giao thông vận tải; kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh',
   'Cơ sở dữ liệu được đưa vào khai thác', 'SGTVT', '{STTTT}',
   '2024-04-01', '2024-11-30', 'once',
   'not_started', 0, null, null, null, null),
  (6, '6.8', 'Mở rộng hệ thống hội nghị truyền hình trực tuyến đến các thôn, khu phố',
   'Hệ thống được đưa vào sử dụng', 'STTTT', '{UBND-DS,UBND-TH,UBND-PM}',
   '2024-03-01', '2024-10-31', 'once',
   'cancelled', 20, 'Đã khảo sát hiện trạng hạ tầng tại 3 huyện.', null, null,
   'Điều chỉnh theo Kế hoạch số 120/KH-UBND ngày 15/6/2024'),
  (6, '6.9', 'Triển khai ký số, gửi, nhận văn bản điện tử đến cấp xã; nâng tỷ lệ văn bản điện tử lên trên 95%',
   'Báo cáo kết quả', 'UBND-TH', '{STTTT}',
   '2024-02-01', '2024-08-31', 'once',
   'done', 100, null, '2024-08-22 10:40+07', '2024-08-23', null),
  (6, '6.10', 'Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh',
   'Báo cáo kết quả', 'SYT', '{STTTT}',
   '2024-03-01', '2024-11-30', 'once',
   'in_progress', 45, 'Bệnh viện Đa khoa tỉnh đã triển khai; 2/5 bệnh viện chuyên khoa đang chạy thử.',
   null, null, null)
),
inserted as (
  insert into public.tasks (
    plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
    start_date, due_date, cadence, status, progress, progress_note,
    submitted_at, completed_on, status_reason)
  select p.id, r.area_id, r.ordinal, r.title, r.expected_output,
         (select u.id from public.units u where u.code = r.lead_unit),
         r.start_date::date, r.due_date::date, r.cadence::public.task_cadence,
         r.status::public.task_status, r.progress, r.progress_note,
         r.submitted_at::timestamptz, r.completed_on::date, r.status_reason
  from task_rows r cross join target_plan p
  on conflict (plan_id, ordinal) do nothing
  returning id, ordinal
)
insert into public.task_coordinators (task_id, unit_id)
select i.id, (select u.id from public.units u where u.code = c.code)
from inserted i
join task_rows r on r.ordinal = i.ordinal
cross join lateral unnest(r.coordinators::text[]) as c(code);

-- ---------------------------------------------------------------- plan 186/KH-UBND (2025)
-- Kế hoạch số 186/KH-UBND ngày 27/12/2024: the 2025 plan, in force, which
-- lived through the reorganisation (see below): tasks led by Sở TT&TT,
-- Sở KH&ĐT, Sở GTVT, Sở TN&MT, Sở LĐ-TB&XH and the district committees.
-- What they finished before the change stays theirs; what was still open
-- moved to the successor on 01/03/2025 (departments) or 01/07/2025 (district
-- committees).  15 tasks: 6 done, 9 unfinished (two are carried into the
-- current year's plan when that is the 2026 plan).
-- When the CCHC index demo (seeds/cchc-index.sql) runs in 2026, its last-year
-- plan 285/KH-UBND (24/12/2024) is a second 2025 plan; the 2025 index set
-- counts the year's first-issued plan, so 186/KH-UBND is dated after it and
-- the index keeps counting the plan written for it.
insert into public.plans (doc_number, title, year, issuer, issued_on, status) values
  ('186/KH-UBND', 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2025', 2025,
   'Ủy ban nhân dân tỉnh Bình An', '2024-12-27', 'in_force')
on conflict (doc_number, year) do nothing;

with target_plan as (
  select id from public.plans where doc_number = '186/KH-UBND' and year = 2025
),
task_rows (area_id, ordinal, title, expected_output, lead_unit, coordinators,
           start_date, due_date, cadence,
           status, progress, progress_note, submitted_at, completed_on, status_reason) as (
  values
  (1, '1.1', 'Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2025',
   'Kế hoạch của UBND tỉnh', 'STP', '{}',
   '2025-01-02', '2025-02-28', 'once',
   'done', 100, null, '2025-02-18 15:00+07', '2025-02-19', null),
  (1, '1.2', 'Rà soát văn bản quy phạm pháp luật về bưu chính, viễn thông và công nghệ thông tin do UBND tỉnh ban hành',
   'Báo cáo kết quả rà soát', 'STTTT', '{STP}',
   '2025-01-06', '2025-03-31', 'once',
   'done', 100, null, '2025-02-20 10:00+07', '2025-02-21', null),
  (1, '1.3', 'Xây dựng quy định phân cấp quản lý đầu tư công trên địa bàn tỉnh',
   'Quyết định của UBND tỉnh', 'SKHDT', '{STC,STP}',
   '2025-01-15', '2025-06-30', 'once',
   'in_progress', 40, 'Đang lấy ý kiến các sở, ngành.', null, null, null),
  (2, '2.1', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa thành phố',
   'Báo cáo kết quả số hóa', 'UBND-TP', '{STTTT}',
   '2025-01-15', '2025-05-31', 'once',
   'done', 100, null, '2025-05-14 16:00+07', '2025-05-15', null),
  (2, '2.2', 'Rút ngắn thời gian giải quyết thủ tục đất đai tại Bộ phận Một cửa',
   'Báo cáo kết quả', 'UBND-TP', '{STNMT}',
   '2025-02-01', '2025-09-30', 'once',
   'in_progress', 60, 'Đã rút ngắn 9/14 thủ tục.', null, null, null),
  (2, '2.3', 'Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa cấp xã',
   'Báo cáo kết quả', 'UBND-DS', '{}',
   '2025-03-01', '2025-10-31', 'once',
   'not_started', 0, null, null, null, null),
  (3, '3.1', 'Xây dựng Đề án sắp xếp các cơ quan chuyên môn thuộc UBND tỉnh',
   'Đề án của UBND tỉnh', 'SNV', '{}',
   '2025-01-02', '2025-02-15', 'once',
   'done', 100, null, '2025-02-10 09:00+07', '2025-02-11', null),
  (3, '3.2', 'Kiện toàn tổ chức bộ máy quản lý đất đai và môi trường cấp xã',
   'Quyết định của UBND tỉnh', 'STNMT', '{SNV}',
   '2025-01-15', '2025-08-31', 'once',
   'in_progress', 30, 'Chờ hướng dẫn sau khi hợp nhất sở.', null, null, null),
  (3, '3.3', 'Quy định chức năng, nhiệm vụ của Chi cục Phát triển nông thôn',
   'Quyết định của UBND tỉnh', 'SNNPTNT', '{}',
   '2025-01-02', '2025-02-28', 'once',
   'done', 100, null, '2025-01-27 10:00+07', '2025-01-28', null),
  (4, '4.1', 'Rà soát vị trí việc làm trong lĩnh vực lao động, người có công và xã hội',
   'Báo cáo kết quả', 'SLDTBXH', '{SNV}',
   '2025-01-15', '2025-07-31', 'once',
   'in_progress', 50, null, null, null, null),
  (5, '5.1', 'Công khai dự toán ngân sách năm 2025 theo quy định',
   'Quyết định công bố công khai của UBND tỉnh', 'STC', '{}',
   '2025-01-02', '2025-01-31', 'once',
   'done', 100, null, '2025-01-20 14:00+07', '2025-01-21', null),
  (6, '6.1', 'Xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) phiên bản 2.0',
   'Hệ thống được đưa vào vận hành', 'STTTT', '{TTPVHCC}',
   '2025-01-15', '2025-09-30', 'once',
   'in_progress', 45, 'Đang nâng cấp trục tích hợp.', null, null, null),
  (6, '6.2', 'Số hóa hồ sơ cấp giấy phép lái xe, đăng ký phương tiện',
   'Báo cáo kết quả số hóa', 'SGTVT', '{STTTT}',
   '2025-02-01', '2025-10-31', 'once',
   'in_progress', 35, null, null, null, null),
  (6, '6.3', 'Triển khai Tổ công nghệ số cộng đồng tại các thôn, bản',
   'Báo cáo kết quả', 'UBND-TH', '{STTTT}',
   '2025-02-01', '2025-08-31', 'once',
   'in_progress', 50, null, null, null, null),
  (6, '6.4', 'Triển khai hệ thống camera giám sát tại Bộ phận Một cửa',
   'Hệ thống được đưa vào sử dụng', 'UBND-PM', '{STTTT}',
   '2025-04-01', '2025-11-30', 'once',
   'not_started', 0, null, null, null, null)
),
inserted as (
  insert into public.tasks (
    plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
    start_date, due_date, cadence, status, progress, progress_note,
    submitted_at, completed_on, status_reason)
  select p.id, r.area_id, r.ordinal, r.title, r.expected_output,
         (select u.id from public.units u where u.code = r.lead_unit),
         r.start_date::date, r.due_date::date, r.cadence::public.task_cadence,
         r.status::public.task_status, r.progress, r.progress_note,
         r.submitted_at::timestamptz, r.completed_on::date, r.status_reason
  from task_rows r cross join target_plan p
  on conflict (plan_id, ordinal) do nothing
  returning id, ordinal
)
insert into public.task_coordinators (task_id, unit_id)
select i.id, (select u.id from public.units u where u.code = c.code)
from inserted i
join task_rows r on r.ordinal = i.ordinal
cross join lateral unnest(r.coordinators::text[]) as c(code);

-- ---------------------------------------------------------------- plan 298/KH-UBND (current year)
-- Kế hoạch số 298/KH-UBND ngày 25/12 of last year: this year's plan, in force.
-- Its dates are offsets in days from the day the seed runs (current_date), so
-- the demo always shows the same picture: tasks due within the week, overdue
-- by more than 30, 90 and 120 days, not yet due, done on time and late,
-- submitted, returned, in progress, not started, and one cancelled.
-- Offsets run from -325 to +38 days: seeded late in November the dates all
-- fall within the plan's year; seeded earlier, the oldest ones fall in the
-- previous year, and seeded in the last weeks of December the latest fall in
-- the next.
-- 31 tasks: 10 done (1.5, 3.1, 6.6 late), 3 submitted, 3 returned,
-- 11 in progress, 3 not started, 1 cancelled.  Sở Tư pháp (STP, tuphap@)
-- leads 7 and Sở KH&CN (SKHCN, tttt@ since the 2025 merger) leads 6, in every state that matters
-- to a department head.
insert into public.plans (doc_number, title, year, issuer, issued_on, status)
select '298/KH-UBND',
       format('Kế hoạch cải cách hành chính tỉnh Bình An năm %s', y.year),
       y.year, 'Ủy ban nhân dân tỉnh Bình An', make_date(y.year - 1, 12, 25), 'in_force'
from (select extract(year from current_date)::int as year) as y
on conflict (doc_number, year) do nothing;

with target_plan as (
  select id from public.plans
  where doc_number = '298/KH-UBND' and year = extract(year from current_date)::int
),
-- start, due, submitted and completed are days from today (negative: past).
task_rows (area_id, ordinal, title, expected_output, lead_unit, coordinators,
           start_in, due_in, cadence,
           status, progress, progress_note, submitted_in, completed_in, status_reason) as (
  values
  -- 1. Cải cách thể chế
  (1, '1.1', 'Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh',
   'Kế hoạch của UBND tỉnh', 'STP', '{}',
   -320, -280, 'once',
   'done', 100, null, -287, -286, null),
  (1, '1.2', 'Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành',
   'Báo cáo kết quả kiểm tra', 'STP', '{UBND-BINHAN,UBND-PHUMY}',
   -120, 5, 'once',
   'in_progress', 80, 'Đã kiểm tra tại 3/4 huyện, thị xã, thành phố; đang kiểm tra tại huyện Tây Hòa.', null, null, null),
  (1, '1.3', 'Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần',
   'Quyết định công bố của Chủ tịch UBND tỉnh', 'STP', '{VP-UBND}',
   -150, -40, 'once',
   'returned', 100, null, -42, null, 'Minh chứng chưa đầy đủ, đề nghị bổ sung quyết định ban hành'),
  (1, '1.4', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng trên địa bàn tỉnh',
   'Báo cáo kết quả theo dõi thi hành pháp luật', 'STP', '{SNNMT,SXD}',
   -250, -100, 'once',
   'in_progress', 40, 'Đang chờ báo cáo của các sở, ngành; chậm do thay đổi đầu mối phụ trách.', null, null, null),
  (1, '1.5', 'Xây dựng Quy chế phối hợp trong công tác xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh',
   'Quyết định của UBND tỉnh', 'STP', '{}',
   -260, -130, 'once',
   'done', 100, 'Hoàn thành chậm do phải xin ý kiến bổ sung của các sở, ngành.', -97, -95, null),

  -- 2. Cải cách thủ tục hành chính
  (2, '2.1', 'Ban hành Kế hoạch kiểm soát thủ tục hành chính của tỉnh',
   'Kế hoạch của UBND tỉnh', 'VP-UBND', '{}',
   -325, -295, 'once',
   'done', 100, null, -300, -299, null),
  (2, '2.2', 'Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý của tỉnh; đề xuất phương án cắt giảm, đơn giản hóa',
   'Quyết định phê duyệt phương án đơn giản hóa của Chủ tịch UBND tỉnh', 'VP-UBND', '{SNV,STP,STC}',
   -200, 25, 'once',
   'in_progress', 50, 'Đã rà soát 86/170 thủ tục; các sở, ngành đang đề xuất phương án đơn giản hóa.', null, null, null),
  (2, '2.3', 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực; đề xuất cắt giảm giấy tờ công dân',
   'Báo cáo kết quả rà soát', 'STP', '{UBND-DONGSON}',
   -90, 20, 'once',
   'submitted', 100, 'Đã rà soát 28 thủ tục; đề xuất cắt giảm 11 thành phần hồ sơ.', -2, null, null),
  (2, '2.4', 'Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh; bổ sung màn hình tra cứu điện tử',
   'Báo cáo kết quả', 'TTPVHCC', '{SKHCN}',
   -180, -60, 'once',
   'done', 100, null, -64, -63, null),
  (2, '2.5', 'Rút ngắn thời gian giải quyết thủ tục hành chính lĩnh vực đất đai so với thời gian quy định',
   'Quyết định của Chủ tịch UBND tỉnh', 'SNNMT', '{UBND-TAYHOA,UBND-PHUMY}',
   -210, -95, 'once',
   'in_progress', 35, 'Đã dự thảo quy trình nội bộ rút gọn; đang lấy ý kiến các đơn vị.', null, null, null),
  (2, '2.6', 'Chuẩn hóa quy trình tiếp nhận hồ sơ, trả kết quả tại Bộ phận Một cửa cấp xã trên địa bàn thị xã',
   'Báo cáo kết quả', 'UBND-PHUMY', '{TTPVHCC}',
   -30, 6, 'once',
   'not_started', 0, null, null, null, null),

  -- 3. Cải cách tổ chức bộ máy hành chính nhà nước
  (3, '3.1', 'Rà soát, kiện toàn cơ cấu tổ chức bên trong của các cơ quan chuyên môn thuộc UBND tỉnh',
   'Quyết định của UBND tỉnh', 'SNV', '{STP}',
   -240, -110, 'once',
   'done', 100, null, -82, -80, null),
  (3, '3.2', 'Thực hiện sắp xếp đơn vị hành chính cấp xã theo Đề án đã được phê duyệt',
   'Báo cáo kết quả sắp xếp', 'SNV', '{UBND-DONGSON,UBND-TAYHOA}',
   -280, 33, 'once',
   'in_progress', 70, 'Đã hoàn thành hồ sơ sắp xếp 9/12 xã; đang lấy ý kiến cử tri tại 3 xã còn lại.', null, null, null),
  (3, '3.3', 'Sắp xếp, sáp nhập các trường tiểu học, trung học cơ sở có quy mô nhỏ',
   'Kế hoạch của UBND tỉnh', 'SGDDT', '{SNV,UBND-TAYHOA}',
   -230, -140, 'once',
   'not_started', 0, null, null, null, null),

  -- 4. Cải cách chế độ công vụ
  (4, '4.1', 'Tổ chức thi, xét tuyển công chức, viên chức theo vị trí việc làm',
   'Thông báo kết quả tuyển dụng', 'SNV', '{SGDDT,SYT}',
   -200, -30, 'once',
   'done', 100, null, -35, -33, null),
  (4, '4.2', 'Ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
   'Kế hoạch của UBND tỉnh', 'SNV', '{}',
   -320, -270, 'once',
   'done', 100, null, -278, -276, null),
  (4, '4.3', 'Kiểm tra công vụ, công tác cải cách hành chính và việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị',
   'Báo cáo kết quả kiểm tra công vụ', 'TTRA', '{SNV}',
   -320, 30, 'quarterly',
   'in_progress', 75, 'Đã kiểm tra 15/20 cơ quan, đơn vị theo kế hoạch; đã báo cáo kết quả các quý trước.', null, null, null),
  (4, '4.4', 'Bồi dưỡng kiến thức quản lý nhà nước, kỹ năng nghiệp vụ cho công chức cấp xã',
   'Báo cáo kết quả bồi dưỡng', 'UBND-DONGSON', '{SNV}',
   -150, -20, 'once',
   'returned', 100, null, -22, null, 'Báo cáo chưa kèm danh sách học viên và quyết định mở lớp, đề nghị bổ sung'),

  -- 5. Cải cách tài chính công
  (5, '5.1', 'Tổ chức thực hiện dự toán thu, chi ngân sách nhà nước; công khai dự toán theo quy định',
   'Quyết định công bố công khai của UBND tỉnh', 'STC', '{}',
   -325, -310, 'once',
   'done', 100, null, -314, -313, null),
  (5, '5.2', 'Đánh giá kết quả thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập',
   'Báo cáo đánh giá', 'STC', '{SNV}',
   -160, -15, 'once',
   'submitted', 100, null, -16, null, null),
  (5, '5.3', 'Đẩy nhanh tiến độ giải ngân kế hoạch vốn đầu tư công',
   'Báo cáo kết quả giải ngân', 'STC', '{STC}',
   -320, 38, 'monthly',
   'in_progress', 65, 'Tỷ lệ giải ngân đến nay đạt 68,5% kế hoạch vốn được giao.', null, null, null),
  (5, '5.4', 'Xây dựng đề án thu hút đầu tư hạ tầng cụm công nghiệp theo phương thức đối tác công tư',
   'Đề án của UBND tỉnh', 'SCT', '{STC}',
   -200, 36, 'once',
   'cancelled', 0, null, null, null,
   format('Điều chỉnh theo Kế hoạch số 142/KH-UBND ngày %s', to_char(current_date - 60, 'FMDD/FMMM/YYYY'))),

  -- 6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
  (6, '6.1', 'Ban hành Kế hoạch chuyển đổi số và phát triển chính quyền số của tỉnh',
   'Kế hoạch của UBND tỉnh', 'SKHCN', '{}',
   -320, -280, 'once',
   'done', 100, null, -286, -285, null),
  (6, '6.2', 'Tích hợp thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
   'Báo cáo kết quả', 'SKHCN', '{STC,TTPVHCC}',
   -100, 3, 'once',
   'in_progress', 75, 'Đã tích hợp thanh toán cho 320 dịch vụ công; đang kiểm thử với các ngân hàng.', null, null, null),
  (6, '6.3', 'Xây dựng Kho dữ liệu dùng chung và Cổng dữ liệu mở của tỉnh',
   'Hệ thống được đưa vào vận hành', 'SKHCN', '{STC}',
   -300, -125, 'once',
   'in_progress', 30, 'Gói thầu đang thẩm định lại dự toán; chậm so với kế hoạch.', null, null, null),
  (6, '6.4', 'Bảo đảm an toàn thông tin mạng theo mô hình bốn lớp; tổ chức diễn tập ứng cứu sự cố',
   'Báo cáo kết quả diễn tập', 'SKHCN', '{UBND-BINHAN}',
   -150, -35, 'once',
   'returned', 100, null, -38, null, 'Minh chứng chưa đầy đủ, đề nghị bổ sung kịch bản và biên bản diễn tập'),
  (6, '6.5', 'Triển khai chữ ký số cho người dân khi thực hiện dịch vụ công trực tuyến',
   'Báo cáo kết quả', 'SKHCN', '{TTPVHCC}',
   -140, -5, 'once',
   'submitted', 100, 'Đã cấp 12.460 chứng thư chữ ký số cho người dân.', -7, null, null),
  (6, '6.6', 'Triển khai trợ lý ảo hỗ trợ cán bộ, công chức tra cứu văn bản, thủ tục hành chính',
   'Hệ thống được đưa vào sử dụng', 'SKHCN', '{VP-UBND}',
   -220, -70, 'once',
   'done', 100, 'Hoàn thành chậm do phải bổ sung dữ liệu huấn luyện.', -52, -50, null),
  (6, '6.7', 'Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công',
   'Báo cáo kết quả', 'TTPVHCC', '{SKHCN}',
   -320, 38, 'quarterly',
   'in_progress', 60, 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,8% (chỉ tiêu 65%).', null, null, null),
  (6, '6.8', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại cấp huyện, cấp xã',
   'Báo cáo kết quả số hóa', 'UBND-BINHAN', '{SKHCN}',
   -200, -45, 'once',
   'in_progress', 55, 'Đã số hóa 61% kết quả còn hiệu lực; cấp xã còn thiếu nhân lực.', null, null, null),
  (6, '6.9', 'Số hóa sổ hộ tịch lưu trữ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử',
   'Báo cáo kết quả số hóa', 'STP', '{UBND-DONGSON,UBND-TAYHOA,UBND-PHUMY}',
   -20, 35, 'once',
   'not_started', 0, null, null, null, null)
),
inserted as (
  insert into public.tasks (
    plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
    start_date, due_date, cadence, status, progress, progress_note,
    submitted_at, completed_on, status_reason)
  select p.id, r.area_id, r.ordinal, r.title, r.expected_output,
         (select u.id from public.units u where u.code = r.lead_unit),
         current_date + r.start_in, current_date + r.due_in, r.cadence::public.task_cadence,
         r.status::public.task_status, r.progress, r.progress_note,
         (current_date + r.submitted_in + time '16:00') at time zone 'Asia/Ho_Chi_Minh',
         current_date + r.completed_in, r.status_reason
  from task_rows r cross join target_plan p
  on conflict (plan_id, ordinal) do nothing
  returning id, ordinal
)
insert into public.task_coordinators (task_id, unit_id)
select i.id, (select u.id from public.units u where u.code = c.code)
from inserted i
join task_rows r on r.ordinal = i.ordinal
cross join lateral unnest(r.coordinators::text[]) as c(code);

-- ================================================================ evidence and history
-- A task's completion date is the day its lead unit reported it done (as the
-- workflow sets it); Home Affairs confirms the next working day.
update public.tasks
   set completed_on = private.local_date(submitted_at)
 where status = 'done' and submitted_at is not null
   and completed_on is distinct from private.local_date(submitted_at);

-- One issued document as evidence for every task that was reported done.
insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary, created_by, created_at)
select t.id, 'document',
       format('%s/%s', 100 + (row_number() over (order by t.plan_id, t.ordinal)) * 7 % 900,
              case
                when t.expected_output ilike 'Quyết định%' then 'QĐ-UBND'
                when t.expected_output ilike 'Kế hoạch%' then 'KH-UBND'
                when t.expected_output ilike 'Nghị quyết%' then 'NQ-HĐND'
                else 'BC-' || u.code
              end),
       private.local_date(t.submitted_at) - 1,
       u.name,
       left(coalesce(t.expected_output, 'Văn bản') || ' về việc ' || lower(left(t.title, 1)) || substr(t.title, 2), 2000),
       h.id,
       t.submitted_at - interval '1 hour'
from public.tasks t
join public.units u on u.id = t.lead_unit_id
left join public.profiles h on h.unit_id = t.lead_unit_id and h.role = 'dept_head'
where t.status in ('submitted', 'done', 'returned') and t.submitted_at is not null
  and not exists (select 1 from public.evidence e where e.task_id = t.id);

-- History: created when the plan was issued, started on the start date,
-- reported, then confirmed, returned or cancelled.  Only for tasks that have
-- no history yet.
with interior as (
  select id from public.profiles where email = 'noivu@example.vn'
),
story as (
  select t.id as task_id, p.issued_on, t.start_date, t.status, t.submitted_at, t.completed_on, t.status_reason,
         h.id as head_id,
         private.local_date(now()) as today
  from public.tasks t
  join public.plans p on p.id = t.plan_id
  left join public.profiles h on h.unit_id = t.lead_unit_id and h.role = 'dept_head'
  where not exists (select 1 from public.task_events e where e.task_id = t.id)
),
events (task_id, occurred_at, actor_id, actor_role, action, changes) as (
  select s.task_id, (s.issued_on + 1 + time '08:00') at time zone 'Asia/Ho_Chi_Minh', i.id, 'interior'::public.app_role,
         'created', jsonb_build_object('status', jsonb_build_object('old', null, 'new', 'not_started'))
  from story s cross join interior i
  union all
  select s.task_id, (least(s.start_date, s.today) + time '09:00') at time zone 'Asia/Ho_Chi_Minh', s.head_id, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'in_progress'))
  from story s
  where s.status in ('in_progress', 'submitted', 'done', 'returned') and s.start_date is not null
  union all
  select s.task_id, s.submitted_at, s.head_id, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'in_progress', 'new', 'submitted'))
  from story s
  where s.status in ('submitted', 'done', 'returned') and s.submitted_at is not null
  union all
  select s.task_id, least(s.submitted_at + interval '18 hours', now()), i.id, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'submitted', 'new', 'done'),
                                              'completed_on', jsonb_build_object('old', null, 'new', s.completed_on))
  from story s cross join interior i
  where s.status = 'done' and s.submitted_at is not null
  union all
  select s.task_id, least(s.submitted_at + interval '2 days', now()), i.id, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'submitted', 'new', 'returned'),
                                              'status_reason', jsonb_build_object('old', null, 'new', s.status_reason))
  from story s cross join interior i
  where s.status = 'returned' and s.submitted_at is not null
  union all
  select s.task_id, least((greatest(s.issued_on, coalesce(s.start_date, s.issued_on)) + 45 + time '10:00') at time zone 'Asia/Ho_Chi_Minh', now()),
         i.id, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'cancelled'),
                                              'status_reason', jsonb_build_object('old', null, 'new', s.status_reason))
  from story s cross join interior i
  where s.status = 'cancelled'
)
insert into public.task_events (task_id, occurred_at, actor_id, actor_role, action, changes)
select task_id, occurred_at, actor_id, actor_role, action, changes from events
order by occurred_at;

select set_config('app.seeding', '', false);

-- ================================================================ the 2025 reorganisation
-- Recorded through the same functions an administrator uses, so the history
-- is real: one task_events row per task moved, effective on the day.  The
-- 2024 plan was closed before it, so its tasks stay with the units that had
-- them.  Done only once: a unit that has stopped working is not merged again.
update public.plans set status = 'closed' where doc_number = '315/KH-UBND' and year = 2024 and status <> 'closed';

do $$
declare
  m record;
  code_of jsonb;
begin
  -- 01/03/2025: departments merged
  for m in select * from (values
    (array['STTTT'], 'SKHCN', 'Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ'),
    (array['SKHDT'], 'STC', 'Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính'),
    (array['SGTVT'], 'SXD', 'Sở Giao thông vận tải hợp nhất vào Sở Xây dựng'),
    (array['STNMT', 'SNNPTNT'], 'SNNMT', 'Hợp nhất Sở Tài nguyên và Môi trường và Sở Nông nghiệp và Phát triển nông thôn'),
    (array['SLDTBXH'], 'SNV', 'Sở Lao động - Thương binh và Xã hội hợp nhất vào Sở Nội vụ')
  ) as v(codes, successor, note)
  loop
    continue when not exists (select 1 from public.units u where u.code = any (m.codes) and u.is_active);
    perform public.merge_units(
      (select array_agg(u.id) from public.units u where u.code = any (m.codes)),
      (select u.id from public.units u where u.code = m.successor),
      date '2025-03-01', '12/NQ-HĐND', m.note);
  end loop;

  -- 01/07/2025: district committees dissolved, commune-level committees take over
  if exists (select 1 from public.units where code = 'UBND-TP' and is_active) then
    perform public.split_unit(
      (select id from public.units where code = 'UBND-TP'),
      array[(select id from public.units where code = 'UBND-BINHAN'), (select id from public.units where code = 'UBND-HOATHANG')],
      date '2025-07-01', '{}'::jsonb, '{}'::jsonb,
      (select id from public.units where code = 'UBND-BINHAN'),
      '1656/NQ-UBTVQH15', 'Thành phố Bình An: phường Bình An và xã Hòa Thắng');
  end if;
  if exists (select 1 from public.units where code = 'UBND-DS' and is_active) then
    perform public.split_unit(
      (select id from public.units where code = 'UBND-DS'),
      array[(select id from public.units where code = 'UBND-DONGSON'), (select id from public.units where code = 'UBND-ANPHU')],
      date '2025-07-01', '{}'::jsonb, '{}'::jsonb,
      (select id from public.units where code = 'UBND-DONGSON'),
      '1656/NQ-UBTVQH15', 'Huyện Đông Sơn: xã Đông Sơn và xã An Phú');
  end if;
  for m in select * from (values ('UBND-TH', 'UBND-TAYHOA'), ('UBND-PM', 'UBND-PHUMY')) as v(code, successor) loop
    continue when not exists (select 1 from public.units u where u.code = m.code and u.is_active);
    perform public.merge_units(
      array[(select u.id from public.units u where u.code = m.code)],
      (select u.id from public.units u where u.code = m.successor),
      date '2025-07-01', '1656/NQ-UBTVQH15', 'Chính quyền địa phương hai cấp');
  end loop;
end
$$;

-- ================================================================ carry-over into the current year
-- Two unfinished tasks of the 2025 plan continue in the 2026 plan (when the
-- current year's plan is the 2026 plan), due the same day a year later.
select public.carry_over_tasks(
  (select id from public.plans where doc_number = '298/KH-UBND' and year = 2026),
  array(select t.id from public.tasks t join public.plans p on p.id = t.plan_id
        where p.doc_number = '186/KH-UBND' and p.year = 2025 and t.ordinal in ('6.1', '6.4')
        order by t.ordinal))
where exists (select 1 from public.plans where doc_number = '298/KH-UBND' and year = 2026)
  and not exists (
    select 1 from public.tasks n join public.tasks o on o.id = n.carried_from_task_id
    join public.plans p on p.id = o.plan_id where p.doc_number = '186/KH-UBND' and p.year = 2025);

-- The province publishes its 2022 plan and its current plan on /cong-khai.
update public.plans set is_public = true, published_at = now()
where not is_public and status <> 'draft'
  and ((doc_number = '250/KH-UBND' and year = 2022)
    or (doc_number = '298/KH-UBND' and year = extract(year from current_date)::int))
  and not exists (select 1 from public.plans where is_public);

-- ================================================================ indicators (chỉ tiêu)
-- Indicators the province tracks against targets, and their values:
-- province-wide for 2023, 2024, last year and this year's Q1, 6 and 9 months,
-- plus a few units.  Safe to run again: indicators by code, values by
-- indicator, unit, year and period.
insert into public.indicators (code, area_id, name_vi, name_en, unit_label, target, direction, is_rate, description, sort_order) values
  ('TC-01', 1, 'Tỷ lệ văn bản quy phạm pháp luật của tỉnh được tự kiểm tra sau khi ban hành',
   'Share of provincial legal documents self-checked after issue', '%', 100, 'at_least', true,
   'Số văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành đã được tự kiểm tra trên tổng số văn bản ban hành trong kỳ.', 1),
  ('TTHC-01', 2, 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn',
   'Share of administrative dossiers settled on time', '%', 98, 'at_least', true,
   'Số hồ sơ giải quyết đúng hạn trên tổng số hồ sơ đã giải quyết trong kỳ, theo Hệ thống thông tin giải quyết TTHC của tỉnh.', 1),
  ('TTHC-02', 2, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
   'Share of dossiers and results of administrative procedures digitised', '%', 70, 'at_least', true,
   'Số hồ sơ có kết quả giải quyết được số hóa, ký số và lưu trữ điện tử trên tổng số hồ sơ đã giải quyết trong kỳ.', 2),
  ('TTHC-03', 2, 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS)',
   'Satisfaction with public administrative services (SIPAS)', '%', 85, 'at_least', true,
   'Số phiếu khảo sát hài lòng trên tổng số phiếu hợp lệ thu về trong kỳ.', 3),
  ('TTHC-04', 2, 'Tỷ lệ hồ sơ phải yêu cầu bổ sung, hoàn thiện quá một lần',
   'Share of dossiers sent back for completion more than once', '%', 1, 'at_most', true,
   'Số hồ sơ bị yêu cầu bổ sung, hoàn thiện từ lần thứ hai trở lên trên tổng số hồ sơ tiếp nhận trong kỳ; càng thấp càng tốt.', 4),
  ('CV-01', 4, 'Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định',
   'Share of commune officials meeting the required standards', '%', 95, 'at_least', true,
   'Số cán bộ, công chức cấp xã đạt chuẩn về trình độ chuyên môn trên tổng số cán bộ, công chức cấp xã.', 1),
  ('CDS-01', 6, 'Tỷ lệ dịch vụ công trực tuyến toàn trình',
   'Share of public services offered fully online', '%', 80, 'at_least', true,
   'Số thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện.', 1),
  ('CDS-02', 6, 'Tỷ lệ hồ sơ thanh toán trực tuyến',
   'Share of dossiers paid online', '%', 50, 'at_least', true,
   'Số hồ sơ nộp phí, lệ phí trực tuyến trên tổng số hồ sơ có yêu cầu nghĩa vụ tài chính trong kỳ.', 2)
on conflict (code) do nothing;

-- Province-wide values.  Year 0 is this year (Q1, 6 and 9 months), -1 the
-- year before (used only when it is later than 2024).
with raw (code, y, period, numerator, denominator) as (values
  ('TTHC-01', 2023, 'q1', 86028, 88872),
  ('TTHC-01', 2023, 'h1', 180279, 185472),
  ('TTHC-01', 2023, 'q3', 278788, 285936),
  ('TTHC-01', 2023, 'annual', 377126, 386400),
  ('TTHC-01', 2024, 'q1', 92275, 94254),
  ('TTHC-01', 2024, 'h1', 192967, 196704),
  ('TTHC-01', 2024, 'q3', 298097, 303252),
  ('TTHC-01', 2024, 'annual', 403243, 409800),
  ('TTHC-01', -1, 'q1', 97756, 99245),
  ('TTHC-01', -1, 'h1', 204220, 207120),
  ('TTHC-01', -1, 'q3', 315159, 319310),
  ('TTHC-01', -1, 'annual', 426322, 431500),
  ('TTHC-01', 0, 'q1', 102816, 103960),
  ('TTHC-01', 0, 'h1', 214790, 216960),
  ('TTHC-01', 0, 'q3', 331470, 334480),
  ('TTHC-02', 2023, 'q1', 34127, 88872),
  ('TTHC-02', 2023, 'h1', 78084, 185472),
  ('TTHC-02', 2023, 'q3', 132388, 285936),
  ('TTHC-02', 2023, 'annual', 197837, 386400),
  ('TTHC-02', 2024, 'q1', 52122, 94254),
  ('TTHC-02', 2024, 'h1', 118219, 196704),
  ('TTHC-02', 2024, 'q3', 194688, 303252),
  ('TTHC-02', 2024, 'annual', 280303, 409800),
  ('TTHC-02', -1, 'q1', 69670, 99245),
  ('TTHC-02', -1, 'h1', 150162, 207120),
  ('TTHC-02', -1, 'q3', 236609, 319310),
  ('TTHC-02', -1, 'annual', 329235, 431500),
  ('TTHC-02', 0, 'q1', 80465, 103960),
  ('TTHC-02', 0, 'h1', 171832, 216960),
  ('TTHC-02', 0, 'q3', 271263, 334480),
  ('TTHC-03', 2023, 'q1', 513, 640),
  ('TTHC-03', 2023, 'h1', 1056, 1310),
  ('TTHC-03', 2023, 'q3', 1547, 1905),
  ('TTHC-03', 2023, 'annual', 2047, 2512),
  ('TTHC-03', 2024, 'q1', 537, 655),
  ('TTHC-03', 2024, 'h1', 1088, 1320),
  ('TTHC-03', 2024, 'q3', 1610, 1942),
  ('TTHC-03', 2024, 'annual', 2132, 2560),
  ('TTHC-03', -1, 'q1', 509, 610),
  ('TTHC-03', -1, 'h1', 1079, 1288),
  ('TTHC-03', -1, 'q3', 1576, 1876),
  ('TTHC-03', -1, 'annual', 2104, 2493),
  ('TTHC-03', 0, 'q1', 509, 602),
  ('TTHC-03', 0, 'h1', 1044, 1236),
  ('TTHC-03', 0, 'q3', 1565, 1858),
  ('TTHC-04', 2023, 'q1', 2133, 88872),
  ('TTHC-04', 2023, 'h1', 3895, 185472),
  ('TTHC-04', 2023, 'q3', 5433, 285936),
  ('TTHC-04', 2023, 'annual', 6955, 386400),
  ('TTHC-04', 2024, 'q1', 1414, 94254),
  ('TTHC-04', 2024, 'h1', 2557, 196704),
  ('TTHC-04', 2024, 'q3', 3639, 303252),
  ('TTHC-04', 2024, 'annual', 4508, 409800),
  ('TTHC-04', -1, 'q1', 992, 99245),
  ('TTHC-04', -1, 'h1', 1906, 207120),
  ('TTHC-04', -1, 'q3', 2714, 319310),
  ('TTHC-04', -1, 'annual', 3452, 431500),
  ('TTHC-04', 0, 'q1', 769, 103960),
  ('TTHC-04', 0, 'h1', 1432, 216960),
  ('TTHC-04', 0, 'q3', 2040, 334480),
  ('CDS-01', 2023, 'q1', 730, 1912),
  ('CDS-01', 2023, 'h1', 784, 1912),
  ('CDS-01', 2023, 'q3', 844, 1905),
  ('CDS-01', 2023, 'annual', 897, 1905),
  ('CDS-01', 2024, 'q1', 983, 1876),
  ('CDS-01', 2024, 'h1', 1054, 1876),
  ('CDS-01', 2024, 'q3', 1122, 1870),
  ('CDS-01', 2024, 'annual', 1184, 1870),
  ('CDS-01', -1, 'q1', 1218, 1842),
  ('CDS-01', -1, 'h1', 1297, 1842),
  ('CDS-01', -1, 'q3', 1345, 1838),
  ('CDS-01', -1, 'annual', 1406, 1838),
  ('CDS-01', 0, 'q1', 1429, 1830),
  ('CDS-01', 0, 'h1', 1469, 1830),
  ('CDS-01', 0, 'q3', 1501, 1826),
  ('CDS-02', 2023, 'q1', 4111, 22586),
  ('CDS-02', 2023, 'h1', 9946, 47136),
  ('CDS-02', 2023, 'q3', 17658, 72668),
  ('CDS-02', 2023, 'annual', 26907, 98200),
  ('CDS-02', 2024, 'q1', 7542, 23943),
  ('CDS-02', 2024, 'h1', 17589, 49968),
  ('CDS-02', 2024, 'q3', 29735, 77034),
  ('CDS-02', 2024, 'annual', 43826, 104100),
  ('CDS-02', -1, 'q1', 11659, 25737),
  ('CDS-02', -1, 'h1', 25835, 53712),
  ('CDS-02', -1, 'q3', 42397, 82806),
  ('CDS-02', -1, 'annual', 60426, 111900),
  ('CDS-02', 0, 'q1', 15070, 27301),
  ('CDS-02', 0, 'h1', 32704, 56976),
  ('CDS-02', 0, 'q3', 52088, 87838),
  ('CV-01', 2023, 'q1', 3763, 4126),
  ('CV-01', 2023, 'h1', 3788, 4126),
  ('CV-01', 2023, 'q3', 3801, 4118),
  ('CV-01', 2023, 'annual', 3826, 4118),
  ('CV-01', 2024, 'q1', 3827, 4097),
  ('CV-01', 2024, 'h1', 3847, 4097),
  ('CV-01', 2024, 'q3', 3853, 4090),
  ('CV-01', 2024, 'annual', 3877, 4090),
  ('CV-01', -1, 'q1', 3864, 4063),
  ('CV-01', -1, 'h1', 3876, 4063),
  ('CV-01', -1, 'q3', 3888, 4058),
  ('CV-01', -1, 'annual', 3904, 4058),
  ('CV-01', 0, 'q1', 3896, 4041),
  ('CV-01', 0, 'h1', 3908, 4041),
  ('CV-01', 0, 'q3', 3915, 4036),
  ('TC-01', 2023, 'q1', 17, 18),
  ('TC-01', 2023, 'h1', 40, 41),
  ('TC-01', 2023, 'q3', 61, 63),
  ('TC-01', 2023, 'annual', 85, 87),
  ('TC-01', 2024, 'q1', 21, 21),
  ('TC-01', 2024, 'h1', 44, 44),
  ('TC-01', 2024, 'q3', 69, 70),
  ('TC-01', 2024, 'annual', 94, 95),
  ('TC-01', -1, 'q1', 17, 17),
  ('TC-01', -1, 'h1', 39, 39),
  ('TC-01', -1, 'q3', 66, 66),
  ('TC-01', -1, 'annual', 91, 91),
  ('TC-01', 0, 'q1', 19, 19),
  ('TC-01', 0, 'h1', 42, 42),
  ('TC-01', 0, 'q3', 68, 68)
), resolved as (
  select r.*, (case r.y when 0 then extract(year from current_date)::int
                        when -1 then extract(year from current_date)::int - 1
                        else r.y end)::smallint as year
  from raw r
)
insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator, recorded_by, recorded_at)
select i.id, null, r.year, r.period::public.indicator_period, r.numerator, r.denominator,
       (select u.id from auth.users u where u.email = 'noivu@example.vn'),
       least((private.period_end(r.year, r.period::public.indicator_period) + 4 + time '09:00') at time zone 'Asia/Ho_Chi_Minh', now())
from resolved r
join public.indicators i on i.code = r.code
where r.y <> -1 or r.year > 2024
on conflict on constraint indicator_values_period_key do nothing;

-- A few units' own values for this year.
with raw (code, unit_code, period, numerator, denominator, note) as (values
  ('TTHC-01', 'STP', 'h1', 1236, 1242, null),
  ('TTHC-01', 'STP', 'q3', 1872, 1880, null),
  ('TTHC-01', 'STTTT', 'q3', 2410, 2436, null),
  ('TTHC-01', 'UBND-TP', 'q3', 15284, 15460, null),
  ('TTHC-01', 'UBND-DS', 'h1', 3190, 3322, 'Nhiều hồ sơ đất đai tồn đọng từ năm trước.'),
  ('TTHC-01', 'UBND-DS', 'q3', 4812, 4985, 'Đã có văn bản xin lỗi đối với 173 hồ sơ quá hạn.'),
  ('TTHC-01', 'UBND-TH', 'q3', 3921, 3967, null),
  ('TTHC-02', 'STP', 'q3', 1504, 1880, null),
  ('TTHC-02', 'UBND-DS', 'q3', 2991, 4985, 'Thiếu thiết bị số hóa tại bộ phận một cửa cấp xã.'),
  ('CDS-02', 'TTPVHCC', 'q3', 21874, 40210, null)
)
insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator, note, recorded_by, recorded_at)
select i.id, u.id, extract(year from current_date)::smallint, r.period::public.indicator_period, r.numerator, r.denominator, r.note,
       (select a.id from auth.users a where a.email = 'noivu@example.vn'),
       least((private.period_end(extract(year from current_date)::smallint, r.period::public.indicator_period) + 5 + time '10:30')
             at time zone 'Asia/Ho_Chi_Minh', now())
from raw r
join public.indicators i on i.code = r.code
join public.units u on u.code = r.unit_code
on conflict on constraint indicator_values_period_key do nothing;
