// Plan figures from the task history, checked against a small plan worked
// out by hand, and against later changes (an as-of figure must not move).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, unitId } from './fixtures';

let b: Backend;
let committee: Client;
let planId: string;

// A plan of six tasks (area 1 unless noted), lead units STP and STTTT.
//   1.1 STP   due 31/03  reported 25/03, confirmed 27/03           -> done on time
//   1.2 STP   due 31/03  reported 10/04, confirmed 12/04           -> done late (10 days)
//   1.3 STTTT due 30/06  in progress since 01/02                   -> overdue from 01/07
//   1.4 STTTT due 31/12  not started                               -> not yet due
//   2.1 STTTT due 31/03  extended on 20/03 to 30/06, done 15/06    -> done on time (extension approved in time)
//   2.2 STP   due 31/03  cancelled on 01/03                        -> cancelled
async function seedPlan() {
  planId = await makePlan(b, 'in_force');
  const stp = await unitId(b, 'STP');
  const tttt = await unitId(b, 'STTTT');
  const rows: Array<[string, number, string, string, string, string | null]> = [
    ['1.1', 1, stp, 'done', '2024-03-31', '2024-03-25'],
    ['1.2', 1, stp, 'done', '2024-03-31', '2024-04-10'],
    ['1.3', 1, tttt, 'in_progress', '2024-06-30', null],
    ['1.4', 1, tttt, 'not_started', '2024-12-31', null],
    ['2.1', 2, tttt, 'done', '2024-03-31', '2024-06-15'],
    ['2.2', 2, stp, 'cancelled', '2024-03-31', null],
  ];
  // One script on one connection: history is replayed with its own dates
  // (app.seeding), as the demo seed does.  Every value is a test constant.
  const ids = Object.fromEntries(rows.map(([ordinal]) => [ordinal, crypto.randomUUID()]));
  const q = (v: string | number | null) => (v === null ? 'null' : typeof v === 'number' ? String(v) : `'${v}'`);
  // A multi-statement script runs as one implicit transaction, so the
  // transaction-local setting covers all of it.
  const sql: string[] = [`select set_config('app.seeding', 'on', true);`];
  for (const [ordinal, area, lead, status, due, done] of rows) {
    sql.push(`insert into public.tasks (id, plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress,
                                       submitted_at, completed_on, status_reason)
      values (${q(ids[ordinal]!)}, ${q(planId)}, ${area}, ${q(ordinal)}, ${q(`Nhiệm vụ ${ordinal} của kế hoạch thử`)}, ${q(lead)},
              '2024-01-02', ${q(due)}, '${status}', ${done ? 100 : 0},
              ${done ? `(date ${q(done)} + time '10:00') at time zone 'Asia/Ho_Chi_Minh'` : 'null'}, ${q(done)},
              ${status === 'cancelled' ? q('Điều chỉnh kế hoạch') : 'null'});`);
  }
  const ev = (ordinal: string, at: string, from: string | null, to: string, extra: Record<string, unknown> = {}) =>
    sql.push(`insert into public.task_events (task_id, occurred_at, action, changes)
      values (${q(ids[ordinal]!)}, (timestamp ${q(at)} at time zone 'Asia/Ho_Chi_Minh'), ${q(from === null ? 'created' : 'status_changed')},
              ${q(JSON.stringify({ status: { old: from, new: to }, ...extra }))}::jsonb);`);
  for (const o of Object.keys(ids)) ev(o, '2024-01-02 08:00', null, 'not_started');
  ev('1.1', '2024-02-01 08:00', 'not_started', 'in_progress');
  ev('1.1', '2024-03-25 10:00', 'in_progress', 'submitted');
  ev('1.1', '2024-03-27 09:00', 'submitted', 'done', { completed_on: { old: null, new: '2024-03-25' } });
  ev('1.2', '2024-02-01 08:00', 'not_started', 'in_progress');
  ev('1.2', '2024-04-10 10:00', 'in_progress', 'submitted');
  ev('1.2', '2024-04-12 09:00', 'submitted', 'done', { completed_on: { old: null, new: '2024-04-10' } });
  ev('1.3', '2024-02-01 08:00', 'not_started', 'in_progress');
  ev('2.1', '2024-02-01 08:00', 'not_started', 'in_progress');
  ev('2.1', '2024-06-15 10:00', 'in_progress', 'submitted');
  ev('2.1', '2024-06-17 09:00', 'submitted', 'done', { completed_on: { old: null, new: '2024-06-15' } });
  ev('2.2', '2024-03-01 08:00', 'not_started', 'cancelled');
  sql.push(`insert into public.deadline_extensions (task_id, previous_due_date, new_due_date, doc_number, doc_date, approved_on, created_at)
    values (${q(ids['2.1']!)}, '2024-03-31', '2024-06-30', '55/UBND-NC', '2024-03-18', '2024-03-20', '2024-03-20 09:00+07');`);
  await b.runScript(sql.join('\n'));
}

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  await seedPlan();
});
afterAll(async () => b?.close());

const figures = async (asOf: string) => {
  const { data, error } = await committee.rpc('plan_figures', { p_plan_id: planId, p_as_of: asOf });
  expect(error).toBeNull();
  return data!;
};
const whole = async (asOf: string) => (await figures(asOf)).find((r) => r.area_id === null)!;

describe('plan figures as of a day, by hand', () => {
  it('31/03/2024: one done on time, four not yet due, one cancelled', async () => {
    // 1.1 done on time; 1.2 open and its deadline is today -> not due;
    // 1.3, 1.4 not due; 2.1 extended to 30/06 -> not due; 2.2 cancelled.
    expect(await whole('2024-03-31')).toMatchObject({
      total: 5, done: 1, done_on_time: 1, done_late: 0, open_not_due: 4, open_overdue: 0, cancelled: 1,
    });
  });

  it('15/04/2024: 1.2 done late', async () => {
    expect(await whole('2024-04-15')).toMatchObject({ total: 5, done: 2, done_on_time: 1, done_late: 1, open_not_due: 3, open_overdue: 0 });
  });

  it('31/10/2024: 1.3 overdue by 123 days, aged over 30, 90 and 120', async () => {
    expect(await whole('2024-10-31')).toMatchObject({
      total: 5, done: 3, done_on_time: 2, done_late: 1, open_not_due: 1, open_overdue: 1,
      overdue_over_30: 1, overdue_over_90: 1, overdue_over_120: 1,
    });
  });

  it('splits by area', async () => {
    const rows = await figures('2024-10-31');
    expect(rows.find((r) => r.area_id === 1)).toMatchObject({ total: 4, done: 2, open_overdue: 1 });
    expect(rows.find((r) => r.area_id === 2)).toMatchObject({ total: 1, done: 1, done_on_time: 1, cancelled: 1 });
  });

  it('before the plan existed there is nothing to count', async () => {
    expect(await figures('2023-12-31')).toEqual([
      { area_id: null, total: 0, done: 0, done_on_time: 0, done_late: 0, open_not_due: 0, open_overdue: 0, cancelled: 0,
        overdue_over_30: 0, overdue_over_90: 0, overdue_over_120: 0 },
    ]);
  });

  it('ranks units by completion, then timeliness', async () => {
    const { data } = await committee.rpc('unit_figures', { p_plan_id: planId, p_as_of: '2024-10-31' });
    expect(data!.map((r) => [r.unit_name, r.total, r.done, Number(r.completion_rate), r.rank])).toEqual([
      ['Sở Tư pháp', 2, 2, 100, 1],
      ['Sở TT&TT', 3, 1, 33.33, 2],
    ]);
  });

  it('trend counts completions per month', async () => {
    const { data } = await committee.rpc('plan_trend', { p_plan_id: planId, p_as_of: '2024-12-31' });
    const byMonth = Object.fromEntries(data!.map((r) => [r.month.slice(0, 7), [r.due, r.completed, r.completed_cumulative]]));
    // March: 1.1 and 1.2 fall due (2.1 was extended, 2.2 cancelled); 1.1 completed.
    expect(byMonth['2024-03']).toEqual([2, 1, 1]);
    expect(byMonth['2024-04']).toEqual([0, 1, 2]);
    expect(byMonth['2024-06']).toEqual([2, 1, 3]);
    expect(byMonth['2024-12']).toEqual([1, 0, 3]);
  });

  it('the trend stops at its as-of day: no later month, no deadline after that day counted as due', async () => {
    const { data } = await committee.rpc('plan_trend', { p_plan_id: planId, p_as_of: '2024-06-20' });
    expect(data!.map((r) => r.month.slice(0, 7))).toEqual(['2024-03', '2024-04', '2024-05', '2024-06']);
    // June: 2.1 completed on 15/06; 1.3 and 2.1 fall due on 30/06, after the day.
    expect(data!.at(-1)).toMatchObject({ due: 0, completed: 1, due_cumulative: 2, completed_cumulative: 3 });
    const onTheDay = await committee.rpc('plan_trend', { p_plan_id: planId, p_as_of: '2024-06-30' });
    expect(onTheDay.data!.at(-1)).toMatchObject({ month: '2024-06-01', due: 2, due_cumulative: 4 });
  });
});

describe('an as-of figure does not move when tasks change later', () => {
  it('the 2022 plan is 52/52 as of 31/12/2022 and stays so', async () => {
    const { data: plan } = await committee.from('plans').select('id').eq('doc_number', '250/KH-UBND').single();
    const { data } = await committee.rpc('plan_figures', { p_plan_id: plan!.id, p_as_of: '2022-12-31' });
    expect(data!.find((r) => r.area_id === null)).toMatchObject({ total: 52, done: 52, open_overdue: 0 });
  });

  it('figures for the current plan as of yesterday agree before and after today\'s changes', async () => {
    const { data: plan } = await committee.from('plans').select('id').eq('doc_number', '298/KH-UBND').single();
    const yesterday = (await b.sql<{ d: string }>(`select (private.local_date(now()) - 1)::text as d`))[0]!.d;
    const before = await committee.rpc('plan_figures', { p_plan_id: plan!.id, p_as_of: yesterday });

    // Today: Home Affairs confirms a submitted task and cancels an open one.
    const interior = await b.signIn('noivu@example.vn');
    const { data: submitted } = await interior.from('tasks').select('id, version').eq('plan_id', plan!.id).eq('status', 'submitted').limit(1).single();
    expect((await interior.from('tasks').update({ status: 'done', version: submitted!.version + 1 }).eq('id', submitted!.id)).error).toBeNull();
    const { data: open } = await interior.from('tasks').select('id, version').eq('plan_id', plan!.id).eq('status', 'in_progress').limit(1).single();
    expect((await interior.from('tasks').update({ status: 'cancelled', status_reason: 'Điều chỉnh kế hoạch', version: open!.version + 1 }).eq('id', open!.id)).error).toBeNull();

    const after = await committee.rpc('plan_figures', { p_plan_id: plan!.id, p_as_of: yesterday });
    expect(after.data).toEqual(before.data);
    const today = await committee.rpc('plan_figures', { p_plan_id: plan!.id });
    expect(today.data!.find((r) => r.area_id === null)!.done).toBe(before.data!.find((r) => r.area_id === null)!.done + 1);
  });

  it('today\'s figures from history agree with the tasks\' current state', async () => {
    for (const doc of ['250/KH-UBND', '315/KH-UBND', '186/KH-UBND', '298/KH-UBND']) {
      const { data: plan } = await committee.from('plans').select('id').eq('doc_number', doc).single();
      const { data } = await committee.rpc('plan_figures', { p_plan_id: plan!.id });
      const live = await b.sql<{ timeliness: string; n: number }>(
        `select timeliness, count(*)::int as n from public.task_overview where plan_id = $1 group by 1`, plan!.id);
      const count = (k: string) => live.find((r) => r.timeliness === k)?.n ?? 0;
      expect(data!.find((r) => r.area_id === null), doc).toMatchObject({
        done_on_time: count('done_on_time'), done_late: count('done_late'),
        open_not_due: count('open_not_due'), open_overdue: count('open_overdue'), cancelled: count('cancelled'),
      });
    }
  });

  it('nobody without a role gets figures', async () => {
    const stranger = await b.signUp('khach@example.vn');
    const { data } = await stranger.rpc('plan_figures', { p_plan_id: planId, p_as_of: '2024-10-31' });
    expect(data!.find((r) => r.area_id === null)?.total ?? 0).toBe(0);
    const { error } = await b.anon().rpc('plan_figures', { p_plan_id: planId });
    expect(error).not.toBeNull();
  });
});
