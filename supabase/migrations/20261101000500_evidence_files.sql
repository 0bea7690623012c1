-- Evidence files, kept in the database beside their evidence row so the same
-- row-level security guards them on the embedded backend and on hosted
-- Supabase.  At most 10 MB each; PDF, Word, Excel or images, checked by the
-- file's own leading bytes, not just by the name or declared type.

create table public.evidence_files (
  evidence_id uuid primary key references public.evidence (id) on delete cascade,
  content bytea not null
);

alter table public.evidence_files enable row level security;
create policy "members read evidence files" on public.evidence_files
  for select to authenticated using ((select private.has_role()));
create policy "uploader attaches the file to own evidence" on public.evidence_files
  for insert to authenticated with check (
    exists (
      select 1 from public.evidence e
      where e.id = evidence_id and e.kind = 'file' and e.created_by = (select auth.uid())
        and private.can_work_on_task(e.task_id)
    )
  );

create or replace function private.file_matches_type(content bytea, mime text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select case
    when mime = 'application/pdf' then substring(content from 1 for 4) = '\x25504446'::bytea
    when mime = 'image/png' then substring(content from 1 for 8) = '\x89504e470d0a1a0a'::bytea
    when mime = 'image/jpeg' then substring(content from 1 for 3) = '\xffd8ff'::bytea
    when mime = 'image/webp' then substring(content from 1 for 4) = '\x52494646'::bytea
                                 and substring(content from 9 for 4) = '\x57454250'::bytea
    when mime in ('application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      then substring(content from 1 for 4) = '\x504b0304'::bytea
    when mime in ('application/msword', 'application/vnd.ms-excel')
      then substring(content from 1 for 8) = '\xd0cf11e0a1b11ae1'::bytea
    else false
  end;
$$;

create or replace function private.guard_evidence_file()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  ev public.evidence;
begin
  select * into ev from public.evidence where id = new.evidence_id;
  if ev.kind is distinct from 'file' then
    perform private.raise_rule('RT422', 'file_not_file_evidence', 'Minh chứng này không phải là tệp.');
  end if;
  if octet_length(new.content) <> ev.file_size then
    perform private.raise_rule('RT422', 'file_size_mismatch', 'Dung lượng tệp không khớp với thông tin đã khai báo.');
  end if;
  if not private.file_matches_type(new.content, ev.mime_type) then
    perform private.raise_rule('RT422', 'file_type_mismatch',
      'Nội dung tệp không đúng định dạng đã khai báo (chỉ nhận PDF, Word, Excel hoặc ảnh).');
  end if;
  return new;
end;
$$;
create trigger evidence_files_guard before insert on public.evidence_files
  for each row execute function private.guard_evidence_file();

-- Upload in one call (one transaction): the evidence row and its bytes, sent
-- as base64.  Runs with the caller's rights, so every policy above applies.
create or replace function public.add_evidence_file(
  p_task_id uuid,
  p_file_name text,
  p_mime_type text,
  p_content_base64 text,
  p_summary text default null
)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  bytes bytea;
  new_id uuid;
begin
  begin
    bytes := decode(p_content_base64, 'base64');
  exception when others then
    perform private.raise_rule('RT422', 'file_unreadable', 'Không đọc được nội dung tệp.');
  end;
  if octet_length(bytes) > 10485760 then
    perform private.raise_rule('RT422', 'file_too_large', 'Tệp vượt quá dung lượng cho phép (10 MB).');
  end if;
  insert into public.evidence (task_id, kind, file_path, file_name, file_size, mime_type, summary)
  values (p_task_id, 'file', 'evidence/' || p_task_id || '/' || btrim(p_file_name), btrim(p_file_name),
          octet_length(bytes), p_mime_type, nullif(btrim(p_summary), ''))
  returning id into new_id;
  insert into public.evidence_files (evidence_id, content) values (new_id, bytes);
  return new_id;
end;
$$;

-- Download: the file's name, type and bytes (base64), if the caller may read it.
create or replace function public.get_evidence_file(p_evidence_id uuid)
returns table (file_name text, mime_type text, file_size bigint, content_base64 text)
language sql
stable
security invoker
set search_path = ''
as $$
  select e.file_name, e.mime_type, e.file_size, translate(encode(f.content, 'base64'), E'\n', '')
  from public.evidence e
  join public.evidence_files f on f.evidence_id = e.id
  where e.id = p_evidence_id;
$$;

revoke execute on function public.add_evidence_file(uuid, text, text, text, text) from public, anon;
revoke execute on function public.get_evidence_file(uuid) from public, anon;
grant execute on function public.add_evidence_file(uuid, text, text, text, text) to authenticated;
grant execute on function public.get_evidence_file(uuid) to authenticated;
grant execute on function private.file_matches_type(bytea, text) to authenticated, service_role;

-- A file evidence row never exists without its bytes (checked at commit).
create or replace function private.file_evidence_has_content()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.kind = 'file' and not exists (select 1 from public.evidence_files f where f.evidence_id = new.id)
     and exists (select 1 from public.evidence e where e.id = new.id) then
    perform private.raise_rule('RT422', 'file_missing', 'Minh chứng dạng tệp phải kèm nội dung tệp.');
  end if;
  return null;
end;
$$;
create constraint trigger evidence_file_present after insert on public.evidence
  deferrable initially deferred
  for each row execute function private.file_evidence_has_content();
