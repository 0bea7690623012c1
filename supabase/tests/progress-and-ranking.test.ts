// Progress counts leave cancelled tasks out of the denominator, per plan and
// per area; the unit ranking breaks a tie in completion and timeliness by the
// fewest overdue tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask } from './fixtures';

let b: Backend;
let committee: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
});
afterAll(async () => b?.close());

describe('progress views', () => {
  it('count a cancelled task apart, outside the total, for the plan and for its area', async () => {
    const planId = await makePlan(b, 'in_force');
    await makeTask(b, { planId, status: 'done' });
    await makeTask(b, { planId, status: 'in_progress' });
    await makeTask(b, { planId, status: 'cancelled' });
    const { data: plan } = await committee.from('plan_progress').select('total, done, cancelled').eq('plan_id', planId).single();
    expect(plan).toEqual({ total: 2, done: 1, cancelled: 1 });
    const { data: areas } = await committee.from('plan_area_progress').select('area_id, total, done, cancelled').eq('plan_id', planId);
    expect(areas).toEqual([{ area_id: 2, total: 2, done: 1, cancelled: 1 }]);
  });
});

describe('unit ranking', () => {
  it('with equal completion and timeliness, the unit with fewer overdue tasks ranks first', async () => {
    const planId = await makePlan(b, 'in_force');
    await makeTask(b, { planId, lead: 'STP', start: null, due: '2099-01-31' }); // overdue by 30/06/2099
    await makeTask(b, { planId, lead: 'STTTT', start: null, due: '2099-12-31' }); // not yet due
    const { data, error } = await committee.rpc('unit_figures', { p_plan_id: planId, p_as_of: '2099-06-30' });
    expect(error).toBeNull();
    expect(data!.map((u) => [Number(u.completion_rate), Number(u.on_time_rate), u.open_overdue, u.rank])).toEqual([
      [0, 0, 0, 1],
      [0, 0, 1, 2],
    ]);
  });
});
