-- Deadlines as of a day, read once per plan instead of once per task.
--
-- tasks_as_of judged each task that had an extension by calling
-- private.deadline_as_of, which read that task's extensions with a query of
-- its own.  As the owner that is a cheap index look-up; as a signed-in user
-- every call is a new statement, and each one evaluates the extensions' read
-- policy again (private.has_role() and private.current_app_role(), each a
-- query on profiles) and plans its query again.  For the bench's plan of
-- 1,112 tasks, 61 of them extended (the deadline is asked twice per task),
-- those 122 calls took 99 ms of a run as the committee against 15 ms as the
-- owner (auto_explain), most of what the caller's figures cost beyond the
-- owner's; the dashboard pays it three times (plan_figures, unit_figures,
-- plan_trend).
--
-- Now tasks_as_of reads the plan's extensions in one query under the same
-- policy, keeps each task's in the order they were recorded, and folds them
-- with private.deadline_after_extensions, which reads no table.  The rule is
-- unchanged (an extension counts as of D when approved on or before D and
-- recorded before the end of D; it moves the deadline when the deadline is
-- not set or it was approved on or before the deadline it replaces), and
-- private.deadline_as_of applies the same fold, so the rule is written once.
-- supabase/tests/tasks-as-of-plan.test.ts fails if tasks_as_of goes back to
-- one extension query per task.

create or replace function private.deadline_after_extensions(p_original date, p_new_dues date[], p_approvals date[])
returns date
language plpgsql
immutable
set search_path = ''
as $$
declare
  judged date := p_original;
begin
  for i in 1 .. coalesce(array_length(p_new_dues, 1), 0) loop
    if judged is null or p_approvals[i] <= judged then
      judged := p_new_dues[i];
    end if;
  end loop;
  return judged;
end;
$$;

comment on function private.deadline_after_extensions(date, date[], date[]) is
  'A task''s deadline after its extensions (new due dates and approval days, in the order recorded): an extension moves the deadline when none is set or it was approved on or before the deadline it replaces.';

revoke all on function private.deadline_after_extensions(date, date[], date[]) from public;
grant execute on function private.deadline_after_extensions(date, date[], date[]) to authenticated, service_role;

-- The same rule for one task (kept for callers that judge a single task).
create or replace function private.deadline_as_of(p_task_id uuid, p_original date, p_as_of date)
returns date
language sql
stable
set search_path = ''
as $$
  select private.deadline_after_extensions(
           p_original,
           array_agg(e.new_due_date order by e.created_at, e.id),
           array_agg(e.approved_on order by e.created_at, e.id))
    from public.deadline_extensions e
   where e.task_id = p_task_id and e.approved_on <= p_as_of
     and e.created_at < private.end_of_day(p_as_of);
$$;

-- As in 20261210000300_tasks_as_of_lead_unit_once.sql, but for `extended`
-- and the deadline it gives.
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
  -- lead-unit changes of those tasks (any time, from one unit to another), with when each took effect
  lead_moves as materialized (
    select e.task_id, e.id, private.event_effective_at(e.occurred_at, e.changes) as effective_at,
           (e.changes -> 'lead_unit_id' ->> 'old')::uuid as old_unit,
           (e.changes -> 'lead_unit_id' ->> 'new')::uuid as new_unit
    from plan_tasks t
    cross join lateral (
      select h.task_id, h.id, h.occurred_at, h.changes
      from public.task_events h
      where h.task_id = t.id and h.changes ? 'lead_unit_id'
        and h.changes -> 'lead_unit_id' ->> 'old' is not null
      offset 0
    ) e
  ),
  lead_as_of as materialized (
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
  -- each extended task's extensions approved and recorded by the cut-off, in
  -- the order they were recorded, read in one pass over the plan's tasks
  -- (tasks without one keep their original due date)
  extended as materialized (
    select x.task_id,
           array_agg(x.new_due_date order by x.created_at, x.id) as new_dues,
           array_agg(x.approved_on order by x.created_at, x.id) as approvals
    from plan_tasks t
    cross join cut
    join public.deadline_extensions x on x.task_id = t.id
    where x.approved_on <= cut.as_of and x.created_at < cut.until
    group by x.task_id
  ),
  judged as materialized (
    select s.*, private.timeliness(s.status, s.deadline, s.completed_on, s.submitted_on, s.as_of) as timeliness
    from (
      select t.id, t.area_id, t.ordinal, coalesce(la.lead_unit_id, t.lead_unit_id) as lead_unit_id,
             l.status, d.completed_on, b.submitted_on, c.as_of,
             case when x.task_id is null then t.original_due_date
                  else private.deadline_after_extensions(t.original_due_date, x.new_dues, x.approvals) end as deadline
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
