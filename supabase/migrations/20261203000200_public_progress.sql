-- The public progress page (/cong-khai): Home Affairs marks a plan public,
-- and anyone, signed in or not, reads its figures and task statuses through
-- one function, public_progress().  Anonymous callers still read no table and
-- call no other function; the function returns only what the page shows: no
-- evidence, no comments, no people's names, nothing of a plan not public.

alter table public.plans
  add column is_public boolean not null default false,
  add column published_at timestamptz,
  add column published_by uuid references public.profiles (id) on delete set null;
create index plans_published_by_idx on public.plans (published_by);
create index plans_public_idx on public.plans (year) where is_public;

-- Only set_plan_public() changes these columns (it records who and when).
create or replace function private.guard_plan_public()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.is_public or new.published_at is not null or new.published_by is not null then
      perform private.raise_rule('RT403', 'plan_public_by_function', 'Công khai kế hoạch bằng chức năng "Công khai", không sửa trực tiếp.');
    end if;
  elsif new.is_public is distinct from old.is_public
     or new.published_at is distinct from old.published_at
     or new.published_by is distinct from old.published_by then
    perform private.raise_rule('RT403', 'plan_public_by_function', 'Công khai kế hoạch bằng chức năng "Công khai", không sửa trực tiếp.');
  end if;
  return new;
end;
$$;
create trigger plans_guard_public before insert or update on public.plans
  for each row execute function private.guard_plan_public();

-- Home Affairs publishes (or withdraws) a plan that has been issued; a closed
-- plan can still be published: only these three columns change.
create or replace function public.set_plan_public(p_plan_id uuid, p_public boolean)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  plan public.plans;
begin
  if (auth.uid() is not null or coalesce(current_setting('role', true), '') in ('anon', 'authenticated'))
     and private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'plan_public_interior_only', 'Chỉ Sở Nội vụ được công khai kế hoạch.');
  end if;
  select * into plan from public.plans where id = p_plan_id for update;
  if not found then
    perform private.raise_rule('RT422', 'plan_unknown', 'Kế hoạch không tồn tại.');
  end if;
  if p_public and plan.status = 'draft' then
    perform private.raise_rule('RT422', 'plan_public_draft', 'Kế hoạch đang là dự thảo: chỉ công khai kế hoạch đã ban hành.');
  end if;
  if plan.is_public is distinct from coalesce(p_public, false) then
    update public.plans
       set is_public = coalesce(p_public, false),
           published_at = case when p_public then now() end,
           published_by = case when p_public then auth.uid() end
     where id = p_plan_id;
  end if;
end;
$$;
revoke execute on function public.set_plan_public(uuid, boolean) from public, anon;
grant execute on function public.set_plan_public(uuid, boolean) to authenticated;

-- One row per public plan, newest year first, each a JSON document with
-- exactly what /cong-khai shows, as of today:
--   plan      doc_number, title, year, issuer, issued_on, status
--   as_of     the day the figures are for
--   headline  total, done, rate (percent, two decimals), cancelled
--   split     done_on_time, done_late, open_not_due, open_overdue
--   areas     per reform area: names (vi, en), the same counts
--   units     lead units ranked: name, counts, rates, rank
--   tasks     every task: ordinal, area, title, expected output, lead unit
--             name, due date, status, timeliness, completion date
-- One row per plan keeps every plan whole under the API's row limit.
create or replace function public.public_progress()
returns table (plan jsonb)
language sql
stable
security definer
set search_path = ''
as $$
  with today as (select private.local_date(now()) as day),
  pub as (
    select p.* from public.plans p where p.is_public and p.status <> 'draft'
  ),
  -- every task of the public plans as of today, judged once
  s as materialized (
    select p.id as plan_id, x.*
    from pub p cross join today d cross join lateral public.tasks_as_of(p.id, d.day) x
  ),
  counts as (
    select s.plan_id, s.area_id,
      count(*) filter (where s.timeliness <> 'cancelled')::int as total,
      count(*) filter (where s.timeliness in ('done_on_time', 'done_late'))::int as done,
      count(*) filter (where s.timeliness = 'done_on_time')::int as done_on_time,
      count(*) filter (where s.timeliness = 'done_late')::int as done_late,
      count(*) filter (where s.timeliness = 'open_not_due')::int as open_not_due,
      count(*) filter (where s.timeliness = 'open_overdue')::int as open_overdue,
      count(*) filter (where s.timeliness = 'cancelled')::int as cancelled
    from s
    group by grouping sets ((s.plan_id, s.area_id), (s.plan_id))
  )
  select jsonb_build_object(
    'plan', jsonb_build_object('id', p.id, 'doc_number', p.doc_number, 'title', p.title, 'year', p.year,
                               'issuer', p.issuer, 'issued_on', p.issued_on, 'status', p.status),
    'as_of', d.day,
    'headline', (
      select jsonb_build_object('total', f.total, 'done', f.done, 'cancelled', f.cancelled,
               'rate', case when f.total > 0 then round(f.done * 100.0 / f.total, 2) else 0 end,
               'done_on_time', f.done_on_time, 'done_late', f.done_late,
               'open_not_due', f.open_not_due, 'open_overdue', f.open_overdue)
      from counts f where f.plan_id = p.id and f.area_id is null),
    'areas', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'area_id', a.id, 'name_vi', a.name_vi, 'name_en', a.name_en,
               'total', coalesce(f.total, 0), 'done', coalesce(f.done, 0),
               'done_on_time', coalesce(f.done_on_time, 0), 'done_late', coalesce(f.done_late, 0),
               'open_not_due', coalesce(f.open_not_due, 0), 'open_overdue', coalesce(f.open_overdue, 0))
             order by a.id), '[]'::jsonb)
      from public.reform_areas a
      left join counts f on f.plan_id = p.id and f.area_id = a.id),
    'units', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'rank', u.rank, 'name', u.unit_name, 'total', u.total, 'done', u.done,
               'done_on_time', u.done_on_time, 'done_late', u.done_late,
               'open_not_due', u.open_not_due, 'open_overdue', u.open_overdue,
               'completion_rate', u.completion_rate, 'on_time_rate', u.on_time_rate)
             order by u.rank, u.unit_name), '[]'::jsonb)
      from public.unit_figures(p.id, d.day) u),
    'tasks', (
      select coalesce(jsonb_agg(jsonb_build_object(
               'ordinal', x.ordinal, 'area_id', x.area_id, 'title', t.title, 'expected_output', t.expected_output,
               'lead_unit', coalesce(un.short_name, un.name), 'due_date', x.deadline, 'status', x.status,
               'timeliness', x.timeliness, 'completed_on', x.completed_on)
             order by string_to_array(x.ordinal, '.')::integer[]), '[]'::jsonb)
      from s x
      join public.tasks t on t.id = x.task_id
      join public.units un on un.id = x.lead_unit_id
      where x.plan_id = p.id)
  )
  from pub p cross join today d
  order by p.year desc, p.doc_number;
$$;
revoke execute on function public.public_progress() from public;
grant execute on function public.public_progress() to anon, authenticated;
