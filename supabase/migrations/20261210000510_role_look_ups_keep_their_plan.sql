-- The caller's role, looked up once per table a statement reads, at a tenth
-- of the cost.
--
-- Every read policy starts with `(select private.has_role())` and most add
-- `(select private.current_app_role())`: each is computed once per statement,
-- but once for every table the statement reads, so the task page (task,
-- plan, area, units, coordinators, extensions, evidence, comments, history,
-- authors) asks them 14 times.  They were SQL functions with owner's rights
-- and a fixed search_path, which PostgreSQL cannot inline and, for SQL, plans
-- again at every call: 0.1–0.3 ms a call as the committee on the bench's
-- data set, so a task page cost the committee 2.4 ms against 1.8 ms as the
-- owner.  As PL/pgSQL the same query keeps its plan for the session (the
-- same 14 look-ups: 42 ms → 11 ms over ten task pages, counted with
-- track_functions).  Same queries, same rights, same search_path: who reads
-- what does not change (access-matrix.test.ts, screen-pages.test.ts).

create or replace function private.current_app_role()
returns public.app_role
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select p.role from public.profiles p where p.id = auth.uid());
end;
$$;

create or replace function private.current_unit_id()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select p.unit_id from public.profiles p where p.id = auth.uid());
end;
$$;

create or replace function private.has_role()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.profiles p where p.id = auth.uid() and p.role is not null);
end;
$$;
