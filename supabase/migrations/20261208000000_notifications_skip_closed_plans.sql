-- Notifications leave out the tasks of closed plans.  A closed plan is
-- read-only (20261201000000_closed_plan_read_only.sql): its tasks cannot be
-- confirmed, returned, updated or extended any more, so "waiting for
-- confirmation", "due soon", "overdue" or "returned" about them asks for
-- something nobody can do (the confirmation queue already leaves them out).
-- Otherwise as in 20261103000200_notifications.sql.

create or replace view public.my_notifications with (security_invoker = on) as
with me as (
  select
    (select auth.uid()) as user_id,
    (select private.current_app_role()) as role,
    (select private.current_unit_id()) as unit_id,
    private.local_date(now()) as today
),
items as (
  -- due within 7 days: since the day it entered the 7-day window (or was created)
  select 'due_soon'::text as kind, o.id as task_id,
         greatest(((o.due_date - 7)::timestamp at time zone 'Asia/Ho_Chi_Minh'), t.created_at) as occurred_at
  from me
  join public.task_overview o on o.lead_unit_id = me.unit_id
  join public.tasks t on t.id = o.id
  where me.role = 'dept_head'
    and o.status in ('not_started', 'in_progress', 'returned')
    and o.timeliness = 'open_not_due'
    and o.due_date between me.today and me.today + 7
  union all
  -- overdue: since the day after the deadline
  select 'overdue', o.id,
         ((o.judged_due_date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
  from me
  join public.task_overview o on o.lead_unit_id = me.unit_id
  where me.role = 'dept_head'
    and o.timeliness = 'open_overdue'
  union all
  -- returned: since it was last returned
  select 'returned', o.id,
         coalesce((select max(e.occurred_at) from public.task_events e
                    where e.task_id = o.id and e.action = 'status_changed'
                      and e.changes -> 'status' ->> 'new' = 'returned'), o.updated_at)
  from me
  join public.task_overview o on o.lead_unit_id = me.unit_id
  where me.role = 'dept_head'
    and o.status = 'returned'
  union all
  -- newly assigned: the latest event in the last 14 days that made the unit its lead
  select * from (
    select distinct on (e.task_id) 'assigned'::text, e.task_id, e.occurred_at
    from me
    join public.task_events e
      on e.changes ? 'lead_unit_id'
     and e.changes -> 'lead_unit_id' ->> 'new' = me.unit_id::text
     and e.occurred_at > now() - interval '14 days'
    join public.tasks t on t.id = e.task_id and t.lead_unit_id = me.unit_id
    where me.role = 'dept_head'
      and t.status <> 'cancelled'
    order by e.task_id, e.occurred_at desc
  ) assigned
  union all
  -- waiting for confirmation (Home Affairs): since it was reported done
  select 'submitted', o.id, coalesce(o.submitted_at, o.updated_at)
  from me
  join public.task_overview o on o.status = 'submitted'
  where me.role = 'interior'
)
select
  i.kind || ':' || i.task_id::text as id,
  i.kind,
  i.task_id,
  o.plan_id,
  o.plan_doc_number,
  o.ordinal,
  o.title,
  o.lead_unit_id,
  coalesce(o.lead_unit_short_name, o.lead_unit_name) as lead_unit_name,
  o.status,
  o.due_date,
  o.days_late,
  i.occurred_at,
  i.occurred_at > coalesce(r.read_until, '-infinity'::timestamptz) as unread
from items i
join public.task_overview o on o.id = i.task_id
cross join me
left join public.notification_reads r on r.user_id = me.user_id
where o.plan_status <> 'closed';

grant select on public.my_notifications to authenticated;
