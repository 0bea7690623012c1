-- The task list (/tasks): one row per task with what the list filters,
-- sorts and shows, and the filters each user saves under a name.

-- ---------------------------------------------------------------- task_list view
-- task_overview plus sort keys the API can order by:
--   ordinal_path   '1.10' -> {1,10}, so 1.2 comes before 1.10
--   status_rank    work still to do first: not started, in progress,
--                  returned, submitted, done, cancelled
--   lead_unit_sort the units' own administrative order
-- security_invoker: the caller's row-level security applies.
create view public.task_list with (security_invoker = on) as
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
  o.days_late
from public.task_overview o
join public.units u on u.id = o.lead_unit_id;

grant select on public.task_list to authenticated;

-- Searching ignores diacritics: the app folds the query the same way as
-- private.fold_vi and matches it with ilike '%…%' on search_text.
-- (A trigram index would speed this up on large plans; pg_trgm is optional
-- on the embedded backend, so it is left to deployments that have it.)

-- ---------------------------------------------------------------- saved views
-- A user's named filters for the task list: the list's query string
-- (e.g. "status=returned&unit=…"), reopened as /tasks?<query>.
-- Owner only: nobody, admin included, reads another user's saved views.
create table public.saved_views (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references public.profiles (id) on delete cascade,
  name text not null,
  query text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint saved_views_name_length check (char_length(btrim(name)) between 1 and 100),
  constraint saved_views_query_length check (char_length(query) <= 2000),
  constraint saved_views_query_format check (query !~ '[[:cntrl:]]' and query !~ '^[?/]'),
  constraint saved_views_owner_name_key unique (owner_id, name)
);
-- (the unique constraint's index leads with owner_id: it serves the policies and the foreign key)

create trigger saved_views_touch before update on public.saved_views
  for each row execute function private.touch_updated_at();

alter table public.saved_views enable row level security;

create policy "members read their own saved views" on public.saved_views
  for select to authenticated
  using (owner_id = (select auth.uid()) and (select private.has_role()));
create policy "members save their own views" on public.saved_views
  for insert to authenticated
  with check (owner_id = (select auth.uid()) and (select private.has_role()));
create policy "members rename their own saved views" on public.saved_views
  for update to authenticated
  using (owner_id = (select auth.uid()) and (select private.has_role()))
  with check (owner_id = (select auth.uid()) and (select private.has_role()));
create policy "members delete their own saved views" on public.saved_views
  for delete to authenticated
  using (owner_id = (select auth.uid()) and (select private.has_role()));

grant select, insert, update, delete on public.saved_views to authenticated;

-- Names are trimmed; the owner and creation time are the system's; at most
-- 50 saved views per person.
create or replace function private.guard_saved_view()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.name := btrim(new.name);
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    if (select count(*) from public.saved_views v where v.owner_id = new.owner_id) >= 50 then
      perform private.raise_rule('RT422', 'saved_views_limit', 'Mỗi người chỉ lưu được tối đa 50 bộ lọc. Hãy xóa bớt bộ lọc cũ.',
        jsonb_build_object('max', 50));
    end if;
  elsif new.owner_id is distinct from old.owner_id or new.created_at is distinct from old.created_at then
    perform private.raise_rule('RT403', 'saved_view_fixed_columns', 'Không được đổi người sở hữu hoặc ngày tạo của bộ lọc đã lưu.');
  end if;
  return new;
end;
$$;
create trigger saved_views_guard before insert or update on public.saved_views
  for each row execute function private.guard_saved_view();
