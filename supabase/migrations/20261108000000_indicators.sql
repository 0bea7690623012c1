-- Indicators (chỉ tiêu) and their recorded values.
--
-- An indicator is a figure the province tracks against a target, such as the
-- share of dossiers settled on time (≥ 98%).  Each value is a numerator and a
-- denominator for one period and one unit (no unit: the whole province); the
-- rate is numerator / denominator × 100, rounded to two decimals, and it is
-- achieved when it meets the target in the indicator's direction.
--
-- Periods follow the periodic reports: Q1, 6 months, 9 months and the whole
-- year, each counted from the report cut-off of 15/12 of the year before
-- (Q1 15/12–14/3, 6 months 15/12–14/6, 9 months 15/12–14/9, year 15/12–14/12).
--
-- Everyone with a role reads; only Home Affairs (interior) records values and
-- manages indicators.

create type public.indicator_direction as enum ('at_least', 'at_most');
create type public.indicator_period as enum ('q1', 'h1', 'q3', 'annual');

create table public.indicators (
  id uuid primary key default gen_random_uuid(),
  code text not null,
  area_id smallint not null references public.reform_areas (id),
  name_vi text not null,
  name_en text not null,
  unit_label text not null default '%',
  target numeric(9, 2) not null,
  direction public.indicator_direction not null default 'at_least',
  -- true: the numerator is a part of the denominator (a share), so it can never exceed it
  is_rate boolean not null default true,
  description text,
  sort_order integer not null default 0,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint indicators_code_key unique (code),
  constraint indicators_code_format check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,31}$'),
  constraint indicators_name_vi_length check (char_length(btrim(name_vi)) between 5 and 300),
  constraint indicators_name_en_length check (char_length(btrim(name_en)) between 5 and 300),
  constraint indicators_unit_label_length check (char_length(btrim(unit_label)) between 1 and 20),
  constraint indicators_target_range check (target >= 0 and (not is_rate or target <= 100)),
  constraint indicators_description_length check (description is null or char_length(description) <= 2000)
);
create index indicators_area_id_idx on public.indicators (area_id);

create table public.indicator_values (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references public.indicators (id) on delete restrict,
  unit_id uuid references public.units (id) on delete restrict,
  year smallint not null,
  period public.indicator_period not null,
  numerator numeric(16, 2) not null,
  denominator numeric(16, 2) not null,
  note text,
  recorded_by uuid references auth.users (id) on delete set null default auth.uid(),
  recorded_at timestamptz not null default now(),
  version integer not null default 1,
  constraint indicator_values_period_key unique nulls not distinct (indicator_id, unit_id, year, period),
  constraint indicator_values_year_range check (year between 2000 and 2100),
  constraint indicator_values_numerator_nonnegative check (numerator >= 0),
  constraint indicator_values_denominator_positive check (denominator > 0),
  constraint indicator_values_note_length check (note is null or char_length(note) <= 1000)
);
create index indicator_values_unit_id_idx on public.indicator_values (unit_id);
create index indicator_values_recorded_by_idx on public.indicator_values (recorded_by);

create trigger indicators_touch before update on public.indicators
  for each row execute function private.touch_updated_at();

-- ---------------------------------------------------------------- periods
create or replace function private.period_rank(p public.indicator_period)
returns smallint
language sql
immutable
set search_path = ''
as $$
  select case p when 'q1' then 1 when 'h1' then 2 when 'q3' then 3 when 'annual' then 4 end::smallint;
$$;

-- '2024-Q1', '2024-H1', '2024-Q3' (nine months), '2024' (the whole year).
create or replace function private.period_code(y smallint, p public.indicator_period)
returns text
language sql
immutable
set search_path = ''
as $$
  select y::text || case p when 'q1' then '-Q1' when 'h1' then '-H1' when 'q3' then '-Q3' else '' end;
$$;

-- First and last day of the data a period covers (report cut-offs).
create or replace function private.period_start(y smallint, p public.indicator_period)
returns date
language sql
immutable
set search_path = ''
as $$
  select make_date(y - 1, 12, 15);
$$;

create or replace function private.period_end(y smallint, p public.indicator_period)
returns date
language sql
immutable
set search_path = ''
as $$
  select make_date(y, case p when 'q1' then 3 when 'h1' then 6 when 'q3' then 9 else 12 end, 14);
$$;

grant execute on function private.period_rank(public.indicator_period) to authenticated, service_role;
grant execute on function private.period_code(smallint, public.indicator_period) to authenticated, service_role;
grant execute on function private.period_start(smallint, public.indicator_period) to authenticated, service_role;
grant execute on function private.period_end(smallint, public.indicator_period) to authenticated, service_role;

-- ---------------------------------------------------------------- row-level security
alter table public.indicators enable row level security;
alter table public.indicator_values enable row level security;

create policy "members read indicators" on public.indicators
  for select to authenticated using ((select private.has_role()));
create policy "interior adds indicators" on public.indicators
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits indicators" on public.indicators
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
-- Only indicators without values: the foreign key refuses the others (deactivate them instead).
create policy "interior deletes unused indicators" on public.indicators
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

create policy "members read indicator values" on public.indicator_values
  for select to authenticated using ((select private.has_role()));
create policy "interior records indicator values" on public.indicator_values
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits indicator values" on public.indicator_values
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior removes indicator values" on public.indicator_values
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

-- ---------------------------------------------------------------- rules
create or replace function private.guard_indicator()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.is_rate and not old.is_rate and exists (
    select 1 from public.indicator_values v where v.indicator_id = new.id and v.numerator > v.denominator
  ) then
    perform private.raise_rule('RT422', 'indicator_rate_values_over',
      'Chỉ tiêu đã có số liệu tử số lớn hơn mẫu số nên không thể chuyển thành chỉ tiêu tỷ lệ.');
  end if;
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
  elsif new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'indicator_fixed_columns', 'Không được sửa ngày tạo chỉ tiêu.');
  end if;
  return new;
end;
$$;
create trigger indicators_guard before insert or update on public.indicators
  for each row execute function private.guard_indicator();

-- An indicator with values is kept (deactivate it); say so rather than let
-- the foreign key answer.
create or replace function private.guard_indicator_delete()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from public.indicator_values v where v.indicator_id = old.id) then
    perform private.raise_rule('RT422', 'indicator_has_values',
      'Chỉ tiêu đã có số liệu nên không thể xóa; hãy chuyển sang ngừng theo dõi.');
  end if;
  return old;
end;
$$;
create trigger indicators_guard_delete before delete on public.indicators
  for each row execute function private.guard_indicator_delete();

create or replace function private.guard_indicator_value()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  ind public.indicators;
  starts date;
begin
  select * into ind from public.indicators i where i.id = new.indicator_id;

  -- Holds for every writer, the demo data included.
  if ind.is_rate and new.numerator > new.denominator then
    perform private.raise_rule('RT422', 'indicator_value_over_denominator',
      'Tử số không được lớn hơn mẫu số: chỉ tiêu này là một tỷ lệ.');
  end if;

  if not private.is_api_user() then
    if tg_op = 'UPDATE' then
      new.version := old.version + 1;
    end if;
    return new;
  end if;

  if tg_op = 'UPDATE' then
    if new.version is distinct from old.version + 1 then
      perform private.raise_rule('RT409', 'indicator_value_stale',
        'Số liệu này đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
    end if;
    if new.indicator_id <> old.indicator_id then
      perform private.raise_rule('RT403', 'indicator_value_fixed_columns',
        'Không được chuyển số liệu sang chỉ tiêu khác; hãy xóa và ghi lại.');
    end if;
  end if;

  if (tg_op = 'INSERT' or new.indicator_id <> old.indicator_id) and not ind.is_active then
    perform private.raise_rule('RT422', 'indicator_inactive',
      'Chỉ tiêu đã ngừng theo dõi, không thể ghi thêm số liệu.');
  end if;

  if new.unit_id is not null and (tg_op = 'INSERT' or new.unit_id is distinct from old.unit_id)
     and not exists (select 1 from public.units u where u.id = new.unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'unit_unknown', 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.');
  end if;

  starts := private.period_start(new.year, new.period);
  if starts > private.local_date(now())
     and (tg_op = 'INSERT' or new.year <> old.year or new.period <> old.period) then
    perform private.raise_rule('RT422', 'indicator_period_future',
      format('Kỳ báo cáo này chưa bắt đầu (số liệu tính từ ngày %s), chưa thể ghi số liệu.', to_char(starts, 'DD/MM/YYYY')),
      jsonb_build_object('from', to_char(starts, 'DD/MM/YYYY')));
  end if;

  new.recorded_by := auth.uid();
  new.recorded_at := now();
  new.version := case when tg_op = 'INSERT' then 1 else old.version + 1 end;
  return new;
end;
$$;
create trigger indicator_values_guard before insert or update on public.indicator_values
  for each row execute function private.guard_indicator_value();

-- ---------------------------------------------------------------- figures
-- Every value with its period, its rate (two decimals) and whether it meets
-- the target.  security_invoker: the caller's row-level security applies.
create view public.indicator_value_rates with (security_invoker = on) as
select
  v.id,
  v.indicator_id,
  v.unit_id,
  v.year,
  v.period,
  private.period_code(v.year, v.period) as period_code,
  (v.year * 10 + private.period_rank(v.period))::int as period_order,
  private.period_start(v.year, v.period) as period_start,
  private.period_end(v.year, v.period) as period_end,
  v.numerator,
  v.denominator,
  round(v.numerator / v.denominator * 100, 2) as rate,
  i.target,
  i.direction,
  case i.direction
    when 'at_least' then round(v.numerator / v.denominator * 100, 2) >= i.target
    else round(v.numerator / v.denominator * 100, 2) <= i.target
  end as achieved,
  v.note,
  v.recorded_by,
  v.recorded_at,
  v.version
from public.indicator_values v
join public.indicators i on i.id = v.indicator_id;

-- Each indicator with its latest province-wide value (no unit).
create view public.indicator_overview with (security_invoker = on) as
select
  i.id,
  i.code,
  i.area_id,
  i.name_vi,
  i.name_en,
  i.unit_label,
  i.target,
  i.direction,
  i.is_rate,
  i.description,
  i.sort_order,
  i.is_active,
  l.id as latest_value_id,
  l.year as latest_year,
  l.period as latest_period,
  l.period_code as latest_period_code,
  l.numerator as latest_numerator,
  l.denominator as latest_denominator,
  l.rate as latest_rate,
  l.achieved as latest_achieved,
  (select count(*) from public.indicator_values c where c.indicator_id = i.id)::int as value_count
from public.indicators i
left join lateral (
  select r.id, r.year, r.period, r.period_code, r.numerator, r.denominator, r.rate, r.achieved
  from public.indicator_value_rates r
  where r.indicator_id = i.id and r.unit_id is null
  order by r.period_order desc
  limit 1
) l on true;

grant select on public.indicator_value_rates, public.indicator_overview to authenticated;
