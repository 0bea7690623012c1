-- What Supabase's security advisor asked for, and a sign-up that cannot fail
-- on its name.
--
-- 1. One permissive policy per table, role and action (lint
--    multiple_permissive_policies).  profiles (select, update) and tasks
--    (update) had two each; Postgres ORs permissive policies, so each pair
--    becomes one policy whose condition is the OR of the two, and nobody may
--    do more or less than before (the access matrix checks it).
-- 2. A fixed search_path for the helpers that are cheap to call as functions
--    (lint function_search_path_mutable): fold_vi (runs when a task is
--    written, for its stored search text) and end_of_day (once per query).
--    local_date, timeliness and days_late stay inlinable: see 20261201000800.
-- 3. A sign-up whose name is too long, not text, or holds control characters
--    got HTTP 500 (the profile's name check failed inside the account
--    trigger).  The profile now takes the name cleaned and cut to 200
--    characters, and any unreadable metadata leaves the name empty.

-- ---------------------------------------------------------------- 1. policies
drop policy "users read own profile" on public.profiles;
drop policy "members read all profiles" on public.profiles;
create policy "members read all profiles, everyone their own" on public.profiles
  for select to authenticated
  using (id = (select auth.uid()) or (select private.has_role()));

drop policy "admins edit profiles" on public.profiles;
drop policy "users edit own name" on public.profiles;
-- (which columns each may change is the trigger's business: guard_profile)
create policy "admins edit profiles, everyone their own name" on public.profiles
  for update to authenticated
  using ((select private.current_app_role()) = 'admin' or id = (select auth.uid()))
  with check ((select private.current_app_role()) = 'admin' or id = (select auth.uid()));

drop policy "interior edits tasks" on public.tasks;
drop policy "dept heads update own unit's tasks" on public.tasks;
create policy "interior edits tasks, dept heads their unit's" on public.tasks
  for update to authenticated
  using (
    (select private.current_app_role()) = 'interior'
    or ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id())))
  with check (
    (select private.current_app_role()) = 'interior'
    or ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id())));

-- ---------------------------------------------------------------- 2. search_path
alter function private.fold_vi(text) set search_path = '';
alter function private.end_of_day(date) set search_path = '';

-- ---------------------------------------------------------------- 3. sign-up
create or replace function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  meta jsonb := new.raw_user_meta_data;
  name text;
begin
  begin
    -- Some drivers deliver the metadata as a JSON string; unwrap it.
    if meta is not null and jsonb_typeof(meta) = 'string' then
      meta := (meta #>> '{}')::jsonb;
    end if;
    if jsonb_typeof(meta) = 'object' and jsonb_typeof(meta -> 'full_name') = 'string' then
      name := left(btrim(regexp_replace(meta ->> 'full_name', '[[:cntrl:]]+', ' ', 'g')), 200);
    end if;
  exception when others then
    name := null;
  end;
  insert into public.profiles (id, email, full_name)
  values (new.id, coalesce(new.email, ''), nullif(btrim(name), ''))
  on conflict (id) do nothing;
  return new;
end;
$$;
