// Timeliness is derived from dates: the four categories of Government
// task-tracking reports, cancelled tasks, and deadline extensions approved
// before or after the deadline had passed.  Expected values worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from './harness';
import { makePlan, makeTask } from './fixtures';

let b: Backend;
beforeAll(async () => {
  b = await startBackend({ seed: true });
});
afterAll(async () => b?.close());

const judge = async (status: string, deadline: string | null, completed: string | null, submitted: string | null, asOf: string) =>
  (await b.sql<{ t: string; d: number | null }>(
    `select private.timeliness($1::public.task_status, $2::date, $3::date, $4::date, $5::date) as t,
            private.days_late($1::public.task_status, $2::date, $3::date, $4::date, $5::date) as d`,
    status, deadline, completed, submitted, asOf,
  ))[0]!;

describe('the four categories, by hand', () => {
  it('done on the deadline day is on time', async () => {
    expect(await judge('done', '2024-06-30', '2024-06-30', '2024-06-30', '2024-12-14')).toEqual({ t: 'done_on_time', d: null });
  });
  it('done a day after the deadline is late by one day', async () => {
    expect(await judge('done', '2024-06-30', '2024-07-01', '2024-07-01', '2024-12-14')).toEqual({ t: 'done_late', d: 1 });
  });
  it('open before the deadline is not yet due', async () => {
    expect(await judge('in_progress', '2024-06-30', null, null, '2024-06-30')).toEqual({ t: 'open_not_due', d: null });
  });
  it('open after the deadline is overdue, aged from the deadline', async () => {
    expect(await judge('in_progress', '2024-06-30', null, null, '2024-10-29')).toEqual({ t: 'open_overdue', d: 121 });
  });
  it('reported on time but not yet confirmed is not counted overdue', async () => {
    expect(await judge('submitted', '2024-06-30', null, '2024-06-28', '2024-07-15')).toEqual({ t: 'open_not_due', d: null });
    expect(await judge('submitted', '2024-06-30', null, '2024-07-03', '2024-07-15')).toEqual({ t: 'open_overdue', d: 15 });
  });
  it('a task without a deadline is never overdue', async () => {
    expect(await judge('not_started', null, null, null, '2030-01-01')).toEqual({ t: 'open_not_due', d: null });
  });
  it('a cancelled task is set apart', async () => {
    expect(await judge('cancelled', '2024-06-30', null, null, '2025-01-01')).toEqual({ t: 'cancelled', d: null });
  });
});

describe('deadline extensions', () => {
  it('approved before the deadline: judged against the new date', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    await b.sql(
      `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
       values ($1, '2024-09-30', '101/UBND-NC', '2024-06-20', '2024-06-25')`, task.id);
    const [row] = await b.sql<{ due_date: string; original_due_date: string; judged_due_date: string }>(
      `select due_date::text, original_due_date::text, judged_due_date::text from public.tasks where id = $1`, task.id);
    expect(row).toEqual({ due_date: '2024-09-30', original_due_date: '2024-06-30', judged_due_date: '2024-09-30' });
  });

  it('approved after the deadline had passed: still judged against the original date', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    await b.sql(
      `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
       values ($1, '2024-09-30', '102/UBND-NC', '2024-07-10', '2024-07-10')`, task.id);
    const [row] = await b.sql<{ due_date: string; judged_due_date: string; history: number }>(
      `select due_date::text, judged_due_date::text,
              (select count(*)::int from public.task_events e where e.task_id = t.id and e.action = 'deadline_extended') as history
         from public.tasks t where id = $1`, task.id);
    expect(row).toEqual({ due_date: '2024-09-30', judged_due_date: '2024-06-30', history: 1 });
  });

  it('the task page says so: overdue, counted from the original date, with both dates', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    await b.sql(
      `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
       values ($1, '2099-09-30', '103/UBND-NC', '2024-07-10', '2024-07-10')`, task.id);
    const [today] = await b.sql<{ d: number }>(`select (private.local_date(now()) - date '2024-06-30') as d`);
    const committee = await b.signIn('committee@example.vn');
    const { data, error } = await committee.rpc('task_page', { p_task_id: task.id });
    expect(error).toBeNull();
    const page = data as unknown as { task: { due_date: string; original_due_date: string; judged_due_date: string; timeliness: string; days_late: number } };
    expect(page.task).toMatchObject({
      due_date: '2099-09-30', original_due_date: '2024-06-30', judged_due_date: '2024-06-30',
      timeliness: 'open_overdue', days_late: today!.d,
    });
  });

  it('the task page of a task extended in time: not yet due', async () => {
    const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2099-06-30' });
    await b.sql(
      `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
       values ($1, '2099-09-30', '104/UBND-NC', '2024-07-10', '2024-07-10')`, task.id);
    const committee = await b.signIn('committee@example.vn');
    const { data } = await committee.rpc('task_page', { p_task_id: task.id });
    expect((data as unknown as { task: object }).task).toMatchObject({ judged_due_date: '2099-09-30', timeliness: 'open_not_due', days_late: null });
  });
});

describe('task_overview', () => {
  it('shows each task with its timeliness as of today, under the caller\'s row-level security', async () => {
    const planId = await makePlan(b, 'in_force');
    await makeTask(b, { planId, status: 'done', start: '2020-01-01', due: '2020-06-30', completedOn: '2020-06-29', submittedAt: '2020-06-29T03:00:00Z', ordinal: '1.1' });
    await makeTask(b, { planId, status: 'done', start: '2020-01-01', due: '2020-06-30', completedOn: '2020-07-05', submittedAt: '2020-07-05T03:00:00Z', ordinal: '1.2' });
    await makeTask(b, { planId, status: 'in_progress', start: '2020-01-01', due: '2099-06-30', ordinal: '1.3' });
    await makeTask(b, { planId, status: 'not_started', start: '2020-01-01', due: '2020-06-30', ordinal: '1.4' });
    await makeTask(b, { planId, status: 'cancelled', start: '2020-01-01', due: '2020-06-30', ordinal: '1.5' });
    const committee = await b.signIn('committee@example.vn');
    const { data } = await committee.from('task_overview').select('ordinal, timeliness, days_late').eq('plan_id', planId).order('ordinal');
    expect(data!.map((r) => [r.ordinal, r.timeliness])).toEqual([
      ['1.1', 'done_on_time'],
      ['1.2', 'done_late'],
      ['1.3', 'open_not_due'],
      ['1.4', 'open_overdue'],
      ['1.5', 'cancelled'],
    ]);
    expect(data![1]!.days_late).toBe(5);
    expect(data![3]!.days_late).toBeGreaterThan(2000);
    const { data: none } = await b.anon().from('task_overview').select('id').eq('plan_id', planId);
    expect(none ?? []).toEqual([]);
  });

  it('the 2022 demo plan is 52/52 done, with its late tasks counted as done late', async () => {
    const rows = await b.sql<{ timeliness: string; n: number }>(
      `select o.timeliness, count(*)::int as n from public.task_overview o
        where o.plan_doc_number = '250/KH-UBND' group by 1 order by 1`);
    const total = rows.reduce((s, r) => s + r.n, 0);
    expect(total).toBe(52);
    expect(rows.every((r) => r.timeliness.startsWith('done_'))).toBe(true);
    expect(rows.find((r) => r.timeliness === 'done_late')?.n).toBe(4);
  });
});
