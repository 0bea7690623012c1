-- Core domain: units, profiles, reform areas, plans, tasks.

create type public.app_role as enum ('committee', 'dept_head', 'interior', 'admin');
create type public.unit_kind as enum ('province', 'department', 'agency', 'district', 'commune');
create type public.plan_status as enum ('draft', 'in_force', 'closed');
create type public.task_status as enum (
  'not_started',  -- chưa triển khai
  'in_progress',  -- đang thực hiện
  'submitted',    -- chờ xác nhận
  'done',         -- hoàn thành (confirmed by Home Affairs)
  'returned',     -- trả lại
  'cancelled'     -- đã hủy
);
create type public.task_cadence as enum ('once', 'monthly', 'quarterly', 'biannual', 'annual');

-- Units (cơ quan, đơn vị): a tree.
create table public.units (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  short_name text,
  kind public.unit_kind not null,
  parent_id uuid references public.units (id) on delete restrict,
  is_active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint units_code_format check (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
  constraint units_name_length check (char_length(btrim(name)) between 2 and 200),
  constraint units_not_own_parent check (parent_id is null or parent_id <> id)
);
create index units_parent_id_idx on public.units (parent_id);

-- One profile per auth user.  A new account has no role and sees nothing
-- until an administrator gives it one.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text,
  role public.app_role,
  unit_id uuid references public.units (id) on delete restrict,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint profiles_dept_head_has_unit check (role is distinct from 'dept_head' or unit_id is not null),
  constraint profiles_full_name_length check (full_name is null or char_length(full_name) <= 200)
);
create index profiles_unit_id_idx on public.profiles (unit_id);

-- The six reform areas: fixed reference data.
create table public.reform_areas (
  id smallint primary key,
  code text not null unique,
  name_vi text not null,
  name_en text not null,
  constraint reform_areas_id_range check (id between 1 and 6)
);

insert into public.reform_areas (id, code, name_vi, name_en) values
  (1, 'institutions', 'Cải cách thể chế', 'Institutional reform'),
  (2, 'procedures', 'Cải cách thủ tục hành chính', 'Administrative procedure reform'),
  (3, 'apparatus', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus'),
  (4, 'civil_service', 'Cải cách chế độ công vụ', 'Civil service reform'),
  (5, 'public_finance', 'Cải cách tài chính công', 'Public finance reform'),
  (6, 'digital_government', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government');

-- Plans (kế hoạch CCHC).
create table public.plans (
  id uuid primary key default gen_random_uuid(),
  doc_number text not null,
  title text not null,
  year smallint not null,
  issuer text not null default 'Ủy ban nhân dân tỉnh',
  issued_on date,
  status public.plan_status not null default 'draft',
  created_by uuid references auth.users (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint plans_doc_number_format check (doc_number ~ '^[0-9]+/[[:alnum:]Đđ-]+$'),
  constraint plans_doc_number_year_key unique (doc_number, year),
  constraint plans_title_length check (char_length(btrim(title)) between 5 and 500),
  constraint plans_issuer_length check (char_length(btrim(issuer)) between 2 and 200),
  constraint plans_year_range check (year between 2000 and 2100)
);
create index plans_year_idx on public.plans (year);
create index plans_created_by_idx on public.plans (created_by);

-- Tasks (nhiệm vụ).
create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references public.plans (id) on delete restrict,
  area_id smallint not null references public.reform_areas (id),
  ordinal text not null,
  title text not null,
  expected_output text,
  lead_unit_id uuid not null references public.units (id) on delete restrict,
  start_date date,
  due_date date,
  cadence public.task_cadence not null default 'once',
  status public.task_status not null default 'not_started',
  progress smallint not null default 0,
  progress_note text,
  submitted_at timestamptz,
  completed_on date,
  status_reason text,
  version integer not null default 1,
  search_text text generated always as (
    private.fold_vi(ordinal || ' ' || title || ' ' || coalesce(expected_output, ''))
  ) stored,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint tasks_plan_ordinal_key unique (plan_id, ordinal),
  constraint tasks_ordinal_format check (ordinal ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
  constraint tasks_title_length check (char_length(btrim(title)) between 5 and 1000),
  constraint tasks_expected_output_length check (expected_output is null or char_length(expected_output) <= 1000),
  constraint tasks_progress_note_length check (progress_note is null or char_length(progress_note) <= 4000),
  constraint tasks_progress_range check (progress between 0 and 100),
  constraint tasks_due_after_start check (due_date is null or start_date is null or due_date >= start_date),
  constraint tasks_done_has_completion check (status <> 'done' or completed_on is not null),
  constraint tasks_reason_required check (status not in ('returned', 'cancelled') or nullif(btrim(status_reason), '') is not null)
);
create index tasks_plan_id_idx on public.tasks (plan_id);
create index tasks_area_id_idx on public.tasks (area_id);
create index tasks_lead_unit_id_idx on public.tasks (lead_unit_id);
create index tasks_status_idx on public.tasks (status);
create index tasks_due_date_idx on public.tasks (due_date);

-- Coordinating units (đơn vị phối hợp).
create table public.task_coordinators (
  task_id uuid not null references public.tasks (id) on delete cascade,
  unit_id uuid not null references public.units (id) on delete restrict,
  primary key (task_id, unit_id)
);
create index task_coordinators_unit_id_idx on public.task_coordinators (unit_id);

-- updated_at maintenance.
create or replace function private.touch_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;

create trigger units_touch before update on public.units
  for each row execute function private.touch_updated_at();
create trigger profiles_touch before update on public.profiles
  for each row execute function private.touch_updated_at();
create trigger plans_touch before update on public.plans
  for each row execute function private.touch_updated_at();
create trigger tasks_touch before update on public.tasks
  for each row execute function private.touch_updated_at();

-- A profile for every new account (no role yet).
create or replace function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  meta jsonb := new.raw_user_meta_data;
begin
  -- Some drivers deliver the metadata as a JSON string; unwrap it.
  if meta is not null and jsonb_typeof(meta) = 'string' then
    meta := (meta #>> '{}')::jsonb;
  end if;
  insert into public.profiles (id, email, full_name)
  values (new.id, coalesce(new.email, ''), nullif(btrim(meta ->> 'full_name'), ''))
  on conflict (id) do nothing;
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_user();
