// Carry-over at year end, through the API as Home Affairs: unfinished tasks
// of a year's plan continue in next year's plan, linked both ways; the old
// plan's figures and its submitted report do not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { uniq, unitId } from './fixtures';
import { seedTasksWithHistory } from './history-fixtures';

let b: Backend;
let interior: Client;
let head: Client;
let stp: string;

async function planOfYear(year: number, status: 'draft' | 'in_force' | 'closed' = 'in_force'): Promise<{ id: string; doc: string }> {
  const doc = `${Math.floor(Math.random() * 90000) + 1000}/KH-UBND`;
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status)
     values ($1, $2, $3::int, make_date($3::int - 1, 12, 20), $4) returning id`,
    doc, `Kế hoạch chuyển tiếp ${uniq()}`, year, status);
  return { id: row!.id, doc };
}

const figures = async (planId: string, day?: string) => {
  const { data, error } = await interior.rpc('plan_figures', { p_plan_id: planId, p_as_of: day });
  expect(error).toBeNull();
  return data!.find((r) => r.area_id === null)!;
};

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
  stp = await unitId(b, 'STP');
});
afterAll(async () => b?.close());

describe('carrying unfinished tasks into next year', () => {
  let p2025: { id: string; doc: string };
  let p2026: { id: string; doc: string };
  let p2027: { id: string; doc: string };
  let src: Record<string, string>;
  let reportId: string;
  let carried: Array<{ source_task_id: string; task_id: string; ordinal: string }>;

  beforeAll(async () => {
    p2025 = await planOfYear(2025);
    p2026 = await planOfYear(2026);
    p2027 = await planOfYear(2027);
    src = await seedTasksWithHistory(b, p2025.id, [
      ['1.1', stp, 'done', '2025-03-10'],
      ['1.2', stp, 'in_progress', null],
      ['2.1', stp, 'not_started', null],
      ['2.2', stp, 'in_progress', null],
    ], { created: '2024-12-21', due: '2025-10-31' });
    // next year's plan already has 2.1 and 2.2 of its own
    await seedTasksWithHistory(b, p2026.id, [['2.1', stp, 'not_started', null], ['2.2', stp, 'not_started', null]],
      { created: '2025-12-21', due: '2026-06-30' });
    // a report of the old plan, submitted before the carry-over
    const { data } = await interior.from('reports').insert({ plan_id: p2025.id, period: 'q3', year: 2025 }).select('id').single();
    reportId = data!.id;
    await interior.from('reports').update({ doc_number: '88/BC-UBND', signer_name: 'Nguyễn Văn An' }).eq('id', reportId);
    const submitted = await interior.rpc('submit_report', { p_report_id: reportId });
    expect(submitted.error).toBeNull();
  });

  it('only Home Affairs carries tasks over', async () => {
    const { error } = await head.rpc('carry_over_tasks', { p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!] });
    expect(error?.hint).toBe('carry_interior_only');
    const anon = await b.anon().rpc('carry_over_tasks', { p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!] });
    expect(anon.error).not.toBeNull();
  });

  it('refuses a done task, a plan of another year, and due dates outside the target year, writing nothing', async () => {
    const before = (await b.sql('select 1 from public.tasks where plan_id = $1', p2026.id)).length;
    const done = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!, src['1.1']!] });
    expect(done.error?.hint).toBe('carry_task_finished');
    expect(done.error?.details).toContain('1.1');
    const wrongYear = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2027.id, p_task_ids: [src['1.2']!] });
    expect(wrongYear.error?.hint).toBe('carry_target_year');
    const outside = await interior.rpc('carry_over_tasks', {
      p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!], p_due_dates: ['2027-01-01'],
    });
    expect(outside.error?.hint).toBe('carry_due_outside_year');
    const beforeIssue = await interior.rpc('carry_over_tasks', {
      p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!], p_due_dates: ['2025-12-31'],
    });
    expect(beforeIssue.error?.hint).toBe('carry_due_outside_year');
    const late = await planOfYear(2026);
    await b.sql(`update public.plans set issued_on = date '2026-03-01' where id = $1`, late.id);
    const beforeStart = await interior.rpc('carry_over_tasks', {
      p_target_plan_id: late.id, p_task_ids: [src['1.2']!], p_due_dates: ['2026-02-28'],
    });
    expect(beforeStart.error?.hint).toBe('carry_due_before_start');
    const count = await interior.rpc('carry_over_tasks', {
      p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!, src['2.1']!], p_due_dates: ['2026-05-31'],
    });
    expect(count.error?.hint).toBe('carry_due_dates_count');
    expect((await b.sql('select 1 from public.tasks where plan_id = $1', p2026.id)).length).toBe(before);
  });

  it('creates the tasks in the new plan with the next free numbers, the new due dates and a link back', async () => {
    const old = await figures(p2025.id);
    const { data, error } = await interior.rpc('carry_over_tasks', {
      p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!, src['2.1']!, src['2.2']!],
      p_due_dates: ['2026-03-31', '2026-06-30', '2026-09-30'],
    });
    expect(error).toBeNull();
    carried = data!;
    expect(carried.map((c) => c.ordinal)).toEqual(['1.1', '2.3', '2.4']);
    const rows = await b.sql<{ ordinal: string; due: string; status: string; carried_from_task_id: string; title: string }>(
      `select t.ordinal, to_char(t.due_date, 'YYYY-MM-DD') as due, t.status, t.carried_from_task_id, t.title
         from public.tasks t where t.plan_id = $1 and t.carried_from_task_id is not null order by t.ordinal`, p2026.id);
    expect(rows).toMatchObject([
      { ordinal: '1.1', due: '2026-03-31', status: 'not_started', carried_from_task_id: src['1.2'], title: 'Nhiệm vụ 1.2 thử nghiệm' },
      { ordinal: '2.3', due: '2026-06-30', carried_from_task_id: src['2.1'] },
      { ordinal: '2.4', due: '2026-09-30', carried_from_task_id: src['2.2'] },
    ]);
    // one history row each, on the new task only
    const created = await b.sql(`select 1 from public.task_events where task_id = any($1) and action = 'created'`, carried.map((c) => c.task_id));
    expect(created.length).toBe(3);
    expect((await b.sql(`select 1 from public.task_events where task_id = $1 and occurred_at > now() - interval '1 hour'`, src['1.2'])).length).toBe(0);

    // the task list shows both marks
    const { data: newSide } = await interior.from('task_list').select('ordinal, carried_from_plan_doc_number, carried_from_plan_year')
      .eq('plan_id', p2026.id).not('carried_from_task_id', 'is', null).order('ordinal');
    expect(newSide).toEqual([
      { ordinal: '1.1', carried_from_plan_doc_number: p2025.doc, carried_from_plan_year: 2025 },
      { ordinal: '2.3', carried_from_plan_doc_number: p2025.doc, carried_from_plan_year: 2025 },
      { ordinal: '2.4', carried_from_plan_doc_number: p2025.doc, carried_from_plan_year: 2025 },
    ]);
    const { data: oldSide } = await interior.from('task_list').select('ordinal, status, carried_to_plan_doc_number')
      .eq('plan_id', p2025.id).not('carried_to_plan_doc_number', 'is', null).order('ordinal');
    expect(oldSide).toEqual([
      { ordinal: '1.2', status: 'in_progress', carried_to_plan_doc_number: p2026.doc },
      { ordinal: '2.1', status: 'not_started', carried_to_plan_doc_number: p2026.doc },
      { ordinal: '2.2', status: 'in_progress', carried_to_plan_doc_number: p2026.doc },
    ]);

    // the old plan still counts them as not done
    const now = await figures(p2025.id);
    expect(now).toEqual(old);
    expect(now).toMatchObject({ total: 4, done: 1 });
    expect(await figures(p2025.id, '2025-12-31')).toMatchObject({ total: 4, done: 1, open_overdue: 3 });
  });

  it('refuses to carry the same task into the same plan twice', async () => {
    const { error } = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2026.id, p_task_ids: [src['1.2']!] });
    expect(error?.hint).toBe('carry_already');
  });

  it('leaves the old plan’s submitted report as it was', async () => {
    const [row] = await b.sql<{ snapshot: { figures: Array<{ area_id: number | null; total: number; done: number }> } }>(
      'select snapshot from public.reports where id = $1', reportId);
    expect(row!.snapshot.figures.find((f) => f.area_id === null)).toMatchObject({ total: 4, done: 1 });
    const { data } = await interior.rpc('report_data', { p_report_id: reportId });
    expect(data).toEqual(row!.snapshot);
  });

  it('carries from a closed plan, refuses a closed target, and reads the whole chain of a task carried twice', async () => {
    await b.sql(`update public.plans set status = 'closed' where id = any($1)`, [p2025.id, p2026.id]);
    const p2026b = await planOfYear(2026);
    const fromClosed = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2026b.id, p_task_ids: [src['1.2']!] });
    expect(fromClosed.error).toBeNull();
    const closedTarget = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2026.id, p_task_ids: [src['1.1']!] });
    expect(closedTarget.error?.hint).toBe('carry_target_closed');

    // 2025 1.2 -> 2026 1.1 -> 2027: due date by the rule (same day a year later)
    const second = await interior.rpc('carry_over_tasks', { p_target_plan_id: p2027.id, p_task_ids: [carried[0]!.task_id] });
    expect(second.error).toBeNull();
    const [row] = await b.sql<{ due: string }>(`select to_char(due_date, 'YYYY-MM-DD') as due from public.tasks where id = $1`, second.data![0]!.task_id);
    expect(row!.due).toBe('2027-03-31');
    const { data: chain, error } = await head.rpc('task_carry_chain', { p_task_id: second.data![0]!.task_id });
    expect(error).toBeNull();
    expect(chain!.map((c) => [c.step, c.plan_doc_number, c.plan_year, c.ordinal])).toEqual([
      [0, p2025.doc, 2025, '1.2'],
      [1, p2026.doc, 2026, '1.1'],
      [1, p2026b.doc, 2026, '1.1'],
      [2, p2027.doc, 2027, '1.1'],
    ]);
    // read from the oldest task, the same chain
    const { data: fromOld } = await head.rpc('task_carry_chain', { p_task_id: src['1.2']! });
    expect(fromOld!.length).toBe(4);
  });

  it('the link is written only by the carry-over', async () => {
    const plan = await planOfYear(2099, 'draft');
    const { error } = await interior.from('tasks').insert({
      plan_id: plan.id, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ giả chuyển tiếp', lead_unit_id: stp, carried_from_task_id: src['1.2']!,
    });
    expect(error?.hint).toBe('task_links_system');
  });
});
