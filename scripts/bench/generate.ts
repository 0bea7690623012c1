// A national-scale data set, written with set-based SQL (generate_series)
// into a database that already has the migrations and the demo seed.
//
// Shape (defaults): 1,000 units in a tree (the seed's province, departments
// and districts, plus districts and communes under them), 90 plans over ten
// years (nine a year; the current year's are in force, earlier ones closed),
// 100,000 tasks spread evenly over the plans (~1,100 each) with a status mix
// that follows their dates, the history of each task in task_events (created,
// started, progress, evidence, reported, confirmed / returned / cancelled,
// extended: about five rows a task), one issued document as evidence for
// every task that was reported, and deadline extensions for about 6% of them.
//
// Everything runs in ONE transaction on one connection (PGlite or a pooled
// PostgreSQL connection alike).  Triggers are switched off for it
// (session_replication_role = replica): the history is written here with the
// dates the story needs, as supabase/seed.sql does, and the per-row triggers
// would only re-derive what this script sets directly.  ANALYZE runs at the
// end, as autovacuum would on a real server shortly after a bulk load.

export interface GenerateOptions {
  /** Units in the whole tree, the seed's included. */
  units: number;
  /** Plans over ten years. */
  plans: number;
  tasks: number;
}

export const DEFAULT_GENERATE: GenerateOptions = { units: 1000, plans: 90, tasks: 100_000 };

const int = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what} must be a non-negative integer`);
  return String(n);
};

/** The SQL script (numbers only are spliced in, checked as integers). */
export function generationSql(opts: GenerateOptions): string {
  const units = int(opts.units, 'units');
  const plans = int(Math.max(10, opts.plans), 'plans');
  const tasks = int(opts.tasks, 'tasks');
  return `
begin;
set local session_replication_role = replica;
select setseed(0.20261109);

create temp table bench_today on commit drop as
select (now() at time zone 'Asia/Ho_Chi_Minh')::date as today,
       extract(year from (now() at time zone 'Asia/Ho_Chi_Minh'))::int as year;

-- ------------------------------------------------------------ units
-- New districts under the province; communes under them.  Codes QG-…
create temp table bench_names on commit drop as
select array['An', 'Bình', 'Phú', 'Hòa', 'Đông', 'Tây', 'Nam', 'Bắc', 'Thạnh', 'Lộc', 'Phước', 'Long',
             'Tân', 'Mỹ', 'Hưng', 'Thuận', 'Quang', 'Vĩnh', 'Xuân', 'Trung', 'Khánh', 'Sơn', 'Hải', 'Lâm'] as syl;

with need as (
  select greatest(0, ${units} - (select count(*) from public.units))::int as n
),
split as (
  select greatest(1, n / 10) as districts, n - greatest(1, n / 10) as communes, n from need
),
districts as (
  insert into public.units (code, name, short_name, kind, parent_id, sort_order)
  select format('QG-H%s', lpad(g::text, 4, '0')),
         format('Ủy ban nhân dân huyện %s %s', s.syl[1 + g % 24], s.syl[1 + (g / 24 + 7) % 24]),
         format('UBND huyện %s %s', s.syl[1 + g % 24], s.syl[1 + (g / 24 + 7) % 24]),
         'district', (select id from public.units where code = 'UBND'), 100 + g
  from split, bench_names s, generate_series(1, (select districts from split where n > 0)) g
  returning id, sort_order
),
numbered as (
  select id, row_number() over (order by sort_order) as rn, count(*) over () as total from districts
)
insert into public.units (code, name, short_name, kind, parent_id, sort_order)
select format('QG-X%s', lpad(g::text, 5, '0')),
       format('Ủy ban nhân dân xã %s %s', s.syl[1 + (g * 7) % 24], s.syl[1 + (g / 24 + 3) % 24]),
       format('UBND xã %s %s', s.syl[1 + (g * 7) % 24], s.syl[1 + (g / 24 + 3) % 24]),
       'commune', d.id, 10000 + g
from split, bench_names s, generate_series(1, (select communes from split)) g
join numbered d on d.rn = 1 + g % d.total;

-- Lead units: departments, agencies and districts lead most tasks, communes some.
create temp table bench_units on commit drop as
select id, kind, row_number() over (order by (kind = 'commune'), sort_order, code) - 1 as i
from public.units where kind <> 'province' and is_active;

-- ------------------------------------------------------------ plans
create temp table bench_plans on commit drop as
select gen_random_uuid() as id,
       format('%s/KH-QG', 5000 + g) as doc_number,
       y.year - 9 + (g % 10) as year,
       g
from generate_series(0, ${plans} - 1) g cross join bench_today y;

insert into public.plans (id, doc_number, title, year, issuer, issued_on, status, created_at, updated_at)
select p.id, p.doc_number,
       format('Kế hoạch cải cách hành chính năm %s — đợt %s', p.year, 1 + p.g / 10),
       p.year, 'Ủy ban nhân dân tỉnh', make_date(p.year - 1, 12, 15 + (p.g / 10) % 14),
       case when p.year < y.year then 'closed' else 'in_force' end::public.plan_status,
       make_date(p.year - 1, 12, 10)::timestamptz, make_date(p.year - 1, 12, 10)::timestamptz
from bench_plans p cross join bench_today y;

-- ------------------------------------------------------------ tasks
create temp table bench_tasks on commit drop as
with base as (
  select n as g, p.id as plan_id, p.year, pl.issued_on, n / ${plans} as k,
         random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
  from generate_series(0, ${tasks} - 1) n
  join bench_plans p on p.g = n % ${plans}
  join public.plans pl on pl.id = p.id
),
shaped as (
  select b.*,
         1 + (b.k % 6) as area_id,
         make_date(b.year, 1, 1) + (20 + floor(b.r5 * 340))::int as due0,
         (select count(*) from bench_units) as nunits
  from base b
),
dated as (
  select s.*,
         greatest(make_date(s.year, 1, 1) + 2, s.due0 - (20 + floor(s.r4 * 120))::int) as start_date,
         -- about 6% get a deadline extension, approved around the deadline
         (s.r3 < 0.06) as extended,
         s.due0 + 30 + floor(s.r3 * 1000)::int % 60 as due1,
         s.due0 - 10 + floor(s.r2 * 20)::int as approved_on
  from shaped s
),
fixed as (
  select d.*,
         (d.extended and d.approved_on <= t.today) as has_ext,
         t.today
  from dated d cross join bench_today t
),
judged as (
  select f.*,
         case when f.has_ext then f.due1 else f.due0 end as due_date,
         case when f.has_ext and f.approved_on <= f.due0 then f.due1 else f.due0 end as judged_due_date
  from fixed f
),
stated as (
  select j.*,
         case
           when j.r1 < 0.03 then 'cancelled'
           when j.start_date > j.today then 'not_started'
           when j.due_date < j.today - 30 then
             case when j.r2 < 0.86 then 'done' when j.r2 < 0.90 then 'submitted' when j.r2 < 0.93 then 'returned'
                  when j.r2 < 0.985 then 'in_progress' else 'not_started' end
           else
             case when j.r2 < 0.25 then 'done' when j.r2 < 0.35 then 'submitted' when j.r2 < 0.39 then 'returned'
                  when j.r2 < 0.90 then 'in_progress' else 'not_started' end
         end::public.task_status as status
  from judged j
),
reported as (
  select s.*,
         case when s.status in ('submitted', 'done', 'returned') then
           -- reported between a third of the way and well past the deadline, never in the future
           least(s.today - 1, greatest(s.start_date + 1,
                 s.start_date + floor((s.judged_due_date - s.start_date) * (0.35 + s.r4 * 0.85))::int))
         end as submit_day
  from stated s
)
select gen_random_uuid() as id, r.plan_id, r.year, r.issued_on, r.k, r.area_id,
       format('%s.%s.%s', r.area_id, 1 + (r.k / 6) / 100, 1 + (r.k / 6) % 100) as ordinal,
       u.id as lead_unit_id,
       r.start_date, r.due_date, r.due0 as original_due_date, r.judged_due_date,
       r.has_ext, r.approved_on, r.status, r.r1, r.r2, r.today,
       case when r.submit_day is not null
            then (r.submit_day + time '10:00' + make_interval(mins => (r.k % 300)::int)) at time zone 'Asia/Ho_Chi_Minh' end as submitted_at,
       case when r.status = 'done' then r.submit_day end as completed_on
from reported r
join bench_units u on u.i = case when r.g % 10 < 7 then (r.g * 13) % least(r.nunits, 120)
                                  else (r.g * 31) % r.nunits end;

create temp table bench_words on commit drop as
select array[
  array['Rà soát, hệ thống hóa văn bản quy phạm pháp luật về', 'Xây dựng dự thảo nghị quyết, quyết định quy định chi tiết về',
        'Kiểm tra, xử lý văn bản trái pháp luật trong lĩnh vực', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực'],
  array['Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực', 'Công bố, công khai thủ tục hành chính trong lĩnh vực',
        'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính về', 'Tiếp nhận, xử lý phản ánh, kiến nghị về'],
  array['Sắp xếp, kiện toàn tổ chức bộ máy phụ trách', 'Rà soát chức năng, nhiệm vụ của các phòng chuyên môn về',
        'Kiểm tra công tác cải cách hành chính trong lĩnh vực', 'Đánh giá mức độ hài lòng của người dân về'],
  array['Bồi dưỡng kỹ năng cho cán bộ, công chức làm công tác', 'Rà soát vị trí việc làm gắn với',
        'Tuyển dụng, sử dụng công chức theo vị trí việc làm về', 'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính trong'],
  array['Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập về', 'Quản lý, sử dụng tài sản công phục vụ',
        'Giải ngân vốn đầu tư công cho', 'Công khai ngân sách và quyết toán kinh phí về'],
  array['Triển khai dịch vụ công trực tuyến toàn trình về', 'Kết nối, chia sẻ dữ liệu dùng chung về',
        'Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính về', 'Bảo đảm an toàn thông tin cho hệ thống về']
] as verbs,
array['đất đai', 'xây dựng', 'đầu tư', 'y tế', 'giáo dục', 'tư pháp', 'hộ tịch', 'lao động, việc làm',
      'giao thông vận tải', 'tài nguyên, môi trường', 'nông nghiệp', 'công thương', 'văn hóa, du lịch',
      'thông tin, truyền thông', 'tài chính', 'nội vụ'] as fields,
array['Báo cáo kết quả thực hiện', 'Quyết định của Chủ tịch UBND', 'Kế hoạch triển khai', 'Văn bản hướng dẫn',
      'Danh mục thủ tục hành chính được công bố', 'Hệ thống được đưa vào vận hành'] as outputs;

insert into public.tasks (id, plan_id, area_id, ordinal, title, expected_output, lead_unit_id, start_date, due_date,
                          original_due_date, judged_due_date, cadence, status, progress, progress_note,
                          submitted_at, completed_on, status_reason, version, created_at, updated_at)
select t.id, t.plan_id, t.area_id, t.ordinal,
       format('%s %s năm %s', w.verbs[t.area_id][1 + t.k % 4], w.fields[1 + (t.k * 7 + t.area_id) % 16], t.year),
       w.outputs[1 + t.k % 6],
       t.lead_unit_id, t.start_date, t.due_date, t.original_due_date, t.judged_due_date,
       (array['once', 'once', 'once', 'quarterly', 'biannual', 'annual'])[1 + t.k % 6]::public.task_cadence,
       t.status,
       case when t.status in ('submitted', 'done') then 100
            when t.status = 'returned' then 80
            when t.status = 'in_progress' then 10 + (t.k * 37) % 80 else 0 end,
       case when t.status = 'in_progress' then 'Đang triển khai theo kế hoạch' end,
       t.submitted_at, t.completed_on,
       case when t.status = 'returned' then 'Minh chứng chưa đầy đủ, đề nghị bổ sung'
            when t.status = 'cancelled' then 'Không còn phù hợp sau khi sắp xếp tổ chức bộ máy' end,
       case t.status when 'not_started' then 1 when 'in_progress' then 3 when 'cancelled' then 2
                     when 'submitted' then 5 else 6 end + (case when t.has_ext then 1 else 0 end),
       (t.issued_on + 1 + time '08:00') at time zone 'Asia/Ho_Chi_Minh',
       coalesce(t.submitted_at, (t.issued_on + 1 + time '08:00') at time zone 'Asia/Ho_Chi_Minh')
from bench_tasks t cross join bench_words w;

-- ------------------------------------------------------------ evidence and extensions
insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary, created_by, created_at)
select t.id, 'document', format('%s/BC-%s', 10 + t.k % 900, t.year),
       (t.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date - 1,
       'Cơ quan chủ trì', 'Báo cáo kết quả thực hiện nhiệm vụ', null, t.submitted_at - interval '1 hour'
from bench_tasks t
where t.submitted_at is not null;

insert into public.deadline_extensions (task_id, previous_due_date, new_due_date, doc_number, doc_date, approved_on,
                                         reason, created_by, created_at)
select t.id, t.original_due_date, t.due_date, format('%s/UBND-NC', 100 + t.k % 800), t.approved_on - 2, t.approved_on,
       'Chờ hướng dẫn của bộ, ngành trung ương', null, (t.approved_on + time '15:00') at time zone 'Asia/Ho_Chi_Minh'
from bench_tasks t
where t.has_ext;

-- ------------------------------------------------------------ history
with actors as (
  select (select id from public.profiles where email = 'noivu@example.vn') as interior
),
events (task_id, occurred_at, actor_id, actor_role, action, changes) as (
  select t.id, (t.issued_on + 1 + time '08:00') at time zone 'Asia/Ho_Chi_Minh', a.interior, 'interior'::public.app_role,
         'created', jsonb_build_object('status', jsonb_build_object('old', null, 'new', 'not_started'))
  from bench_tasks t cross join actors a
  union all
  select t.id, (t.start_date + time '09:00') at time zone 'Asia/Ho_Chi_Minh', null, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'in_progress'))
  from bench_tasks t
  where t.status in ('in_progress', 'submitted', 'done', 'returned')
  union all
  select t.id,
         least(now() - interval '1 hour',
               (t.start_date + 5 + time '14:00') at time zone 'Asia/Ho_Chi_Minh',
               coalesce(t.submitted_at - interval '2 hours', now())),
         null, 'dept_head', 'updated', jsonb_build_object('progress', jsonb_build_object('old', 0, 'new', 40))
  from bench_tasks t
  where t.status in ('in_progress', 'submitted', 'done', 'returned')
  union all
  select t.id, t.submitted_at - interval '1 hour', null, 'dept_head', 'evidence_added',
         jsonb_build_object('kind', 'document', 'summary', 'Báo cáo kết quả thực hiện nhiệm vụ')
  from bench_tasks t
  where t.submitted_at is not null
  union all
  select t.id, t.submitted_at, null, 'dept_head',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'in_progress', 'new', 'submitted'))
  from bench_tasks t
  where t.submitted_at is not null
  union all
  select t.id, least(t.submitted_at + interval '18 hours', now()), a.interior, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'submitted', 'new', 'done'),
                                              'completed_on', jsonb_build_object('old', null, 'new', t.completed_on))
  from bench_tasks t cross join actors a
  where t.status = 'done'
  union all
  select t.id, least(t.submitted_at + interval '2 days', now()), a.interior, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'submitted', 'new', 'returned'),
                                              'status_reason', jsonb_build_object('old', null, 'new', 'Minh chứng chưa đầy đủ, đề nghị bổ sung'))
  from bench_tasks t cross join actors a
  where t.status = 'returned'
  union all
  select t.id, least((greatest(t.issued_on, t.start_date) + 45 + time '10:00') at time zone 'Asia/Ho_Chi_Minh', now()),
         a.interior, 'interior',
         'status_changed', jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'cancelled'),
                                              'status_reason', jsonb_build_object('old', null, 'new', 'Không còn phù hợp sau khi sắp xếp tổ chức bộ máy'))
  from bench_tasks t cross join actors a
  where t.status = 'cancelled'
  union all
  select t.id, (t.approved_on + time '15:00') at time zone 'Asia/Ho_Chi_Minh', a.interior, 'interior',
         'deadline_extended', jsonb_build_object('new_due_date', t.due_date, 'approved_on', t.approved_on)
  from bench_tasks t cross join actors a
  where t.has_ext
)
insert into public.task_events (task_id, occurred_at, actor_id, actor_role, action, changes)
select task_id, occurred_at, actor_id, actor_role, action, changes from events
order by occurred_at;

commit;
analyze;
`;
}

export interface DatasetCounts {
  units: number;
  plans: number;
  tasks: number;
  task_events: number;
  evidence: number;
  deadline_extensions: number;
}

export const countSql = `select
  (select count(*) from public.units)::int as units,
  (select count(*) from public.plans)::int as plans,
  (select count(*) from public.tasks)::int as tasks,
  (select count(*) from public.task_events)::int as task_events,
  (select count(*) from public.evidence)::int as evidence,
  (select count(*) from public.deadline_extensions)::int as deadline_extensions`;
