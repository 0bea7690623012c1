-- Timeliness (tiến độ so với thời hạn), derived from dates, never typed.
--
-- As of a day D, a task is
--   done_on_time   confirmed done, completed on or before its deadline
--   done_late      confirmed done, completed after its deadline
--   open_not_due   not done, deadline not passed (or none); also a task
--                  reported done on time and waiting for confirmation
--   open_overdue   not done, deadline passed
--   cancelled      cancelled (kept, outside every denominator)
-- "Deadline" is judged_due_date: the original date, moved only by extensions
-- approved before the deadline they replaced had passed.

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
set search_path = ''
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

-- Days past the deadline: for an overdue task as of today, for a late one
-- at completion.  Null otherwise.
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
set search_path = ''
as $$
  select case private.timeliness(status, deadline, completed_on, submitted_on, as_of)
    when 'open_overdue' then as_of - deadline
    when 'done_late' then completed_on - deadline
  end;
$$;

grant execute on function private.timeliness(public.task_status, date, date, date, date) to authenticated, service_role;
grant execute on function private.days_late(public.task_status, date, date, date, date) to authenticated, service_role;

-- Tasks with what lists and dashboards show beside them, as of today in
-- Vietnam.  security_invoker: the caller's row-level security applies.
create view public.task_overview with (security_invoker = on) as
select
  t.id,
  t.plan_id,
  p.doc_number as plan_doc_number,
  p.year as plan_year,
  p.status as plan_status,
  t.area_id,
  t.ordinal,
  t.title,
  t.expected_output,
  t.lead_unit_id,
  u.code as lead_unit_code,
  u.name as lead_unit_name,
  u.short_name as lead_unit_short_name,
  t.start_date,
  t.due_date,
  t.original_due_date,
  t.judged_due_date,
  t.cadence,
  t.status,
  t.progress,
  t.progress_note,
  t.submitted_at,
  t.completed_on,
  t.status_reason,
  t.version,
  t.search_text,
  t.updated_at,
  private.timeliness(t.status, t.judged_due_date, t.completed_on, private.local_date(t.submitted_at), private.local_date(now())) as timeliness,
  private.days_late(t.status, t.judged_due_date, t.completed_on, private.local_date(t.submitted_at), private.local_date(now())) as days_late
from public.tasks t
join public.plans p on p.id = t.plan_id
join public.units u on u.id = t.lead_unit_id;

grant select on public.task_overview to authenticated;
