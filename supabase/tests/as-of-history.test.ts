// A figure as of a past day never changes once that day is over: every past
// day of a plan is computed, then today brings an extension approved in the
// past, a confirmation and a new task, and every past day is computed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask } from './fixtures';

let b: Backend;
let committee: Client;
let interior: Client;
let planId: string;
const ids: Record<string, string> = {};
let days: string[] = [];
let today = '';

/** today + n days, as yyyy-mm-dd (Vietnam time, as the database counts). */
const day = (n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

// Tasks, with the history replayed at past times (as the owner):
//   A  due T-20, not started                      -> overdue from T-19
//   B  due T-10, in progress T-30, reported T-12  -> waits for confirmation
//   C  due T-5,  reported T-9, confirmed T-8      -> done on time
//   E  due T-30, extended on T-35 to T-15 (recorded then) -> overdue from T-14
async function seedPlan() {
  planId = await makePlan(b, 'in_force');
  const make = async (key: string, due: string, status: string, extra: Record<string, string> = {}) => {
    ids[key] = (await makeTask(b, { planId, due, start: day(-60), status, ordinal: `1.${Object.keys(ids).length + 1}`, ...extra })).id;
  };
  await make('A', day(-20), 'not_started');
  await make('B', day(-10), 'submitted', { submittedAt: `${day(-12)}T03:00:00Z` });
  await make('C', day(-5), 'done', { submittedAt: `${day(-9)}T03:00:00Z`, completedOn: day(-9) });
  await make('E', day(-30), 'in_progress');
  const ev = (key: string, at: string, from: string | null, to: string, extra: object = {}) =>
    b.sql(
      `insert into public.task_events (task_id, occurred_at, action, changes)
       values ($1, ($2::timestamp at time zone 'Asia/Ho_Chi_Minh'), $3, $4::text::jsonb)`,
      ids[key], at, from === null ? 'created' : 'status_changed', JSON.stringify({ status: { old: from, new: to }, ...extra }));
  for (const key of Object.keys(ids)) await ev(key, `${day(-40)} 08:00`, null, 'not_started');
  await ev('B', `${day(-30)} 08:00`, 'not_started', 'in_progress');
  await ev('B', `${day(-12)} 10:00`, 'in_progress', 'submitted');
  await ev('C', `${day(-9)} 10:00`, 'not_started', 'submitted');
  await ev('C', `${day(-8)} 09:00`, 'submitted', 'done', { completed_on: { old: null, new: day(-9) } });
  await ev('E', `${day(-38)} 08:00`, 'not_started', 'in_progress');
  // E's first extension, approved and recorded on T-35 (as it was then).
  await b.sql(
    `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on, created_at)
     values ($1, $2, '7/QĐ-UBND', $3, $3, ($3::date + time '09:00') at time zone 'Asia/Ho_Chi_Minh')`,
    ids.E, day(-15), day(-35));
}

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  interior = await b.signIn('noivu@example.vn');
  today = (await b.sql<{ d: string }>(`select private.local_date(now())::text as d`))[0]!.d;
  await seedPlan();
  days = Array.from({ length: 45 }, (_, i) => day(-45 + i)); // T-45 … T-1
});
afterAll(async () => b?.close());

async function everyPastDay() {
  const out: Record<string, unknown> = {};
  for (const d of days) {
    const figures = await committee.rpc('plan_figures', { p_plan_id: planId, p_as_of: d });
    const tasks = await committee.rpc('tasks_as_of', { p_plan_id: planId, p_as_of: d });
    expect(figures.error).toBeNull();
    expect(tasks.error).toBeNull();
    out[d] = { figures: figures.data, tasks: [...tasks.data!].sort((x, y) => x.ordinal.localeCompare(y.ordinal)) };
  }
  return out;
}

const stateOf = async (key: string, asOf?: string) => {
  const { data } = await committee.rpc('tasks_as_of', { p_plan_id: planId, p_as_of: asOf });
  return data!.find((t) => t.task_id === ids[key]);
};

describe('an as-of figure never changes once its day is over', () => {
  it('every past day agrees before and after today\'s changes, extensions approved in the past included', async () => {
    // The story as told by the history, before today's changes.
    expect(await stateOf('A', day(-10))).toMatchObject({ timeliness: 'open_overdue', deadline: day(-20), days_late: 10 });
    expect(await stateOf('E', day(-10))).toMatchObject({ timeliness: 'open_overdue', deadline: day(-15), days_late: 5 });
    const before = await everyPastDay();

    // Today: Home Affairs records an extension of A approved on T-25 (before
    // A's deadline, so it counts as in time), a second extension of E approved
    // on T-16, confirms B, and adds a task.
    const extA = await interior.from('deadline_extensions').insert({
      task_id: ids.A!, new_due_date: day(30), doc_number: '12/QĐ-UBND', doc_date: day(-26), approved_on: day(-25),
    });
    expect(extA.error).toBeNull();
    const extE = await interior.from('deadline_extensions').insert({
      task_id: ids.E!, new_due_date: day(20), doc_number: '13/QĐ-UBND', doc_date: day(-16), approved_on: day(-16),
    });
    expect(extE.error).toBeNull();
    const { data: bRow } = await interior.from('tasks').select('version').eq('id', ids.B!).single();
    expect((await interior.from('tasks').update({ status: 'done', version: bRow!.version + 1 }).eq('id', ids.B!)).error).toBeNull();
    const added = await interior.rpc('create_task', {
      p_plan_id: planId,
      p_task: { area_id: 3, ordinal: '2.1', title: 'Nhiệm vụ bổ sung hôm nay', lead_unit_id: (await b.sql<{ id: string }>(`select id from public.units where code = 'STP'`))[0]!.id, due_date: day(-3) },
    });
    expect(added.error).toBeNull();

    // Today's figures take every change in.
    expect(await stateOf('A')).toMatchObject({ timeliness: 'open_not_due', deadline: day(30) });
    expect(await stateOf('E')).toMatchObject({ timeliness: 'open_not_due', deadline: day(20) });
    expect(await stateOf('B')).toMatchObject({ status: 'done' });

    // Every past day is exactly as it was.
    const after = await everyPastDay();
    for (const d of days) expect(after[d], d).toEqual(before[d]);
  }, 300_000); // 180 calls: give a busy machine time
});
