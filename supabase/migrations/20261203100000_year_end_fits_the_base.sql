-- The year-end, reorganisation and public-page work (20261203000000–000200)
-- was written on an older base; this brings it in line with the rules the
-- base has since made.
--
-- 1. An extension never rewrites the past (20261201000400): as of day D an
--    extension counts only when approved on or before D *and* recorded by the
--    end of D.  20261203000000 redefined tasks_as_of (to read the lead unit as
--    of the day) from the version before that rule and lost the condition on
--    created_at in its fast path; it is restored here, and the lead unit as of
--    the day is kept.  private.deadline_as_of already follows the rule.
--    A lead-unit change still takes effect on its reorganisation's effective
--    date (a decision that can only be recorded for today or a day before),
--    and any other lead-unit change when it was recorded.
--
-- 2. Function EXECUTE is opt-in (20261201000600): every function those
--    migrations added gets exactly the grants it needs, stated here in one
--    place, whatever the defaults were where it was created:
--      * the API: merge_units, split_unit, rename_unit, units_as_of,
--        carry_over_tasks, task_carry_chain, set_plan_public (signed-in
--        users; each checks who calls), public_progress (also anonymous
--        callers: the one function they may execute);
--      * private.event_effective_at, called by tasks_as_of with the caller's
--        rights;
--      * nothing else: the reorganisation and carry-over helpers run only
--        inside owner-privileged functions, and trigger functions need no
--        grant.
--    private.unit_name_as_of was granted to signed-in users but nothing calls
--    it (unit_figures and units_as_of read unit_names themselves): dropped.
--    event_effective_at gets a fixed search_path like every other helper
--    (it runs once per lead-unit change, so inlining it buys nothing).
--
-- 3. The closed-plan guard (20261201000000) needs nothing new: the new tables
--    (unit_reorganisations, unit_successions, unit_names) hang off units, not
--    plans or tasks; carry-over reads a closed plan's tasks and writes only
--    the target plan's, and a reorganisation moves only tasks of plans that
--    are not closed.  supabase/tests/catalog-rules.test.ts checks the first,
--    carry-over.test.ts and reorganisation.test.ts the others.
--
-- Two fixes found by running those tests on PostgreSQL as well: split_unit
-- unwraps its JSON maps (private.unwrap_json, as import_tasks does), and
-- task_carry_chain lists a task carried into two plans of one year in a
-- stable order.

-- ---------------------------------------------------------------- 1. tasks_as_of
-- As in 20261203000000_unit_reorganisation.sql, with the condition on
-- created_at of 20261201000400 in `extended`.
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
  -- tasks with an extension approved and recorded by the cut-off (the others
  -- keep their original due date, which is what private.deadline_as_of
  -- returns for them)
  extended as materialized (
    select t.id as task_id
    from plan_tasks t
    cross join cut
    where exists (
      select 1 from public.deadline_extensions x
      where x.task_id = t.id and x.approved_on <= cut.as_of and x.created_at < cut.until
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

-- ---------------------------------------------------------------- task_carry_chain: a stable order
-- As in 20261203000100_carry_over.sql, but a task carried into two plans of
-- the same year lists them in the order they were carried (it listed them in
-- any order).
create or replace function public.task_carry_chain(p_task_id uuid)
returns table (
  task_id uuid,
  plan_id uuid,
  plan_doc_number text,
  plan_year smallint,
  ordinal text,
  status public.task_status,
  carried_from_task_id uuid,
  step integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with recursive up as (
    select t.id, t.carried_from_task_id, 0 as depth from public.tasks t where t.id = p_task_id
    union all
    select t.id, t.carried_from_task_id, up.depth + 1
    from public.tasks t join up on t.id = up.carried_from_task_id
    where up.depth < 50
  ),
  root as (
    select up.id from up order by up.depth desc limit 1
  ),
  down as (
    select t.id, 0 as step from public.tasks t join root on root.id = t.id
    union all
    select t.id, down.step + 1
    from public.tasks t join down on t.carried_from_task_id = down.id
    where down.step < 50
  )
  select t.id, t.plan_id, p.doc_number, p.year, t.ordinal, t.status, t.carried_from_task_id, d.step
  from down d
  join public.tasks t on t.id = d.id
  join public.plans p on p.id = t.plan_id
  order by d.step, p.year, t.created_at, t.ordinal, t.id;
$$;

-- ---------------------------------------------------------------- split_unit: JSON maps on PostgreSQL
-- As in 20261203000000_unit_reorganisation.sql, but the two maps (task ->
-- successor, account -> successor) are unwrapped first, as the other
-- functions that take JSON do (private.unwrap_json): through the API on
-- PostgreSQL an object argument can arrive as a JSON string, and the split
-- then found no successor for any task.
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
  -- (the API's PostgreSQL driver may hand a JSON object over as a JSON string)
  p_task_successors := private.unwrap_json(p_task_successors);
  p_account_successors := private.unwrap_json(p_account_successors);
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

-- ---------------------------------------------------------------- 2. who may call what
alter function private.event_effective_at(timestamptz, jsonb) set search_path = '';
drop function private.unit_name_as_of(uuid, date);

revoke all on function
  public.merge_units(uuid[], uuid, date, text, text, uuid[]),
  public.split_unit(uuid, uuid[], date, jsonb, jsonb, uuid, text, text),
  public.rename_unit(uuid, text, text, date, text, text),
  public.units_as_of(date),
  public.carry_over_tasks(uuid, uuid[], date[]),
  public.task_carry_chain(uuid),
  public.set_plan_public(uuid, boolean),
  public.public_progress(),
  private.event_effective_at(timestamptz, jsonb),
  private.require_admin(),
  private.check_reorg_date(date),
  private.check_predecessor(uuid, date),
  private.check_successor(uuid, date),
  private.move_task_lead(uuid, uuid, uuid, date),
  private.open_tasks_of(uuid),
  private.move_coordinations(uuid, uuid),
  private.retire_unit(uuid, date),
  private.current_successor(uuid),
  private.guard_task_links(),
  private.guard_plan_public()
from public, anon, authenticated;

grant execute on function
  public.merge_units(uuid[], uuid, date, text, text, uuid[]),
  public.split_unit(uuid, uuid[], date, jsonb, jsonb, uuid, text, text),
  public.rename_unit(uuid, text, text, date, text, text),
  public.units_as_of(date),
  public.carry_over_tasks(uuid, uuid[], date[]),
  public.task_carry_chain(uuid),
  public.set_plan_public(uuid, boolean),
  private.event_effective_at(timestamptz, jsonb)
to authenticated;
grant execute on function public.public_progress() to anon, authenticated;

-- the server's own key keeps every function (as in 20261201000600)
grant execute on all functions in schema public to service_role;
grant execute on all functions in schema private to service_role;
