-- Performance at national scale (1,000 units, ~100,000 tasks, ~500,000
-- history rows): the same answers, computed with less work.  Measured with
-- `npm run bench` (see README, "Performance").
--
-- 1. The small date and timeliness helpers become inlinable.
--    A SQL function with a SET clause is never inlined: every row of a list
--    paid a function call for local_date (twice), timeliness and days_late
--    (which calls timeliness again), about 30 µs each on the embedded
--    backend, so a filter on timeliness over every task of the province took
--    seconds.  Without the SET clause the planner folds their bodies into
--    the query as plain CASE expressions.  They stay safe without a fixed
--    search_path: they are immutable, run with the caller's rights (not
--    security definer), and use only built-in operators, casts and the
--    argument types fixed when they were created (pg_catalog is searched
--    first).  Bodies are unchanged.
--
-- 2. public.tasks_as_of (behind plan_figures, unit_figures, plan_trend and
--    the periodic reports) is set-based.  It used to run, for each task of
--    the plan, a correlated sub-query per reference to status, completion
--    and report day (ten per task once the outer query had inlined its CTE)
--    and the deadline function three times.  Now it reads the plan's status
--    history once, takes the newest row per task with DISTINCT ON (same
--    order: occurred_at desc, id desc), calls the deadline function only for
--    tasks with an extension approved by the cut-off (for any other task it
--    returns the original due date), and judges timeliness once per task.
--    Same columns, same rows, same values.
--
-- 3. public.plan_trend: see below.

create or replace function private.local_date(ts timestamptz)
returns date
language sql
immutable
parallel safe
as $$
  select (ts at time zone 'Asia/Ho_Chi_Minh')::date;
$$;

create or replace function private.end_of_day(d date)
returns timestamptz
language sql
immutable
parallel safe
as $$
  select ((d + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh');
$$;

create or replace function private.timeliness(
  status public.task_status,
  deadline date,
  completed_on date,
  submitted_on date,
  as_of date
)
returns text
language sql
immutable
parallel safe
as $$
  select case
    when status = 'cancelled' then 'cancelled'
    when status = 'done' then
      case when deadline is null or completed_on <= deadline then 'done_on_time' else 'done_late' end
    when deadline is null or deadline >= as_of then 'open_not_due'
    when status = 'submitted' and submitted_on <= deadline then 'open_not_due'
    else 'open_overdue'
  end;
$$;

create or replace function private.days_late(
  status public.task_status,
  deadline date,
  completed_on date,
  submitted_on date,
  as_of date
)
returns integer
language sql
immutable
parallel safe
as $$
  select case private.timeliness(status, deadline, completed_on, submitted_on, as_of)
    when 'open_overdue' then as_of - deadline
    when 'done_late' then completed_on - deadline
  end;
$$;

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
  -- tasks with an extension approved by the cut-off (the others keep their
  -- original due date, which is what private.deadline_as_of returns for them)
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

-- 3. public.plan_trend counts each month in one grouped pass.  It used to
--    count, for every month, the whole plan twice with a correlated
--    sub-query (the planner, guessing a thousand months, also judged it
--    worth compiling with JIT on PostgreSQL, which cost more than the query).
--    Same months (first to last month that has a deadline or a completion),
--    same counts, same running totals.
create or replace function public.plan_trend(p_plan_id uuid, p_as_of date default null)
returns table (month date, due integer, completed integer, due_cumulative integer, completed_cumulative integer)
language sql
stable
security invoker
set search_path = ''
as $$
  with s as materialized (
    select * from public.tasks_as_of(p_plan_id, p_as_of) where timeliness <> 'cancelled'
  ),
  bounds as (
    select date_trunc('month', least(min(s.deadline), min(s.completed_on))) as first_month,
           date_trunc('month', greatest(max(s.deadline), max(s.completed_on))) as last_month
    from s
  ),
  months as (
    select date_trunc('month', d)::date as month
    from bounds b, generate_series(b.first_month, b.last_month, interval '1 month') d
  ),
  due as (
    select date_trunc('month', s.deadline)::date as month, count(*) as n
    from s where s.deadline is not null
    group by 1
  ),
  completed as (
    select date_trunc('month', s.completed_on)::date as month, count(*) as n
    from s where s.status = 'done' and s.completed_on is not null
    group by 1
  ),
  counted as (
    select m.month, coalesce(d.n, 0)::int as due, coalesce(c.n, 0)::int as completed
    from months m
    left join due d on d.month = m.month
    left join completed c on c.month = m.month
  )
  select month, due, completed,
         (sum(due) over (order by month))::int,
         (sum(completed) over (order by month))::int
  from counted
  order by month;
$$;
