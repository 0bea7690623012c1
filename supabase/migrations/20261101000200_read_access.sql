-- Row-level security: nobody anonymous reads anything; an account without a
-- role reads only its own profile; every account with a role reads the plan data.
-- Write rules come in their own migration.

create or replace function private.current_app_role()
returns public.app_role
language sql
stable
security definer
set search_path = ''
as $$
  select p.role from public.profiles p where p.id = (select auth.uid());
$$;

create or replace function private.current_unit_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.unit_id from public.profiles p where p.id = (select auth.uid());
$$;

create or replace function private.has_role()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.profiles p where p.id = (select auth.uid()) and p.role is not null);
$$;

revoke all on function private.current_app_role() from public;
revoke all on function private.current_unit_id() from public;
revoke all on function private.has_role() from public;
grant execute on function private.current_app_role() to authenticated, service_role;
grant execute on function private.current_unit_id() to authenticated, service_role;
grant execute on function private.has_role() to authenticated, service_role;

alter table public.units enable row level security;
alter table public.profiles enable row level security;
alter table public.reform_areas enable row level security;
alter table public.plans enable row level security;
alter table public.tasks enable row level security;
alter table public.task_coordinators enable row level security;

create policy "members read units" on public.units
  for select to authenticated using ((select private.has_role()));

create policy "users read own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));
create policy "members read all profiles" on public.profiles
  for select to authenticated using ((select private.has_role()));

create policy "members read reform areas" on public.reform_areas
  for select to authenticated using ((select private.has_role()));

create policy "members read plans" on public.plans
  for select to authenticated using ((select private.has_role()));

create policy "members read tasks" on public.tasks
  for select to authenticated using ((select private.has_role()));

create policy "members read task coordinators" on public.task_coordinators
  for select to authenticated using ((select private.has_role()));

-- Progress per plan and per (plan, area).  Cancelled tasks are kept but left
-- out of the denominator.  security_invoker: the caller's RLS applies.
create view public.plan_area_progress with (security_invoker = on) as
select
  t.plan_id,
  t.area_id,
  count(*) filter (where t.status <> 'cancelled')::int as total,
  count(*) filter (where t.status = 'done')::int as done,
  count(*) filter (where t.status = 'cancelled')::int as cancelled
from public.tasks t
group by t.plan_id, t.area_id;

create view public.plan_progress with (security_invoker = on) as
select
  p.id as plan_id,
  count(t.id) filter (where t.status <> 'cancelled')::int as total,
  count(t.id) filter (where t.status = 'done')::int as done,
  count(t.id) filter (where t.status = 'cancelled')::int as cancelled
from public.plans p
left join public.tasks t on t.plan_id = p.id
group by p.id;

grant select on public.plan_area_progress, public.plan_progress to authenticated;
