-- Units reorganise: merged into another unit, split, or renamed, each on an
-- effective date, by an administrator, in one transaction per reorganisation.
--
--   * units.valid_from / valid_to: the days a unit worked (null: since ever /
--     still working); units_as_of(day) gives the tree as it stood that day,
--     with the name it had then (unit_names keeps every former name).
--   * unit_reorganisations: one row per merger, split or renaming;
--     unit_successions: which unit took over from which.
--   * Open tasks (not done, not cancelled, in plans that are not closed) move
--     to the successor: one task_events row each, whose `changes` carry the
--     lead unit's old and new value, `effective_on` and `reorganisation_id`.
--     The task keeps its first lead unit in tasks.original_lead_unit_id.
--   * public.tasks_as_of reads the lead unit as of the day from that history,
--     so figures, rankings and reports as of a day before the change credit
--     the old unit, and after it the successor.
--   * Accounts of the unit move to the successor or are closed (role and unit
--     removed); a reorganisation that would leave a task or an account with no
--     unit is refused, and nothing changes.

-- ---------------------------------------------------------------- units: life
alter table public.units
  add column valid_from date,
  add column valid_to date,
  add constraint units_valid_dates check (
    (valid_from is null or valid_from between date '2000-01-01' and date '2100-12-31')
    and (valid_to is null or valid_to between date '2000-01-01' and date '2100-12-31')
    and (valid_from is null or valid_to is null or valid_to >= valid_from - 1));

create type public.reorganisation_kind as enum ('merge', 'split', 'rename');

create table public.unit_reorganisations (
  id uuid primary key default gen_random_uuid(),
  kind public.reorganisation_kind not null,
  effective_on date not null,
  decision text,
  note text,
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  constraint unit_reorganisations_effective_range check (effective_on between date '2000-01-01' and date '2100-12-31'),
  constraint unit_reorganisations_decision_length check (decision is null or char_length(decision) <= 200),
  constraint unit_reorganisations_note_length check (note is null or char_length(note) <= 2000)
);
create index unit_reorganisations_created_by_idx on public.unit_reorganisations (created_by);

create table public.unit_successions (
  reorganisation_id uuid not null references public.unit_reorganisations (id) on delete restrict,
  predecessor_id uuid not null references public.units (id) on delete restrict,
  successor_id uuid not null references public.units (id) on delete restrict,
  primary key (reorganisation_id, predecessor_id, successor_id),
  constraint unit_successions_not_self check (predecessor_id <> successor_id)
);
create index unit_successions_predecessor_idx on public.unit_successions (predecessor_id);
create index unit_successions_successor_idx on public.unit_successions (successor_id);

-- Former names: the name a unit had up to valid_to (inclusive).
create table public.unit_names (
  id bigint generated always as identity primary key,
  unit_id uuid not null references public.units (id) on delete cascade,
  name text not null,
  short_name text,
  valid_to date not null,
  reorganisation_id uuid references public.unit_reorganisations (id) on delete restrict,
  constraint unit_names_valid_to_range check (valid_to between date '2000-01-01' and date '2100-12-31')
);
create index unit_names_unit_idx on public.unit_names (unit_id, valid_to);
create index unit_names_reorganisation_idx on public.unit_names (reorganisation_id);

-- Tasks remember the unit that first led them.
alter table public.tasks add column original_lead_unit_id uuid references public.units (id) on delete restrict;
create index tasks_original_lead_unit_id_idx on public.tasks (original_lead_unit_id);

-- Written only by the reorganisation functions (security definer): members read.
alter table public.unit_reorganisations enable row level security;
alter table public.unit_successions enable row level security;
alter table public.unit_names enable row level security;
create policy "members read reorganisations" on public.unit_reorganisations
  for select to authenticated using ((select private.has_role()));
create policy "members read unit successions" on public.unit_successions
  for select to authenticated using ((select private.has_role()));
create policy "members read former unit names" on public.unit_names
  for select to authenticated using ((select private.has_role()));
grant select on public.unit_reorganisations, public.unit_successions, public.unit_names to authenticated;
revoke insert, update, delete, truncate on public.unit_reorganisations, public.unit_successions, public.unit_names from anon, authenticated;

-- ---------------------------------------------------------------- history context
-- A function that changes tasks on someone's behalf can add context (such as
-- the effective date of a reorganisation) to the history rows its updates
-- write: set `app.task_event_context` to a JSON object for the transaction.
create or replace function private.log_task_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
  context jsonb := nullif(current_setting('app.task_event_context', true), '')::jsonb;
begin
  if tg_op = 'INSERT' then
    perform private.record_event(new.id, 'created',
      private.diff_rows('{}'::jsonb, to_jsonb(new), array['id', 'plan_id', 'created_at', 'updated_at', 'version', 'search_text'])
      || coalesce(context, '{}'::jsonb));
    return new;
  end if;
  changes := private.diff_rows(to_jsonb(old), to_jsonb(new), array['updated_at', 'version', 'search_text']);
  if changes = '{}'::jsonb then
    return new;
  end if;
  perform private.record_event(new.id, case when changes ? 'status' then 'status_changed' else 'updated' end,
    changes || coalesce(context, '{}'::jsonb));
  return new;
end;
$$;

-- ---------------------------------------------------------------- the tree as of a day
-- The moment a lead-unit change in the history takes effect: the start of its
-- effective day for a reorganisation, otherwise when it was recorded.
create or replace function private.event_effective_at(occurred_at timestamptz, changes jsonb)
returns timestamptz
language sql
immutable
parallel safe
as $$
  select case when changes ? 'effective_on'
              then (((changes ->> 'effective_on')::date)::timestamp at time zone 'Asia/Ho_Chi_Minh')
              else occurred_at end;
$$;
grant execute on function private.event_effective_at(timestamptz, jsonb) to authenticated, service_role;

-- Every unit that was working on p_day, with the name it had that day.
create or replace function public.units_as_of(p_day date default null)
returns table (
  id uuid,
  code text,
  name text,
  short_name text,
  kind public.unit_kind,
  parent_id uuid,
  sort_order integer,
  valid_from date,
  valid_to date
)
language sql
stable
security invoker
set search_path = ''
as $$
  with d as (select coalesce(p_day, private.local_date(now())) as day)
  select u.id, u.code, coalesce(n.name, u.name), case when n.id is null then u.short_name else n.short_name end,
         u.kind, u.parent_id, u.sort_order, u.valid_from, u.valid_to
  from public.units u
  cross join d
  left join lateral (
    select x.id, x.name, x.short_name from public.unit_names x
    where x.unit_id = u.id and x.valid_to >= d.day
    order by x.valid_to asc, x.id asc
    limit 1
  ) n on true
  where (u.valid_from is null or u.valid_from <= d.day)
    and (u.valid_to is null or u.valid_to >= d.day)
    and (u.is_active or u.valid_to is not null)
  order by u.sort_order, u.code;
$$;
revoke execute on function public.units_as_of(date) from public, anon;
grant execute on function public.units_as_of(date) to authenticated;

-- Name of a unit on a day (its current name when it had no other).
create or replace function private.unit_name_as_of(p_unit_id uuid, p_day date)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(
    (select coalesce(x.short_name, x.name) from public.unit_names x
      where x.unit_id = p_unit_id and x.valid_to >= p_day order by x.valid_to, x.id limit 1),
    (select coalesce(u.short_name, u.name) from public.units u where u.id = p_unit_id));
$$;
revoke all on function private.unit_name_as_of(uuid, date) from public;
grant execute on function private.unit_name_as_of(uuid, date) to authenticated, service_role;

-- ---------------------------------------------------------------- the work of a reorganisation
-- Administrators through the API; the database owner (demo data, tests'
-- fixtures) too.  Anonymous callers have no execute right on the functions.
create or replace function private.require_admin()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if (auth.uid() is not null or coalesce(current_setting('role', true), '') in ('anon', 'authenticated'))
     and private.current_app_role() is distinct from 'admin' then
    perform private.raise_rule('RT401', 'reorg_admin_only', 'Chỉ quản trị hệ thống được sắp xếp lại đơn vị.');
  end if;
end;
$$;

create or replace function private.check_reorg_date(p_effective_on date)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if p_effective_on is null or p_effective_on < date '2000-01-01' or p_effective_on > private.local_date(now()) then
    perform private.raise_rule('RT422', 'reorg_date', 'Ngày hiệu lực phải từ 01/01/2000 đến hôm nay.');
  end if;
end;
$$;

-- Locks and checks a unit that stops working on p_effective_on.
create or replace function private.check_predecessor(p_unit_id uuid, p_effective_on date)
returns public.units
language plpgsql
set search_path = ''
as $$
declare
  u public.units;
begin
  select * into u from public.units where id = p_unit_id for update;
  if not found or not u.is_active then
    perform private.raise_rule('RT422', 'reorg_unit_inactive', 'Đơn vị được sắp xếp không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  if u.valid_from is not null and u.valid_from >= p_effective_on then
    perform private.raise_rule('RT422', 'reorg_before_unit_start', format(
      'Đơn vị %s bắt đầu hoạt động từ %s: ngày hiệu lực phải sau ngày đó.', u.name, to_char(u.valid_from, 'DD/MM/YYYY')),
      jsonb_build_object('unit', u.name, 'date', to_char(u.valid_from, 'DD/MM/YYYY')));
  end if;
  if exists (select 1 from public.units c where c.parent_id = u.id and c.is_active) then
    perform private.raise_rule('RT422', 'unit_has_active_children',
      'Đơn vị còn đơn vị cấp dưới đang hoạt động: hãy cho các đơn vị cấp dưới ngừng hoạt động hoặc chuyển đi trước.');
  end if;
  return u;
end;
$$;

create or replace function private.check_successor(p_unit_id uuid, p_effective_on date)
returns public.units
language plpgsql
set search_path = ''
as $$
declare
  u public.units;
begin
  select * into u from public.units where id = p_unit_id;
  if not found or not u.is_active then
    perform private.raise_rule('RT422', 'reorg_successor_inactive', 'Đơn vị tiếp nhận không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  if u.valid_from is not null and u.valid_from > p_effective_on then
    perform private.raise_rule('RT422', 'reorg_successor_not_started', format(
      'Đơn vị tiếp nhận %s chỉ bắt đầu hoạt động từ %s.', u.name, to_char(u.valid_from, 'DD/MM/YYYY')),
      jsonb_build_object('unit', u.name, 'date', to_char(u.valid_from, 'DD/MM/YYYY')));
  end if;
  return u;
end;
$$;

-- Moves one open task to another lead unit, as part of a reorganisation.
create or replace function private.move_task_lead(p_task_id uuid, p_successor uuid, p_reorg uuid, p_effective_on date)
returns void
language plpgsql
set search_path = ''
as $$
begin
  perform set_config('app.task_event_context',
    jsonb_build_object('effective_on', p_effective_on, 'reorganisation_id', p_reorg)::text, true);
  update public.tasks t
     set original_lead_unit_id = coalesce(t.original_lead_unit_id, t.lead_unit_id),
         lead_unit_id = p_successor
   where t.id = p_task_id;
  perform set_config('app.task_event_context', '', true);
end;
$$;

-- Tasks that move with their unit: open, in a plan that is not closed.
create or replace function private.open_tasks_of(p_unit_id uuid)
returns setof uuid
language sql
stable
set search_path = ''
as $$
  select t.id from public.tasks t join public.plans p on p.id = t.plan_id
  where t.lead_unit_id = p_unit_id and t.status not in ('done', 'cancelled') and p.status <> 'closed'
  order by t.plan_id, t.ordinal;
$$;

-- Coordinating units follow too (a merged unit no longer coordinates).
create or replace function private.move_coordinations(p_from uuid, p_to uuid)
returns void
language plpgsql
set search_path = ''
as $$
begin
  insert into public.task_coordinators (task_id, unit_id)
  select c.task_id, p_to
  from public.task_coordinators c
  join public.tasks t on t.id = c.task_id
  join public.plans p on p.id = t.plan_id
  where c.unit_id = p_from and t.status not in ('done', 'cancelled') and p.status <> 'closed'
    and t.lead_unit_id <> p_to
  on conflict do nothing;
end;
$$;

create or replace function private.retire_unit(p_unit_id uuid, p_effective_on date)
returns void
language plpgsql
set search_path = ''
as $$
begin
  update public.units set is_active = false, valid_to = p_effective_on - 1 where id = p_unit_id;
end;
$$;

-- ---------------------------------------------------------------- merge
-- Merges one or more units into a successor from p_effective_on: their open
-- tasks and their accounts go to the successor (accounts listed in
-- p_close_accounts are closed instead); they stop working the day before.
create or replace function public.merge_units(
  p_units uuid[],
  p_successor uuid,
  p_effective_on date,
  p_decision text default null,
  p_note text default null,
  p_close_accounts uuid[] default '{}'
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  reorg uuid;
  pred uuid;
  task_id uuid;
begin
  perform private.require_admin();
  perform private.check_reorg_date(p_effective_on);
  if coalesce(cardinality(p_units), 0) = 0 then
    perform private.raise_rule('RT422', 'reorg_no_units', 'Chọn ít nhất một đơn vị để sáp nhập.');
  end if;
  if p_successor = any (p_units) then
    perform private.raise_rule('RT422', 'reorg_successor_is_predecessor', 'Đơn vị tiếp nhận không thể là đơn vị bị sáp nhập.');
  end if;
  perform private.check_successor(p_successor, p_effective_on);

  insert into public.unit_reorganisations (kind, effective_on, decision, note, created_by)
  values ('merge', p_effective_on, nullif(btrim(p_decision), ''), nullif(btrim(p_note), ''), auth.uid())
  returning id into reorg;

  foreach pred in array (select array_agg(distinct x) from unnest(p_units) x) loop
    perform private.check_predecessor(pred, p_effective_on);
    insert into public.unit_successions (reorganisation_id, predecessor_id, successor_id) values (reorg, pred, p_successor);
    for task_id in select private.open_tasks_of(pred) loop
      perform private.move_task_lead(task_id, p_successor, reorg, p_effective_on);
    end loop;
    perform private.move_coordinations(pred, p_successor);
    update public.profiles
       set role = null, unit_id = null
     where unit_id = pred and id = any (coalesce(p_close_accounts, '{}'));
    update public.profiles set unit_id = p_successor where unit_id = pred;
    perform private.retire_unit(pred, p_effective_on);
  end loop;
  return reorg;
end;
$$;

-- ---------------------------------------------------------------- split
-- Splits a unit into two or more successors from p_effective_on.  Every open
-- task needs a successor (p_task_successors: {"<task id>": "<unit id>"},
-- or p_default_successor for the rest), and every account with a role a
-- successor or an explicit close (p_account_successors: {"<profile id>":
-- "<unit id>" or null to close}).  Anything left without a unit refuses the
-- whole split.
create or replace function public.split_unit(
  p_unit uuid,
  p_successors uuid[],
  p_effective_on date,
  p_task_successors jsonb default '{}',
  p_account_successors jsonb default '{}',
  p_default_successor uuid default null,
  p_decision text default null,
  p_note text default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  reorg uuid;
  succ uuid;
  task record;
  acct record;
  target uuid;
  missing integer;
  first_missing text;
begin
  perform private.require_admin();
  perform private.check_reorg_date(p_effective_on);
  if coalesce(cardinality(p_successors), 0) < 2 then
    perform private.raise_rule('RT422', 'reorg_split_successors', 'Chia tách cần ít nhất hai đơn vị tiếp nhận.');
  end if;
  if p_unit = any (p_successors) then
    perform private.raise_rule('RT422', 'reorg_successor_is_predecessor', 'Đơn vị tiếp nhận không thể là đơn vị bị sáp nhập.');
  end if;
  if p_default_successor is not null and not (p_default_successor = any (p_successors)) then
    perform private.raise_rule('RT422', 'reorg_not_a_successor', 'Đơn vị được chọn không nằm trong các đơn vị tiếp nhận.');
  end if;
  perform private.check_predecessor(p_unit, p_effective_on);
  foreach succ in array p_successors loop
    perform private.check_successor(succ, p_effective_on);
  end loop;

  -- every open task has a successor among those named
  select count(*), min(t.ordinal) into missing, first_missing
  from public.tasks t
  where t.id in (select private.open_tasks_of(p_unit))
    and coalesce((p_task_successors ->> t.id::text)::uuid, p_default_successor) is null;
  if missing > 0 then
    perform private.raise_rule('RT422', 'reorg_task_without_unit', format(
      'Còn %s nhiệm vụ đang thực hiện (như nhiệm vụ %s) chưa được giao cho đơn vị tiếp nhận nào.', missing, first_missing),
      jsonb_build_object('count', missing, 'ordinal', first_missing));
  end if;
  if exists (
    select 1 from jsonb_each_text(coalesce(p_task_successors, '{}')) m
    where not (m.value::uuid = any (p_successors))
  ) then
    perform private.raise_rule('RT422', 'reorg_not_a_successor', 'Đơn vị được chọn không nằm trong các đơn vị tiếp nhận.');
  end if;
  -- every account with a role is moved or closed
  select count(*), min(p.email) into missing, first_missing
  from public.profiles p
  where p.unit_id = p_unit and not (coalesce(p_account_successors, '{}') ? p.id::text);
  if missing > 0 then
    perform private.raise_rule('RT422', 'reorg_account_without_unit', format(
      'Còn %s tài khoản (như %s) chưa được chuyển sang đơn vị tiếp nhận hoặc đóng.', missing, first_missing),
      jsonb_build_object('count', missing, 'email', first_missing));
  end if;
  if exists (
    select 1 from jsonb_each_text(coalesce(p_account_successors, '{}')) m
    where m.value is not null and not (m.value::uuid = any (p_successors))
  ) then
    perform private.raise_rule('RT422', 'reorg_not_a_successor', 'Đơn vị được chọn không nằm trong các đơn vị tiếp nhận.');
  end if;

  insert into public.unit_reorganisations (kind, effective_on, decision, note, created_by)
  values ('split', p_effective_on, nullif(btrim(p_decision), ''), nullif(btrim(p_note), ''), auth.uid())
  returning id into reorg;
  insert into public.unit_successions (reorganisation_id, predecessor_id, successor_id)
  select reorg, p_unit, s from (select distinct unnest(p_successors) as s) x;

  for task in select t.id from public.tasks t where t.id in (select private.open_tasks_of(p_unit)) order by t.plan_id, t.ordinal loop
    target := coalesce((p_task_successors ->> task.id::text)::uuid, p_default_successor);
    perform private.move_task_lead(task.id, target, reorg, p_effective_on);
  end loop;
  if p_default_successor is not null then
    perform private.move_coordinations(p_unit, p_default_successor);
  end if;
  for acct in select p.id from public.profiles p where p.unit_id = p_unit loop
    target := (p_account_successors ->> acct.id::text)::uuid;
    if target is null then
      update public.profiles set role = null, unit_id = null where id = acct.id;
    else
      update public.profiles set unit_id = target where id = acct.id;
    end if;
  end loop;
  perform private.retire_unit(p_unit, p_effective_on);
  return reorg;
end;
$$;

-- ---------------------------------------------------------------- rename
-- Renames a unit from p_effective_on; the former name is kept in unit_names.
-- Tasks and accounts stay with the unit.
create or replace function public.rename_unit(
  p_unit uuid,
  p_name text,
  p_short_name text,
  p_effective_on date,
  p_decision text default null,
  p_note text default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  reorg uuid;
  u public.units;
begin
  perform private.require_admin();
  perform private.check_reorg_date(p_effective_on);
  select * into u from public.units where id = p_unit for update;
  if not found or not u.is_active then
    perform private.raise_rule('RT422', 'reorg_unit_inactive', 'Đơn vị được sắp xếp không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  if exists (select 1 from public.unit_names n where n.unit_id = p_unit and n.valid_to >= p_effective_on) then
    perform private.raise_rule('RT422', 'reorg_rename_order', 'Đơn vị đã được đổi tên vào hoặc sau ngày này.');
  end if;
  if nullif(btrim(p_name), '') is null or btrim(p_name) = u.name then
    perform private.raise_rule('RT422', 'reorg_rename_same', 'Hãy nhập tên mới khác tên hiện tại.');
  end if;
  insert into public.unit_reorganisations (kind, effective_on, decision, note, created_by)
  values ('rename', p_effective_on, nullif(btrim(p_decision), ''), nullif(btrim(p_note), ''), auth.uid())
  returning id into reorg;
  insert into public.unit_names (unit_id, name, short_name, valid_to, reorganisation_id)
  values (u.id, u.name, u.short_name, p_effective_on - 1, reorg);
  update public.units set name = btrim(p_name), short_name = nullif(btrim(p_short_name), '') where id = u.id;
  return reorg;
end;
$$;

revoke execute on function public.merge_units(uuid[], uuid, date, text, text, uuid[]) from public, anon;
revoke execute on function public.split_unit(uuid, uuid[], date, jsonb, jsonb, uuid, text, text) from public, anon;
revoke execute on function public.rename_unit(uuid, text, text, date, text, text) from public, anon;
grant execute on function public.merge_units(uuid[], uuid, date, text, text, uuid[]) to authenticated;
grant execute on function public.split_unit(uuid, uuid[], date, jsonb, jsonb, uuid, text, text) to authenticated;
grant execute on function public.rename_unit(uuid, text, text, date, text, text) to authenticated;
revoke all on function private.require_admin() from public;
revoke all on function private.check_reorg_date(date) from public;
revoke all on function private.check_predecessor(uuid, date) from public;
revoke all on function private.check_successor(uuid, date) from public;
revoke all on function private.move_task_lead(uuid, uuid, uuid, date) from public;
revoke all on function private.open_tasks_of(uuid) from public;
revoke all on function private.move_coordinations(uuid, uuid) from public;
revoke all on function private.retire_unit(uuid, date) from public;

-- ---------------------------------------------------------------- figures: the lead unit as of the day
-- Same as 20261109000000_performance.sql, except lead_unit_id: the lead unit
-- as it stood at the end of the cut-off day, from the history (the newest
-- lead-unit change in effect by then; before any, the unit the first change
-- moved the task from; without changes, the task's lead unit).
create or replace function public.tasks_as_of(p_plan_id uuid, p_as_of date default null)
returns table (
  task_id uuid,
  area_id smallint,
  ordinal text,
  lead_unit_id uuid,
  status public.task_status,
  deadline date,
  completed_on date,
  submitted_on date,
  timeliness text,
  days_late integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with cut as materialized (
    select d.as_of, private.end_of_day(d.as_of) as until
    from (select coalesce(p_as_of, private.local_date(now())) as as_of) d
  ),
  plan_tasks as materialized (
    select t.id, t.area_id, t.ordinal, t.lead_unit_id, t.original_due_date
    from public.tasks t
    where t.plan_id = p_plan_id
  ),
  moves as materialized (
    select e.task_id, e.id, e.occurred_at, e.changes -> 'status' ->> 'new' as new_status, e.changes
    from plan_tasks t
    cross join cut
    cross join lateral (
      select h.task_id, h.id, h.occurred_at, h.changes
      from public.task_events h
      where h.task_id = t.id and h.occurred_at < cut.until and h.changes ? 'status'
      offset 0
    ) e
  ),
  -- lead-unit changes of those tasks (any time), with when each took effect
  lead_moves as materialized (
    select e.task_id, e.id, private.event_effective_at(e.occurred_at, e.changes) as effective_at,
           (e.changes -> 'lead_unit_id' ->> 'old')::uuid as old_unit,
           (e.changes -> 'lead_unit_id' ->> 'new')::uuid as new_unit
    from plan_tasks t
    cross join lateral (
      select h.task_id, h.id, h.occurred_at, h.changes
      from public.task_events h
      where h.task_id = t.id and h.changes ? 'lead_unit_id'
      offset 0
    ) e
  ),
  lead_as_of as (
    select t.id as task_id,
      coalesce(
        (select m.new_unit from lead_moves m, cut
          where m.task_id = t.id and m.effective_at < cut.until and m.new_unit is not null
          order by m.effective_at desc, m.id desc limit 1),
        (select m.old_unit from lead_moves m, cut
          where m.task_id = t.id and m.effective_at >= cut.until and m.old_unit is not null
          order by m.effective_at asc, m.id asc limit 1),
        t.lead_unit_id) as lead_unit_id
    from plan_tasks t
    where exists (select 1 from lead_moves m where m.task_id = t.id)
  ),
  last_status as (
    select distinct on (m.task_id) m.task_id, m.new_status::public.task_status as status
    from moves m
    order by m.task_id, m.occurred_at desc, m.id desc
  ),
  last_done as (
    select distinct on (m.task_id) m.task_id, (m.changes -> 'completed_on' ->> 'new')::date as completed_on
    from moves m
    where m.new_status = 'done'
    order by m.task_id, m.occurred_at desc, m.id desc
  ),
  last_submitted as (
    select distinct on (m.task_id) m.task_id, private.local_date(m.occurred_at) as submitted_on
    from moves m
    where m.new_status = 'submitted'
    order by m.task_id, m.occurred_at desc, m.id desc
  ),
  extended as materialized (
    select t.id as task_id
    from plan_tasks t
    cross join cut
    where exists (
      select 1 from public.deadline_extensions x
      where x.task_id = t.id and x.approved_on <= cut.as_of
    )
  ),
  judged as materialized (
    select s.*, private.timeliness(s.status, s.deadline, s.completed_on, s.submitted_on, s.as_of) as timeliness
    from (
      select t.id, t.area_id, t.ordinal, coalesce(la.lead_unit_id, t.lead_unit_id) as lead_unit_id,
             l.status, d.completed_on, b.submitted_on, c.as_of,
             case when x.task_id is null then t.original_due_date
                  else private.deadline_as_of(t.id, t.original_due_date, c.as_of) end as deadline
      from plan_tasks t
      join last_status l on l.task_id = t.id
      left join lead_as_of la on la.task_id = t.id
      left join last_done d on d.task_id = t.id
      left join last_submitted b on b.task_id = t.id
      left join extended x on x.task_id = t.id
      cross join cut c
      where l.status is not null
    ) s
  )
  select j.id, j.area_id, j.ordinal, j.lead_unit_id, j.status, j.deadline, j.completed_on, j.submitted_on, j.timeliness,
         case j.timeliness when 'open_overdue' then j.as_of - j.deadline when 'done_late' then j.completed_on - j.deadline end
  from judged j;
$$;

-- unit_figures names each unit as it was called on the day (a renamed unit
-- shows its former name in figures before the renaming).  Otherwise as in
-- 20261106000000_figures.sql.
create or replace function public.unit_figures(p_plan_id uuid, p_as_of date default null)
returns table (
  unit_id uuid,
  unit_name text,
  total integer,
  done integer,
  done_on_time integer,
  done_late integer,
  open_not_due integer,
  open_overdue integer,
  completion_rate numeric,
  on_time_rate numeric,
  rank integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with per_unit as (
    select s.lead_unit_id,
      count(*) filter (where s.timeliness <> 'cancelled')::int as total,
      count(*) filter (where s.timeliness in ('done_on_time', 'done_late'))::int as done,
      count(*) filter (where s.timeliness = 'done_on_time')::int as done_on_time,
      count(*) filter (where s.timeliness = 'done_late')::int as done_late,
      count(*) filter (where s.timeliness = 'open_not_due')::int as open_not_due,
      count(*) filter (where s.timeliness = 'open_overdue')::int as open_overdue
    from public.tasks_as_of(p_plan_id, p_as_of) s
    group by s.lead_unit_id
  ),
  rated as (
    select p.*,
      case when p.total > 0 then round(p.done * 100.0 / p.total, 2) else 0 end as completion_rate,
      case when p.done > 0 then round(p.done_on_time * 100.0 / p.done, 2) else 0 end as on_time_rate
    from per_unit p
    where p.total > 0
  )
  select r.lead_unit_id,
         coalesce(
           (select coalesce(x.short_name, x.name) from public.unit_names x
             where x.unit_id = r.lead_unit_id and x.valid_to >= coalesce(p_as_of, private.local_date(now()))
             order by x.valid_to, x.id limit 1),
           coalesce(u.short_name, u.name)),
         r.total, r.done, r.done_on_time, r.done_late,
         r.open_not_due, r.open_overdue, r.completion_rate, r.on_time_rate,
         rank() over (order by r.completion_rate desc, r.on_time_rate desc, r.open_overdue asc)::int
  from rated r join public.units u on u.id = r.lead_unit_id
  order by 11, 2;
$$;
