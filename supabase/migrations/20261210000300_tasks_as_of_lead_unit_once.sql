-- tasks_as_of computed each task's lead unit as of the day (lead_as_of) as an
-- inline query, and under row-level security the planner joined it inside
-- the loop over the plan's tasks: for a plan whose tasks all lead from one
-- unit, the lead-unit look-up ran tasks × tasks × tasks times (80 tasks:
-- 512,000 runs, 6.6 s for Home Affairs against 0.09 s as the owner; 160
-- tasks: a draft report took six minutes to open).  It is now computed once
-- per task, before the join.  Same answers; tasks-as-of-plan.test.ts reads
-- the plan the database makes for it as Home Affairs and fails if any step
-- runs more often than a few times per task.
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
