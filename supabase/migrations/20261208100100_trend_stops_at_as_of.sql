-- The dashboard's trend stops at the day its figures are taken ("figures as
-- of", today when not given): months after it are not drawn, and a deadline
-- after that day is not yet counted as due (deadlines later in the last
-- month wait for their day).  Completions were already cut there by
-- tasks_as_of.
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
  cut as (
    select coalesce(p_as_of, private.local_date(now())) as day
  ),
  bounds as (
    select date_trunc('month', least(min(s.deadline), min(s.completed_on))) as first_month,
           least(date_trunc('month', greatest(max(s.deadline), max(s.completed_on))), date_trunc('month', (select day from cut))) as last_month
    from s
  ),
  months as (
    select date_trunc('month', d)::date as month
    from bounds b, generate_series(b.first_month, b.last_month, interval '1 month') d
  ),
  due as (
    select date_trunc('month', s.deadline)::date as month, count(*) as n
    from s where s.deadline is not null and s.deadline <= (select day from cut)
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
