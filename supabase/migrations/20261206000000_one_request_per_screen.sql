-- One request per screen.  Each request to the API pays a fixed cost (the
-- server checks the session, opens a transaction, sets the role and the
-- request settings: 4–9 ms on an idle machine, whatever the query), so a
-- screen that asked three to six requests paid it three to six times.  The
-- plan page, the dashboard and the task page now each ask one function that
-- returns everything the screen shows as one JSON value.
--
-- All three are security invoker: they read the same tables and views the
-- app read before, as the caller, under the same row-level security, so no
-- read rule is repeated here.  supabase/tests/screen-pages.test.ts compares
-- each answer with the table reads it replaces, for every persona.
--
-- One JSON value is one row: the API's cut at 1,000 rows (max_rows) does not
-- apply to the tasks inside it (supabase/tests/large-plan.test.ts reads a
-- plan of 1,500 tasks whole).

-- The plan page: the plan, done/total for each of the six areas, and every
-- task of the plan in the page's order (area, then ordinal as numbers).
-- Null when the plan does not exist or the caller may not read it.
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
                                 else jsonb_build_object('id', u.id, 'name', u.name, 'short_name', u.short_name) end)
             order by t.area_id, string_to_array(t.ordinal, '.')::integer[], t.id), '[]'::jsonb)
        from public.tasks t
        left join public.units u on u.id = t.lead_unit_id
       where t.plan_id = p.id))
  from public.plans p
  where p.id = p_plan_id;
$$;

-- The dashboard of a plan as of a day (default today): the headline and the
-- two-by-two split (plan_figures, whole plan and per area), the six areas'
-- names, the unit ranking (unit_figures), the month-by-month trend
-- (plan_trend) and, for today only, the ten most overdue open tasks.
create or replace function public.dashboard_page(p_plan_id uuid, p_as_of date default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'figures', (
      select coalesce(jsonb_agg(to_jsonb(f) order by f.area_id nulls first), '[]'::jsonb)
        from public.plan_figures(p_plan_id, p_as_of) f),
    'areas', (
      select coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'name_vi', a.name_vi, 'name_en', a.name_en) order by a.id), '[]'::jsonb)
        from public.reform_areas a),
    'units', (
      select coalesce(jsonb_agg(to_jsonb(u) order by u.rank, u.unit_id), '[]'::jsonb)
        from public.unit_figures(p_plan_id, p_as_of) u),
    'trend', (
      select coalesce(jsonb_agg(to_jsonb(t) order by t.month), '[]'::jsonb)
        from public.plan_trend(p_plan_id, p_as_of) t),
    'overdue', case when p_as_of is null then (
      select coalesce(jsonb_agg(to_jsonb(o) order by o.days_late desc, o.id), '[]'::jsonb)
        from (select v.id, v.ordinal, v.title, v.lead_unit_short_name, v.lead_unit_name, v.judged_due_date, v.days_late
                from public.task_overview v
               where v.plan_id = p_plan_id and v.timeliness = 'open_overdue'
               order by v.days_late desc, v.id
               limit 10) o)
    end);
$$;

-- The task page: the task with its plan, area, lead unit, coordinating units
-- and deadline extensions; its evidence and comments (oldest first) and its
-- history (newest first), each with the person who wrote it.  Null when the
-- task does not exist or the caller may not read it.
create or replace function public.task_page(p_task_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'task', to_jsonb(t) || jsonb_build_object(
      'plan', (select jsonb_build_object('id', p.id, 'doc_number', p.doc_number, 'title', p.title, 'year', p.year, 'status', p.status)
                 from public.plans p where p.id = t.plan_id),
      'area', (select jsonb_build_object('id', a.id, 'name_vi', a.name_vi, 'name_en', a.name_en)
                 from public.reform_areas a where a.id = t.area_id),
      'lead_unit', (select jsonb_build_object('id', u.id, 'name', u.name, 'short_name', u.short_name)
                      from public.units u where u.id = t.lead_unit_id),
      'coordinators', (
        select coalesce(jsonb_agg(jsonb_build_object('unit', jsonb_build_object('id', u.id, 'name', u.name, 'short_name', u.short_name))
                                  order by coalesce(u.short_name, u.name), u.id), '[]'::jsonb)
          from public.task_coordinators c join public.units u on u.id = c.unit_id
         where c.task_id = t.id),
      'extensions', (
        select coalesce(jsonb_agg(jsonb_build_object(
                 'id', e.id, 'previous_due_date', e.previous_due_date, 'new_due_date', e.new_due_date,
                 'doc_number', e.doc_number, 'doc_date', e.doc_date, 'approved_on', e.approved_on, 'reason', e.reason)
                 order by e.created_at, e.id), '[]'::jsonb)
          from public.deadline_extensions e
         where e.task_id = t.id)),
    'evidence', (
      select coalesce(jsonb_agg(to_jsonb(e) || jsonb_build_object('author', (
               select jsonb_build_object('id', pr.id, 'full_name', pr.full_name, 'email', pr.email, 'role', pr.role)
                 from public.profiles pr where pr.id = e.created_by))
             order by e.created_at, e.id), '[]'::jsonb)
        from public.evidence e
       where e.task_id = t.id),
    'comments', (
      select coalesce(jsonb_agg(to_jsonb(c) || jsonb_build_object('author', (
               select jsonb_build_object('id', pr.id, 'full_name', pr.full_name, 'email', pr.email, 'role', pr.role)
                 from public.profiles pr where pr.id = c.author_id))
             order by c.created_at, c.id), '[]'::jsonb)
        from public.comments c
       where c.task_id = t.id),
    'events', (
      select coalesce(jsonb_agg(to_jsonb(ev) || jsonb_build_object('actor', (
               select jsonb_build_object('id', pr.id, 'full_name', pr.full_name, 'email', pr.email, 'role', pr.role)
                 from public.profiles pr where pr.id = ev.actor_id))
             order by ev.occurred_at desc, ev.id desc), '[]'::jsonb)
        from public.task_events ev
       where ev.task_id = t.id))
  from public.tasks t
  where t.id = p_task_id;
$$;

revoke all on function public.plan_page(uuid) from public, anon;
revoke all on function public.dashboard_page(uuid, date) from public, anon;
revoke all on function public.task_page(uuid) from public, anon;
grant execute on function public.plan_page(uuid) to authenticated, service_role;
grant execute on function public.dashboard_page(uuid, date) to authenticated, service_role;
grant execute on function public.task_page(uuid) to authenticated, service_role;
