-- Evidence, comments, deadline extensions and the append-only task history.

create type public.evidence_kind as enum ('document', 'link', 'file');

-- Evidence (minh chứng): an issued document, a link, or an uploaded file.
create table public.evidence (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references public.tasks (id) on delete restrict,
  kind public.evidence_kind not null,
  doc_number text,
  doc_date date,
  issuer text,
  summary text,
  url text,
  file_path text,
  file_name text,
  file_size bigint,
  mime_type text,
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  constraint evidence_summary_length check (summary is null or char_length(summary) <= 2000),
  constraint evidence_issuer_length check (issuer is null or char_length(issuer) <= 200),
  constraint evidence_document_fields check (
    kind <> 'document' or (
      doc_number ~ '^[0-9]+/[[:alnum:]Đđ/-]+$' and char_length(doc_number) <= 60
      and doc_date is not null
      and nullif(btrim(issuer), '') is not null
      and nullif(btrim(summary), '') is not null
    )
  ),
  constraint evidence_link_fields check (
    kind <> 'link' or (url ~* '^https?://[^[:space:]]+$' and char_length(url) <= 2000)
  ),
  constraint evidence_file_fields check (
    kind <> 'file' or (
      nullif(btrim(file_path), '') is not null
      and nullif(btrim(file_name), '') is not null
      and file_size between 1 and 10485760
      and mime_type in (
        'application/pdf',
        'application/msword',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.ms-excel',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'image/png', 'image/jpeg', 'image/webp'
      )
    )
  ),
  constraint evidence_doc_date_sane check (doc_date is null or doc_date between date '2000-01-01' and date '2100-12-31')
);
create index evidence_task_id_idx on public.evidence (task_id);
create index evidence_created_by_idx on public.evidence (created_by);

-- Comments (ý kiến) on a task.
create table public.comments (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references public.tasks (id) on delete restrict,
  author_id uuid references public.profiles (id) on delete set null default auth.uid(),
  body text not null,
  created_at timestamptz not null default now(),
  constraint comments_body_length check (char_length(btrim(body)) between 1 and 4000)
);
create index comments_task_id_idx on public.comments (task_id);
create index comments_author_id_idx on public.comments (author_id);

-- Deadline extensions (gia hạn): only with an approving document.  The first
-- due date stays on the task as original_due_date; timeliness is judged
-- against judged_due_date, which follows an extension only when it was
-- approved before the deadline it extends had passed.
alter table public.tasks
  add column original_due_date date,
  add column judged_due_date date;
update public.tasks set original_due_date = due_date, judged_due_date = due_date;

create table public.deadline_extensions (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references public.tasks (id) on delete restrict,
  previous_due_date date,
  new_due_date date not null,
  doc_number text not null,
  doc_date date not null,
  approved_on date not null,
  reason text,
  created_by uuid references public.profiles (id) on delete set null default auth.uid(),
  created_at timestamptz not null default now(),
  constraint deadline_extensions_doc_number_format check (doc_number ~ '^[0-9]+/[[:alnum:]Đđ/-]+$' and char_length(doc_number) <= 60),
  constraint deadline_extensions_reason_length check (reason is null or char_length(reason) <= 2000),
  constraint deadline_extensions_approved_after_doc check (approved_on >= doc_date)
);
create index deadline_extensions_task_id_idx on public.deadline_extensions (task_id);
create index deadline_extensions_created_by_idx on public.deadline_extensions (created_by);

-- History (lịch sử): every change to a task, its evidence, coordinators and
-- deadlines.  Written only by triggers; never updated or deleted.
create table public.task_events (
  id bigint generated always as identity primary key,
  task_id uuid not null references public.tasks (id) on delete restrict,
  occurred_at timestamptz not null default now(),
  -- an account that appears in history is kept (take its role away instead)
  actor_id uuid references public.profiles (id) on delete restrict,
  actor_role public.app_role,
  action text not null,
  changes jsonb not null default '{}'::jsonb,
  constraint task_events_action check (action in (
    'created', 'updated', 'status_changed', 'evidence_added', 'evidence_removed',
    'coordinator_added', 'coordinator_removed', 'deadline_extended'
  ))
);
create index task_events_task_id_idx on public.task_events (task_id, occurred_at);
create index task_events_actor_id_idx on public.task_events (actor_id);
create index task_events_status_time_idx on public.task_events (occurred_at) where action in ('created', 'status_changed');
