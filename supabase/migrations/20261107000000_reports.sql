-- Periodic reports (báo cáo định kỳ) on a plan: quarter I, 6 months, 9 months
-- and the year.  Home Affairs (interior) compiles a draft, edits its narrative
-- and submits it; submission freezes every figure, as of the data cut-off,
-- into `snapshot` in one transaction, and from then on the report never
-- changes.  A correction is a new version that supersedes the old one when it
-- is itself submitted.
--
-- Data cut-offs (Ministry of Home Affairs rules): every period starts on 15/12
-- of the previous year and ends on the 14th of its last month
-- (Q1 14/3, 6 months 14/6, 9 months 14/9, year 14/12); the report is due by
-- the 20th of that month.

create type public.report_period as enum ('q1', 'h1', 'q3', 'annual');
create type public.report_status as enum ('draft', 'submitted', 'superseded');

-- ---------------------------------------------------------------- period dates
create or replace function private.report_last_month(p public.report_period)
returns integer
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case p when 'q1' then 3 when 'h1' then 6 when 'q3' then 9 else 12 end;
$$;

create or replace function private.report_data_from(p public.report_period, y integer)
returns date
language sql
immutable
parallel safe
set search_path = ''
as $$
  select make_date(y - 1, 12, 15);
$$;

create or replace function private.report_data_to(p public.report_period, y integer)
returns date
language sql
immutable
parallel safe
set search_path = ''
as $$
  select make_date(y, private.report_last_month(p), 14);
$$;

create or replace function private.report_due_on(p public.report_period, y integer)
returns date
language sql
immutable
parallel safe
set search_path = ''
as $$
  select make_date(y, private.report_last_month(p), 20);
$$;

-- The period reported just before this one: 9 months -> 6 months -> Q1 ->
-- last year's annual report.
create or replace function private.report_previous(p public.report_period, y integer, out period public.report_period, out year integer)
language sql
immutable
set search_path = ''
as $$
  select case p when 'q1' then 'annual'::public.report_period when 'h1' then 'q1'::public.report_period
                when 'q3' then 'h1'::public.report_period else 'q3'::public.report_period end,
         case p when 'q1' then y - 1 else y end;
$$;

-- The narrative per reform area: {"1": "...", …, "6": "..."}.
create or replace function private.report_area_results_valid(v jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(v) = 'object' and not exists (
    select 1 from jsonb_each(v) e
     where e.key !~ '^[1-6]$' or jsonb_typeof(e.value) <> 'string' or char_length(e.value #>> '{}') > 20000);
$$;

grant execute on function private.report_last_month(public.report_period) to authenticated, service_role;
grant execute on function private.report_data_from(public.report_period, integer) to authenticated, service_role;
grant execute on function private.report_data_to(public.report_period, integer) to authenticated, service_role;
grant execute on function private.report_due_on(public.report_period, integer) to authenticated, service_role;
grant execute on function private.report_previous(public.report_period, integer) to authenticated, service_role;
grant execute on function private.report_area_results_valid(jsonb) to authenticated, service_role;

-- ---------------------------------------------------------------- table
create table public.reports (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references public.plans (id) on delete restrict,
  period public.report_period not null,
  year smallint not null,
  data_from date generated always as (private.report_data_from(period, year)) stored,
  data_to date generated always as (private.report_data_to(period, year)) stored,
  due_on date generated always as (private.report_due_on(period, year)) stored,
  version integer not null default 1,
  supersedes_id uuid references public.reports (id) on delete restrict,
  status public.report_status not null default 'draft',
  -- the document: number (312/BC-UBND), date, recipients and signer
  doc_number text,
  doc_date date,
  recipients text,
  signer_title text not null default 'vice_chairman',
  signer_name text,
  -- narrative that Home Affairs writes (prefilled with the figures as text)
  overview text,
  area_results jsonb not null default '{}'::jsonb,
  shortcomings text,
  proposals text,
  -- every figure as of the cut-off, frozen on submission
  snapshot jsonb,
  submitted_at timestamptz,
  submitted_by uuid references public.profiles (id) on delete restrict,
  created_by uuid references public.profiles (id) on delete restrict default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint reports_plan_period_version_key unique (plan_id, period, year, version),
  constraint reports_year_range check (year between 2000 and 2100),
  constraint reports_version_positive check (version >= 1),
  constraint reports_doc_number_format check (
    doc_number is null or (doc_number ~ '^[0-9]+/[[:alnum:]Đđ-]+$' and char_length(doc_number) <= 60)),
  constraint reports_doc_date_after_cutoff check (doc_date is null or doc_date >= private.report_data_to(period, year)),
  constraint reports_narrative_length check (
    coalesce(char_length(overview), 0) <= 20000
    and coalesce(char_length(shortcomings), 0) <= 20000
    and coalesce(char_length(proposals), 0) <= 20000),
  constraint reports_area_results_shape check (private.report_area_results_valid(area_results)),
  constraint reports_recipients_length check (recipients is null or char_length(recipients) <= 2000),
  constraint reports_signer_title check (signer_title in ('chairman', 'vice_chairman')),
  constraint reports_signer_name_length check (signer_name is null or char_length(btrim(signer_name)) between 2 and 100),
  constraint reports_snapshot_when_submitted check ((status = 'draft') = (snapshot is null)),
  constraint reports_submitted_complete check (
    status = 'draft' or (doc_number is not null and doc_date is not null and signer_name is not null and submitted_at is not null))
);
create index reports_supersedes_id_idx on public.reports (supersedes_id);
create index reports_submitted_by_idx on public.reports (submitted_by);
create index reports_created_by_idx on public.reports (created_by);
create index reports_year_idx on public.reports (year);
-- One draft and one submitted report per plan and period at a time.
create unique index reports_one_draft on public.reports (plan_id, period, year) where status = 'draft';
create unique index reports_one_submitted on public.reports (plan_id, period, year) where status = 'submitted';

create trigger reports_touch before update on public.reports
  for each row execute function private.touch_updated_at();

-- ---------------------------------------------------------------- wording helpers
create or replace function private.vi_percent(num integer, den integer)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when coalesce(den, 0) <= 0 then '—'
    else replace(rtrim(rtrim(to_char(round(num * 100.0 / den, 2), 'FM99990.00'), '0'), '.'), '.', ',') || '%' end;
$$;

create or replace function private.vi_date(d date)
returns text
language sql
immutable
set search_path = ''
as $$
  select to_char(d, 'DD/MM/YYYY');
$$;

grant execute on function private.vi_percent(integer, integer) to authenticated, service_role;
grant execute on function private.vi_date(date) to authenticated, service_role;

-- The narrative a new draft starts from: the figures as of p_as_of written out.
-- Security invoker: reads what the caller may read.
create or replace function private.report_prefill(p_plan_id uuid, p_as_of date)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  plan_row public.plans;
  whole record;
  f record;
  areas jsonb := '{}'::jsonb;
  area_text text;
  done_list text;
  overdue_list text;
  overview text;
  shortcomings text;
  units_overdue text;
  lead_units integer;
begin
  select * into plan_row from public.plans where id = p_plan_id;
  select * into whole from public.plan_figures(p_plan_id, p_as_of) where area_id is null;

  select count(distinct s.lead_unit_id)::int into lead_units
    from public.tasks_as_of(p_plan_id, p_as_of) s where s.timeliness <> 'cancelled';
  overview := format(
    'Kế hoạch số %s%s của %s giao %s nhiệm vụ cho %s cơ quan, đơn vị chủ trì thực hiện%s. Đến ngày %s, các cơ quan, đơn vị đã hoàn thành %s/%s nhiệm vụ (%s); Sở Nội vụ theo dõi, đôn đốc và tổng hợp kết quả thực hiện trên hệ thống theo dõi kế hoạch.',
    plan_row.doc_number, coalesce(' ngày ' || private.vi_date(plan_row.issued_on), ''), plan_row.issuer,
    whole.total, lead_units,
    case when whole.cancelled > 0 then format(' (không tính %s nhiệm vụ đã hủy theo điều chỉnh kế hoạch)', whole.cancelled) else '' end,
    private.vi_date(p_as_of), whole.done, whole.total, private.vi_percent(whole.done, whole.total));

  for f in select * from public.plan_figures(p_plan_id, p_as_of) where area_id is not null loop
    if f.total = 0 then
      area_text := 'Không có nhiệm vụ được giao thuộc lĩnh vực này trong kỳ.';
    else
      area_text := format(
        'Đã hoàn thành %s/%s nhiệm vụ (%s), trong đó %s nhiệm vụ đúng hạn, %s nhiệm vụ quá hạn; %s nhiệm vụ chưa hoàn thành, còn trong hạn; %s nhiệm vụ chưa hoàn thành, quá hạn.',
        f.done, f.total, private.vi_percent(f.done, f.total), f.done_on_time, f.done_late, f.open_not_due, f.open_overdue);
      select string_agg(format('- %s (%s, hoàn thành ngày %s%s).', t.title, coalesce(u.short_name, u.name),
                               private.vi_date(s.completed_on), case when s.timeliness = 'done_late' then ', quá hạn' else '' end),
                        E'\n' order by string_to_array(s.ordinal, '.')::int[])
        into done_list
        from public.tasks_as_of(p_plan_id, p_as_of) s
        join public.tasks t on t.id = s.task_id
        join public.units u on u.id = s.lead_unit_id
       where s.area_id = f.area_id and s.timeliness in ('done_on_time', 'done_late');
      select string_agg(format('- %s (%s, quá hạn %s ngày).', t.title, coalesce(u.short_name, u.name), s.days_late),
                        E'\n' order by string_to_array(s.ordinal, '.')::int[])
        into overdue_list
        from public.tasks_as_of(p_plan_id, p_as_of) s
        join public.tasks t on t.id = s.task_id
        join public.units u on u.id = s.lead_unit_id
       where s.area_id = f.area_id and s.timeliness = 'open_overdue';
      if done_list is not null then
        area_text := area_text || E'\nCác nhiệm vụ đã hoàn thành:\n' || done_list;
      end if;
      if overdue_list is not null then
        area_text := area_text || E'\nCác nhiệm vụ chưa hoàn thành, quá hạn:\n' || overdue_list;
      end if;
    end if;
    areas := areas || jsonb_build_object(f.area_id::text, area_text);
  end loop;

  if whole.open_overdue > 0 then
    select string_agg(format('%s (%s)', x.name, x.n), ', ' order by x.n desc, x.name)
      into units_overdue
      from (select coalesce(u.short_name, u.name) as name, count(*) as n
              from public.tasks_as_of(p_plan_id, p_as_of) s
              join public.units u on u.id = s.lead_unit_id
             where s.timeliness = 'open_overdue'
             group by 1) x;
    shortcomings := format(
      'Còn %s/%s nhiệm vụ chưa hoàn thành, quá hạn (chiếm %s)%s. Các cơ quan, đơn vị có nhiệm vụ quá hạn: %s.',
      whole.open_overdue, whole.total, private.vi_percent(whole.open_overdue, whole.total),
      case when whole.overdue_over_30 > 0
        then ', trong đó ' || concat_ws(', ',
               format('%s nhiệm vụ quá hạn trên 30 ngày', whole.overdue_over_30),
               case when whole.overdue_over_90 > 0 then format('%s nhiệm vụ quá hạn trên 90 ngày', whole.overdue_over_90) end,
               case when whole.overdue_over_120 > 0 then format('%s nhiệm vụ quá hạn trên 120 ngày', whole.overdue_over_120) end)
        else '' end,
      units_overdue);
  else
    shortcomings := 'Không có nhiệm vụ chưa hoàn thành quá hạn.';
  end if;
  if whole.done_late > 0 then
    shortcomings := shortcomings || format(' Có %s nhiệm vụ hoàn thành nhưng chậm so với thời hạn được giao.', whole.done_late);
  end if;

  return jsonb_build_object(
    'overview', overview,
    'area_results', areas,
    'shortcomings', shortcomings,
    'proposals',
      'Đề nghị Thủ trưởng các cơ quan, đơn vị tập trung chỉ đạo hoàn thành dứt điểm các nhiệm vụ còn quá hạn; cập nhật đầy đủ, kịp thời tiến độ và minh chứng kết quả thực hiện nhiệm vụ trên hệ thống.'
      || E'\n' || 'Giao Sở Nội vụ theo dõi, đôn đốc và tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trong kỳ báo cáo tiếp theo.');
end;
$$;

grant execute on function private.report_prefill(uuid, date) to authenticated, service_role;

-- ---------------------------------------------------------------- figures
-- A plan's headline figures as of a day, for a comparison: the same plan for
-- an earlier period of its year, the previous year's plan otherwise.
create or replace function private.report_comparison(p_plan_id uuid, p_period public.report_period, p_year integer)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  base public.plans;
  target public.plans;
  as_of date := private.report_data_to(p_period, p_year);
begin
  select * into base from public.plans where id = p_plan_id;
  if base.id is null or as_of > private.local_date(now()) then
    return null;
  end if;
  if p_year = base.year then
    target := base;
  else
    select * into target from public.plans p
     where p.year = p_year and p.status <> 'draft'
     order by (p.issuer = base.issuer) desc, p.issued_on desc nulls last, p.created_at desc
     limit 1;
    if target.id is null then
      return null;
    end if;
  end if;
  return jsonb_build_object(
    'period', p_period,
    'year', p_year,
    'as_of', as_of,
    'plan', jsonb_build_object('id', target.id, 'doc_number', target.doc_number, 'year', target.year),
    'figures', (select coalesce(jsonb_agg(to_jsonb(f) order by f.area_id nulls first), '[]'::jsonb)
                  from public.plan_figures(target.id, as_of) f));
end;
$$;

grant execute on function private.report_comparison(uuid, public.report_period, integer) to authenticated, service_role;

-- Everything a report shows, as of its cut-off (or today, while the cut-off
-- has not come yet): the plan, its figures per area and overall, the lead
-- units ranked, every task with its state, timeliness and evidence at the
-- cut-off, and the comparisons with the previous period and the same period
-- last year.  Drafts show this live; submission stores it in `snapshot`.
-- Security invoker: the caller's row-level security applies.
create or replace function public.report_preview(p_plan_id uuid, p_period public.report_period, p_year integer)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  data_to date := private.report_data_to(p_period, p_year);
  as_of date := least(private.report_data_to(p_period, p_year), private.local_date(now()));
  prev record;
  plan_json jsonb;
begin
  select jsonb_build_object('id', p.id, 'doc_number', p.doc_number, 'title', p.title, 'year', p.year,
                            'issuer', p.issuer, 'issued_on', p.issued_on, 'status', p.status)
    into plan_json
    from public.plans p where p.id = p_plan_id;
  if plan_json is null then
    return null;
  end if;
  select * into prev from private.report_previous(p_period, p_year);
  return jsonb_build_object(
    'format', 1,
    'computed_at', now(),
    'period', p_period,
    'year', p_year,
    'data_from', private.report_data_from(p_period, p_year),
    'data_to', data_to,
    'due_on', private.report_due_on(p_period, p_year),
    'as_of', as_of,
    'provisional', as_of < data_to,
    'plan', plan_json,
    'areas', (select jsonb_agg(jsonb_build_object('id', a.id, 'name_vi', a.name_vi, 'name_en', a.name_en) order by a.id)
                from public.reform_areas a),
    'figures', (select coalesce(jsonb_agg(to_jsonb(f) order by f.area_id nulls first), '[]'::jsonb)
                  from public.plan_figures(p_plan_id, as_of) f),
    'units', (select coalesce(jsonb_agg(to_jsonb(u) order by u.rank, u.unit_name), '[]'::jsonb)
                from public.unit_figures(p_plan_id, as_of) u),
    'tasks', (select coalesce(jsonb_agg(jsonb_build_object(
                  'task_id', s.task_id,
                  'area_id', s.area_id,
                  'ordinal', s.ordinal,
                  'title', t.title,
                  'expected_output', t.expected_output,
                  'lead_unit', coalesce(u.short_name, u.name),
                  'lead_unit_name', u.name,
                  'status', s.status,
                  'deadline', s.deadline,
                  'completed_on', s.completed_on,
                  'timeliness', s.timeliness,
                  'days_late', s.days_late,
                  'evidence', (select coalesce(jsonb_agg(jsonb_build_object(
                                   'kind', e.kind, 'doc_number', e.doc_number, 'doc_date', e.doc_date,
                                   'name', coalesce(e.file_name, e.url)) order by e.created_at, e.id), '[]'::jsonb)
                                 from public.evidence e
                                where e.task_id = s.task_id and e.created_at < private.end_of_day(as_of)))
                order by s.area_id, string_to_array(s.ordinal, '.')::int[]), '[]'::jsonb)
                from public.tasks_as_of(p_plan_id, as_of) s
                join public.tasks t on t.id = s.task_id
                join public.units u on u.id = s.lead_unit_id),
    'previous', private.report_comparison(p_plan_id, prev.period, prev.year),
    'last_year', private.report_comparison(p_plan_id, p_period, p_year - 1));
end;
$$;

-- What a report shows: its frozen snapshot once submitted, live figures while a draft.
create or replace function public.report_data(p_report_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  r public.reports;
begin
  select * into r from public.reports where id = p_report_id;
  if r.id is null then
    return null;
  end if;
  if r.snapshot is not null then
    return r.snapshot;
  end if;
  return public.report_preview(r.plan_id, r.period, r.year);
end;
$$;

-- ---------------------------------------------------------------- access
alter table public.reports enable row level security;

create policy "members read reports" on public.reports
  for select to authenticated using ((select private.has_role()));
create policy "interior creates reports" on public.reports
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
-- Only drafts change: the guard below refuses the rest with a readable message.
create policy "interior edits reports" on public.reports
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior discards draft reports" on public.reports
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

grant select, insert, update, delete on public.reports to authenticated;

create or replace function private.guard_report()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  plan_row public.plans;
  target public.reports;
  prefill jsonb;
begin
  if tg_op = 'DELETE' then
    if old.status <> 'draft' then
      perform private.raise_rule('RT423', 'report_locked',
        format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(old.doc_number, '')),
        jsonb_build_object('doc_number', coalesce(old.doc_number, '')));
    end if;
    return old;
  end if;

  if tg_op = 'UPDATE' then
    if old.status <> 'draft' then
      -- The one change a submitted report takes: marked superseded when its
      -- next version is submitted (by private.finalize_report, not the API).
      if old.status = 'submitted' and new.status = 'superseded' and not private.is_api_user()
         and (to_jsonb(new) - array['status', 'updated_at', 'data_from', 'data_to', 'due_on'])
           = (to_jsonb(old) - array['status', 'updated_at', 'data_from', 'data_to', 'due_on']) then
        return new;
      end if;
      perform private.raise_rule('RT423', 'report_locked',
        format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(old.doc_number, '')),
        jsonb_build_object('doc_number', coalesce(old.doc_number, '')));
    end if;
    if private.is_api_user() then
      if new.plan_id <> old.plan_id or new.period <> old.period or new.year <> old.year
         or new.version <> old.version or new.supersedes_id is distinct from old.supersedes_id
         or new.created_by is distinct from old.created_by or new.created_at <> old.created_at then
        perform private.raise_rule('RT403', 'report_fixed_columns',
          'Không được đổi kế hoạch, kỳ báo cáo, năm hoặc phiên bản của báo cáo; hãy lập báo cáo khác.');
      end if;
      if new.status <> old.status or new.snapshot is distinct from old.snapshot
         or new.submitted_at is distinct from old.submitted_at or new.submitted_by is distinct from old.submitted_by then
        perform private.raise_rule('RT403', 'report_submit_via_rpc',
          'Báo cáo chỉ được gửi bằng chức năng "Gửi báo cáo", để số liệu được chốt tại ngày chốt số liệu.');
      end if;
    end if;
    return new;
  end if;

  -- INSERT
  if private.is_api_user() then
    new.status := 'draft';
    new.snapshot := null;
    new.submitted_at := null;
    new.submitted_by := null;
    new.created_by := auth.uid();
    new.created_at := now();
  end if;

  if new.supersedes_id is not null then
    select * into target from public.reports where id = new.supersedes_id;
    if target.id is null or target.status <> 'submitted' then
      perform private.raise_rule('RT422', 'report_supersede_not_submitted',
        'Chỉ báo cáo đã gửi (và chưa bị thay thế) mới lập được phiên bản thay thế.');
    end if;
    if exists (select 1 from public.reports r where r.supersedes_id = target.id) then
      perform private.raise_rule('RT422', 'report_already_superseded',
        'Báo cáo này đã có phiên bản thay thế; hãy mở phiên bản mới nhất.');
    end if;
    new.plan_id := target.plan_id;
    new.period := target.period;
    new.year := target.year;
    new.version := target.version + 1;
  elsif private.is_api_user() then
    new.version := 1;
  end if;

  select * into plan_row from public.plans where id = new.plan_id;
  if plan_row.id is not null then
    if plan_row.status = 'draft' then
      perform private.raise_rule('RT422', 'report_plan_draft', 'Kế hoạch chưa ban hành, chưa thể lập báo cáo.');
    end if;
    if new.year <> plan_row.year then
      perform private.raise_rule('RT422', 'report_year_plan',
        format('Năm báo cáo phải là năm của kế hoạch (%s).', plan_row.year),
        jsonb_build_object('year', plan_row.year));
    end if;
  end if;

  if new.doc_date is null then
    new.doc_date := case when new.version = 1 then private.report_due_on(new.period, new.year)
                         else greatest(private.local_date(now()), private.report_data_to(new.period, new.year)) end;
  end if;
  if new.recipients is null then
    new.recipients := concat_ws(E'\n',
      'Bộ Nội vụ;', 'Thường trực Tỉnh ủy;', 'Thường trực HĐND tỉnh;', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
      'Thành viên Ban Chỉ đạo CCHC tỉnh;', 'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;', 'Lưu: VT, SNV.');
  end if;
  if plan_row.id is not null and (new.overview is null or new.area_results = '{}'::jsonb or new.shortcomings is null or new.proposals is null) then
    prefill := private.report_prefill(new.plan_id, least(private.report_data_to(new.period, new.year), private.local_date(now())));
    new.overview := coalesce(new.overview, prefill ->> 'overview');
    if new.area_results = '{}'::jsonb then
      new.area_results := prefill -> 'area_results';
    end if;
    new.shortcomings := coalesce(new.shortcomings, prefill ->> 'shortcomings');
    new.proposals := coalesce(new.proposals, prefill ->> 'proposals');
  end if;
  return new;
end;
$$;

create trigger reports_guard before insert or update or delete on public.reports
  for each row execute function private.guard_report();

-- ---------------------------------------------------------------- submit / supersede
-- Writes the submission (security definer: the one path that sets status and
-- snapshot).  Only reachable from public.submit_report.
create or replace function private.finalize_report(p_report_id uuid, p_snapshot jsonb)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.reports;
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  end if;
  select * into r from public.reports where id = p_report_id for update;
  if r.status <> 'draft' then
    perform private.raise_rule('RT423', 'report_locked',
      format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(r.doc_number, '')),
      jsonb_build_object('doc_number', coalesce(r.doc_number, '')));
  end if;
  if r.supersedes_id is not null then
    update public.reports set status = 'superseded' where id = r.supersedes_id and status = 'submitted';
  end if;
  update public.reports
     set status = 'submitted', snapshot = p_snapshot, submitted_at = now(), submitted_by = auth.uid()
   where id = p_report_id
  returning * into r;
  return r;
end;
$$;

revoke all on function private.finalize_report(uuid, jsonb) from public;
grant execute on function private.finalize_report(uuid, jsonb) to authenticated;

-- Submits a draft: checks it is complete and its cut-off has passed, computes
-- every figure as of the cut-off and stores it, all in one transaction.
create or replace function public.submit_report(p_report_id uuid)
returns public.reports
language plpgsql
security invoker
set search_path = ''
as $$
declare
  r public.reports;
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  end if;
  select * into r from public.reports where id = p_report_id for update;
  if r.id is null then
    perform private.raise_rule('RT422', 'report_not_found', 'Không tìm thấy báo cáo.');
  end if;
  if r.status <> 'draft' then
    perform private.raise_rule('RT423', 'report_locked',
      format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(r.doc_number, '')),
      jsonb_build_object('doc_number', coalesce(r.doc_number, '')));
  end if;
  if r.data_to >= private.local_date(now()) then
    perform private.raise_rule('RT422', 'report_cutoff_not_reached',
      format('Chưa qua ngày chốt số liệu (%s): chưa thể gửi báo cáo.', private.vi_date(r.data_to)),
      jsonb_build_object('date', private.vi_date(r.data_to)));
  end if;
  if nullif(btrim(r.doc_number), '') is null then
    perform private.raise_rule('RT422', 'report_needs_doc_number', 'Cần ghi số, ký hiệu của báo cáo (ví dụ: 312/BC-UBND) trước khi gửi.');
  end if;
  if nullif(btrim(r.signer_name), '') is null then
    perform private.raise_rule('RT422', 'report_needs_signer', 'Cần ghi họ tên người ký báo cáo trước khi gửi.');
  end if;
  if r.doc_date is null then
    perform private.raise_rule('RT422', 'report_needs_doc_date', 'Cần ghi ngày ban hành báo cáo trước khi gửi.');
  end if;
  return private.finalize_report(r.id, public.report_preview(r.plan_id, r.period, r.year));
end;
$$;

-- Starts the next version of a submitted report, as a draft with the same
-- narrative.  The old version stays in force until the new one is submitted.
create or replace function public.supersede_report(p_report_id uuid)
returns public.reports
language plpgsql
security invoker
set search_path = ''
as $$
declare
  old_row public.reports;
  new_row public.reports;
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  end if;
  select * into old_row from public.reports where id = p_report_id;
  if old_row.id is null then
    perform private.raise_rule('RT422', 'report_not_found', 'Không tìm thấy báo cáo.');
  end if;
  insert into public.reports (plan_id, period, year, supersedes_id, recipients, signer_title, signer_name,
                              overview, area_results, shortcomings, proposals)
  values (old_row.plan_id, old_row.period, old_row.year, old_row.id, old_row.recipients, old_row.signer_title, old_row.signer_name,
          old_row.overview, old_row.area_results, old_row.shortcomings, old_row.proposals)
  returning * into new_row;
  return new_row;
end;
$$;

revoke execute on function public.report_preview(uuid, public.report_period, integer) from public, anon;
revoke execute on function public.report_data(uuid) from public, anon;
revoke execute on function public.submit_report(uuid) from public, anon;
revoke execute on function public.supersede_report(uuid) from public, anon;
grant execute on function public.report_preview(uuid, public.report_period, integer) to authenticated;
grant execute on function public.report_data(uuid) to authenticated;
grant execute on function public.submit_report(uuid) to authenticated;
grant execute on function public.supersede_report(uuid) to authenticated;
