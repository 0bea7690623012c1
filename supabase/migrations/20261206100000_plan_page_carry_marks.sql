-- The plan page marks carried tasks both ways, as the task list does
-- (task_list.carried_from_plan_doc_number / carried_to_plan_doc_number: the
-- plan a task continues, and the first plan it was carried into).  Otherwise
-- as in 20261206000000_one_request_per_screen.sql; grants unchanged.

create or replace function public.plan_page(p_plan_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'plan', to_jsonb(p),
    'areas', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'area', to_jsonb(a),
               'total', coalesce(g.total, 0),
               'done', coalesce(g.done, 0),
               'cancelled', coalesce(g.cancelled, 0)) order by a.id), '[]'::jsonb)
        from public.reform_areas a
        left join public.plan_area_progress g on g.plan_id = p.id and g.area_id = a.id),
    'tasks', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'id', t.id,
               'area_id', t.area_id,
               'ordinal', t.ordinal,
               'title', t.title,
               'expected_output', t.expected_output,
               'due_date', t.due_date,
               'cadence', t.cadence,
               'status', t.status,
               'progress', t.progress,
               'completed_on', t.completed_on,
               'lead_unit', case when u.id is null then null
                                 else jsonb_build_object('id', u.id, 'name', u.name, 'short_name', u.short_name) end,
               'carried_from_plan_doc_number', fp.doc_number,
               'carried_to_plan_doc_number', nx.doc_number)
             order by t.area_id, string_to_array(t.ordinal, '.')::integer[], t.id), '[]'::jsonb)
        from public.tasks t
        left join public.units u on u.id = t.lead_unit_id
        left join public.tasks ft on ft.id = t.carried_from_task_id
        left join public.plans fp on fp.id = ft.plan_id
        left join lateral (
          select np.doc_number
            from public.tasks c join public.plans np on np.id = c.plan_id
           where c.carried_from_task_id = t.id
           order by np.year, np.doc_number
           limit 1
        ) nx on true
       where t.plan_id = p.id))
  from public.plans p
  where p.id = p_plan_id;
$$;
