-- The task page says whether a task is late, as lists and the dashboard do:
-- task_page's task now carries its timeliness and days late as of today in
-- Vietnam (private.timeliness / private.days_late, the one rule every figure
-- uses), judged against judged_due_date.  An extension approved after the
-- deadline had passed moves the due date but not the date the task is judged
-- against; the page shows both.
create or replace function public.task_page(p_task_id uuid)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'task', to_jsonb(t) || jsonb_build_object(
      'timeliness', private.timeliness(t.status, t.judged_due_date, t.completed_on, private.local_date(t.submitted_at), private.local_date(now())),
      'days_late', private.days_late(t.status, t.judged_due_date, t.completed_on, private.local_date(t.submitted_at), private.local_date(now())),
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

revoke all on function public.task_page(uuid) from public, anon;
grant execute on function public.task_page(uuid) to authenticated, service_role;
