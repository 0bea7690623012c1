-- One role check.  Functions that refuse callers without the right role used
-- to repeat the same `if private.current_app_role() is distinct from … then
-- raise` lines, each in its own words; they now call private.require_role,
-- which keeps each caller's refusal (code, rule key, message) as it was.
-- Every function below is its latest definition with only that check changed
-- (supabase/tests/catalog-rules.test.ts fails when a new inline copy appears).
--
-- p_api_callers_only: owner statements (migrations, seeds, the service role
-- without a signed-in user) pass, as some callers allowed before.

create or replace function private.require_role(
  p_roles public.app_role[],
  p_code text,
  p_rule text,
  p_message text,
  p_api_callers_only boolean default false)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  actor public.app_role;
begin
  if p_api_callers_only
     and auth.uid() is null
     and coalesce(current_setting('role', true), '') not in ('anon', 'authenticated') then
    return;
  end if;
  actor := private.current_app_role();
  if actor is null or not (actor = any (p_roles)) then
    perform private.raise_rule(p_code, p_rule, p_message);
  end if;
end;
$$;

comment on function private.require_role(public.app_role[], text, text, text, boolean) is
  'Refuses (private.raise_rule with the given code, rule key and message) a caller whose role is not one of p_roles; the one place a function checks a role.';

revoke all on function private.require_role(public.app_role[], text, text, text, boolean) from public;
grant execute on function private.require_role(public.app_role[], text, text, text, boolean) to authenticated, service_role;

-- private.require_interior (from 20261104000000_plan_admin.sql; only the role check changed)
create or replace function private.require_interior()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'interior_only', 'Chỉ Sở Nội vụ được thực hiện thao tác này.');
end;
$$;

-- private.cchc_require_interior (from 20261202000200_cchc_workflow.sql; only the role check changed)
create or replace function private.cchc_require_interior()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'cchc_interior_only', 'Chỉ Sở Nội vụ được thực hiện thao tác này.');
end;
$$;

-- private.require_admin (from 20261203000000_unit_reorganisation.sql; only the role check changed)
create or replace function private.require_admin()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  perform private.require_role(array['admin']::public.app_role[], 'RT401', 'reorg_admin_only', 'Chỉ quản trị hệ thống được sắp xếp lại đơn vị.', true);
end;
$$;

-- private.finalize_report (from 20261107000000_reports.sql; only the role check changed)
create or replace function private.finalize_report(p_report_id uuid, p_snapshot jsonb)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.reports;
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  select * into r from public.reports where id = p_report_id for update;
  if r.status <> 'draft' then
    perform private.raise_rule('RT423', 'report_locked',
      format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(r.doc_number, '')),
      jsonb_build_object('doc_number', coalesce(r.doc_number, '')));
  end if;
  if r.supersedes_id is not null then
    update public.reports set status = 'superseded' where id = r.supersedes_id and status = 'submitted';
  end if;
  update public.reports
     set status = 'submitted', snapshot = p_snapshot, submitted_at = now(), submitted_by = auth.uid()
   where id = p_report_id
  returning * into r;
  return r;
end;
$$;

-- private.submit_report_as_owner (from 20261201000600_function_privileges.sql; only the role check changed)
create or replace function private.submit_report_as_owner(p_report_id uuid)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.reports;
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  select * into r from public.reports where id = p_report_id for update;
  if r.id is null then
    perform private.raise_rule('RT422', 'report_not_found', 'Không tìm thấy báo cáo.');
  end if;
  if r.status <> 'draft' then
    perform private.raise_rule('RT423', 'report_locked',
      format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(r.doc_number, '')),
      jsonb_build_object('doc_number', coalesce(r.doc_number, '')));
  end if;
  if r.data_to >= private.local_date(now()) then
    perform private.raise_rule('RT422', 'report_cutoff_not_reached',
      format('Chưa qua ngày chốt số liệu (%s): chưa thể gửi báo cáo.', private.vi_date(r.data_to)),
      jsonb_build_object('date', private.vi_date(r.data_to)));
  end if;
  if nullif(btrim(r.doc_number), '') is null then
    perform private.raise_rule('RT422', 'report_needs_doc_number', 'Cần ghi số, ký hiệu của báo cáo (ví dụ: 312/BC-UBND) trước khi gửi.');
  end if;
  if nullif(btrim(r.signer_name), '') is null then
    perform private.raise_rule('RT422', 'report_needs_signer', 'Cần ghi họ tên người ký báo cáo trước khi gửi.');
  end if;
  if r.doc_date is null then
    perform private.raise_rule('RT422', 'report_needs_doc_date', 'Cần ghi ngày ban hành báo cáo trước khi gửi.');
  end if;
  if r.supersedes_id is not null then
    update public.reports set status = 'superseded' where id = r.supersedes_id and status = 'submitted';
  end if;
  update public.reports
     set status = 'submitted', snapshot = public.report_preview(r.plan_id, r.period, r.year),
         submitted_at = now(), submitted_by = auth.uid()
   where id = p_report_id
  returning * into r;
  return r;
end;
$$;

-- public.supersede_report (from 20261107000000_reports.sql; only the role check changed)
create or replace function public.supersede_report(p_report_id uuid)
returns public.reports
language plpgsql
security invoker
set search_path = ''
as $$
declare
  old_row public.reports;
  new_row public.reports;
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  select * into old_row from public.reports where id = p_report_id;
  if old_row.id is null then
    perform private.raise_rule('RT422', 'report_not_found', 'Không tìm thấy báo cáo.');
  end if;
  insert into public.reports (plan_id, period, year, supersedes_id, recipients, signer_title, signer_name,
                              overview, area_results, shortcomings, proposals)
  values (old_row.plan_id, old_row.period, old_row.year, old_row.id, old_row.recipients, old_row.signer_title, old_row.signer_name,
          old_row.overview, old_row.area_results, old_row.shortcomings, old_row.proposals)
  returning * into new_row;
  return new_row;
end;
$$;

-- public.set_plan_public (from 20261203000200_public_progress.sql; only the role check changed)
create or replace function public.set_plan_public(p_plan_id uuid, p_public boolean)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  plan public.plans;
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'plan_public_interior_only', 'Chỉ Sở Nội vụ được công khai kế hoạch.', true);
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

-- public.carry_over_tasks (from 20261203000100_carry_over.sql; only the role check changed)
create or replace function public.carry_over_tasks(
  p_target_plan_id uuid,
  p_task_ids uuid[],
  p_due_dates date[] default null
)
returns table (source_task_id uuid, task_id uuid, ordinal text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.plans;
  src record;
  due date;
  lead uuid;
  next_no integer;
  new_ordinal text;
  new_id uuid;
  i integer;
begin
  perform private.require_role(array['interior']::public.app_role[], 'RT401', 'carry_interior_only', 'Chỉ Sở Nội vụ được chuyển nhiệm vụ sang kế hoạch năm sau.', true);
  if coalesce(cardinality(p_task_ids), 0) = 0 then
    perform private.raise_rule('RT422', 'carry_no_tasks', 'Chọn ít nhất một nhiệm vụ để chuyển.');
  end if;
  if p_due_dates is not null and cardinality(p_due_dates) <> cardinality(p_task_ids) then
    perform private.raise_rule('RT422', 'carry_due_dates_count', 'Số thời hạn mới phải bằng số nhiệm vụ được chuyển.');
  end if;
  select * into target from public.plans where id = p_target_plan_id for update;
  if not found then
    perform private.raise_rule('RT422', 'carry_target_unknown', 'Kế hoạch nhận không tồn tại.');
  end if;
  if target.status = 'closed' then
    perform private.raise_rule('RT423', 'carry_target_closed', format('Kế hoạch số %s đã kết thúc, không thể nhận nhiệm vụ chuyển sang.', target.doc_number),
      jsonb_build_object('plan', target.doc_number));
  end if;

  for i in 1..cardinality(p_task_ids) loop
    select t.*, p.year as plan_year, p.doc_number as plan_doc_number
      into src
      from public.tasks t join public.plans p on p.id = t.plan_id
     where t.id = p_task_ids[i];
    if not found then
      perform private.raise_rule('RT422', 'carry_task_unknown', 'Nhiệm vụ được chọn không tồn tại.');
    end if;
    if target.year <> src.plan_year + 1 then
      perform private.raise_rule('RT422', 'carry_target_year', format(
        'Nhiệm vụ của kế hoạch năm %s chỉ được chuyển sang kế hoạch năm %s (kế hoạch số %s là của năm %s).',
        src.plan_year, src.plan_year + 1, target.doc_number, target.year),
        jsonb_build_object('from', src.plan_year, 'expected', src.plan_year + 1, 'plan', target.doc_number, 'year', target.year));
    end if;
    if src.status in ('done', 'cancelled') then
      perform private.raise_rule('RT422', 'carry_task_finished', format(
        'Nhiệm vụ %s đã hoàn thành hoặc đã hủy, không chuyển sang năm sau.', src.ordinal),
        jsonb_build_object('ordinal', src.ordinal));
    end if;
    if exists (select 1 from public.tasks t where t.plan_id = target.id and t.carried_from_task_id = src.id) then
      perform private.raise_rule('RT422', 'carry_already', format(
        'Nhiệm vụ %s đã được chuyển sang Kế hoạch số %s.', src.ordinal, target.doc_number),
        jsonb_build_object('ordinal', src.ordinal, 'plan', target.doc_number));
    end if;
    due := case when p_due_dates is null then (src.due_date + interval '1 year')::date else p_due_dates[i] end;
    if due is not null and (due < make_date(target.year, 1, 1) or due > make_date(target.year, 12, 31)) then
      perform private.raise_rule('RT422', 'carry_due_outside_year', format(
        'Thời hạn mới của nhiệm vụ %s phải trong năm %s.', src.ordinal, target.year),
        jsonb_build_object('ordinal', src.ordinal, 'year', target.year));
    end if;
    if due is not null and target.issued_on is not null and due < target.issued_on then
      perform private.raise_rule('RT422', 'carry_due_before_start', format(
        'Thời hạn mới của nhiệm vụ %s không được trước ngày ban hành kế hoạch (%s).', src.ordinal, to_char(target.issued_on, 'DD/MM/YYYY')),
        jsonb_build_object('ordinal', src.ordinal, 'date', to_char(target.issued_on, 'DD/MM/YYYY')));
    end if;
    lead := private.current_successor(src.lead_unit_id);
    if lead is null then
      perform private.raise_rule('RT422', 'carry_lead_unit_inactive', format(
        'Đơn vị chủ trì nhiệm vụ %s đã ngừng hoạt động và không có một đơn vị tiếp nhận duy nhất: hãy giao nhiệm vụ cho đơn vị khác trước.', src.ordinal),
        jsonb_build_object('ordinal', src.ordinal));
    end if;

    select coalesce(max(split_part(t.ordinal, '.', 2)::integer), 0) + 1 into next_no
      from public.tasks t
     where t.plan_id = target.id and split_part(t.ordinal, '.', 1) = src.area_id::text and t.ordinal like '%.%';
    new_ordinal := src.area_id::text || '.' || next_no::text;

    insert into public.tasks (plan_id, area_id, ordinal, title, expected_output, lead_unit_id,
                              start_date, due_date, cadence, carried_from_task_id)
    values (target.id, src.area_id, new_ordinal, src.title, src.expected_output, lead,
            case when due is null or due >= make_date(target.year, 1, 1) then make_date(target.year, 1, 1) end,
            due, src.cadence, src.id)
    returning id into new_id;

    insert into public.task_coordinators (task_id, unit_id)
    select new_id, c.unit_id
      from public.task_coordinators c join public.units u on u.id = c.unit_id
     where c.task_id = src.id and u.is_active and c.unit_id <> lead
    on conflict do nothing;

    source_task_id := src.id;
    task_id := new_id;
    ordinal := new_ordinal;
    return next;
  end loop;
end;
$$;

-- public.cchc_submit (from 20261202000200_cchc_workflow.sql; only the role check changed)
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
  perform private.require_role(array['dept_head', 'interior']::public.app_role[], 'RT403', 'cchc_self_own_unit',
    'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
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

-- private.guard_profile (from 20261101000400_write_rules.sql; only the role check changed)
create or replace function private.guard_profile()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if new.id <> old.id or new.email <> old.email or new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'profile_fixed_columns', 'Không được sửa mã, thư điện tử hoặc ngày tạo của tài khoản.');
  end if;
  if new.role is distinct from old.role or new.unit_id is distinct from old.unit_id then
    perform private.require_role(array['admin']::public.app_role[], 'RT403', 'profile_role_admin_only', 'Chỉ quản trị hệ thống được giao vai trò và đơn vị.');
  end if;
  if new.unit_id is not null and new.unit_id is distinct from old.unit_id
     and not exists (select 1 from public.units u where u.id = new.unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'unit_unknown', 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  return new;
end;
$$;

-- private.guard_cchc_score (from 20261202000000_cchc_schema.sql; only the role check changed)
create or replace function private.guard_cchc_score()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  s public.cchc_sets;
  i public.cchc_items;
  actor public.app_role := private.current_app_role();
  self_changed boolean;
  appraisal_changed boolean;
  reference numeric;
begin
  if not private.is_api_user() then
    return new;
  end if;
  select * into a from public.cchc_assessments where id = old.assessment_id;
  select * into s from public.cchc_sets where id = a.set_id;
  select * into i from public.cchc_items where id = old.item_id;
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if (to_jsonb(new) - array['self_score', 'self_measure', 'self_note', 'appraised_score', 'appraisal_note', 'version', 'updated_at'])
     is distinct from (to_jsonb(old) - array['self_score', 'self_measure', 'self_note', 'appraised_score', 'appraisal_note', 'version', 'updated_at']) then
    perform private.raise_rule('RT403', 'cchc_score_columns', 'Chỉ được sửa điểm, số liệu và giải trình; các cột khác do hệ thống ghi.');
  end if;
  if new.version is distinct from old.version + 1 then
    perform private.raise_rule('RT409', 'cchc_stale', 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
  end if;
  new.self_note := nullif(btrim(new.self_note), '');
  new.appraisal_note := nullif(btrim(new.appraisal_note), '');
  self_changed := new.self_score is distinct from old.self_score or new.self_measure is distinct from old.self_measure
                  or new.self_note is distinct from old.self_note;
  appraisal_changed := new.appraised_score is distinct from old.appraised_score or new.appraisal_note is distinct from old.appraisal_note;

  if self_changed then
    perform private.cchc_check_self_write(a, s);
    if i.kind = 'survey' and (new.self_score is not null or new.self_measure is not null) then
      perform private.raise_rule('RT403', 'cchc_survey_interior', format('Điểm khảo sát của tiêu chí %s do Sở Nội vụ nhập.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.source is not null and (new.self_score is distinct from old.self_score or new.self_measure is distinct from old.self_measure) then
      perform private.raise_rule('RT403', 'cchc_computed_score',
        format('Điểm của tiêu chí %s được tính từ kế hoạch và chỉ tiêu, đơn vị không tự sửa; có thể ghi giải trình.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.kind = 'rate_bands' and new.self_measure is distinct from old.self_measure then
      new.self_score := private.cchc_band_points(i.bands, s.rate_bands, i.max_points, new.self_measure);
    elsif i.kind = 'rate_bands' and new.self_score is distinct from old.self_score then
      perform private.raise_rule('RT422', 'cchc_rate_needs_measure',
        format('Tiêu chí %s chấm theo tỷ lệ: hãy nhập tỷ lệ (%%), điểm được tính theo các mức.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.kind <> 'rate_bands' and new.self_measure is not null then
      new.self_measure := null;
    end if;
    perform private.cchc_check_score(i, new.self_score);
    new.updated_by := auth.uid();
  end if;

  if appraisal_changed then
    perform private.require_role(array['interior']::public.app_role[], 'RT403', 'cchc_appraisal_interior_only', 'Chỉ Sở Nội vụ được thẩm định điểm.');
    if a.status not in ('appraising', 'explanation_requested', 'reappraised') then
      perform private.raise_rule('RT423', 'cchc_appraisal_not_open',
        'Chỉ thẩm định khi kết quả tự đánh giá đã được đưa vào thẩm định và chưa công bố.');
    end if;
    perform private.cchc_check_score(i, new.appraised_score);
    reference := case when i.source is not null
                      then (select c.score from private.cchc_computed(a.id) c where c.item_id = i.id)
                      else new.self_score end;
    if i.kind <> 'survey' and new.appraised_score is not null and new.appraised_score is distinct from reference
       and new.appraisal_note is null then
      perform private.raise_rule('RT422', 'cchc_appraisal_reason',
        format('Điểm thẩm định của tiêu chí %s khác điểm tự chấm: cần ghi lý do.', i.code), jsonb_build_object('code', i.code));
    end if;
    new.appraised_by := auth.uid();
    new.appraised_at := now();
    new.appraisal_round := case when exists (select 1 from public.cchc_explanations e where e.assessment_id = a.id) then 2 else 1 end;
  end if;
  return new;
end;
$$;

-- private.cchc_check_self_write (from 20261202000000_cchc_schema.sql; only the role check changed)
create or replace function private.cchc_check_self_write(a public.cchc_assessments, s public.cchc_sets)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  actor public.app_role := private.current_app_role();
  today date := private.cchc_today();
begin
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  perform private.require_role(array['dept_head', 'interior']::public.app_role[], 'RT403', 'cchc_self_own_unit',
    'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
  if (s.target = 'province') <> (actor = 'interior') then
    perform private.raise_rule('RT403', 'cchc_self_own_unit',
      'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
  end if;
  if a.status <> 'draft' then
    perform private.raise_rule('RT423', 'cchc_self_submitted', 'Đã gửi kết quả tự đánh giá, không thể sửa.');
  end if;
  if today < a.self_from then
    perform private.raise_rule('RT423', 'cchc_window_not_open',
      format('Chưa đến thời gian tự đánh giá (từ %s).', private.vi_date(a.self_from)),
      jsonb_build_object('date', private.vi_date(a.self_from)));
  end if;
  if today > a.self_to then
    perform private.raise_rule('RT423', 'cchc_window_closed',
      format('Đã hết thời hạn tự đánh giá (%s).', private.vi_date(a.self_to)),
      jsonb_build_object('date', private.vi_date(a.self_to)));
  end if;
end;
$$;

