-- A closed plan is read-only, in one place.
--
-- Until now each table checked the plan itself, and several forgot: a closed
-- plan still took deadline extensions (the extension trigger runs as the
-- owner and never looked at the plan), coordinators, evidence and comments.
-- private.guard_plan_open() is one trigger function attached to every table
-- that hangs off a plan or a task: it finds the row's plan (through plan_id,
-- task_id or evidence_id, whichever the row has) and refuses any insert,
-- update or delete by an API user when that plan is closed.
-- supabase/tests/closed-plan.test.ts reads the catalog and fails when a table
-- with a foreign key to tasks or plans lacks this trigger, so a future child
-- table cannot forget it.
--
-- Periodic reports are the one exception, on purpose: the annual report of a
-- plan is written after the year is over, usually once the plan is closed,
-- so reports of a closed plan can still be drafted and submitted (their own
-- rules freeze them once submitted).

-- The trigger's argument names the column that leads to the plan: plan_id,
-- task_id or evidence_id.  The column is read by name from the row (never the
-- whole row serialised: an evidence file row holds up to 10 MB).
create or replace function private.guard_plan_open()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  via text := tg_argv[0];
  ref uuid;
  old_ref uuid;
  closed boolean;
begin
  if not private.is_api_user() then
    return coalesce(new, old);
  end if;
  execute format('select ($1).%I::uuid', via) using coalesce(new, old) into ref;
  if tg_op = 'UPDATE' then
    execute format('select ($1).%I::uuid', via) using old into old_ref;
  end if;
  closed := exists (
    select 1 from public.plans p
     where p.status = 'closed'
       and p.id in (
         select case via when 'plan_id' then r.id
                         when 'task_id' then (select t.plan_id from public.tasks t where t.id = r.id)
                         else (select t.plan_id from public.evidence e join public.tasks t on t.id = e.task_id where e.id = r.id)
                end
         from unnest(array[ref, old_ref]) as r(id)
         where r.id is not null));
  if closed then
    if tg_table_name = 'tasks' and tg_op = 'INSERT' then
      perform private.raise_rule('RT423', 'plan_closed_add_task', 'Kế hoạch đã kết thúc, không thể thêm nhiệm vụ.');
    elsif tg_table_name = 'tasks' then
      perform private.raise_rule('RT423', 'plan_closed_edit_task', 'Kế hoạch đã kết thúc, không thể sửa nhiệm vụ.');
    end if;
    perform private.raise_rule('RT423', 'plan_closed_read_only',
      'Kế hoạch đã kết thúc: nhiệm vụ, minh chứng, đơn vị phối hợp, gia hạn và ý kiến của kế hoạch chỉ còn để xem.');
  end if;
  return coalesce(new, old);
end;
$$;

-- Named so that they fire first among the before-triggers of each table
-- (triggers fire in name order): the closed plan is the first thing said.
create trigger a_plan_open before insert or update or delete on public.tasks
  for each row execute function private.guard_plan_open('plan_id');
create trigger a_plan_open before insert or update or delete on public.task_coordinators
  for each row execute function private.guard_plan_open('task_id');
create trigger a_plan_open before insert or update or delete on public.evidence
  for each row execute function private.guard_plan_open('task_id');
create trigger a_plan_open before insert or update or delete on public.evidence_files
  for each row execute function private.guard_plan_open('evidence_id');
create trigger a_plan_open before insert or update or delete on public.comments
  for each row execute function private.guard_plan_open('task_id');
create trigger a_plan_open before insert or update or delete on public.deadline_extensions
  for each row execute function private.guard_plan_open('task_id');
create trigger a_plan_open before insert or update or delete on public.task_events
  for each row execute function private.guard_plan_open('task_id');
