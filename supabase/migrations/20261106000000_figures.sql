-- Figures for dashboards and periodic reports, computed from the task history
-- so that a figure "as of" a past day can be recomputed later and still agree.
--
-- State of a task at the end of day D (Vietnam time):
--   exists      it has a history row on or before D (it was in the plan)
--   status      the newest status in its history on or before D
--   completed   the completion date recorded with its last move to done
--   submitted   the day of its last report (submitted) on or before D
--   deadline    its original due date, moved by each extension approved on or
--               before D and before the deadline it replaced had passed

create or replace function private.end_of_day(d date)
returns timestamptz
language sql
immutable
set search_path = ''
as $$
  select ((d + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh');
$$;

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
     order by e.created_at, e.id
  loop
    if judged is null or ext.approved_on <= judged then
      judged := ext.new_due_date;
    end if;
  end loop;
  return judged;
end;
$$;

grant execute on function private.end_of_day(date) to authenticated, service_role;
grant execute on function private.deadline_as_of(uuid, date, date) to authenticated, service_role;

-- Every task of a plan as it stood at the end of p_as_of (default: today).
-- security invoker: the caller's row-level security decides what is seen.
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
  with params as (
    select coalesce(p_as_of, private.local_date(now())) as as_of
  ),
  cut as (
    select as_of, private.end_of_day(as_of) as until from params
  ),
  state as (
    select t.id, t.area_id, t.ordinal, t.lead_unit_id, t.original_due_date,
      (select (e.changes -> 'status' ->> 'new')::public.task_status
         from public.task_events e, cut
        where e.task_id = t.id and e.occurred_at < cut.until and e.changes ? 'status'
        order by e.occurred_at desc, e.id desc limit 1) as status,
      (select (e.changes -> 'completed_on' ->> 'new')::date
         from public.task_events e, cut
        where e.task_id = t.id and e.occurred_at < cut.until and e.changes -> 'status' ->> 'new' = 'done'
        order by e.occurred_at desc, e.id desc limit 1) as completed_on,
      (select private.local_date(e.occurred_at)
         from public.task_events e, cut
        where e.task_id = t.id and e.occurred_at < cut.until and e.changes -> 'status' ->> 'new' = 'submitted'
        order by e.occurred_at desc, e.id desc limit 1) as submitted_on
    from public.tasks t
    where t.plan_id = p_plan_id
  )
  select s.id, s.area_id, s.ordinal, s.lead_unit_id, s.status,
         private.deadline_as_of(s.id, s.original_due_date, c.as_of) as deadline,
         s.completed_on, s.submitted_on,
         private.timeliness(s.status, private.deadline_as_of(s.id, s.original_due_date, c.as_of), s.completed_on, s.submitted_on, c.as_of),
         private.days_late(s.status, private.deadline_as_of(s.id, s.original_due_date, c.as_of), s.completed_on, s.submitted_on, c.as_of)
  from state s cross join cut c
  where s.status is not null;
$$;

-- The headline figures of a plan, per reform area and for the whole plan
-- (area_id null), as of a day.
create or replace function public.plan_figures(p_plan_id uuid, p_as_of date default null)
returns table (
  area_id smallint,
  total integer,
  done integer,
  done_on_time integer,
  done_late integer,
  open_not_due integer,
  open_overdue integer,
  cancelled integer,
  overdue_over_30 integer,
  overdue_over_90 integer,
  overdue_over_120 integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  select s.area_id,
    count(*) filter (where s.timeliness <> 'cancelled')::int,
    count(*) filter (where s.timeliness in ('done_on_time', 'done_late'))::int,
    count(*) filter (where s.timeliness = 'done_on_time')::int,
    count(*) filter (where s.timeliness = 'done_late')::int,
    count(*) filter (where s.timeliness = 'open_not_due')::int,
    count(*) filter (where s.timeliness = 'open_overdue')::int,
    count(*) filter (where s.timeliness = 'cancelled')::int,
    count(*) filter (where s.timeliness = 'open_overdue' and s.days_late > 30)::int,
    count(*) filter (where s.timeliness = 'open_overdue' and s.days_late > 90)::int,
    count(*) filter (where s.timeliness = 'open_overdue' and s.days_late > 120)::int
  from public.tasks_as_of(p_plan_id, p_as_of) s
  group by grouping sets ((s.area_id), ())
  order by s.area_id nulls first;
$$;

-- Lead units of a plan ranked by completion rate, then by the share done on
-- time, then by fewest overdue.
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
  select r.lead_unit_id, coalesce(u.short_name, u.name), r.total, r.done, r.done_on_time, r.done_late,
         r.open_not_due, r.open_overdue, r.completion_rate, r.on_time_rate,
         rank() over (order by r.completion_rate desc, r.on_time_rate desc, r.open_overdue asc)::int
  from rated r join public.units u on u.id = r.lead_unit_id
  order by 11, 2;
$$;

-- Month by month: tasks due (by deadline) and tasks completed, with running totals.
create or replace function public.plan_trend(p_plan_id uuid, p_as_of date default null)
returns table (month date, due integer, completed integer, due_cumulative integer, completed_cumulative integer)
language sql
stable
security invoker
set search_path = ''
as $$
  with s as (
    select * from public.tasks_as_of(p_plan_id, p_as_of) where timeliness <> 'cancelled'
  ),
  months as (
    select date_trunc('month', d)::date as month
    from generate_series(
      (select date_trunc('month', least(min(deadline), min(completed_on))) from s),
      (select date_trunc('month', greatest(max(deadline), max(completed_on))) from s),
      interval '1 month') d
  ),
  counted as (
    select m.month,
      (select count(*) from s where date_trunc('month', s.deadline) = m.month)::int as due,
      (select count(*) from s where s.status = 'done' and date_trunc('month', s.completed_on) = m.month)::int as completed
    from months m
  )
  select month, due, completed,
         (sum(due) over (order by month))::int,
         (sum(completed) over (order by month))::int
  from counted
  order by month;
$$;

revoke execute on function public.tasks_as_of(uuid, date) from public, anon;
revoke execute on function public.plan_figures(uuid, date) from public, anon;
revoke execute on function public.unit_figures(uuid, date) from public, anon;
revoke execute on function public.plan_trend(uuid, date) from public, anon;
grant execute on function public.tasks_as_of(uuid, date) to authenticated;
grant execute on function public.plan_figures(uuid, date) to authenticated;
grant execute on function public.unit_figures(uuid, date) to authenticated;
grant execute on function public.plan_trend(uuid, date) to authenticated;
