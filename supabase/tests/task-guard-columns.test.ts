// The task guard, one protected column and one case at a time: each system
// column is refused on its own, "finished" means done *and* cancelled, and
// reopening a done task takes its completion date away.  Everything through
// supabase-js as the demo users; outcomes read back from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TablesUpdate } from '../../app/lib/database.types';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makePlan, makeTask, taskRow } from './fixtures';

let b: Backend;
let interior: Client;
let head: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
});
afterAll(async () => b?.close());

describe('system columns are refused one by one, even on a draft plan', () => {
  for (const [column, value] of [
    ['original_due_date', '2099-12-31'],
    ['judged_due_date', '2099-12-31'],
    ['completed_on', '2099-06-01'],
    ['submitted_at', '2099-06-01T03:00:00Z'],
  ] as const) {
    it(`${column} cannot be written by Home Affairs`, async () => {
      const planId = await makePlan(b, 'draft');
      const task = await makeTask(b, { planId, status: 'in_progress' });
      const before = await taskRow(b, task.id);
      const { error } = await interior.from('tasks').update({ [column]: value, version: task.version + 1 } as TablesUpdate<'tasks'>).eq('id', task.id);
      expect(error?.hint).toBe('task_system_columns');
      expect(await taskRow(b, task.id)).toEqual(before);
    });
  }

  it('on a draft plan, moving the due date moves the original and judged dates with it (and only that way)', async () => {
    const planId = await makePlan(b, 'draft');
    const task = await makeTask(b, { planId });
    const { error } = await interior.from('tasks').update({ due_date: '2099-09-30', version: task.version + 1 }).eq('id', task.id);
    expect(error).toBeNull();
    expect(await taskRow(b, task.id)).toMatchObject({ due_date: '2099-09-30', original_due_date: '2099-09-30', judged_due_date: '2099-09-30' });
  });
});

describe('a head of unit changes status, progress and the progress note only', () => {
  for (const [column, value] of [
    ['title', 'Tên nhiệm vụ do đơn vị tự sửa'],
    ['ordinal', '9.999'],
    ['expected_output', 'Sản phẩm khác'],
    ['start_date', '2099-02-01'],
    ['due_date', '2099-12-31'],
    ['cadence', 'monthly'],
    ['area_id', 3],
  ] as const) {
    it(`${column} is refused`, async () => {
      const task = await makeTask(b, { status: 'in_progress' });
      const before = await taskRow(b, task.id);
      const { error } = await head.from('tasks').update({ [column]: value, version: task.version + 1 } as TablesUpdate<'tasks'>).eq('id', task.id);
      expect(error?.hint).toBe('task_dept_head_columns');
      expect(await taskRow(b, task.id)).toEqual(before);
    });
  }

  it('the reason of a returned task is Home Affairs\' to write', async () => {
    const task = await makeTask(b, { status: 'returned' });
    const { error } = await head.from('tasks').update({ status_reason: 'Đơn vị tự ghi lý do', version: task.version + 1 }).eq('id', task.id);
    expect(error?.hint).toBe('task_reason_interior_only');
    expect((await taskRow(b, task.id)).status_reason).toBe('Lý do thử nghiệm');
  });

  it('progress and note are accepted', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await head.from('tasks').update({ progress: 40, progress_note: 'Đang dự thảo', version: task.version + 1 }).eq('id', task.id);
    expect(error).toBeNull();
    expect(await taskRow(b, task.id)).toMatchObject({ progress: 40, progress_note: 'Đang dự thảo', version: task.version + 1 });
  });
});

describe('finished means done and cancelled alike', () => {
  for (const status of ['done', 'cancelled'] as const) {
    for (const [column, value] of [
      ['progress', 50],
      ['progress_note', 'Ghi chú sau khi đã kết thúc'],
    ] as const) {
      it(`${column} of a ${status} task cannot change`, async () => {
        const task = await makeTask(b, { status });
        const before = await taskRow(b, task.id);
        const { error } = await interior.from('tasks').update({ [column]: value, version: task.version + 1 } as TablesUpdate<'tasks'>).eq('id', task.id);
        expect(error?.hint).toBe('task_finished_progress');
        expect(await taskRow(b, task.id)).toEqual(before);
      });
    }
  }
});

describe('reasons and dates that follow the status', () => {
  it('cancelling without a reason is refused with its own message', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await interior.from('tasks').update({ status: 'cancelled', version: task.version + 1 }).eq('id', task.id);
    expect(error?.hint).toBe('task_cancel_reason');
  });

  it('returning a done task takes its completion date away', async () => {
    const task = await makeTask(b, { status: 'done' });
    expect((await taskRow(b, task.id)).completed_on).toBe('2099-06-01');
    const { error } = await interior
      .from('tasks')
      .update({ status: 'returned', status_reason: 'Minh chứng chưa đủ', version: task.version + 1 })
      .eq('id', task.id);
    expect(error).toBeNull();
    const { data } = await interior.from('tasks').select('status, completed_on, status_reason').eq('id', task.id).single();
    expect(data).toEqual({ status: 'returned', completed_on: null, status_reason: 'Minh chứng chưa đủ' });
  });

  it('confirmation dates the completion on the day it was reported, not the day it was confirmed', async () => {
    const task = await makeTask(b, { status: 'submitted', submittedAt: '2099-05-20T03:00:00Z' });
    await addEvidence(b, task.id);
    const { error } = await interior.from('tasks').update({ status: 'done', version: task.version + 1 }).eq('id', task.id);
    expect(error).toBeNull();
    expect((await taskRow(b, task.id)).completed_on).toBe('2099-05-20');
  });

  it('a new task starts not started, whatever the caller sends', async () => {
    const planId = await makePlan(b, 'draft');
    const [lead] = await b.sql<{ id: string }>(`select id from public.units where code = 'STP'`);
    const { error } = await interior
      .from('tasks')
      .insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ báo cáo ngay', lead_unit_id: lead!.id, status: 'submitted' });
    expect(error?.hint).toBe('task_new_status');
  });
});
