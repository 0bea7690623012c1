// The plan guard's other cases: a plan whose only tasks are cancelled is not
// issued, and who created a plan, and when, never changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TablesUpdate } from '../../app/lib/database.types';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, userId } from './fixtures';

let b: Backend;
let interior: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
});
afterAll(async () => b?.close());

const planRow = async (id: string) => (await b.sql<Record<string, unknown>>('select * from public.plans where id = $1', id))[0]!;

describe('issuing a plan', () => {
  it('needs a task that is not cancelled', async () => {
    const planId = await makePlan(b, 'draft');
    await makeTask(b, { planId, status: 'cancelled' });
    const { error } = await interior.from('plans').update({ status: 'in_force', issued_on: '2098-12-20' }).eq('id', planId);
    expect(error?.hint).toBe('plan_issue_needs_tasks');
    expect((await planRow(planId)).status).toBe('draft');
    await makeTask(b, { planId });
    expect((await interior.from('plans').update({ status: 'in_force', issued_on: '2098-12-20' }).eq('id', planId)).error).toBeNull();
  });
});

describe('who created a plan, and when', () => {
  it('is recorded by the server when the plan is created', async () => {
    const { data, error } = await interior
      .from('plans')
      .insert({ doc_number: '913/KH-UBND', title: 'Kế hoạch thử người tạo', year: 2099, created_by: await userId(b, 'admin@example.vn') })
      .select('id, created_by')
      .single();
    expect(error).toBeNull();
    expect(data!.created_by).toBe(await userId(b, 'noivu@example.vn'));
  });

  for (const [column, value] of [
    ['created_by', 'admin@example.vn'],
    ['created_at', '2020-01-01T00:00:00Z'],
  ] as const) {
    it(`${column} never changes afterwards`, async () => {
      const planId = await makePlan(b, 'draft');
      const before = await planRow(planId);
      const next = column === 'created_by' ? await userId(b, value) : value;
      const { error } = await interior.from('plans').update({ [column]: next } as TablesUpdate<'plans'>).eq('id', planId);
      expect(error?.hint).toBe('plan_fixed_columns');
      expect(await planRow(planId)).toEqual(before);
    });
  }
});
