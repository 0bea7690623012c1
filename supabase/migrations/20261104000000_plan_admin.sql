-- Plan administration by Home Affairs (Sở Nội vụ): the plan's life cycle,
-- saving a task together with its coordinating units, bulk changes on a
-- selection of tasks, and importing a plan's task appendix.
--
-- Every function below runs with the caller's rights (security invoker), so
-- row-level security and the task triggers apply exactly as for a single
-- update; each call is one transaction: when one row is refused, nothing is
-- written.

-- ---------------------------------------------------------------- helpers
create or replace function private.require_interior()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'interior_only', 'Chỉ Sở Nội vụ được thực hiện thao tác này.');
  end if;
end;
$$;

-- Lower-case, diacritic-free letters and digits only: the key that units,
-- areas and cadences are matched on ("Sở TT&TT" -> 'sotttt', "SỞ TƯ PHÁP" ->
-- 'sotuphap').  Capital Vietnamese letters are folded here, so the result does
-- not depend on the database locale's lower().  app/features/import/lib/text.ts
-- computes the same key in the browser.
create or replace function private.match_key(input text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select regexp_replace(
    lower(translate(normalize(coalesce(input, ''), NFC),
      'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
      'AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYDaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')),
    '[^a-z0-9]+', '', 'g');
$$;

-- An active unit named by its code, full name or short name (letters and
-- digits only, without diacritics, case ignored); null unless exactly one.
create or replace function private.match_unit(input text)
returns uuid
language sql
stable
set search_path = ''
as $$
  with k as (select private.match_key(input) as key)
  select case when count(*) = 1 then min(u.id::text)::uuid end
  from public.units u, k
  where u.is_active and k.key <> ''
    and k.key in (private.match_key(u.code), private.match_key(u.name), private.match_key(u.short_name));
$$;

-- A reform area named by its number (1-6 or I-VI) or its name, with or
-- without the leading number and the words "Cải cách"; null when unknown.
create or replace function private.match_area(input text)
returns smallint
language plpgsql
stable
set search_path = ''
as $$
declare
  txt text := btrim(coalesce(input, ''));
  m text[];
  key text;
  found_id smallint;
  hits integer;
begin
  if txt = '' then
    return null;
  end if;
  m := regexp_match(lower(txt), '^([1-6]|i|ii|iii|iv|v|vi)[.)]?$');
  if m is not null then
    return case m[1] when 'i' then 1 when 'ii' then 2 when 'iii' then 3 when 'iv' then 4 when 'v' then 5 when 'vi' then 6
                     else m[1]::smallint end;
  end if;
  -- "2. Cải cách thủ tục hành chính", "II - CẢI CÁCH ...": drop the number.
  txt := regexp_replace(txt, '^\s*([0-9]+|[IVXivx]+)\s*[.)/:-]\s*', '');
  key := private.match_key(txt);
  if key = '' then
    return null;
  end if;
  select min(a.id), count(*) into found_id, hits
  from public.reform_areas a
  where key in (private.match_key(a.name_vi), private.match_key(a.name_en), private.match_key(a.code))
     or private.match_key(a.name_vi) = 'caicach' || key;
  if hits = 1 then
    return found_id;
  end if;
  -- The tail of a name ("Chính phủ số"), when it names one area only.
  if char_length(key) >= 10 then
    select min(a.id), count(*) into found_id, hits
    from public.reform_areas a
    where right(private.match_key(a.name_vi), char_length(key)) = key;
    if hits = 1 then
      return found_id;
    end if;
  end if;
  return null;
end;
$$;

-- Cadence from its code or a Vietnamese label; empty means once; null when unknown.
create or replace function private.match_cadence(input text)
returns public.task_cadence
language sql
immutable
set search_path = ''
as $$
  select case
    when k in ('', 'once', 'motlan', '1lan', 'khongdinhky') then 'once'
    when k in ('monthly', 'thang', 'hangthang', 'theothang', 'moithang', '1thang1lan', 'thang1lan') then 'monthly'
    when k in ('quarterly', 'quy', 'hangquy', 'theoquy', 'moiquy', '1quy1lan', 'quy1lan') then 'quarterly'
    when k in ('biannual', '6thang', 'sauthang', 'nuanam', '6thang1lan', 'theo6thang', 'hang6thang', '2lannam', 'bannien') then 'biannual'
    when k in ('annual', 'nam', 'hangnam', 'theonam', 'moinam', '1nam1lan', 'nam1lan') then 'annual'
  end::public.task_cadence
  from (select private.match_key(input) as k) s;
$$;

-- A date written yyyy-mm-dd or dd/mm/yyyy (also with . or -); null when
-- empty, 'infinity' when it is not a real date between 2000 and 2100.
create or replace function private.read_date(input text)
returns date
language plpgsql
immutable
set search_path = ''
as $$
declare
  txt text := btrim(coalesce(input, ''));
  m text[];
  d date;
begin
  if txt = '' then
    return null;
  end if;
  m := regexp_match(txt, '^(\d{4})-(\d{1,2})-(\d{1,2})$');
  if m is not null then
    d := make_date(m[1]::int, m[2]::int, m[3]::int);
  else
    m := regexp_match(txt, '^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$');
    if m is null then
      return 'infinity'::date;
    end if;
    d := make_date(m[3]::int, m[2]::int, m[1]::int);
  end if;
  if d < date '2000-01-01' or d > date '2100-12-31' then
    return 'infinity'::date;
  end if;
  return d;
exception when others then
  return 'infinity'::date;
end;
$$;

-- Some drivers hand a jsonb argument over as a JSON string holding the
-- document; unwrap it.
create or replace function private.unwrap_json(value jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
begin
  if value is not null and jsonb_typeof(value) = 'string' then
    begin
      return (value #>> '{}')::jsonb;
    exception when others then
      return value;
    end;
  end if;
  return value;
end;
$$;

grant execute on function private.require_interior() to authenticated, service_role;
grant execute on function private.match_key(text) to authenticated, service_role;
grant execute on function private.match_unit(text) to authenticated, service_role;
grant execute on function private.match_area(text) to authenticated, service_role;
grant execute on function private.match_cadence(text) to authenticated, service_role;
grant execute on function private.read_date(text) to authenticated, service_role;
grant execute on function private.unwrap_json(jsonb) to authenticated, service_role;

-- ---------------------------------------------------------------- plan life cycle
-- draft -> in_force (issue: needs the issue date and at least one task)
-- in_force -> closed (then read-only; a closed plan is never reopened).
-- Once issued, the plan's number, year, issue date and issuer are those of
-- the signed document and stay as they are.
create or replace function private.guard_plan_lifecycle()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if old.status = 'closed' then
    perform private.raise_rule('RT423', 'plan_closed', 'Kế hoạch đã kết thúc, không thể sửa.');
  end if;
  if new.status is distinct from old.status then
    if old.status = 'draft' and new.status = 'closed' then
      perform private.raise_rule('RT422', 'plan_close_draft', 'Kế hoạch dự thảo chưa ban hành, không thể kết thúc.');
    end if;
    if old.status = 'draft' and new.status = 'in_force' then
      if new.issued_on is null then
        perform private.raise_rule('RT422', 'plan_issue_needs_date', 'Cần ghi ngày ban hành trước khi ban hành kế hoạch.');
      end if;
      if not exists (select 1 from public.tasks t where t.plan_id = new.id and t.status <> 'cancelled') then
        perform private.raise_rule('RT422', 'plan_issue_needs_tasks', 'Kế hoạch chưa có nhiệm vụ nào, chưa thể ban hành.');
      end if;
    end if;
  end if;
  if old.status = 'in_force' and (
       new.doc_number is distinct from old.doc_number or new.year is distinct from old.year
       or new.issued_on is distinct from old.issued_on or new.issuer is distinct from old.issuer) then
    perform private.raise_rule('RT422', 'plan_issued_fixed',
      'Kế hoạch đã ban hành: không sửa số, ký hiệu, năm, ngày ban hành hoặc cơ quan ban hành.');
  end if;
  return new;
end;
$$;
create trigger plans_guard_lifecycle before update on public.plans
  for each row execute function private.guard_plan_lifecycle();

-- ---------------------------------------------------------------- one task with its coordinators
-- p_task: {area_id, ordinal, title, expected_output, lead_unit_id,
--          start_date, due_date, cadence}; p_coordinator_ids: the units that
-- coordinate (the lead unit is left out if listed).
create or replace function private.check_coordinators(p_ids uuid[])
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  unknown integer;
begin
  select count(*) into unknown
  from unnest(coalesce(p_ids, '{}'::uuid[])) as c(id)
  where not exists (select 1 from public.units u where u.id = c.id and u.is_active);
  if unknown > 0 then
    perform private.raise_rule('RT422', 'coordinator_unknown', 'Đơn vị phối hợp không tồn tại hoặc đã ngừng hoạt động.');
  end if;
end;
$$;
grant execute on function private.check_coordinators(uuid[]) to authenticated, service_role;

create or replace function public.create_task(p_plan_id uuid, p_task jsonb, p_coordinator_ids uuid[] default '{}')
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  new_id uuid;
  lead uuid;
begin
  perform private.require_interior();
  p_task := private.unwrap_json(p_task);
  lead := nullif(p_task ->> 'lead_unit_id', '')::uuid;
  perform private.check_coordinators(p_coordinator_ids);
  insert into public.tasks (plan_id, area_id, ordinal, title, expected_output, lead_unit_id, start_date, due_date, cadence)
  values (
    p_plan_id,
    (p_task ->> 'area_id')::smallint,
    btrim(p_task ->> 'ordinal'),
    btrim(p_task ->> 'title'),
    nullif(btrim(p_task ->> 'expected_output'), ''),
    lead,
    nullif(p_task ->> 'start_date', '')::date,
    nullif(p_task ->> 'due_date', '')::date,
    coalesce(nullif(p_task ->> 'cadence', ''), 'once')::public.task_cadence
  )
  returning id into new_id;
  insert into public.task_coordinators (task_id, unit_id)
  select distinct new_id, c.id from unnest(coalesce(p_coordinator_ids, '{}'::uuid[])) as c(id)
  where c.id is distinct from lead;
  return new_id;
end;
$$;

-- Edits a task based on the version the user saw (p_version); returns the new version.
create or replace function public.update_task_details(p_task_id uuid, p_version integer, p_task jsonb, p_coordinator_ids uuid[] default '{}')
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  saved integer;
  lead uuid;
  wanted uuid[];
begin
  perform private.require_interior();
  p_task := private.unwrap_json(p_task);
  lead := nullif(p_task ->> 'lead_unit_id', '')::uuid;
  perform private.check_coordinators(p_coordinator_ids);
  update public.tasks t
     set area_id = (p_task ->> 'area_id')::smallint,
         ordinal = btrim(p_task ->> 'ordinal'),
         title = btrim(p_task ->> 'title'),
         expected_output = nullif(btrim(p_task ->> 'expected_output'), ''),
         lead_unit_id = lead,
         start_date = nullif(p_task ->> 'start_date', '')::date,
         due_date = nullif(p_task ->> 'due_date', '')::date,
         cadence = coalesce(nullif(p_task ->> 'cadence', ''), 'once')::public.task_cadence,
         version = p_version + 1
   where t.id = p_task_id
  returning t.version into saved;
  if saved is null then
    perform private.raise_rule('RT422', 'task_not_found', 'Không tìm thấy nhiệm vụ.');
  end if;
  select coalesce(array_agg(distinct c.id), '{}') into wanted
  from unnest(coalesce(p_coordinator_ids, '{}'::uuid[])) as c(id)
  where c.id is distinct from lead;
  delete from public.task_coordinators c where c.task_id = p_task_id and not (c.unit_id = any (wanted));
  insert into public.task_coordinators (task_id, unit_id)
  select p_task_id, w.id from unnest(wanted) as w(id)
  where not exists (select 1 from public.task_coordinators c where c.task_id = p_task_id and c.unit_id = w.id);
  return saved;
end;
$$;

-- ---------------------------------------------------------------- bulk changes
-- p_tasks: [{"id": uuid, "version": the version the user saw}, ...], all in p_plan_id.
create or replace function private.check_bulk_selection(p_plan_id uuid, p_tasks jsonb)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  n integer;
  distinct_ids integer;
  in_plan integer;
begin
  if p_tasks is null or jsonb_typeof(p_tasks) <> 'array' or jsonb_array_length(p_tasks) = 0 then
    perform private.raise_rule('RT422', 'bulk_empty', 'Chưa chọn nhiệm vụ nào.');
  end if;
  n := jsonb_array_length(p_tasks);
  if n > 1000 then
    perform private.raise_rule('RT422', 'bulk_too_many', 'Mỗi lần chỉ được sửa tối đa 1.000 nhiệm vụ.');
  end if;
  if exists (
    select 1 from jsonb_array_elements(p_tasks) e
    where jsonb_typeof(e) <> 'object'
       or coalesce(e ->> 'id', '') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       or coalesce(e ->> 'version', '') !~ '^[0-9]{1,9}$'
  ) then
    perform private.raise_rule('RT422', 'bulk_selection_invalid', 'Danh sách nhiệm vụ được chọn không hợp lệ.');
  end if;
  select count(distinct e ->> 'id') into distinct_ids from jsonb_array_elements(p_tasks) e;
  select count(*) into in_plan
  from public.tasks t
  where t.plan_id = p_plan_id and t.id in (select (e ->> 'id')::uuid from jsonb_array_elements(p_tasks) e);
  if distinct_ids <> n or in_plan <> n then
    perform private.raise_rule('RT422', 'bulk_selection_invalid', 'Danh sách nhiệm vụ được chọn không hợp lệ.');
  end if;
end;
$$;
grant execute on function private.check_bulk_selection(uuid, jsonb) to authenticated, service_role;

-- Gives the selected tasks a new lead unit (and drops it from their coordinators).
create or replace function public.bulk_assign_lead_unit(p_plan_id uuid, p_tasks jsonb, p_lead_unit_id uuid)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  item record;
  finished text;
  n integer := 0;
begin
  perform private.require_interior();
  p_tasks := private.unwrap_json(p_tasks);
  perform private.check_bulk_selection(p_plan_id, p_tasks);
  if not exists (select 1 from public.units u where u.id = p_lead_unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'lead_unit_unknown', 'Đơn vị chủ trì không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  select string_agg(t.ordinal, ', ' order by t.ordinal) into finished
  from public.tasks t
  where t.id in (select (e ->> 'id')::uuid from jsonb_array_elements(p_tasks) e)
    and t.status in ('done', 'cancelled');
  if finished is not null then
    perform private.raise_rule('RT422', 'bulk_task_finished',
      format('Nhiệm vụ %s đã hoàn thành hoặc đã hủy, không đổi đơn vị chủ trì.', finished),
      jsonb_build_object('ordinals', finished));
  end if;
  for item in
    select (e ->> 'id')::uuid as id, (e ->> 'version')::integer as version from jsonb_array_elements(p_tasks) e
  loop
    update public.tasks t set lead_unit_id = p_lead_unit_id, version = item.version + 1 where t.id = item.id;
    delete from public.task_coordinators c where c.task_id = item.id and c.unit_id = p_lead_unit_id;
    n := n + 1;
  end loop;
  return n;
end;
$$;

-- Sets the due date of the selected tasks of a draft plan: to p_due_date, or
-- moved by p_shift_days (tasks without a due date are left as they are).
create or replace function public.bulk_set_due_dates(
  p_plan_id uuid,
  p_tasks jsonb,
  p_due_date date default null,
  p_shift_days integer default null
)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  plan_state public.plan_status;
  item record;
  early text;
  n integer := 0;
begin
  perform private.require_interior();
  p_tasks := private.unwrap_json(p_tasks);
  perform private.check_bulk_selection(p_plan_id, p_tasks);
  select p.status into plan_state from public.plans p where p.id = p_plan_id;
  if plan_state is distinct from 'draft' then
    perform private.raise_rule('RT422', 'bulk_due_draft_only',
      'Chỉ đổi thời hạn hàng loạt khi kế hoạch còn là dự thảo; kế hoạch đã ban hành phải gia hạn từng nhiệm vụ.');
  end if;
  if (p_due_date is null) = (p_shift_days is null) or abs(coalesce(p_shift_days, 0)) > 3660
     or p_due_date not between date '2000-01-01' and date '2100-12-31' then
    perform private.raise_rule('RT422', 'bulk_due_value', 'Cần một thời hạn mới, hoặc số ngày dời (tối đa 10 năm).');
  end if;
  select string_agg(t.ordinal, ', ' order by t.ordinal) into early
  from public.tasks t
  where t.id in (select (e ->> 'id')::uuid from jsonb_array_elements(p_tasks) e)
    and t.start_date is not null
    and coalesce(p_due_date, t.due_date + p_shift_days) < t.start_date;
  if early is not null then
    perform private.raise_rule('RT422', 'bulk_due_before_start',
      format('Thời hạn mới trước ngày bắt đầu của nhiệm vụ %s.', early),
      jsonb_build_object('ordinals', early));
  end if;
  for item in
    select (e ->> 'id')::uuid as id, (e ->> 'version')::integer as version from jsonb_array_elements(p_tasks) e
  loop
    update public.tasks t
       set due_date = coalesce(p_due_date, t.due_date + p_shift_days), version = item.version + 1
     where t.id = item.id and (p_due_date is not null or t.due_date is not null);
    if found then
      n := n + 1;
    end if;
  end loop;
  return n;
end;
$$;

-- ---------------------------------------------------------------- import
-- p_rows: one object per task row of the file:
--   {line, ordinal, area, title, expected_output, lead_unit, coordinators,
--    start_date, due_date, cadence}
-- area: 1-6, I-VI or the area's name; lead_unit / coordinators: unit codes or
-- names (coordinators as an array, or one text separated by ; or ,); dates
-- yyyy-mm-dd or dd/mm/yyyy; cadence: a code or a Vietnamese label.
-- Every row is checked first; when any is bad, the call fails listing every
-- bad row with its reasons and nothing is written.
create or replace function private.import_problem_text(problem jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select case problem ->> 'code'
    when 'ordinal_missing' then 'thiếu STT'
    when 'ordinal_format' then format('STT "%s" không đúng dạng (ví dụ 2.3)', problem ->> 'value')
    when 'ordinal_duplicate' then format('STT %s trùng với dòng khác trong tệp', problem ->> 'value')
    when 'ordinal_exists' then format('STT %s đã có trong kế hoạch', problem ->> 'value')
    when 'area_missing' then 'thiếu lĩnh vực'
    when 'area_unknown' then format('lĩnh vực "%s" không xác định', problem ->> 'value')
    when 'title_missing' then 'thiếu tên nhiệm vụ'
    when 'title_length' then 'tên nhiệm vụ phải có từ 5 đến 1.000 ký tự'
    when 'output_too_long' then 'sản phẩm dài quá 1.000 ký tự'
    when 'lead_unit_missing' then 'thiếu đơn vị chủ trì'
    when 'lead_unit_unknown' then format('không tìm thấy đơn vị chủ trì "%s"', problem ->> 'value')
    when 'coordinator_unknown' then format('không tìm thấy đơn vị phối hợp "%s"', problem ->> 'value')
    when 'start_date_invalid' then format('ngày bắt đầu "%s" không hợp lệ (dd/mm/yyyy)', problem ->> 'value')
    when 'due_date_invalid' then format('thời hạn "%s" không hợp lệ (dd/mm/yyyy)', problem ->> 'value')
    when 'due_before_start' then 'thời hạn trước ngày bắt đầu'
    when 'cadence_unknown' then format('tần suất "%s" không xác định', problem ->> 'value')
    else problem ->> 'code'
  end;
$$;
grant execute on function private.import_problem_text(jsonb) to authenticated, service_role;

-- The coordinators of an import row as a list of names.
create or replace function private.import_list(value jsonb)
returns text[]
language sql
immutable
set search_path = ''
as $$
  select coalesce(array_agg(btrim(x)) filter (where btrim(x) <> ''), '{}')
  from (
    select jsonb_array_elements_text(value) as x where jsonb_typeof(value) = 'array'
    union all
    select regexp_split_to_table(value #>> '{}', '[;,\n]') where jsonb_typeof(value) in ('string', 'number')
  ) s;
$$;
grant execute on function private.import_list(jsonb) to authenticated, service_role;

create or replace function public.import_tasks(p_plan_id uuid, p_rows jsonb)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_plan_state public.plan_status;
  r jsonb;
  v_idx integer;
  v_line integer;
  v_problems jsonb;
  v_bad jsonb := '[]'::jsonb;
  v_seen text[] := '{}';
  v_ordinal text;
  v_area_text text;
  v_area smallint;
  v_title text;
  v_output text;
  v_lead_text text;
  v_lead uuid;
  v_coord_names text[];
  v_coord_ids uuid[];
  v_coord_name text;
  v_coord uuid;
  v_start_text text;
  v_due_text text;
  v_start_on date;
  v_due_on date;
  v_cadence_text text;
  v_cad public.task_cadence;
  v_parsed jsonb := '[]'::jsonb;
  v_listing text;
  v_new_id uuid;
  n integer := 0;
begin
  perform private.require_interior();
  p_rows := private.unwrap_json(p_rows);
  select p.status into v_plan_state from public.plans p where p.id = p_plan_id;
  if v_plan_state is null then
    perform private.raise_rule('RT422', 'import_plan_unknown', 'Không tìm thấy kế hoạch để nhập nhiệm vụ.');
  end if;
  if v_plan_state = 'closed' then
    perform private.raise_rule('RT423', 'plan_closed_add_task', 'Kế hoạch đã kết thúc, không thể thêm nhiệm vụ.');
  end if;
  if p_rows is null or jsonb_typeof(p_rows) <> 'array' or jsonb_array_length(p_rows) = 0 then
    perform private.raise_rule('RT422', 'import_no_rows', 'Tệp không có dòng nhiệm vụ nào.');
  end if;
  if jsonb_array_length(p_rows) > 1000 then
    perform private.raise_rule('RT422', 'import_too_many_rows', 'Mỗi lần chỉ nhập tối đa 1.000 nhiệm vụ.');
  end if;

  for r, v_idx in select e.value, e.ordinality::integer from jsonb_array_elements(p_rows) with ordinality as e(value, ordinality)
  loop
    if jsonb_typeof(r) <> 'object' then
      r := '{}'::jsonb;
    end if;
    v_line := case when coalesce(r ->> 'line', '') ~ '^[0-9]{1,7}$' then (r ->> 'line')::integer else v_idx end;
    v_problems := '[]'::jsonb;

    v_ordinal := btrim(coalesce(r ->> 'ordinal', ''));
    if v_ordinal = '' then
      v_problems := v_problems || jsonb_build_object('code', 'ordinal_missing');
    elsif v_ordinal !~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$' then
      v_problems := v_problems || jsonb_build_object('code', 'ordinal_format', 'value', v_ordinal);
    elsif v_ordinal = any (v_seen) then
      v_problems := v_problems || jsonb_build_object('code', 'ordinal_duplicate', 'value', v_ordinal);
    elsif exists (select 1 from public.tasks t where t.plan_id = p_plan_id and t.ordinal = v_ordinal) then
      v_problems := v_problems || jsonb_build_object('code', 'ordinal_exists', 'value', v_ordinal);
    end if;
    if v_ordinal <> '' then
      v_seen := v_seen || v_ordinal;
    end if;

    v_area_text := btrim(coalesce(r ->> 'area', ''));
    v_area := private.match_area(v_area_text);
    if v_area_text = '' then
      v_problems := v_problems || jsonb_build_object('code', 'area_missing');
    elsif v_area is null then
      v_problems := v_problems || jsonb_build_object('code', 'area_unknown', 'value', v_area_text);
    end if;

    v_title := btrim(regexp_replace(coalesce(r ->> 'title', ''), '\s+', ' ', 'g'));
    if v_title = '' then
      v_problems := v_problems || jsonb_build_object('code', 'title_missing');
    elsif char_length(v_title) not between 5 and 1000 then
      v_problems := v_problems || jsonb_build_object('code', 'title_length');
    end if;

    v_output := nullif(btrim(coalesce(r ->> 'expected_output', '')), '');
    if char_length(v_output) > 1000 then
      v_problems := v_problems || jsonb_build_object('code', 'output_too_long');
    end if;

    v_lead_text := btrim(coalesce(r ->> 'lead_unit', ''));
    v_lead := private.match_unit(v_lead_text);
    if v_lead_text = '' then
      v_problems := v_problems || jsonb_build_object('code', 'lead_unit_missing');
    elsif v_lead is null then
      v_problems := v_problems || jsonb_build_object('code', 'lead_unit_unknown', 'value', v_lead_text);
    end if;

    v_coord_names := private.import_list(r -> 'coordinators');
    v_coord_ids := '{}';
    foreach v_coord_name in array v_coord_names loop
      v_coord := private.match_unit(v_coord_name);
      if v_coord is null then
        v_problems := v_problems || jsonb_build_object('code', 'coordinator_unknown', 'value', v_coord_name);
      elsif v_coord is distinct from v_lead and not (v_coord = any (v_coord_ids)) then
        v_coord_ids := v_coord_ids || v_coord;
      end if;
    end loop;

    v_start_text := btrim(coalesce(r ->> 'start_date', ''));
    v_due_text := btrim(coalesce(r ->> 'due_date', ''));
    v_start_on := private.read_date(v_start_text);
    v_due_on := private.read_date(v_due_text);
    if v_start_on = 'infinity'::date then
      v_problems := v_problems || jsonb_build_object('code', 'start_date_invalid', 'value', v_start_text);
    end if;
    if v_due_on = 'infinity'::date then
      v_problems := v_problems || jsonb_build_object('code', 'due_date_invalid', 'value', v_due_text);
    end if;
    if v_start_on is not null and v_due_on is not null and v_start_on <> 'infinity'::date and v_due_on <> 'infinity'::date
       and v_due_on < v_start_on then
      v_problems := v_problems || jsonb_build_object('code', 'due_before_start');
    end if;

    v_cadence_text := btrim(coalesce(r ->> 'cadence', ''));
    v_cad := private.match_cadence(v_cadence_text);
    if v_cad is null then
      v_problems := v_problems || jsonb_build_object('code', 'cadence_unknown', 'value', v_cadence_text);
    end if;

    if jsonb_array_length(v_problems) > 0 then
      v_bad := v_bad || jsonb_build_object('line', v_line, 'ordinal', v_ordinal, 'problems', v_problems);
    else
      v_parsed := v_parsed || jsonb_build_object(
        'ordinal', v_ordinal, 'area', v_area, 'title', v_title, 'output', v_output, 'lead', v_lead,
        'coordinators', to_jsonb(v_coord_ids), 'start', v_start_on, 'due', v_due_on, 'cadence', v_cad);
    end if;
  end loop;

  if jsonb_array_length(v_bad) > 0 then
    select string_agg(
             format('dòng %s: %s', b.value ->> 'line',
                    (select string_agg(private.import_problem_text(p.value), ', ') from jsonb_array_elements(b.value -> 'problems') p)),
             '; ' order by b.ordinality)
      into v_listing
    from jsonb_array_elements(v_bad) with ordinality as b(value, ordinality)
    where b.ordinality <= 20;
    perform private.raise_rule('RT422', 'import_bad_rows',
      format('Tệp có %s dòng lỗi, chưa nhập nhiệm vụ nào. %s%s', jsonb_array_length(v_bad),
             upper(left(v_listing, 1)) || substr(v_listing, 2), case when jsonb_array_length(v_bad) > 20 then '; …' else '.' end),
      jsonb_build_object(
        'count', jsonb_array_length(v_bad),
        'lines', (select string_agg(b.value ->> 'line', ', ') from jsonb_array_elements(v_bad) b),
        'rows', v_bad));
  end if;

  for r in select e.value from jsonb_array_elements(v_parsed) e
  loop
    insert into public.tasks (plan_id, area_id, ordinal, title, expected_output, lead_unit_id, start_date, due_date, cadence)
    values (p_plan_id, (r ->> 'area')::smallint, r ->> 'ordinal', r ->> 'title', r ->> 'output', (r ->> 'lead')::uuid,
            (r ->> 'start')::date, (r ->> 'due')::date, (r ->> 'cadence')::public.task_cadence)
    returning id into v_new_id;
    insert into public.task_coordinators (task_id, unit_id)
    select v_new_id, c::uuid from jsonb_array_elements_text(r -> 'coordinators') c;
    n := n + 1;
  end loop;
  return n;
end;
$$;

-- Only signed-in accounts may call these (each checks the role itself too).
revoke execute on function public.create_task(uuid, jsonb, uuid[]) from public, anon;
revoke execute on function public.update_task_details(uuid, integer, jsonb, uuid[]) from public, anon;
revoke execute on function public.bulk_assign_lead_unit(uuid, jsonb, uuid) from public, anon;
revoke execute on function public.bulk_set_due_dates(uuid, jsonb, date, integer) from public, anon;
revoke execute on function public.import_tasks(uuid, jsonb) from public, anon;
grant execute on function public.create_task(uuid, jsonb, uuid[]) to authenticated;
grant execute on function public.update_task_details(uuid, integer, jsonb, uuid[]) to authenticated;
grant execute on function public.bulk_assign_lead_unit(uuid, jsonb, uuid) to authenticated;
grant execute on function public.bulk_set_due_dates(uuid, jsonb, date, integer) to authenticated;
grant execute on function public.import_tasks(uuid, jsonb) to authenticated;
