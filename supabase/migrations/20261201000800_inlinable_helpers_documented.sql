-- Three helpers keep a search_path that is not fixed, on purpose: local_date,
-- timeliness and days_late (Supabase's advisor reports them as
-- function_search_path_mutable; every other function of the project now has
-- search_path = '').
--
-- Why not fix them too: a function with a SET clause is never inlined, so
-- each row would pay a real function call.  Measured on the embedded
-- database, 100,000 rows through timeliness, days_late and local_date took
-- 0.5 s inlined and 39 s with search_path set (the task list and the
-- dashboard judge every task this way; see README, "Performance").
--
-- Why it is safe: a mutable search_path is a risk when a function runs with
-- more rights than its caller, or when someone else's code calls it under a
-- search_path the caller chose.  These three
--   * are plain SQL, immutable, and run with the caller's rights (never
--     security definer), so whoever sets a search_path only affects their
--     own query;
--   * use only built-in casts, CASE, AT TIME ZONE (always pg_catalog's
--     timezone()), date arithmetic and comparisons with literals, and call
--     only each other, schema-qualified;
--   * are called by owner-privileged code only from functions that fix
--     search_path = '' themselves, so inside those the body is read with
--     pg_catalog alone.
-- supabase/tests/function-privileges.test.ts checks each of these facts from
-- the catalog (and that the planner does inline them), and fails if a
-- function without a fixed search_path is added or becomes security definer.

comment on function private.local_date(timestamptz) is
  'Inlinable on purpose (no SET clause): immutable SQL, caller''s rights, built-ins only. See 20261201000800.';
comment on function private.timeliness(public.task_status, date, date, date, date) is
  'Inlinable on purpose (no SET clause): immutable SQL, caller''s rights, built-ins only. See 20261201000800.';
comment on function private.days_late(public.task_status, date, date, date, date) is
  'Inlinable on purpose (no SET clause): immutable SQL, caller''s rights, built-ins only. See 20261201000800.';
