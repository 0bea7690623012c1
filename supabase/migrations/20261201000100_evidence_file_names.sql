-- Evidence file names that are safe to save.
--
-- add_evidence_file took any name: "bao-cao.html" holding a PDF, ".svg",
-- names with a right-to-left override that show "fdp.exe" as "exe.pdf", "../"
-- paths, 100,000 characters.  A file's name now
--   * is at most 255 characters, not empty, and does not start with a dot;
--   * has no path separator (/ or \), no control character and no invisible
--     direction or joining mark (U+061C, U+200B–U+200F, U+202A–U+202E,
--     U+2060–U+2069, U+FEFF);
--   * ends in an extension of the allow-list that matches its type, and the
--     type itself is checked against the file's leading bytes
--     (private.file_matches_type, on evidence_files):
--       .pdf application/pdf · .doc application/msword · .docx Word (OOXML)
--       .xls application/vnd.ms-excel · .xlsx Excel (OOXML)
--       .png image/png · .jpg/.jpeg image/jpeg · .webp image/webp
-- The rule is a constraint on evidence (a direct insert cannot get round
-- it) and, with a readable message per case, the first thing the upload
-- function checks.  Downloads use the stored name and type only.

-- Why a name is refused, as a rule key; null when it is fine.
create or replace function private.file_name_problem(name text, mime text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case
    when name is null or btrim(name) = '' then 'file_name_missing'
    when char_length(name) > 255 then 'file_name_too_long'
    when name ~ '[/\\[:cntrl:]\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]' or name ~ '^[.[:space:]]'
      then 'file_name_characters'
    when coalesce(lower(substring(name from '\.([^.]*)$')), '') <> all (case mime
        when 'application/pdf' then array['pdf']
        when 'application/msword' then array['doc']
        when 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' then array['docx']
        when 'application/vnd.ms-excel' then array['xls']
        when 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' then array['xlsx']
        when 'image/png' then array['png']
        when 'image/jpeg' then array['jpg', 'jpeg']
        when 'image/webp' then array['webp']
        else array[]::text[]
      end)
      then 'file_name_extension'
  end;
$$;

alter table public.evidence
  add constraint evidence_file_name_safe check (
    kind <> 'file' or private.file_name_problem(file_name, mime_type) is null);

-- Upload: who may add evidence to the task is checked first, then the name
-- and type, then the size from the base64 text's length; only then are the
-- bytes decoded.  Same signature, same result as before.
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
  name text := btrim(p_file_name);
  problem text;
begin
  if not private.can_work_on_task(p_task_id) then
    perform private.raise_rule('RT401', 'evidence_forbidden',
      'Bạn không có quyền thêm minh chứng cho nhiệm vụ này (chỉ đơn vị chủ trì hoặc Sở Nội vụ).');
  end if;
  problem := private.file_name_problem(name, p_mime_type);
  if problem = 'file_name_missing' then
    perform private.raise_rule('RT422', 'file_name_missing', 'Tệp phải có tên.');
  elsif problem = 'file_name_too_long' then
    perform private.raise_rule('RT422', 'file_name_too_long', 'Tên tệp dài quá 255 ký tự.', jsonb_build_object('max', 255));
  elsif problem = 'file_name_characters' then
    perform private.raise_rule('RT422', 'file_name_characters',
      'Tên tệp không được chứa dấu / hoặc \, ký tự điều khiển hay ký tự ẩn đổi chiều chữ, và không được bắt đầu bằng dấu chấm.');
  elsif problem = 'file_name_extension' then
    perform private.raise_rule('RT422', 'file_name_extension',
      'Đuôi tên tệp phải khớp với loại tệp: .pdf, .doc, .docx, .xls, .xlsx, .png, .jpg, .jpeg hoặc .webp.');
  end if;
  -- 10 MB of bytes is at most 13,981,016 characters of base64 (line breaks aside)
  if char_length(p_content_base64) > 14000000 then
    perform private.raise_rule('RT422', 'file_too_large', 'Tệp vượt quá dung lượng cho phép (10 MB).');
  end if;
  begin
    bytes := decode(p_content_base64, 'base64');
  exception when others then
    perform private.raise_rule('RT422', 'file_unreadable', 'Không đọc được nội dung tệp.');
  end;
  if octet_length(bytes) > 10485760 then
    perform private.raise_rule('RT422', 'file_too_large', 'Tệp vượt quá dung lượng cho phép (10 MB).');
  end if;
  insert into public.evidence (task_id, kind, file_path, file_name, file_size, mime_type, summary)
  values (p_task_id, 'file', 'evidence/' || p_task_id || '/' || name, name,
          octet_length(bytes), p_mime_type, nullif(btrim(p_summary), ''))
  returning id into new_id;
  insert into public.evidence_files (evidence_id, content) values (new_id, bytes);
  return new_id;
end;
$$;

grant execute on function private.file_name_problem(text, text) to authenticated, service_role;
