-- Draft plans stay with Home Affairs until they are issued.
--
-- A draft (not yet issued) plan's tasks already reached the units: the head
-- of a unit saw them, was told they were "given" to the unit, found them in
-- the unit's counts, and could start them or report them done.  Now:
--   * heads of units (dept_head) do not see a draft plan, its tasks, or
--     anything hanging off those tasks (history, evidence, comments,
--     coordinators, extensions); their notifications and lists are built on
--     those rows, so drafts drop out of them too.  The committee, Home
--     Affairs and administrators still see drafts;
--   * the unit counts (unit_task_counts, "My unit") leave draft plans out for
--     everyone: nothing is owed on a plan that has not been issued;
--   * a draft plan's tasks do not change status (except being cancelled,
--     that is, dropped from the draft): work starts once the plan is issued;
--   * Home Affairs can delete a draft plan with everything in it
--     (delete_draft_plan), in one transaction; an issued plan is never
--     deleted.

-- ---------------------------------------------------------------- what a head of unit sees
-- The ids of draft plans and of their tasks (owner's rights: policies use
-- them without reading plans through their own policy again).
create or replace function private.draft_plan_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.id from public.plans p where p.status = 'draft';
$$;

create or replace function private.draft_task_ids()
returns setof uuid
language sql
stable
security definer
set search_path = ''
as $$
  select t.id from public.tasks t join public.plans p on p.id = t.plan_id where p.status = 'draft';
$$;

revoke all on function private.draft_plan_ids() from public;
revoke all on function private.draft_task_ids() from public;
grant execute on function private.draft_plan_ids() to authenticated, service_role;
grant execute on function private.draft_task_ids() to authenticated, service_role;

drop policy "members read plans" on public.plans;
create policy "members read plans; units only issued ones" on public.plans
  for select to authenticated using (
    (select private.has_role())
    and (status <> 'draft' or (select private.current_app_role()) is distinct from 'dept_head'));

drop policy "members read tasks" on public.tasks;
create policy "members read tasks; units only of issued plans" on public.tasks
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or plan_id not in (select private.draft_plan_ids())));

-- Rows that hang off a task: the same, through the task.  (NOT IN over a
-- sub-query is computed once per statement, as a hashed set.)
drop policy "members read task coordinators" on public.task_coordinators;
create policy "members read task coordinators; units only of issued plans" on public.task_coordinators
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or task_id not in (select private.draft_task_ids())));

drop policy "members read evidence" on public.evidence;
create policy "members read evidence; units only of issued plans" on public.evidence
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or task_id not in (select private.draft_task_ids())));

drop policy "members read comments" on public.comments;
create policy "members read comments; units only of issued plans" on public.comments
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or task_id not in (select private.draft_task_ids())));

drop policy "members read deadline extensions" on public.deadline_extensions;
create policy "members read deadline extensions; units only of issued plans" on public.deadline_extensions
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or task_id not in (select private.draft_task_ids())));

drop policy "members read history" on public.task_events;
create policy "members read history; units only of issued plans" on public.task_events
  for select to authenticated using (
    (select private.has_role())
    and ((select private.current_app_role()) is distinct from 'dept_head'
         or task_id not in (select private.draft_task_ids())));

-- ---------------------------------------------------------------- no work on a draft
create or replace function private.guard_task_draft()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_api_user() and new.status <> old.status and new.status <> 'cancelled'
     and exists (select 1 from public.plans p where p.id = old.plan_id and p.status = 'draft') then
    perform private.raise_rule('RT422', 'task_plan_not_issued',
      'Kế hoạch chưa ban hành: nhiệm vụ chưa thể bắt đầu hay báo cáo hoàn thành.');
  end if;
  return new;
end;
$$;
-- fires after tasks_guard (name order), which says "not allowed" first to those who may not edit at all
create trigger tasks_guard_draft before update of status on public.tasks
  for each row execute function private.guard_task_draft();

-- ---------------------------------------------------------------- unit counts
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
  left join public.task_overview o on o.lead_unit_id = p_unit_id and o.plan_status <> 'draft'
  group by d.today;
$$;

-- ---------------------------------------------------------------- deleting a draft
-- History is append-only, except while delete_draft_plan discards a draft
-- plan: then (and only for that plan's tasks, and never through the API) its
-- rows go with the plan.
create or replace function private.history_is_append_only()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_level = 'ROW' and tg_op = 'DELETE' and not private.is_api_user()
     and nullif(current_setting('app.discarding_plan', true), '') is not null
     and exists (
       select 1 from public.tasks t join public.plans p on p.id = t.plan_id
        where t.id = old.task_id and p.status = 'draft'
          and p.id::text = current_setting('app.discarding_plan', true)) then
    return old;
  end if;
  perform private.raise_rule('RT403', 'history_append_only', 'Lịch sử nhiệm vụ chỉ được ghi thêm, không được sửa hoặc xóa.');
  return null;
end;
$$;

-- Deletes a draft plan with its tasks, their coordinators, evidence,
-- comments, extensions and history; returns how many tasks went with it.
-- Home Affairs only; an issued or closed plan is refused.  The API function
-- runs with the caller's rights; the deletes that no policy allows (history,
-- comments, tasks) run in private.discard_draft_plan with the owner's, after
-- the same checks.
create or replace function private.discard_draft_plan(p_plan_id uuid)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  plan_state public.plan_status;
  n integer;
begin
  perform private.require_interior();
  select p.status into plan_state from public.plans p where p.id = p_plan_id for update;
  if plan_state is null then
    perform private.raise_rule('RT422', 'plan_not_found', 'Không tìm thấy kế hoạch.');
  end if;
  if plan_state <> 'draft' then
    perform private.raise_rule('RT422', 'plan_delete_issued',
      'Chỉ xóa được kế hoạch dự thảo; kế hoạch đã ban hành được giữ lại (có thể kết thúc kế hoạch hoặc hủy từng nhiệm vụ).');
  end if;
  perform set_config('app.discarding_plan', p_plan_id::text, true);
  delete from public.evidence e using public.tasks t where t.id = e.task_id and t.plan_id = p_plan_id;
  delete from public.task_coordinators c using public.tasks t where t.id = c.task_id and t.plan_id = p_plan_id;
  delete from public.comments c using public.tasks t where t.id = c.task_id and t.plan_id = p_plan_id;
  delete from public.deadline_extensions x using public.tasks t where t.id = x.task_id and t.plan_id = p_plan_id;
  delete from public.task_events e using public.tasks t where t.id = e.task_id and t.plan_id = p_plan_id;
  delete from public.tasks t where t.plan_id = p_plan_id;
  get diagnostics n = row_count;
  delete from public.plans p where p.id = p_plan_id;
  perform set_config('app.discarding_plan', '', true);
  return n;
end;
$$;

revoke all on function private.discard_draft_plan(uuid) from public, anon;
grant execute on function private.discard_draft_plan(uuid) to authenticated, service_role;

create or replace function public.delete_draft_plan(p_plan_id uuid)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
begin
  perform private.require_interior();
  return private.discard_draft_plan(p_plan_id);
end;
$$;

revoke all on function public.delete_draft_plan(uuid) from public, anon;
grant execute on function public.delete_draft_plan(uuid) to authenticated;
