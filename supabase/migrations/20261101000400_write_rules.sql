-- Who may change what, and how a task moves through its workflow.
-- Every refusal raises a readable Vietnamese message with a stable SQLSTATE
-- (class RT) that the app translates:
--   RT401 no role / not allowed        RT403 forbidden column or row
--   RT409 stale version (lost update)  RT422 invalid transition or value
--   RT423 closed plan                  RT424 evidence required

-- ---------------------------------------------------------------- helpers
-- True when the statement comes from the API on behalf of a signed-in or
-- anonymous user (not the owner running migrations or seeding).
create or replace function private.is_api_user()
returns boolean
language sql
stable
set search_path = ''
as $$
  select current_user in ('anon', 'authenticated');
$$;

create or replace function private.local_date(ts timestamptz)
returns date
language sql
immutable
set search_path = ''
as $$
  select (ts at time zone 'Asia/Ho_Chi_Minh')::date;
$$;

-- Raises a rule violation the way PostgREST passes it to the client
-- unchanged: SQLSTATE 'PGRST' with a JSON message {code, message, details,
-- hint} and a JSON detail {status, headers}.
--   code: RT4xx (see above); rule: stable key the app translates (hint);
--   message: the Vietnamese text; params: values for the translation (details).
create or replace function private.raise_rule(code text, rule text, message text, params jsonb default '{}'::jsonb)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise sqlstate 'PGRST' using
    message = jsonb_build_object('code', code, 'message', message, 'details', params::text, 'hint', rule)::text,
    detail = jsonb_build_object(
      'status', case code when 'RT409' then 409 when 'RT401' then 403 when 'RT403' then 403 else 422 end,
      'headers', jsonb_build_object())::text;
end;
$$;

grant execute on function private.is_api_user() to authenticated, anon, service_role;
grant execute on function private.local_date(timestamptz) to authenticated, service_role;
grant execute on function private.raise_rule(text, text, text, jsonb) to authenticated, service_role;

-- ---------------------------------------------------------------- units (admin)
create policy "admins add units" on public.units
  for insert to authenticated with check ((select private.current_app_role()) = 'admin');
create policy "admins edit units" on public.units
  for update to authenticated
  using ((select private.current_app_role()) = 'admin')
  with check ((select private.current_app_role()) = 'admin');
create policy "admins delete unused units" on public.units
  for delete to authenticated using ((select private.current_app_role()) = 'admin');

create or replace function private.guard_unit_tree()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.parent_id is not null and exists (
    with recursive up as (
      select u.id, u.parent_id from public.units u where u.id = new.parent_id
      union all
      select u.id, u.parent_id from public.units u join up on u.id = up.parent_id
    )
    select 1 from up where up.id = new.id
  ) then
    perform private.raise_rule('RT422', 'unit_cycle', 'Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó.');
  end if;
  return new;
end;
$$;
create trigger units_guard_tree before insert or update of parent_id on public.units
  for each row execute function private.guard_unit_tree();

-- ---------------------------------------------------------------- profiles
create policy "admins edit profiles" on public.profiles
  for update to authenticated
  using ((select private.current_app_role()) = 'admin')
  with check ((select private.current_app_role()) = 'admin');
create policy "users edit own name" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

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
  if (new.role is distinct from old.role or new.unit_id is distinct from old.unit_id)
     and private.current_app_role() is distinct from 'admin' then
    perform private.raise_rule('RT403', 'profile_role_admin_only', 'Chỉ quản trị hệ thống được giao vai trò và đơn vị.');
  end if;
  if new.unit_id is not null and new.unit_id is distinct from old.unit_id
     and not exists (select 1 from public.units u where u.id = new.unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'unit_unknown', 'Đơn vị không tồn tại hoặc đã ngừng hoạt động.');
  end if;
  return new;
end;
$$;
create trigger profiles_guard before update on public.profiles
  for each row execute function private.guard_profile();

-- ---------------------------------------------------------------- plans (interior)
create policy "interior creates plans" on public.plans
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits plans" on public.plans
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior deletes empty draft plans" on public.plans
  for delete to authenticated
  using ((select private.current_app_role()) = 'interior' and status = 'draft');

create or replace function private.guard_plan()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_by := auth.uid();
    new.created_at := now();
    return new;
  end if;
  if new.created_by is distinct from old.created_by or new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'plan_fixed_columns', 'Không được sửa người tạo hoặc ngày tạo kế hoạch.');
  end if;
  if old.status = 'closed' and new.status = 'closed' then
    perform private.raise_rule('RT423', 'plan_closed', 'Kế hoạch đã kết thúc, không thể sửa.');
  end if;
  if old.status <> 'draft' and new.status = 'draft' then
    perform private.raise_rule('RT422', 'plan_back_to_draft', 'Kế hoạch đã ban hành không thể trở lại dự thảo.');
  end if;
  return new;
end;
$$;
create trigger plans_guard before insert or update on public.plans
  for each row execute function private.guard_plan();

-- ---------------------------------------------------------------- tasks
create policy "interior creates tasks" on public.tasks
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits tasks" on public.tasks
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "dept heads update own unit's tasks" on public.tasks
  for update to authenticated
  using ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id()))
  with check ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id()));

-- Allowed status moves, and who may make them.
create or replace function private.transition_allowed(from_status public.task_status, to_status public.task_status, actor public.app_role)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select case
    when actor = 'interior' then (from_status, to_status) in (
      ('not_started', 'in_progress'), ('not_started', 'submitted'),
      ('in_progress', 'submitted'), ('returned', 'in_progress'), ('returned', 'submitted'),
      ('submitted', 'done'), ('submitted', 'returned'), ('submitted', 'in_progress'),
      ('done', 'returned'),
      ('not_started', 'cancelled'), ('in_progress', 'cancelled'), ('submitted', 'cancelled'), ('returned', 'cancelled')
    )
    when actor = 'dept_head' then (from_status, to_status) in (
      ('not_started', 'in_progress'), ('not_started', 'submitted'),
      ('in_progress', 'submitted'), ('returned', 'in_progress'), ('returned', 'submitted'),
      ('submitted', 'in_progress')
    )
    else false
  end;
$$;

create or replace function private.guard_task()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  actor public.app_role := private.current_app_role();
  plan_state public.plan_status;
begin
  if tg_op = 'INSERT' then
    new.original_due_date := coalesce(new.original_due_date, new.due_date);
    new.judged_due_date := coalesce(new.judged_due_date, new.due_date);
    if not private.is_api_user() then
      return new;
    end if;
    select p.status into plan_state from public.plans p where p.id = new.plan_id;
    if plan_state = 'closed' then
      perform private.raise_rule('RT423', 'plan_closed_add_task', 'Kế hoạch đã kết thúc, không thể thêm nhiệm vụ.');
    end if;
    if new.status <> 'not_started' then
      perform private.raise_rule('RT422', 'task_new_status', 'Nhiệm vụ mới phải ở trạng thái "Chưa triển khai".');
    end if;
    if not exists (select 1 from public.units u where u.id = new.lead_unit_id and u.is_active) then
      perform private.raise_rule('RT422', 'lead_unit_unknown', 'Đơn vị chủ trì không tồn tại hoặc đã ngừng hoạt động.');
    end if;
    new.original_due_date := new.due_date;
    new.judged_due_date := new.due_date;
    new.progress := 0;
    new.submitted_at := null;
    new.completed_on := null;
    new.status_reason := null;
    new.version := 1;
    new.created_at := now();
    return new;
  end if;

  -- UPDATE
  if private.is_api_user() then
    if new.version is distinct from old.version + 1 then
      perform private.raise_rule('RT409', 'task_stale', format(
        'Nhiệm vụ %s đã được người khác cập nhật (phiên bản %s). Vui lòng tải lại trước khi sửa.', old.ordinal, old.version),
        jsonb_build_object('ordinal', old.ordinal, 'version', old.version));
    end if;

    select p.status into plan_state from public.plans p where p.id = old.plan_id;
    if plan_state = 'closed' then
      perform private.raise_rule('RT423', 'plan_closed_edit_task', 'Kế hoạch đã kết thúc, không thể sửa nhiệm vụ.');
    end if;

    -- Columns nobody edits directly.
    if new.id <> old.id or new.plan_id <> old.plan_id or new.created_at <> old.created_at
       or new.submitted_at is distinct from old.submitted_at
       or new.completed_on is distinct from old.completed_on
       or new.original_due_date is distinct from old.original_due_date
       or new.judged_due_date is distinct from old.judged_due_date then
      perform private.raise_rule('RT403', 'task_system_columns', 'Không được sửa trực tiếp kế hoạch, ngày báo cáo, ngày hoàn thành hoặc thời hạn gốc của nhiệm vụ.');
    end if;

    if actor = 'dept_head' then
      if new.area_id <> old.area_id or new.ordinal <> old.ordinal or new.title <> old.title
         or new.expected_output is distinct from old.expected_output
         or new.lead_unit_id <> old.lead_unit_id
         or new.start_date is distinct from old.start_date
         or new.due_date is distinct from old.due_date
         or new.cadence <> old.cadence then
        perform private.raise_rule('RT403', 'task_dept_head_columns', 'Thủ trưởng đơn vị chỉ được cập nhật trạng thái, tiến độ và ghi chú tiến độ của nhiệm vụ.');
      end if;
      if new.status_reason is distinct from old.status_reason then
        perform private.raise_rule('RT403', 'task_reason_interior_only', 'Chỉ Sở Nội vụ được ghi lý do trả lại hoặc hủy nhiệm vụ.');
      end if;
    elsif actor = 'interior' then
      if new.due_date is distinct from old.due_date and plan_state <> 'draft' then
        perform private.raise_rule('RT422', 'task_due_needs_extension', 'Kế hoạch đã ban hành: chỉ được đổi thời hạn bằng gia hạn có văn bản chấp thuận.');
      end if;
      if new.lead_unit_id <> old.lead_unit_id
         and not exists (select 1 from public.units u where u.id = new.lead_unit_id and u.is_active) then
        perform private.raise_rule('RT422', 'lead_unit_unknown', 'Đơn vị chủ trì không tồn tại hoặc đã ngừng hoạt động.');
      end if;
    else
      perform private.raise_rule('RT401', 'task_forbidden', 'Bạn không có quyền sửa nhiệm vụ.');
    end if;

    if old.status in ('done', 'cancelled') and new.status = old.status
       and (new.progress <> old.progress or new.progress_note is distinct from old.progress_note) then
      perform private.raise_rule('RT422', 'task_finished_progress', 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể cập nhật tiến độ.');
    end if;

    if new.status <> old.status then
      if not private.transition_allowed(old.status, new.status, actor) then
        perform private.raise_rule('RT422', 'task_transition', format('Không được chuyển nhiệm vụ từ "%s" sang "%s".',
          private.status_label(old.status), private.status_label(new.status)),
          jsonb_build_object('from', old.status, 'to', new.status));
      end if;
      if new.status in ('returned', 'cancelled') and nullif(btrim(new.status_reason), '') is null then
        if new.status = 'returned' then
          perform private.raise_rule('RT422', 'task_return_reason', 'Trả lại nhiệm vụ phải ghi rõ lý do.');
        else
          perform private.raise_rule('RT422', 'task_cancel_reason', 'Hủy nhiệm vụ phải ghi rõ lý do.');
        end if;
      end if;
      if new.status = 'submitted' and not exists (select 1 from public.evidence e where e.task_id = old.id) then
        perform private.raise_rule('RT424', 'task_needs_evidence', 'Cần ít nhất một minh chứng trước khi báo cáo hoàn thành.');
      end if;
    end if;
  end if;

  -- System-maintained fields (for every caller).
  if new.status <> old.status then
    if new.status = 'submitted' then
      new.submitted_at := now();
      new.progress := 100;
    end if;
    if new.status = 'done' then
      new.completed_on := private.local_date(coalesce(old.submitted_at, now()));
      new.progress := 100;
    elsif old.status = 'done' then
      new.completed_on := null;
    end if;
    if new.status not in ('returned', 'cancelled') then
      new.status_reason := null;
    end if;
  end if;
  -- (Extensions update due_date through a security-definer function, so they
  -- are not API-user statements and keep the original date.)
  if private.is_api_user() and new.due_date is distinct from old.due_date then
    -- A draft plan's dates are still being set: the original follows.
    new.original_due_date := new.due_date;
    new.judged_due_date := new.due_date;
  end if;
  new.version := old.version + 1;
  return new;
end;
$$;

create or replace function private.status_label(s public.task_status)
returns text
language sql
immutable
set search_path = ''
as $$
  select case s
    when 'not_started' then 'Chưa triển khai'
    when 'in_progress' then 'Đang thực hiện'
    when 'submitted' then 'Chờ xác nhận'
    when 'done' then 'Hoàn thành'
    when 'returned' then 'Trả lại'
    when 'cancelled' then 'Đã hủy'
  end;
$$;

create trigger tasks_guard before insert or update on public.tasks
  for each row execute function private.guard_task();

-- Tasks are never deleted: they are cancelled, with a reason, and kept.

-- ---------------------------------------------------------------- coordinators
create policy "interior assigns coordinators" on public.task_coordinators
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior removes coordinators" on public.task_coordinators
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

-- ---------------------------------------------------------------- evidence
create or replace function private.can_work_on_task(target uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case private.current_app_role()
    when 'interior' then true
    when 'dept_head' then exists (
      select 1 from public.tasks t where t.id = target and t.lead_unit_id = private.current_unit_id())
    else false
  end;
$$;
grant execute on function private.can_work_on_task(uuid) to authenticated, service_role;

alter table public.evidence enable row level security;
create policy "members read evidence" on public.evidence
  for select to authenticated using ((select private.has_role()));
create policy "lead unit or interior adds evidence" on public.evidence
  for insert to authenticated with check (private.can_work_on_task(task_id));
create policy "lead unit or interior removes evidence" on public.evidence
  for delete to authenticated using (private.can_work_on_task(task_id));

create or replace function private.guard_evidence()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  task_status public.task_status;
begin
  if not private.is_api_user() then
    return coalesce(new, old);
  end if;
  select t.status into task_status from public.tasks t where t.id = coalesce(new.task_id, old.task_id);
  if tg_op = 'INSERT' then
    if task_status in ('done', 'cancelled') then
      perform private.raise_rule('RT422', 'evidence_task_finished', 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể thêm minh chứng.');
    end if;
    new.created_by := auth.uid();
    new.created_at := now();
    return new;
  end if;
  if task_status in ('submitted', 'done') then
    perform private.raise_rule('RT422', 'evidence_locked', 'Không thể gỡ minh chứng của nhiệm vụ đang chờ xác nhận hoặc đã hoàn thành.');
  end if;
  return old;
end;
$$;
create trigger evidence_guard before insert or delete on public.evidence
  for each row execute function private.guard_evidence();

-- ---------------------------------------------------------------- comments
create or replace function private.can_comment_on_task(target uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select case private.current_app_role()
    when 'interior' then true
    when 'committee' then true
    when 'dept_head' then exists (
      select 1 from public.tasks t where t.id = target and (
        t.lead_unit_id = private.current_unit_id()
        or exists (select 1 from public.task_coordinators c where c.task_id = t.id and c.unit_id = private.current_unit_id())))
    else false
  end;
$$;
grant execute on function private.can_comment_on_task(uuid) to authenticated, service_role;

alter table public.comments enable row level security;
create policy "members read comments" on public.comments
  for select to authenticated using ((select private.has_role()));
create policy "committee, interior and involved units comment" on public.comments
  for insert to authenticated with check (author_id = (select auth.uid()) and private.can_comment_on_task(task_id));

create or replace function private.guard_comment()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_api_user() then
    new.author_id := auth.uid();
    new.created_at := now();
  end if;
  return new;
end;
$$;
create trigger comments_guard before insert on public.comments
  for each row execute function private.guard_comment();

-- ---------------------------------------------------------------- deadline extensions
alter table public.deadline_extensions enable row level security;
create policy "members read deadline extensions" on public.deadline_extensions
  for select to authenticated using ((select private.has_role()));
create policy "interior extends deadlines" on public.deadline_extensions
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');

create or replace function private.apply_deadline_extension()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  t public.tasks;
begin
  -- Demo data replaying past extensions records them as they were.
  if coalesce(current_setting('app.seeding', true), '') = 'on' and not private.is_api_user() then
    return new;
  end if;
  select * into t from public.tasks where id = new.task_id for update;
  if t.status in ('done', 'cancelled') then
    perform private.raise_rule('RT422', 'extension_task_finished', 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể gia hạn.');
  end if;
  if t.due_date is null then
    perform private.raise_rule('RT422', 'extension_no_due_date', 'Nhiệm vụ chưa có thời hạn để gia hạn.');
  end if;
  if new.new_due_date <= t.due_date then
    perform private.raise_rule('RT422', 'extension_not_later', 'Thời hạn mới phải sau thời hạn hiện tại.');
  end if;
  if new.approved_on > private.local_date(now()) then
    perform private.raise_rule('RT422', 'extension_approved_future', 'Ngày chấp thuận gia hạn không được sau ngày hôm nay.');
  end if;
  if private.is_api_user() then
    new.created_by := auth.uid();
    new.created_at := now();
  end if;
  new.previous_due_date := t.due_date;
  update public.tasks
     set due_date = new.new_due_date,
         -- on-time is judged against the extended date only if the extension
         -- was approved before the deadline it replaces had passed
         judged_due_date = case when new.approved_on <= t.judged_due_date then new.new_due_date else t.judged_due_date end,
         version = t.version + 1
   where id = t.id;
  return new;
end;
$$;
create trigger deadline_extensions_apply before insert on public.deadline_extensions
  for each row execute function private.apply_deadline_extension();

-- ---------------------------------------------------------------- history
alter table public.task_events enable row level security;
create policy "members read history" on public.task_events
  for select to authenticated using ((select private.has_role()));
-- No insert, update or delete policy: only the triggers below write here.

create or replace function private.history_is_append_only()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.raise_rule('RT403', 'history_append_only', 'Lịch sử nhiệm vụ chỉ được ghi thêm, không được sửa hoặc xóa.');
  return null;
end;
$$;
create trigger task_events_append_only before update or delete on public.task_events
  for each row execute function private.history_is_append_only();
create trigger task_events_no_truncate before truncate on public.task_events
  for each statement execute function private.history_is_append_only();

create or replace function private.record_event(task uuid, action text, changes jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Demo data may replay history with its own timestamps (seed.sql sets app.seeding).
  if coalesce(current_setting('app.seeding', true), '') = 'on' and not private.is_api_user() then
    return;
  end if;
  insert into public.task_events (task_id, actor_id, actor_role, action, changes)
  values (task, auth.uid(), private.current_app_role(), action, changes);
end;
$$;

create or replace function private.diff_rows(old_row jsonb, new_row jsonb, ignored text[])
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(n.key, jsonb_build_object('old', old_row -> n.key, 'new', n.value)), '{}'::jsonb)
  from jsonb_each(new_row) n
  where not (n.key = any (ignored)) and (old_row -> n.key) is distinct from n.value;
$$;

create or replace function private.log_task_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
begin
  if tg_op = 'INSERT' then
    perform private.record_event(new.id, 'created',
      private.diff_rows('{}'::jsonb, to_jsonb(new), array['id', 'plan_id', 'created_at', 'updated_at', 'version', 'search_text']));
    return new;
  end if;
  changes := private.diff_rows(to_jsonb(old), to_jsonb(new), array['updated_at', 'version', 'search_text']);
  if changes = '{}'::jsonb then
    return new;
  end if;
  perform private.record_event(new.id, case when changes ? 'status' then 'status_changed' else 'updated' end, changes);
  return new;
end;
$$;
create trigger tasks_history after insert or update on public.tasks
  for each row execute function private.log_task_change();

create or replace function private.log_task_child_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(coalesce(new, old));
  action text;
begin
  action := case tg_table_name
    when 'evidence' then case tg_op when 'INSERT' then 'evidence_added' else 'evidence_removed' end
    when 'task_coordinators' then case tg_op when 'INSERT' then 'coordinator_added' else 'coordinator_removed' end
    when 'deadline_extensions' then 'deadline_extended'
  end;
  perform private.record_event((row_data ->> 'task_id')::uuid, action, row_data - 'task_id');
  return coalesce(new, old);
end;
$$;
create trigger evidence_history after insert or delete on public.evidence
  for each row execute function private.log_task_child_change();
create trigger task_coordinators_history after insert or delete on public.task_coordinators
  for each row execute function private.log_task_child_change();
create trigger deadline_extensions_history after insert on public.deadline_extensions
  for each row execute function private.log_task_child_change();
