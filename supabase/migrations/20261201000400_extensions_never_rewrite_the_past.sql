-- An extension never rewrites the past.
--
-- A deadline as of day D followed every extension *approved* by D, even one
-- recorded weeks later: recording today an extension approved on 01/09 turned
-- a task that had been overdue on 02/09 into "not yet due" on 02/09.  A figure
-- as of a day must not change once that day is over, so as of D only what was
-- recorded by the end of D counts: an extension applies as of D when it was
-- approved on or before D and written (created_at) before the end of D.
-- Both places that read extensions as of a day follow it: the deadline
-- function and the fast path of tasks_as_of that skips tasks without one.
-- (Status moves were already read from the history up to the end of D.)

create or replace function private.deadline_as_of(p_task_id uuid, p_original date, p_as_of date)
returns date
language plpgsql
stable
set search_path = ''
as $$
declare
  judged date := p_original;
  ext record;
begin
  for ext in
    select e.new_due_date, e.approved_on
      from public.deadline_extensions e
     where e.task_id = p_task_id and e.approved_on <= p_as_of
       and e.created_at < private.end_of_day(p_as_of)
     order by e.created_at, e.id
  loop
    if judged is null or ext.approved_on <= judged then
      judged := ext.new_due_date;
    end if;
  end loop;
  return judged;
end;
$$;

-- Same as in 20261109000000_performance.sql, but for the one condition on
-- created_at in `extended`.
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
  -- the plan's tasks, read once
  plan_tasks as materialized (
    select t.id, t.area_id, t.ordinal, t.lead_unit_id, t.original_due_date
    from public.tasks t
    where t.plan_id = p_plan_id
  ),
  -- every status move of those tasks up to the end of the cut-off day, read
  -- task by task through task_events_task_id_idx (offset 0 keeps the planner
  -- from turning this into a scan of the whole history)
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
      select t.id, t.area_id, t.ordinal, t.lead_unit_id, l.status, d.completed_on, b.submitted_on, c.as_of,
             case when x.task_id is null then t.original_due_date
                  else private.deadline_as_of(t.id, t.original_due_date, c.as_of) end as deadline
      from plan_tasks t
      join last_status l on l.task_id = t.id
      left join last_done d on d.task_id = t.id
      left join last_submitted b on b.task_id = t.id
      left join extended x on x.task_id = t.id
      cross join cut c
      where l.status is not null
    ) s
  )
  select j.id, j.area_id, j.ordinal, j.lead_unit_id, j.status, j.deadline, j.completed_on, j.submitted_on, j.timeliness,
         -- private.days_late, without judging timeliness a second time
         case j.timeliness when 'open_overdue' then j.as_of - j.deadline when 'done_late' then j.completed_on - j.deadline end
  from judged j;
$$;
