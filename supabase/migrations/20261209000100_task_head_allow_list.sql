-- Heads of units change status, progress and the progress note of their
-- unit's tasks, nothing else.  The guard named the columns they could not
-- change, so a column added to tasks later was theirs to edit by default; it
-- now names the columns they may change and refuses any other
-- (supabase/tests/task-head-columns.test.ts tries every column of the table).
-- private.guard_task as in 20261101000400_write_rules.sql, with only the
-- head's column check changed.

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
      -- An allow-list: every column but these must stay as it was, so a
      -- column added later is refused until it is named here.  status,
      -- progress, progress_note: the head's own; status_reason: its own rule
      -- below; version: the edit token checked above; updated_at: stamped by
      -- tasks_touch; search_text: generated.  No trigger before this one
      -- (a_plan_open) changes the row.
      if (to_jsonb(new) - array['status', 'progress', 'progress_note', 'status_reason', 'version', 'updated_at', 'search_text'])
         is distinct from
         (to_jsonb(old) - array['status', 'progress', 'progress_note', 'status_reason', 'version', 'updated_at', 'search_text']) then
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

