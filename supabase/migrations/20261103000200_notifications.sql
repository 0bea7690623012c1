-- In-app notifications, derived from the tasks and their history when read
-- (nothing is written on each change).  What a user is told:
--   dept_head  due_soon   own unit's task to do, due within 7 days
--              overdue    own unit's task past its deadline, not done
--              returned   own unit's task returned by Home Affairs
--              assigned   a task given to the unit in the last 14 days
--                         (created with it as lead, or lead unit changed to it)
--   interior   submitted  a task reported done, waiting for confirmation
-- Each notification has a moment (occurred_at); it is unread when that moment
-- is after the user's "read until" mark, which "mark all read" moves to now.

-- ---------------------------------------------------------------- read marks
create table public.notification_reads (
  user_id uuid primary key default auth.uid() references public.profiles (id) on delete cascade,
  read_until timestamptz not null default now()
);

alter table public.notification_reads enable row level security;

create policy "members read their own read mark" on public.notification_reads
  for select to authenticated
  using (user_id = (select auth.uid()) and (select private.has_role()));
create policy "members set their own read mark" on public.notification_reads
  for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.has_role()));
create policy "members move their own read mark" on public.notification_reads
  for update to authenticated
  using (user_id = (select auth.uid()) and (select private.has_role()))
  with check (user_id = (select auth.uid()) and (select private.has_role()));
create policy "members clear their own read mark" on public.notification_reads
  for delete to authenticated
  using (user_id = (select auth.uid()) and (select private.has_role()));

grant select, insert, update, delete on public.notification_reads to authenticated;

-- A mark in the future would hide what has not happened yet: never later than now.
create or replace function private.guard_notification_read()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.read_until > now() then
    new.read_until := now();
  end if;
  return new;
end;
$$;
create trigger notification_reads_guard before insert or update on public.notification_reads
  for each row execute function private.guard_notification_read();

-- "Mark all read": the mark moves to now (the server's clock, not the browser's).
create or replace function public.mark_notifications_read()
returns timestamptz
language sql
volatile
security invoker
set search_path = ''
as $$
  insert into public.notification_reads (user_id, read_until)
  values (auth.uid(), now())
  on conflict (user_id) do update set read_until = excluded.read_until
  returning read_until;
$$;

revoke execute on function public.mark_notifications_read() from public, anon;
grant execute on function public.mark_notifications_read() to authenticated;

-- ---------------------------------------------------------------- the feed
-- Events that set a lead unit (task created, lead unit changed), by time.
create index task_events_lead_unit_time_idx on public.task_events (occurred_at) where changes ? 'lead_unit_id';

-- The signed-in user's notifications.  security_invoker: the caller's
-- row-level security applies to every table read here.
create view public.my_notifications with (security_invoker = on) as
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
left join public.notification_reads r on r.user_id = me.user_id;

grant select on public.my_notifications to authenticated;
