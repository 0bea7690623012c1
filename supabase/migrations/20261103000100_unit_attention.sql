-- "Đơn vị của tôi": what a unit owes and what is late, counted in SQL.
--
-- Each count is exactly what the task list shows for the matching filters
-- (same view, same predicates), so a count and the list it links to agree:
--   due_soon     lead unit = p_unit_id, status not started / in progress /
--                returned, not yet due, due date from today to today + 7
--   overdue      timeliness open_overdue; overdue_30/90/120: days_late > N
--   returned     status returned (the unit has to rework it)
--   submitted    status submitted (waiting for Home Affairs to confirm)
-- security invoker: the caller's row-level security applies (members read
-- every task; anyone else counts nothing).
create or replace function public.unit_task_counts(p_unit_id uuid)
returns table (
  today date,
  due_soon_until date,
  total integer,
  due_soon integer,
  overdue integer,
  overdue_30 integer,
  overdue_90 integer,
  overdue_120 integer,
  returned integer,
  submitted integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with d as (select private.local_date(now()) as today)
  select
    d.today,
    d.today + 7,
    count(o.id)::integer,
    count(o.id) filter (where o.status in ('not_started', 'in_progress', 'returned')
                          and o.timeliness = 'open_not_due'
                          and o.due_date between d.today and d.today + 7)::integer,
    count(o.id) filter (where o.timeliness = 'open_overdue')::integer,
    count(o.id) filter (where o.timeliness = 'open_overdue' and o.days_late > 30)::integer,
    count(o.id) filter (where o.timeliness = 'open_overdue' and o.days_late > 90)::integer,
    count(o.id) filter (where o.timeliness = 'open_overdue' and o.days_late > 120)::integer,
    count(o.id) filter (where o.status = 'returned')::integer,
    count(o.id) filter (where o.status = 'submitted')::integer
  from d
  left join public.task_overview o on o.lead_unit_id = p_unit_id
  group by d.today;
$$;

revoke execute on function public.unit_task_counts(uuid) from public, anon;
grant execute on function public.unit_task_counts(uuid) to authenticated;
