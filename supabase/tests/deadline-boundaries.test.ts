// Deadlines at their edges: the day before, the day of and the day after.
// Extensions (same date, approved today / tomorrow, approved on the deadline
// day, approved before their document), figures as of a day around the
// deadline and the 30-day mark, and the 7-day "due soon" window of the unit
// page and the notifications.  Dates relative to today are computed by the
// database (Vietnam time), as the rules themselves do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, taskRow } from './fixtures';

let b: Backend;
let interior: Client;
let head: Client;
let today: string;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
  today = await day(0);
});
afterAll(async () => b?.close());

/** Today (Vietnam) plus n days, as yyyy-mm-dd. */
async function day(n: number): Promise<string> {
  const [row] = await b.sql<{ d: string }>('select (private.local_date(now()) + $1::int)::text as d', n);
  return row!.d;
}

let docCounter = 0;
const extension = (taskId: string, fields: { new_due_date: string; approved_on: string; doc_date?: string }) =>
  interior.from('deadline_extensions').insert({
    task_id: taskId,
    doc_number: `${700 + (docCounter += 1)}/UBND-NC`,
    doc_date: fields.doc_date ?? fields.approved_on,
    new_due_date: fields.new_due_date,
    approved_on: fields.approved_on,
  });

describe('deadline extensions at their edges', () => {
  it('the new date must be later than the current one: the same date is refused, the next day accepted', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: null, due: '2099-06-30' });
    expect((await extension(task.id, { new_due_date: '2099-06-30', approved_on: today })).error?.hint).toBe('extension_not_later');
    expect((await extension(task.id, { new_due_date: '2099-07-01', approved_on: today })).error).toBeNull();
    expect(await taskRow(b, task.id)).toMatchObject({ due_date: '2099-07-01', original_due_date: '2099-06-30' });
  });

  it('approved today is accepted, approved tomorrow is refused', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: null, due: '2099-06-30' });
    expect((await extension(task.id, { new_due_date: '2099-09-30', approved_on: await day(1) })).error?.hint).toBe('extension_approved_future');
    expect((await extension(task.id, { new_due_date: '2099-09-30', approved_on: today })).error).toBeNull();
  });

  it('approved on the deadline day itself: judged against the new date', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: null, due: today });
    expect((await extension(task.id, { new_due_date: '2099-09-30', approved_on: today })).error).toBeNull();
    expect(await taskRow(b, task.id)).toMatchObject({ due_date: '2099-09-30', judged_due_date: '2099-09-30', original_due_date: today });
  });

  it('approved the day after the deadline: still judged against the original date', async () => {
    const yesterday = await day(-1);
    const task = await makeTask(b, { status: 'in_progress', start: null, due: yesterday });
    expect((await extension(task.id, { new_due_date: '2099-09-30', approved_on: today })).error).toBeNull();
    expect(await taskRow(b, task.id)).toMatchObject({ due_date: '2099-09-30', judged_due_date: yesterday });
  });

  it('approval cannot predate its document', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: null, due: '2099-06-30' });
    const { error } = await extension(task.id, { new_due_date: '2099-09-30', approved_on: await day(-1), doc_date: today });
    expect(error).not.toBeNull();
    expect(error!.message).toContain('deadline_extensions_approved_after_doc');
    expect((await taskRow(b, task.id)).due_date).toBe('2099-06-30');
  });

  for (const status of ['done', 'cancelled'] as const) {
    it(`a ${status} task is not extended`, async () => {
      const task = await makeTask(b, { status, start: null, due: '2099-06-30' });
      expect((await extension(task.id, { new_due_date: '2099-09-30', approved_on: today })).error?.hint).toBe('extension_task_finished');
      expect((await taskRow(b, task.id)).due_date).toBe('2099-06-30');
    });
  }
});

describe('figures as of a day around the deadline', () => {
  let planId: string;
  let taskId: string;
  beforeAll(async () => {
    planId = await makePlan(b, 'in_force');
    taskId = (await makeTask(b, { planId, status: 'in_progress', start: null, due: '2099-06-30' })).id;
  });
  const asOf = async (d: string) => {
    const { data, error } = await interior.rpc('tasks_as_of', { p_plan_id: planId, p_as_of: d });
    expect(error).toBeNull();
    return data!.find((r) => r.task_id === taskId);
  };
  const whole = async (d: string) => {
    const { data, error } = await interior.rpc('plan_figures', { p_plan_id: planId, p_as_of: d });
    expect(error).toBeNull();
    return data!.find((r) => r.area_id === null)!;
  };

  it('a task created today counts as of today', async () => {
    expect(await asOf(today)).toMatchObject({ status: 'in_progress', timeliness: 'open_not_due' });
  });
  it('on the deadline day it is not yet due', async () => {
    expect(await asOf('2099-06-30')).toMatchObject({ timeliness: 'open_not_due', days_late: null });
  });
  it('the day after, it is one day overdue', async () => {
    expect(await asOf('2099-07-01')).toMatchObject({ timeliness: 'open_overdue', days_late: 1 });
  });
  it('30 days overdue is not "over 30 days"; 31 is', async () => {
    expect(await asOf('2099-07-30')).toMatchObject({ days_late: 30 });
    expect(await whole('2099-07-30')).toMatchObject({ open_overdue: 1, overdue_over_30: 0 });
    expect(await asOf('2099-07-31')).toMatchObject({ days_late: 31 });
    expect(await whole('2099-07-31')).toMatchObject({ open_overdue: 1, overdue_over_30: 1 });
  });

  it('an extension counts from the day it was approved, and only if approved by the deadline day', async () => {
    const onTime = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    const late = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    const ext = (task: string, approved: string) =>
      b.sql(
        // recorded on the day it was approved: as of a day, only extensions
        // recorded by its end count
        `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on, created_at)
         values ($1, '2024-09-30', '88/UBND-NC', $2, $2, ($2::date + time '10:00') at time zone 'Asia/Ho_Chi_Minh')`,
        task,
        approved,
      );
    await ext(onTime.id, '2024-06-30');
    await ext(late.id, '2024-07-01');
    const deadline = async (task: string, d: string) =>
      (await b.sql<{ d: string }>(`select private.deadline_as_of($1, date '2024-06-30', $2::date)::text as d`, task, d))[0]!.d;
    expect(await deadline(onTime.id, '2024-06-29')).toBe('2024-06-30'); // not yet approved
    expect(await deadline(onTime.id, '2024-06-30')).toBe('2024-09-30'); // approved on the deadline day
    expect(await deadline(late.id, '2024-07-15')).toBe('2024-06-30'); // approved a day too late
  });
});

describe('the 7-day "due soon" window includes its last day', () => {
  it('the unit page counts tasks due today and in 7 days, not in 8', async () => {
    const [unit] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind) values ('MUT-DS', 'Đơn vị thử thời hạn', 'agency') returning id`,
    );
    const [code] = await b.sql<{ code: string }>('select code from public.units where id = $1', unit!.id);
    const planId = await makePlan(b, 'in_force');
    for (const n of [0, 7, 8]) await makeTask(b, { planId, lead: code!.code, start: null, due: await day(n) });
    const { data, error } = await interior.rpc('unit_task_counts', { p_unit_id: unit!.id });
    expect(error).toBeNull();
    expect(data![0]).toMatchObject({ total: 3, due_soon: 2, overdue: 0, due_soon_until: await day(7) });
  });

  it('the head of unit is told about the task due in 7 days, not the one due in 8', async () => {
    const planId = await makePlan(b, 'in_force');
    const in7 = await makeTask(b, { planId, lead: 'STP', start: null, due: await day(7) });
    const in8 = await makeTask(b, { planId, lead: 'STP', start: null, due: await day(8) });
    const { data, error } = await head.from('my_notifications').select('kind, task_id').in('task_id', [in7.id, in8.id]);
    expect(error).toBeNull();
    expect(data!.filter((n) => n.kind === 'due_soon').map((n) => n.task_id)).toEqual([in7.id]);
  });
});
