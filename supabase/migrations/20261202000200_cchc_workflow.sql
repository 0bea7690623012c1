-- CCHC index scoring: the workflow (open a set, submit, appraise, request
-- explanations, publish), importing a set from the rows of an Excel file and
-- copying last year's set.
--
-- The workflow functions are security definer: they are the only path that
-- moves an assessment's status and writes snapshots.  Each checks who is
-- calling (private.current_app_role(), the caller's unit) before anything
-- else, and reads only the rows it was asked about.  Import and copy run
-- with the caller's rights (security invoker), so the policies and triggers
-- of cchc_sets and cchc_items apply to every row they write.

create or replace function private.cchc_require_interior()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'cchc_interior_only', 'Chỉ Sở Nội vụ được thực hiện thao tác này.');
  end if;
end;
$$;

create or replace function private.cchc_lock_assessment(p_assessment_id uuid)
returns public.cchc_assessments
language plpgsql
set search_path = ''
as $$
declare
  a public.cchc_assessments;
begin
  select * into a from public.cchc_assessments where id = p_assessment_id for update;
  if a.id is null then
    perform private.raise_rule('RT422', 'cchc_not_found', 'Không tìm thấy kết quả chấm điểm.');
  end if;
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  return a;
end;
$$;

-- ---------------------------------------------------------------- open a set
-- Checks the tree (every group's maximum is the sum of its children's,
-- bonus and penalty aside), then makes one assessment per active unit of the
-- assessed kind, with one score row per leaf.  Returns the number of
-- assessments.
create or replace function public.cchc_open_set(p_set_id uuid)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  s public.cchc_sets;
  bad text;
  n integer;
begin
  perform private.cchc_require_interior();
  select * into s from public.cchc_sets where id = p_set_id for update;
  if s.id is null then
    perform private.raise_rule('RT422', 'cchc_not_found', 'Không tìm thấy kết quả chấm điểm.');
  end if;
  if s.status <> 'draft' then
    perform private.raise_rule('RT423', 'cchc_set_locked', 'Bộ chỉ số đã áp dụng, không thể sửa hoặc xóa.');
  end if;
  if not exists (select 1 from public.cchc_items i where i.set_id = s.id and i.kind is not null) then
    perform private.raise_rule('RT422', 'cchc_set_empty', 'Bộ chỉ số chưa có tiêu chí nào được chấm điểm.');
  end if;
  select string_agg(g.code, ', ' order by g.sort_key) into bad
  from public.cchc_items g
  where g.set_id = s.id and g.kind is null
    and g.max_points <> coalesce((select sum(c.max_points) from public.cchc_items c
                                  where c.parent_id = g.id and coalesce(c.kind::text, '') not in ('bonus', 'penalty')), 0);
  if bad is not null then
    perform private.raise_rule('RT422', 'cchc_set_max_mismatch',
      format('Điểm tối đa của %s khác tổng điểm tối đa của các tiêu chí thành phần.', bad), jsonb_build_object('codes', bad));
  end if;
  if s.plan_id is null and exists (
       select 1 from public.cchc_items i where i.set_id = s.id and i.source in ('plan_done_share', 'plan_on_time_share', 'plan_overdue_count')) then
    perform private.raise_rule('RT422', 'cchc_set_needs_plan', 'Bộ chỉ số có tiêu chí tính từ kế hoạch: cần chọn kế hoạch CCHC của năm.');
  end if;
  insert into public.cchc_assessments (set_id, unit_id, self_from, self_to)
  select s.id, u.id, s.self_from, s.self_to
  from public.units u
  where u.is_active and case s.target
    when 'departments' then u.kind in ('department', 'agency')
    when 'communes' then u.kind = 'commune'
    else u.kind = 'province' end
  on conflict (set_id, unit_id) do nothing;
  get diagnostics n = row_count;
  insert into public.cchc_scores (assessment_id, item_id)
  select a.id, i.id
  from public.cchc_assessments a join public.cchc_items i on i.set_id = a.set_id and i.kind is not null
  where a.set_id = s.id
  on conflict (assessment_id, item_id) do nothing;
  update public.cchc_sets set status = 'open' where id = s.id;
  return n;
end;
$$;

-- ---------------------------------------------------------------- submit
create or replace function public.cchc_submit(p_assessment_id uuid)
returns public.cchc_assessments
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  s public.cchc_sets;
  missing text;
  unexplained text;
begin
  if private.current_app_role() is null or private.current_app_role() not in ('dept_head', 'interior') then
    perform private.raise_rule('RT403', 'cchc_self_own_unit',
      'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
  end if;
  a := private.cchc_lock_assessment(p_assessment_id);
  select * into s from public.cchc_sets where id = a.set_id;
  if private.current_app_role() = 'dept_head' and a.unit_id is distinct from private.current_unit_id() then
    perform private.raise_rule('RT403', 'cchc_self_own_unit',
      'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
  end if;
  perform private.cchc_check_self_write(a, s);
  select string_agg(i.code, ', ' order by i.sort_key) into missing
  from public.cchc_scores sc join public.cchc_items i on i.id = sc.item_id
  where sc.assessment_id = a.id and i.source is null and i.kind <> 'survey' and sc.self_score is null;
  if missing is not null then
    perform private.raise_rule('RT422', 'cchc_submit_incomplete',
      format('Chưa tự chấm điểm các tiêu chí: %s.', missing), jsonb_build_object('codes', missing));
  end if;
  select string_agg(i.code, ', ' order by i.sort_key) into unexplained
  from public.cchc_scores sc join public.cchc_items i on i.id = sc.item_id
  where sc.assessment_id = a.id and i.source is null and i.kind not in ('survey', 'penalty') and sc.self_score > 0
    and sc.self_note is null and not exists (select 1 from public.cchc_evidence e where e.score_id = sc.id);
  if unexplained is not null then
    perform private.raise_rule('RT422', 'cchc_submit_needs_evidence',
      format('Các tiêu chí %s chưa có minh chứng hoặc giải trình.', unexplained), jsonb_build_object('codes', unexplained));
  end if;
  update public.cchc_assessments
     set status = 'submitted', submitted_at = now(), submitted_by = auth.uid(), version = version + 1
   where id = a.id
  returning * into a;
  return a;
end;
$$;

-- ---------------------------------------------------------------- appraisal
-- Takes a submitted self-assessment (or, once its window has closed, one that
-- was never submitted) into appraisal.
create or replace function public.cchc_start_appraisal(p_assessment_id uuid)
returns public.cchc_assessments
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.cchc_assessments;
begin
  perform private.cchc_require_interior();
  a := private.cchc_lock_assessment(p_assessment_id);
  if not (a.status = 'submitted' or (a.status = 'draft' and a.self_to < private.cchc_today())) then
    perform private.raise_rule('RT422', 'cchc_not_submitted', 'Đơn vị chưa gửi kết quả tự đánh giá và thời hạn tự đánh giá chưa kết thúc.');
  end if;
  update public.cchc_assessments set status = 'appraising', version = version + 1 where id = a.id returning * into a;
  return a;
end;
$$;

-- Accepts every self-score not yet appraised (survey and computed criteria
-- aside) as the appraised score.  Returns how many were accepted.
create or replace function public.cchc_accept_self_scores(p_assessment_id uuid)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  n integer;
begin
  perform private.cchc_require_interior();
  a := private.cchc_lock_assessment(p_assessment_id);
  if a.status not in ('appraising', 'explanation_requested', 'reappraised') then
    perform private.raise_rule('RT423', 'cchc_appraisal_not_open',
      'Chỉ thẩm định khi kết quả tự đánh giá đã được đưa vào thẩm định và chưa công bố.');
  end if;
  update public.cchc_scores sc
     set appraised_score = sc.self_score, appraised_by = auth.uid(), appraised_at = now(),
         appraisal_round = case when exists (select 1 from public.cchc_explanations e where e.assessment_id = a.id) then 2 else 1 end,
         version = sc.version + 1
    from public.cchc_items i
   where sc.assessment_id = a.id and i.id = sc.item_id and i.source is null and i.kind <> 'survey'
     and sc.appraised_score is null and sc.self_score is not null;
  get diagnostics n = row_count;
  return n;
end;
$$;

-- A request for explanation moves its assessment to explanation_requested.
create or replace function private.cchc_after_explanation()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.cchc_assessments set status = 'explanation_requested', version = version + 1
   where id = new.assessment_id and status = 'appraising';
  return new;
end;
$$;
revoke all on function private.cchc_after_explanation() from public;
create trigger cchc_explanations_move_status after insert on public.cchc_explanations
  for each row execute function private.cchc_after_explanation();

-- Closes the explanation round once every request is answered or past its
-- day; the second appraisal is then recorded (status reappraised).
create or replace function public.cchc_finish_reappraisal(p_assessment_id uuid)
returns public.cchc_assessments
language plpgsql
security definer
set search_path = ''
as $$
declare
  a public.cchc_assessments;
begin
  perform private.cchc_require_interior();
  a := private.cchc_lock_assessment(p_assessment_id);
  if a.status <> 'explanation_requested' then
    perform private.raise_rule('RT422', 'cchc_no_explanation_round', 'Chưa có yêu cầu giải trình nào đang chờ.');
  end if;
  if exists (select 1 from public.cchc_explanations e
             where e.assessment_id = a.id and e.answer is null and e.answer_by >= private.cchc_today()) then
    perform private.raise_rule('RT422', 'cchc_explanations_pending', 'Còn yêu cầu giải trình chưa được trả lời và chưa hết hạn.');
  end if;
  update public.cchc_assessments set status = 'reappraised', version = version + 1 where id = a.id returning * into a;
  return a;
end;
$$;

-- ---------------------------------------------------------------- publish
-- Publishes a set: every assessment must be appraised (no explanation round
-- open) with a final score for every criterion.  Freezes each score sheet
-- into the assessment's snapshot and the ranking into the set's results, in
-- one transaction.  Nothing is writable afterwards.
create or replace function public.cchc_publish_set(p_set_id uuid)
returns public.cchc_sets
language plpgsql
security definer
set search_path = ''
as $$
declare
  s public.cchc_sets;
  bad text;
  ranking jsonb;
  a record;
begin
  perform private.cchc_require_interior();
  select * into s from public.cchc_sets where id = p_set_id for update;
  if s.id is null then
    perform private.raise_rule('RT422', 'cchc_not_found', 'Không tìm thấy kết quả chấm điểm.');
  end if;
  if s.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if s.status <> 'open' then
    perform private.raise_rule('RT422', 'cchc_set_not_open', 'Bộ chỉ số chưa được áp dụng để chấm điểm.');
  end if;
  select string_agg(u.code, ', ' order by u.code) into bad
  from public.cchc_assessments x join public.units u on u.id = x.unit_id
  where x.set_id = s.id and (x.status not in ('appraising', 'reappraised') or exists (
    select 1 from public.cchc_scores sc join public.cchc_items i on i.id = sc.item_id
    where sc.assessment_id = x.id and i.source is null and sc.appraised_score is null));
  if bad is not null then
    perform private.raise_rule('RT422', 'cchc_publish_incomplete',
      format('Chưa thẩm định xong kết quả của: %s.', bad), jsonb_build_object('units', bad));
  end if;
  for a in select x.id from public.cchc_assessments x where x.set_id = s.id for update loop
    null;
  end loop;
  select coalesce(jsonb_agg(to_jsonb(r) - 'status' order by r.rank, r.unit_code), '[]'::jsonb) into ranking
  from public.cchc_ranking(s.id) r;
  update public.cchc_assessments x
     set snapshot = jsonb_build_object(
           'published_at', now(),
           'items', (select coalesce(jsonb_agg(to_jsonb(r) order by r.code), '[]'::jsonb) from public.cchc_scoresheet(x.id) r),
           'explanations', (select coalesce(jsonb_agg(to_jsonb(e) order by e.requested_at), '[]'::jsonb)
                              from public.cchc_explanations e where e.assessment_id = x.id),
           'components', (select coalesce(jsonb_agg(to_jsonb(c) order by c.component), '[]'::jsonb)
                            from public.cchc_component_scores c where c.assessment_id = x.id)),
         status = 'published', published_at = now(), version = x.version + 1
   where x.set_id = s.id;
  update public.cchc_sets
     set status = 'published', results = jsonb_build_object('published_at', now(), 'ranking', ranking),
         published_at = now(), published_by = auth.uid()
   where id = s.id
  returning * into s;
  return s;
end;
$$;

-- Score rows live as long as their assessment.
create trigger cchc_scores_no_delete before delete on public.cchc_scores
  for each row execute function private.cchc_refuse_delete();

-- ================================================================ import a set from Excel rows
-- p_rows: one object per row of the template (see README, "Chỉ số CCHC"):
--   {line, code, title, max_points, kind, allowed_values, source, indicator,
--    bands, points_per, expected_evidence, responsible_unit}
-- Numbers may use a decimal comma ("1,5").  kind: a code or a Vietnamese
-- label, empty for an area or a criterion that groups sub-criteria.
-- allowed_values "0; 0,5; 1"; bands "100:2; 80:1; 0:0" (rate >= min : points).
-- Every row is checked first; when any is bad nothing is written and the
-- refusal lists every bad row.
create or replace function private.cchc_read_number(input text)
returns numeric
language plpgsql
immutable
set search_path = ''
as $$
declare
  txt text := replace(btrim(coalesce(input, '')), ' ', '');
begin
  if txt = '' then
    return null;
  end if;
  if txt !~ '^-?[0-9]{1,6}([.,][0-9]{1,2})?$' then
    return 'NaN'::numeric;
  end if;
  return replace(txt, ',', '.')::numeric;
end;
$$;

create or replace function private.cchc_match_kind(input text)
returns public.cchc_item_kind
language sql
immutable
set search_path = ''
as $$
  select case
    when k in ('manual', 'tucham', 'chamtay', 'thucong', 'diem') then 'manual'
    when k in ('choice', 'chonmuc', 'danhsach', 'mucdiem', 'theomuc') then 'choice'
    when k in ('yesno', 'cokhong', 'datkhongdat', 'cochuaco') then 'yes_no'
    when k in ('ratebands', 'tyle', 'theotyle', 'muctyle') then 'rate_bands'
    when k in ('survey', 'khaosat', 'dieutraxahoihoc') then 'survey'
    when k in ('bonus', 'diemthuong', 'thuong', 'cong', 'diemcong') then 'bonus'
    when k in ('penalty', 'diemtru', 'tru') then 'penalty'
  end::public.cchc_item_kind
  from (select private.match_key(input) as k) s;
$$;

create or replace function private.cchc_match_source(input text)
returns public.cchc_source
language sql
immutable
set search_path = ''
as $$
  select case
    when k in ('plandoneshare', 'tylehoanthanh', 'kehoachhoanthanh', 'hoanthanh') then 'plan_done_share'
    when k in ('planontimeshare', 'tyledunghan', 'hoanthanhdunghan', 'dunghan') then 'plan_on_time_share'
    when k in ('planoverduecount', 'quahan', 'nhiemvuquahan', 'sonhiemvuquahan') then 'plan_overdue_count'
    when k in ('indicatorrate', 'chitieu') then 'indicator_rate'
  end::public.cchc_source
  from (select private.match_key(input) as k) s;
$$;

create or replace function private.cchc_import_problem_text(problem jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select case problem ->> 'code'
    when 'code_missing' then 'thiếu mã tiêu chí'
    when 'code_format' then format('mã "%s" không đúng dạng (ví dụ 1.2.3)', problem ->> 'value')
    when 'code_duplicate' then format('mã %s trùng với dòng khác trong tệp', problem ->> 'value')
    when 'code_exists' then format('mã %s đã có trong bộ chỉ số', problem ->> 'value')
    when 'parent_missing' then format('chưa có mục cấp trên của %s', problem ->> 'value')
    when 'parent_scored' then format('mục cấp trên %s được chấm điểm trực tiếp', problem ->> 'value')
    when 'title_missing' then 'thiếu nội dung tiêu chí'
    when 'title_length' then 'nội dung tiêu chí phải có từ 3 đến 2.000 ký tự'
    when 'max_invalid' then format('điểm tối đa "%s" không hợp lệ', problem ->> 'value')
    when 'kind_unknown' then format('cách chấm "%s" không xác định', problem ->> 'value')
    when 'area_scored' then 'lĩnh vực (mã một cấp) không chấm điểm trực tiếp'
    when 'values_invalid' then format('các mức điểm "%s" không hợp lệ', problem ->> 'value')
    when 'values_missing' then 'cách chấm theo mức cần danh sách mức điểm'
    when 'bands_invalid' then format('các mức tỷ lệ "%s" không hợp lệ (ví dụ 100:2; 80:1; 0:0)', problem ->> 'value')
    when 'source_unknown' then format('nguồn số liệu "%s" không xác định', problem ->> 'value')
    when 'source_kind' then 'nguồn số liệu không hợp với cách chấm'
    when 'indicator_unknown' then format('không tìm thấy chỉ tiêu "%s"', problem ->> 'value')
    when 'points_per_invalid' then format('điểm trừ mỗi nhiệm vụ "%s" không hợp lệ', problem ->> 'value')
    when 'unit_unknown' then format('không tìm thấy đơn vị "%s"', problem ->> 'value')
    when 'evidence_too_long' then 'minh chứng yêu cầu dài quá 2.000 ký tự'
    else problem ->> 'code'
  end;
$$;

create or replace function public.cchc_import_items(p_set_id uuid, p_rows jsonb)
returns integer
language plpgsql
security invoker
set search_path = ''
as $$
declare
  s public.cchc_sets;
  r jsonb;
  v_idx integer;
  v_line integer;
  v_problems jsonb;
  v_bad jsonb := '[]'::jsonb;
  v_parsed jsonb := '[]'::jsonb;
  v_codes jsonb := '{}'::jsonb;   -- code -> scored (true/false) for every row of the file
  v_code text;
  v_title text;
  v_max_text text;
  v_max numeric;
  v_kind_text text;
  v_kind public.cchc_item_kind;
  v_values_text text;
  v_values numeric[];
  v_bands_text text;
  v_bands jsonb;
  v_source_text text;
  v_source public.cchc_source;
  v_indicator_text text;
  v_indicator uuid;
  v_per_text text;
  v_per numeric;
  v_unit_text text;
  v_unit uuid;
  v_evidence text;
  v_parent text;
  v_part text;
  v_listing text;
  n integer := 0;
begin
  perform private.cchc_require_interior();
  p_rows := private.unwrap_json(p_rows);
  select * into s from public.cchc_sets where id = p_set_id;
  if s.id is null then
    perform private.raise_rule('RT422', 'cchc_not_found', 'Không tìm thấy kết quả chấm điểm.');
  end if;
  if s.status <> 'draft' then
    perform private.raise_rule('RT423', 'cchc_set_locked', 'Bộ chỉ số đã áp dụng, không thể sửa hoặc xóa.');
  end if;
  if p_rows is null or jsonb_typeof(p_rows) <> 'array' or jsonb_array_length(p_rows) = 0 then
    perform private.raise_rule('RT422', 'cchc_import_no_rows', 'Tệp không có dòng tiêu chí nào.');
  end if;
  if jsonb_array_length(p_rows) > 1000 then
    perform private.raise_rule('RT422', 'cchc_import_too_many_rows', 'Mỗi lần chỉ nhập tối đa 1.000 dòng.');
  end if;
  -- first pass: which codes the file has and whether each is scored
  for r in select e.value from jsonb_array_elements(p_rows) e loop
    if jsonb_typeof(r) = 'object' and btrim(coalesce(r ->> 'code', '')) <> '' then
      v_codes := v_codes || jsonb_build_object(btrim(r ->> 'code'),
        btrim(coalesce(r ->> 'kind', '')) <> '' or btrim(coalesce(r ->> 'source', '')) <> '');
    end if;
  end loop;

  for r, v_idx in select e.value, e.ordinality::integer from jsonb_array_elements(p_rows) with ordinality as e(value, ordinality)
  loop
    if jsonb_typeof(r) <> 'object' then
      r := '{}'::jsonb;
    end if;
    v_line := case when coalesce(r ->> 'line', '') ~ '^[0-9]{1,7}$' then (r ->> 'line')::integer else v_idx end;
    v_problems := '[]'::jsonb;

    v_code := regexp_replace(btrim(coalesce(r ->> 'code', '')), '\.$', '');
    if v_code = '' then
      v_problems := v_problems || jsonb_build_object('code', 'code_missing');
    elsif v_code !~ '^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$' then
      v_problems := v_problems || jsonb_build_object('code', 'code_format', 'value', v_code);
    elsif exists (select 1 from jsonb_array_elements(v_parsed) p where p ->> 'code' = v_code)
       or exists (select 1 from jsonb_array_elements(v_bad) b where b ->> 'code' = v_code) then
      v_problems := v_problems || jsonb_build_object('code', 'code_duplicate', 'value', v_code);
    elsif exists (select 1 from public.cchc_items i where i.set_id = s.id and i.code = v_code) then
      v_problems := v_problems || jsonb_build_object('code', 'code_exists', 'value', v_code);
    elsif v_code like '%.%' then
      v_parent := regexp_replace(v_code, '\.[0-9]+$', '');
      if not (v_codes ? v_parent) and not exists (select 1 from public.cchc_items i where i.set_id = s.id and i.code = v_parent) then
        v_problems := v_problems || jsonb_build_object('code', 'parent_missing', 'value', v_code);
      elsif coalesce((v_codes ->> v_parent)::boolean, false)
         or exists (select 1 from public.cchc_items i where i.set_id = s.id and i.code = v_parent and i.kind is not null) then
        v_problems := v_problems || jsonb_build_object('code', 'parent_scored', 'value', v_parent);
      end if;
    end if;

    v_title := btrim(regexp_replace(coalesce(r ->> 'title', ''), '\s+', ' ', 'g'));
    if v_title = '' then
      v_problems := v_problems || jsonb_build_object('code', 'title_missing');
    elsif char_length(v_title) not between 3 and 2000 then
      v_problems := v_problems || jsonb_build_object('code', 'title_length');
    end if;

    v_max_text := btrim(coalesce(r ->> 'max_points', ''));
    v_max := private.cchc_read_number(v_max_text);
    if v_max is null or v_max = 'NaN'::numeric or v_max < 0 or v_max > 1000 then
      v_problems := v_problems || jsonb_build_object('code', 'max_invalid', 'value', v_max_text);
      v_max := null;
    end if;

    v_kind_text := btrim(coalesce(r ->> 'kind', ''));
    v_source_text := btrim(coalesce(r ->> 'source', ''));
    v_source := private.cchc_match_source(v_source_text);
    v_kind := private.cchc_match_kind(v_kind_text);
    if v_kind_text = '' and v_source is not null then
      v_kind := case when v_source = 'plan_overdue_count' then 'penalty' else 'rate_bands' end;
    end if;
    if v_kind_text <> '' and v_kind is null then
      v_problems := v_problems || jsonb_build_object('code', 'kind_unknown', 'value', v_kind_text);
    end if;
    if v_kind is not null and v_code ~ '^[0-9]{1,2}$' then
      v_problems := v_problems || jsonb_build_object('code', 'area_scored');
    end if;
    if v_source_text <> '' and v_source is null then
      v_problems := v_problems || jsonb_build_object('code', 'source_unknown', 'value', v_source_text);
    elsif v_source is not null and v_kind is not null
          and ((v_source = 'plan_overdue_count') <> (v_kind = 'penalty') or (v_source <> 'plan_overdue_count' and v_kind <> 'rate_bands')) then
      v_problems := v_problems || jsonb_build_object('code', 'source_kind');
    end if;

    v_values_text := btrim(coalesce(r ->> 'allowed_values', ''));
    v_values := null;
    if v_values_text <> '' then
      begin
        select array_agg(private.cchc_read_number(x) order by private.cchc_read_number(x)) into v_values
        from regexp_split_to_table(v_values_text, '\s*;\s*') x where btrim(x) <> '';
      exception when others then
        v_values := array['NaN'::numeric];
      end;
      if v_values is null or cardinality(v_values) < 2 or 'NaN'::numeric = any (v_values) or exists (
           select 1 from unnest(v_values) v where v is null or v < 0 or (v_max is not null and v > v_max)) then
        v_problems := v_problems || jsonb_build_object('code', 'values_invalid', 'value', v_values_text);
        v_values := null;
      end if;
    end if;
    if v_kind = 'choice' and v_values is null and v_values_text = '' then
      v_problems := v_problems || jsonb_build_object('code', 'values_missing');
    end if;
    if v_kind is distinct from 'choice' then
      v_values := null;
    end if;

    v_bands_text := btrim(coalesce(r ->> 'bands', ''));
    v_bands := null;
    if v_bands_text <> '' then
      begin
        select jsonb_agg(jsonb_build_object('min', private.cchc_read_number(split_part(x, ':', 1)),
                                            'points', private.cchc_read_number(split_part(x, ':', 2))))
          into v_bands
        from regexp_split_to_table(v_bands_text, '\s*;\s*') x where btrim(x) <> '';
        if not private.cchc_bands_valid(v_bands, 'points') or exists (
             select 1 from jsonb_array_elements(v_bands) e where v_max is not null and (e ->> 'points')::numeric > v_max) then
          v_bands := null;
        end if;
      exception when others then
        v_bands := null;
      end;
      if v_bands is null or v_kind is distinct from 'rate_bands' then
        v_problems := v_problems || jsonb_build_object('code', 'bands_invalid', 'value', v_bands_text);
      end if;
    end if;

    v_indicator_text := btrim(coalesce(r ->> 'indicator', ''));
    v_indicator := null;
    if v_source = 'indicator_rate' or v_indicator_text <> '' then
      select i.id into v_indicator from public.indicators i where upper(i.code) = upper(v_indicator_text);
      if v_indicator is null or v_source is distinct from 'indicator_rate' then
        v_problems := v_problems || jsonb_build_object('code', 'indicator_unknown', 'value', v_indicator_text);
      end if;
    end if;

    v_per_text := btrim(coalesce(r ->> 'points_per', ''));
    v_per := private.cchc_read_number(v_per_text);
    if (v_source = 'plan_overdue_count' and v_per is null)
       or (v_per is not null and (v_per = 'NaN'::numeric or v_per <= 0 or (v_max is not null and v_per > v_max))) then
      v_problems := v_problems || jsonb_build_object('code', 'points_per_invalid', 'value', v_per_text);
    end if;

    v_unit_text := btrim(coalesce(r ->> 'responsible_unit', ''));
    v_unit := private.match_unit(v_unit_text);
    if v_unit_text <> '' and v_unit is null then
      v_problems := v_problems || jsonb_build_object('code', 'unit_unknown', 'value', v_unit_text);
    end if;

    v_evidence := nullif(btrim(coalesce(r ->> 'expected_evidence', '')), '');
    if char_length(v_evidence) > 2000 then
      v_problems := v_problems || jsonb_build_object('code', 'evidence_too_long');
    end if;

    if jsonb_array_length(v_problems) > 0 then
      v_bad := v_bad || jsonb_build_object('line', v_line, 'code', v_code, 'problems', v_problems);
    else
      v_parsed := v_parsed || jsonb_build_object(
        'code', v_code, 'title', v_title, 'max', v_max, 'kind', v_kind, 'values', to_jsonb(v_values),
        'source', v_source, 'indicator', v_indicator, 'bands', v_bands,
        'per', case when v_source = 'plan_overdue_count' or v_kind in ('bonus', 'penalty') then v_per end,
        'unit', v_unit, 'evidence', v_evidence);
    end if;
  end loop;

  if jsonb_array_length(v_bad) > 0 then
    select string_agg(
             format('dòng %s: %s', b.value ->> 'line',
                    (select string_agg(private.cchc_import_problem_text(p.value), ', ') from jsonb_array_elements(b.value -> 'problems') p)),
             '; ' order by b.ordinality)
      into v_listing
    from jsonb_array_elements(v_bad) with ordinality as b(value, ordinality)
    where b.ordinality <= 20;
    perform private.raise_rule('RT422', 'cchc_import_bad_rows',
      format('Tệp có %s dòng lỗi, chưa nhập tiêu chí nào. %s%s', jsonb_array_length(v_bad),
             upper(left(v_listing, 1)) || substr(v_listing, 2), case when jsonb_array_length(v_bad) > 20 then '; …' else '.' end),
      jsonb_build_object(
        'count', jsonb_array_length(v_bad),
        'lines', (select string_agg(b.value ->> 'line', ', ') from jsonb_array_elements(v_bad) b),
        'rows', v_bad));
  end if;

  -- parents first
  for r in select e.value from jsonb_array_elements(v_parsed) e
           order by array_length(string_to_array(e.value ->> 'code', '.'), 1), string_to_array(e.value ->> 'code', '.')::integer[]
  loop
    insert into public.cchc_items (set_id, code, title, max_points, kind, allowed_values, source, indicator_id, bands,
                                   points_per, expected_evidence, responsible_unit_id)
    values (s.id, r ->> 'code', r ->> 'title', (r ->> 'max')::numeric, (r ->> 'kind')::public.cchc_item_kind,
            case when jsonb_typeof(r -> 'values') = 'array' then (select array_agg(v::numeric) from jsonb_array_elements_text(r -> 'values') v) end,
            (r ->> 'source')::public.cchc_source, (r ->> 'indicator')::uuid,
            case when jsonb_typeof(r -> 'bands') = 'array' then r -> 'bands' end,
            (r ->> 'per')::numeric, r ->> 'evidence', (r ->> 'unit')::uuid);
    n := n + 1;
  end loop;
  return n;
end;
$$;

-- ================================================================ copy last year's set
-- A new draft set for p_year from an existing set: same assessed units,
-- bands and tree (responsible units kept while still active), dates moved by
-- the difference in years, the year's plan chosen when exactly one plan of
-- that year is issued.  Returns the new set's id.
create or replace function public.cchc_copy_set(p_from_set_id uuid, p_year integer)
returns uuid
language plpgsql
security invoker
set search_path = ''
as $$
declare
  src public.cchc_sets;
  shift integer;
  new_id uuid;
  plan uuid;
begin
  perform private.cchc_require_interior();
  select * into src from public.cchc_sets where id = p_from_set_id;
  if src.id is null then
    perform private.raise_rule('RT422', 'cchc_not_found', 'Không tìm thấy kết quả chấm điểm.');
  end if;
  if p_year is null or p_year not between 2000 and 2100 then
    perform private.raise_rule('RT422', 'cchc_copy_year', 'Năm của bộ chỉ số mới phải từ 2000 đến 2100.');
  end if;
  if exists (select 1 from public.cchc_sets s where s.year = p_year and s.target = src.target) then
    perform private.raise_rule('RT422', 'cchc_copy_exists', format('Đã có bộ chỉ số năm %s cho nhóm đối tượng này.', p_year),
      jsonb_build_object('year', p_year));
  end if;
  shift := p_year - src.year;
  select case when count(*) = 1 then min(p.id::text)::uuid end into plan
  from public.plans p where p.year = p_year and p.status <> 'draft';
  insert into public.cchc_sets (year, target, name, plan_id, cut_off, self_from, self_to, rate_bands,
                                good_min, fair_min, average_min, previous_set_id)
  values (p_year, src.target,
          left(regexp_replace(src.name, src.year::text, p_year::text, 'g'), 300),
          plan,
          (src.cut_off + make_interval(years => shift))::date,
          (src.self_from + make_interval(years => shift))::date,
          (src.self_to + make_interval(years => shift))::date,
          src.rate_bands, src.good_min, src.fair_min, src.average_min, src.id)
  returning id into new_id;
  insert into public.cchc_items (set_id, code, title, max_points, kind, allowed_values, source, indicator_id, bands,
                                 points_per, expected_evidence, responsible_unit_id)
  select new_id, i.code, i.title, i.max_points, i.kind, i.allowed_values, i.source, i.indicator_id, i.bands,
         i.points_per, i.expected_evidence,
         case when exists (select 1 from public.units u where u.id = i.responsible_unit_id and u.is_active) then i.responsible_unit_id end
  from public.cchc_items i
  where i.set_id = src.id
  order by i.depth, i.sort_key;
  return new_id;
end;
$$;

-- ---------------------------------------------------------------- grants
do $$
declare
  f text;
begin
  foreach f in array array[
    'private.cchc_require_interior()',
    'private.cchc_read_number(text)',
    'private.cchc_match_kind(text)',
    'private.cchc_match_source(text)',
    'private.cchc_import_problem_text(jsonb)'
  ] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
  -- owner-privileged: reachable only from the definer functions and triggers
  execute 'revoke all on function private.cchc_lock_assessment(uuid) from public';
  foreach f in array array[
    'public.cchc_open_set(uuid)',
    'public.cchc_submit(uuid)',
    'public.cchc_start_appraisal(uuid)',
    'public.cchc_accept_self_scores(uuid)',
    'public.cchc_finish_reappraisal(uuid)',
    'public.cchc_publish_set(uuid)',
    'public.cchc_import_items(uuid, jsonb)',
    'public.cchc_copy_set(uuid, integer)'
  ] loop
    execute format('revoke execute on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated', f);
  end loop;
end
$$;
