-- Carry-over at year end: Home Affairs carries chosen unfinished tasks of a
-- year's plan into next year's plan, in one transaction
-- (carry_over_tasks).  Every write is on the new side: the new task
-- references the one it continues (tasks.carried_from_task_id); the old task
-- is found by reverse lookup, so a closed plan is never written to, its
-- figures still count the task as not done, and its submitted reports stay as
-- they were.  task_carry_chain(task) reads the whole chain of a task carried
-- more than once; the task list shows and filters both marks.

alter table public.tasks
  add column carried_from_task_id uuid references public.tasks (id) on delete restrict,
  add constraint tasks_carried_once_per_plan unique (carried_from_task_id, plan_id),
  add constraint tasks_carried_not_self check (carried_from_task_id is distinct from id);
-- (the unique constraint's index leads with carried_from_task_id: it serves the
-- foreign key and the reverse lookup)

-- Neither the carry-over link nor the first lead unit is written through the
-- API directly: carry_over_tasks() and the reorganisation functions set them.
create or replace function private.guard_task_links()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.carried_from_task_id is not null or new.original_lead_unit_id is not null then
      perform private.raise_rule('RT403', 'task_links_system', 'Liên kết chuyển tiếp và đơn vị chủ trì ban đầu do hệ thống ghi, không sửa trực tiếp.');
    end if;
  elsif new.carried_from_task_id is distinct from old.carried_from_task_id
     or new.original_lead_unit_id is distinct from old.original_lead_unit_id then
    perform private.raise_rule('RT403', 'task_links_system', 'Liên kết chuyển tiếp và đơn vị chủ trì ban đầu do hệ thống ghi, không sửa trực tiếp.');
  end if;
  return new;
end;
$$;
create trigger tasks_guard_links before insert or update on public.tasks
  for each row execute function private.guard_task_links();

-- The active unit that carries on an inactive unit's work: followed through
-- successive reorganisations while each step has exactly one successor.
create or replace function private.current_successor(p_unit_id uuid)
returns uuid
language plpgsql
stable
set search_path = ''
as $$
declare
  current uuid := p_unit_id;
  next uuid;
  n integer;
begin
  for i in 1..10 loop
    if exists (select 1 from public.units u where u.id = current and u.is_active) then
      return current;
    end if;
    select count(distinct s.successor_id), min(s.successor_id::text)::uuid into n, next
    from public.unit_successions s where s.predecessor_id = current;
    if n <> 1 then
      return null;
    end if;
    current := next;
  end loop;
  return null;
end;
$$;
revoke all on function private.current_successor(uuid) from public;

-- Carries p_task_ids into p_target_plan_id.  Due dates: p_due_dates[i] for
-- the i-th task, or (when p_due_dates is null) the same day one year later.
-- Each new task gets the next free number in its area, the old task's area,
-- title, expected output, cadence and coordinating units, and its lead unit
-- (or, if that unit has been merged, its successor).  Returns the new tasks.
create or replace function public.carry_over_tasks(
  p_target_plan_id uuid,
  p_task_ids uuid[],
  p_due_dates date[] default null
)
returns table (source_task_id uuid, task_id uuid, ordinal text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.plans;
  src record;
  due date;
  lead uuid;
  next_no integer;
  new_ordinal text;
  new_id uuid;
  i integer;
begin
  if (auth.uid() is not null or coalesce(current_setting('role', true), '') in ('anon', 'authenticated'))
     and private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'carry_interior_only', 'Chỉ Sở Nội vụ được chuyển nhiệm vụ sang kế hoạch năm sau.');
  end if;
  if coalesce(cardinality(p_task_ids), 0) = 0 then
    perform private.raise_rule('RT422', 'carry_no_tasks', 'Chọn ít nhất một nhiệm vụ để chuyển.');
  end if;
  if p_due_dates is not null and cardinality(p_due_dates) <> cardinality(p_task_ids) then
    perform private.raise_rule('RT422', 'carry_due_dates_count', 'Số thời hạn mới phải bằng số nhiệm vụ được chuyển.');
  end if;
  select * into target from public.plans where id = p_target_plan_id for update;
  if not found then
    perform private.raise_rule('RT422', 'carry_target_unknown', 'Kế hoạch nhận không tồn tại.');
  end if;
  if target.status = 'closed' then
    perform private.raise_rule('RT423', 'carry_target_closed', format('Kế hoạch số %s đã kết thúc, không thể nhận nhiệm vụ chuyển sang.', target.doc_number),
      jsonb_build_object('plan', target.doc_number));
  end if;

  for i in 1..cardinality(p_task_ids) loop
    select t.*, p.year as plan_year, p.doc_number as plan_doc_number
      into src
      from public.tasks t join public.plans p on p.id = t.plan_id
     where t.id = p_task_ids[i];
    if not found then
      perform private.raise_rule('RT422', 'carry_task_unknown', 'Nhiệm vụ được chọn không tồn tại.');
    end if;
    if target.year <> src.plan_year + 1 then
      perform private.raise_rule('RT422', 'carry_target_year', format(
        'Nhiệm vụ của kế hoạch năm %s chỉ được chuyển sang kế hoạch năm %s (kế hoạch số %s là của năm %s).',
        src.plan_year, src.plan_year + 1, target.doc_number, target.year),
        jsonb_build_object('from', src.plan_year, 'expected', src.plan_year + 1, 'plan', target.doc_number, 'year', target.year));
    end if;
    if src.status in ('done', 'cancelled') then
      perform private.raise_rule('RT422', 'carry_task_finished', format(
        'Nhiệm vụ %s đã hoàn thành hoặc đã hủy, không chuyển sang năm sau.', src.ordinal),
        jsonb_build_object('ordinal', src.ordinal));
    end if;
    if exists (select 1 from public.tasks t where t.plan_id = target.id and t.carried_from_task_id = src.id) then
      perform private.raise_rule('RT422', 'carry_already', format(
        'Nhiệm vụ %s đã được chuyển sang Kế hoạch số %s.', src.ordinal, target.doc_number),
        jsonb_build_object('ordinal', src.ordinal, 'plan', target.doc_number));
    end if;
    due := case when p_due_dates is null then (src.due_date + interval '1 year')::date else p_due_dates[i] end;
    if due is not null and (due < make_date(target.year, 1, 1) or due > make_date(target.year, 12, 31)) then
      perform private.raise_rule('RT422', 'carry_due_outside_year', format(
        'Thời hạn mới của nhiệm vụ %s phải trong năm %s.', src.ordinal, target.year),
        jsonb_build_object('ordinal', src.ordinal, 'year', target.year));
    end if;
    if due is not null and target.issued_on is not null and due < target.issued_on then
      perform private.raise_rule('RT422', 'carry_due_before_start', format(
        'Thời hạn mới của nhiệm vụ %s không được trước ngày ban hành kế hoạch (%s).', src.ordinal, to_char(target.issued_on, 'DD/MM/YYYY')),
        jsonb_build_object('ordinal', src.ordinal, 'date', to_char(target.issued_on, 'DD/MM/YYYY')));
    end if;
    lead := private.current_successor(src.lead_unit_id);
    if lead is null then
      perform private.raise_rule('RT422', 'carry_lead_unit_inactive', format(
        'Đơn vị chủ trì nhiệm vụ %s đã ngừng hoạt động và không có một đơn vị tiếp nhận duy nhất: hãy giao nhiệm vụ cho đơn vị khác trước.', src.ordinal),
        jsonb_build_object('ordinal', src.ordinal));
    end if;

    select coalesce(max(split_part(t.ordinal, '.', 2)::integer), 0) + 1 into next_no
      from public.tasks t
     where t.plan_id = target.id and split_part(t.ordinal, '.', 1) = src.area_id::text and t.ordinal like '%.%';
    new_ordinal := src.area_id::text || '.' || next_no::text;

    insert into public.tasks (plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
                              start_date, due_date, cadence, carried_from_task_id)
    values (target.id, src.area_id, new_ordinal, src.title, src.expected_output, lead,
            case when due is null or due >= make_date(target.year, 1, 1) then make_date(target.year, 1, 1) end,
            due, src.cadence, src.id)
    returning id into new_id;

    insert into public.task_coordinators (task_id, unit_id)
    select new_id, c.unit_id
      from public.task_coordinators c join public.units u on u.id = c.unit_id
     where c.task_id = src.id and u.is_active and c.unit_id <> lead
    on conflict do nothing;

    source_task_id := src.id;
    task_id := new_id;
    ordinal := new_ordinal;
    return next;
  end loop;
end;
$$;
revoke execute on function public.carry_over_tasks(uuid, uuid[], date[]) from public, anon;
grant execute on function public.carry_over_tasks(uuid, uuid[], date[]) to authenticated;

-- The whole chain of a task carried from year to year, oldest first: every
-- task it continues and every task that continues it, each with its plan.
create or replace function public.task_carry_chain(p_task_id uuid)
returns table (
  task_id uuid,
  plan_id uuid,
  plan_doc_number text,
  plan_year smallint,
  ordinal text,
  status public.task_status,
  carried_from_task_id uuid,
  step integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with recursive up as (
    select t.id, t.carried_from_task_id, 0 as depth from public.tasks t where t.id = p_task_id
    union all
    select t.id, t.carried_from_task_id, up.depth + 1
    from public.tasks t join up on t.id = up.carried_from_task_id
    where up.depth < 50
  ),
  root as (
    select up.id from up order by up.depth desc limit 1
  ),
  down as (
    select t.id, 0 as step from public.tasks t join root on root.id = t.id
    union all
    select t.id, down.step + 1
    from public.tasks t join down on t.carried_from_task_id = down.id
    where down.step < 50
  )
  select t.id, t.plan_id, p.doc_number, p.year, t.ordinal, t.status, t.carried_from_task_id, d.step
  from down d
  join public.tasks t on t.id = d.id
  join public.plans p on p.id = t.plan_id
  order by d.step, p.year, t.ordinal;
$$;
revoke execute on function public.task_carry_chain(uuid) from public, anon;
grant execute on function public.task_carry_chain(uuid) to authenticated;

-- ---------------------------------------------------------------- task list
-- The task list's view gains the carry-over marks (appended columns):
--   carried_from_task_id, carried_from_plan_doc_number, carried_from_plan_year
--     "chuyển tiếp từ Kế hoạch số …" (this task continues an earlier one)
--   carried_to_plan_doc_number, carried_to_plan_year
--     "chuyển sang Kế hoạch số …" (a later plan continues this task)
create or replace view public.task_list with (security_invoker = on) as
select
  o.id,
  o.plan_id,
  o.plan_doc_number,
  o.plan_year,
  o.plan_status,
  o.area_id,
  o.ordinal,
  string_to_array(o.ordinal, '.')::integer[] as ordinal_path,
  o.title,
  o.expected_output,
  o.lead_unit_id,
  o.lead_unit_code,
  o.lead_unit_name,
  o.lead_unit_short_name,
  u.sort_order as lead_unit_sort,
  o.start_date,
  o.due_date,
  o.original_due_date,
  o.judged_due_date,
  o.cadence,
  o.status,
  case o.status
    when 'not_started' then 1
    when 'in_progress' then 2
    when 'returned' then 3
    when 'submitted' then 4
    when 'done' then 5
    when 'cancelled' then 6
  end as status_rank,
  o.progress,
  o.submitted_at,
  o.completed_on,
  o.status_reason,
  o.search_text,
  o.updated_at,
  o.timeliness,
  o.days_late,
  t.carried_from_task_id,
  fp.doc_number as carried_from_plan_doc_number,
  fp.year as carried_from_plan_year,
  nx.doc_number as carried_to_plan_doc_number,
  nx.year as carried_to_plan_year
from public.task_overview o
join public.units u on u.id = o.lead_unit_id
join public.tasks t on t.id = o.id
left join public.tasks ft on ft.id = t.carried_from_task_id
left join public.plans fp on fp.id = ft.plan_id
left join lateral (
  select p.doc_number, p.year
  from public.tasks c join public.plans p on p.id = c.plan_id
  where c.carried_from_task_id = o.id
  order by p.year, p.doc_number
  limit 1
) nx on true;
