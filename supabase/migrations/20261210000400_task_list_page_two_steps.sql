-- The task list within 100 ms at 100,000 tasks whatever its sort and
-- filter (issue #14).  Before, public.task_list_page selected its page from
-- the task_list view: the sort keys by status (status_rank) and by unit
-- (lead_unit_sort, lead_unit_name) are the view's, so every matching row
-- (tens of thousands for a common word or a broad filter) went through the
-- view's joins, its carried-over look-ups and its timeliness before the
-- first 50 were taken (p95 150-420 ms).  Now the page is asked in two steps:
--   1. the ids of the page, from public.tasks joined only to what the order
--      needs (plans for year and number; units for the unit order), with the
--      keys written as indexes are, so that an index gives the rows in
--      order and the scan stops after the page (when many tasks match:
--      the count is now made first and decides, see below);
--   2. the task_list view's rows for those ids, in that order.
-- Answers are unchanged (same rows, order, total and "capped"); the keys are
-- still read from plans and units at the time of the call, so renaming a
-- unit or changing its order re-sorts the list at once.
-- supabase/tests/task-list-page.test.ts holds every sort order, ascending
-- and descending, against the view under the policies.

-- By status: the view's status_rank (work still to do first), then due date.
-- One index for each direction (the due date stays ascending in both).
create index if not exists tasks_status_rank_due_idx on public.tasks (
  (case status when 'not_started'::public.task_status then 1 when 'in_progress'::public.task_status then 2
     when 'returned'::public.task_status then 3 when 'submitted'::public.task_status then 4
     when 'done'::public.task_status then 5 when 'cancelled'::public.task_status then 6 end),
  due_date nulls last);
create index if not exists tasks_status_rank_desc_due_idx on public.tasks (
  (case status when 'not_started'::public.task_status then 1 when 'in_progress'::public.task_status then 2
     when 'returned'::public.task_status then 3 when 'submitted'::public.task_status then 4
     when 'done'::public.task_status then 5 when 'cancelled'::public.task_status then 6 end) desc,
  due_date nulls last);
-- By unit: the units in their order (read backwards for descending), each
-- unit's tasks through tasks_lead_unit_id_idx.
create index if not exists units_sort_order_name_idx on public.units (sort_order, name);

create or replace function public.task_list_page(
  p_plan_id uuid default null,
  p_area_id integer default null,
  p_unit_id uuid default null,
  p_statuses text[] default null,
  p_timeliness text default null,
  p_late_over integer default null,
  p_due_from date default null,
  p_due_to date default null,
  p_search text[] default null,
  p_carried text default null,
  p_sort text default 'ordinal',
  p_desc boolean default false,
  p_offset integer default 0,
  p_limit integer default 50,
  p_count boolean default true
)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
-- A page of 50 rows never gains from compiling its statements (PostgreSQL
-- with LLVM compiles a statement estimated costly: 1.5 s for one over the
-- whole view).
set jit = off
as $$
declare
  cap constant integer := 10000;
  caller_role public.app_role := private.current_app_role();
  conds text[] := array['true'];
  word text;
  dir text := case when p_desc then 'desc' else 'asc' end;
  order_by text;
  filter text;
  page jsonb;
  matched integer := null;
  statuses public.task_status[];
  ids uuid[];
  -- From this many matches on, the page is read in the order of an index
  -- (see below).
  dense constant integer := 2000;
  sort_setting text;
  -- Today in Vietnam, as the view computes timeliness and days late
  -- (private.local_date(now()); now() is the same all through the call),
  -- worked out once instead of on every row checked ($11).
  today constant date := private.local_date(now());
  -- status_rank of the view, as the status indexes above are written.
  rank constant text := '(case x.status when ''not_started''::public.task_status then 1 '
    || 'when ''in_progress''::public.task_status then 2 when ''returned''::public.task_status then 3 '
    || 'when ''submitted''::public.task_status then 4 when ''done''::public.task_status then 5 '
    || 'when ''cancelled''::public.task_status then 6 end)';
begin
  -- The read rule (see above).
  if caller_role is null then
    return jsonb_build_object('total', 0, 'capped', false, 'rows', '[]'::jsonb);
  end if;
  -- Conditions are written on columns that public.tasks and the task_list
  -- view share (alias x): the page reads the view, the count reads tasks
  -- alone (no joins to count).
  if caller_role = 'dept_head' then
    conds := conds || 'exists (select 1 from public.plans p where p.id = x.plan_id and p.status <> ''draft''::public.plan_status)'::text;
  end if;

  if p_plan_id is not null then conds := conds || 'x.plan_id = $1'::text; end if;
  if p_area_id is not null then conds := conds || 'x.area_id = $2'::text; end if;
  if p_unit_id is not null then conds := conds || 'x.lead_unit_id = $3'::text; end if;
  -- Statuses arrive as text (the API hands JSON arrays over as text[]);
  -- names that are not statuses are dropped, as the app drops them.
  statuses := array(select e from unnest(enum_range(null::public.task_status)) e where e::text = any (p_statuses));
  if cardinality(statuses) > 0 then conds := conds || 'x.status = any ($4)'::text; end if;
  -- Timeliness and days late as the view computes them (inlined), plus
  -- what they imply about status and the judged deadline, so an index can
  -- narrow the rows first.
  if p_timeliness is not null then
    conds := conds || ('private.timeliness(x.status, x.judged_due_date, x.completed_on, private.local_date(x.submitted_at), '
      || '$11) = $5')::text;
    conds := conds || case p_timeliness
      when 'cancelled' then 'x.status = ''cancelled''::public.task_status'
      when 'done_on_time' then 'x.status = ''done''::public.task_status'
      when 'done_late' then 'x.status = ''done''::public.task_status'
      when 'open_not_due' then 'x.status = any (''{not_started,in_progress,returned,submitted}''::public.task_status[])'
      when 'open_overdue' then 'x.status = any (''{not_started,in_progress,returned,submitted}''::public.task_status[]) '
        || 'and x.judged_due_date < $11 - greatest(coalesce($6, 0), 0)'
      else 'true'
    end;
  end if;
  if p_late_over is not null then
    conds := conds || ('private.days_late(x.status, x.judged_due_date, x.completed_on, private.local_date(x.submitted_at), '
      || '$11) > $6')::text;
  end if;
  if p_due_from is not null then conds := conds || 'x.due_date >= $7'::text; end if;
  if p_due_to is not null then conds := conds || 'x.due_date <= $8'::text; end if;
  -- Carried over: 'from' = continues a task of an earlier plan; 'to' = was
  -- carried into a later plan (both through tasks.carried_from_task_id and
  -- its unique index).
  if p_carried = 'from' then conds := conds || 'x.carried_from_task_id is not null'::text;
  elsif p_carried = 'to' then
    conds := conds || 'exists (select 1 from public.tasks c where c.carried_from_task_id = x.id)'::text;
  end if;
  -- Every word must occur (as the list's search box: "cai cach" finds
  -- "Cải cách"); one LIKE per word, with the word as a literal, so the
  -- trigram index sees it.  LIKE, not ILIKE: search_text is private.fold_vi
  -- of the task's text, lower case already (lower() then a translation to
  -- lower-case letters), and so is the word, so both find the same tasks;
  -- ILIKE lower-cases every row it checks again, which was half the time of
  -- a search for common words.
  -- At most 8 distinct words, as the search box sends.
  for word in
    select distinct w
      from unnest(coalesce(p_search, '{}'::text[])) s,
           regexp_split_to_table(btrim(private.fold_vi(coalesce(s, ''))), '\s+') w
     where w <> ''
     order by w
     limit 8
  loop
    conds := conds || format('x.search_text like %L',
      '%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%');
  end loop;
  filter := array_to_string(conds, ' and ');

  -- The list's sort orders (app/lib/task-filters.ts SORT_KEYS), the same
  -- keys as the view's columns (plan_year, plan_doc_number, ordinal_path,
  -- status_rank, lead_unit_sort, lead_unit_name) written on the tables they
  -- come from, as the indexes above are written; id last, so pages never
  -- overlap.
  order_by := case p_sort
    when 'due' then format('x.due_date %s nulls last, ', dir)
    when 'status' then format('%s %s, x.due_date asc nulls last, ', rank, dir)
    when 'unit' then format('u.sort_order %s, u.name %s, ', dir, dir)
    else ''
  end || 'pl.year desc, pl.doc_number asc, '
    || format('string_to_array(x.ordinal, ''.'')::integer[] %s, x.id asc',
              case when p_sort in ('due', 'status', 'unit') then 'asc' else dir end);

  -- How many tasks match: the count the list shows (exact up to 10,000),
  -- or, when it is not asked for, whether at least `dense` do.
  execute format(
    'select count(*)::integer from (select 1 from public.tasks x where %s limit %s) c',
    filter, case when coalesce(p_count, true) then cap + 1 else dense end)
    into matched
    using p_plan_id, p_area_id, p_unit_id, statuses, p_timeliness, p_late_over, p_due_from, p_due_to, 0, 0, today;

  -- 1. The page's ids, from tasks with only what the order needs.
  -- The planner cannot tell how many tasks a search word or a timeliness
  -- filter keeps (it guessed 24 tasks overdue by more than 30 days for
  -- 10,600, 500 for "cai cach" for 8,400), so it sorted every match.  When
  -- the count says they are many, sorting is ruled out for this statement:
  -- the planner then reads an index in the list's order (status and due
  -- date, due date, plan then ordinal, or the units in their order and
  -- each unit's tasks), sorts only rows that tie on its keys, and stops
  -- after the page; with many matches, the page's rows are found early.
  -- With few, sorting them all is cheap and an index read could walk the
  -- whole table, so the planner is left alone.
  if matched >= dense then
    sort_setting := current_setting('enable_sort');
    perform set_config('enable_sort', 'off', true);
  end if;
  -- By unit, the units are read in their order and each unit's matching
  -- tasks looked up on their own (a subquery the planner keeps as it is,
  -- offset 0), as a join it would filter all the tasks first.  Not when the
  -- list is of one unit: walking the others would find nothing.
  execute format(
    'select array(select x.id from %s where %s order by %s offset $9 limit $10)',
    case
      when p_sort = 'unit' and matched >= dense and p_unit_id is null then
        'public.units u cross join lateral (select x.* from public.tasks x where x.lead_unit_id = u.id offset 0) x '
        || 'join public.plans pl on pl.id = x.plan_id'
      when p_sort = 'unit' then
        'public.tasks x join public.plans pl on pl.id = x.plan_id join public.units u on u.id = x.lead_unit_id'
      else 'public.tasks x join public.plans pl on pl.id = x.plan_id'
    end,
    filter, order_by)
    into ids
    using p_plan_id, p_area_id, p_unit_id, statuses, p_timeliness, p_late_over, p_due_from, p_due_to,
          greatest(coalesce(p_offset, 0), 0), least(greatest(coalesce(p_limit, 50), 0), 1000), today;
  if sort_setting is not null then
    perform set_config('enable_sort', sort_setting, true);
  end if;

  -- 2. Those rows of the view, in that order.  (A condition on the id, not a
  -- join with the list of ids: the planner does not carry such a join into
  -- the view, and read all of it.)
  select coalesce(jsonb_agg(to_jsonb(x) order by array_position(ids, x.id)), '[]'::jsonb)
    into page
    from public.task_list x
   where x.id = any (ids);


  return jsonb_build_object(
    'total', case when coalesce(p_count, true) then least(matched, cap) end,
    'capped', coalesce(p_count, true) and matched > cap,
    'rows', page);
end;
$$;

revoke all on function public.task_list_page(uuid, integer, uuid, text[], text, integer, date, date, text[], text, text, boolean, integer, integer, boolean) from public, anon;
grant execute on function public.task_list_page(uuid, integer, uuid, text[], text, integer, date, date, text[], text, text, boolean, integer, integer, boolean) to authenticated, service_role;
