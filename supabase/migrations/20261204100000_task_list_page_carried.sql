-- The task list's one function learns the carry-over filter of the list
-- ("chuyển tiếp từ…" / "chuyển sang…", ?carried=from|to): a new argument,
-- so the old signature goes.  Everything else is as in
-- 20261204000000_task_list_page.sql.

drop function public.task_list_page(uuid, integer, uuid, text[], text, integer, date, date, text[], text, boolean, integer, integer, boolean);

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
      || 'private.local_date(now())) = $5')::text;
    conds := conds || case p_timeliness
      when 'cancelled' then 'x.status = ''cancelled''::public.task_status'
      when 'done_on_time' then 'x.status = ''done''::public.task_status'
      when 'done_late' then 'x.status = ''done''::public.task_status'
      when 'open_not_due' then 'x.status = any (''{not_started,in_progress,returned,submitted}''::public.task_status[])'
      when 'open_overdue' then 'x.status = any (''{not_started,in_progress,returned,submitted}''::public.task_status[]) '
        || 'and x.judged_due_date < private.local_date(now()) - greatest(coalesce($6, 0), 0)'
      else 'true'
    end;
  end if;
  if p_late_over is not null then
    conds := conds || ('private.days_late(x.status, x.judged_due_date, x.completed_on, private.local_date(x.submitted_at), '
      || 'private.local_date(now())) > $6')::text;
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
  -- "Cải cách"); one ILIKE per word, with the word as a literal, so the
  -- trigram index sees it.
  -- At most 8 distinct words, as the search box sends.
  for word in
    select distinct w
      from unnest(coalesce(p_search, '{}'::text[])) s,
           regexp_split_to_table(btrim(private.fold_vi(coalesce(s, ''))), '\s+') w
     where w <> ''
     order by w
     limit 8
  loop
    conds := conds || format('x.search_text ilike %L',
      '%' || replace(replace(replace(word, '\', '\\'), '%', '\%'), '_', '\_') || '%');
  end loop;
  filter := array_to_string(conds, ' and ');

  -- The list's sort orders (app/lib/task-filters.ts SORT_KEYS);
  -- id last, so pages never overlap.
  order_by := case p_sort
    when 'due' then format('x.due_date %s nulls last, ', dir)
    when 'status' then format('x.status_rank %s, x.due_date asc nulls last, ', dir)
    when 'unit' then format('x.lead_unit_sort %s, x.lead_unit_name %s, ', dir, dir)
    else ''
  end || 'x.plan_year desc, x.plan_doc_number asc, '
    || format('x.ordinal_path %s, x.id asc', case when p_sort in ('due', 'status', 'unit') then 'asc' else dir end);

  execute format(
    'select coalesce(jsonb_agg(to_jsonb(r)), ''[]''::jsonb)
       from (select x.* from public.task_list x where %s order by %s offset $9 limit $10) r',
    filter, order_by)
    into page
    using p_plan_id, p_area_id, p_unit_id, statuses, p_timeliness, p_late_over, p_due_from, p_due_to,
          greatest(coalesce(p_offset, 0), 0), least(greatest(coalesce(p_limit, 50), 0), 1000);

  if coalesce(p_count, true) then
    execute format(
      'select count(*)::integer from (select 1 from public.tasks x where %s limit %s) c', filter, cap + 1)
      into matched
      using p_plan_id, p_area_id, p_unit_id, statuses, p_timeliness, p_late_over, p_due_from, p_due_to;
  end if;

  return jsonb_build_object(
    'total', case when matched is not null then least(matched, cap) end,
    'capped', coalesce(matched > cap, false),
    'rows', page);
end;
$$;

revoke all on function public.task_list_page(uuid, integer, uuid, text[], text, integer, date, date, text[], text, text, boolean, integer, integer, boolean) from public, anon;
grant execute on function public.task_list_page(uuid, integer, uuid, text[], text, integer, date, date, text[], text, text, boolean, integer, integer, boolean) to authenticated, service_role;
