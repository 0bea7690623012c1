// What a submitted report freezes, read back field by field: the evidence of
// each task with its document number, only as recorded by the cut-off; and the
// columns of a draft that never change (plan, period, year).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makeTask, uniq } from './fixtures';

let b: Backend;
let interior: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
});
afterAll(async () => b?.close());

async function planOf2024(): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status)
     values ($1, $2, 2024, date '2023-12-20', 'in_force') returning id`,
    `${Math.floor(Math.random() * 90000) + 1000}/KH-UBND`,
    `Kế hoạch thử nghiệm ${uniq()}`,
  );
  return row!.id;
}

describe('a submitted report', () => {
  it('keeps each task\'s evidence with its document number, as recorded by the cut-off', async () => {
    const planId = await planOf2024();
    const task = await makeTask(b, { planId, status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    // The task as it stood in early 2024, and two documents: one before the Q1 cut-off (14/03), one after.
    await b.sql(
      `insert into public.task_events (task_id, occurred_at, action, changes)
       values ($1, '2024-01-10 09:00+07', 'created', '{"status": {"old": null, "new": "in_progress"}}')`,
      task.id,
    );
    for (const [number, created] of [
      ['123/QĐ-UBND', '2024-03-01 09:00+07'],
      ['456/QĐ-UBND', '2024-03-20 09:00+07'],
    ] as const) {
      await b.sql(
        `insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary, created_at)
         values ($1, 'document', $2, $3::timestamptz::date, 'UBND tỉnh', 'Quyết định ban hành', $3::timestamptz)`,
        task.id,
        number,
        created,
      );
    }
    const { data: report, error } = await interior.from('reports').insert({ plan_id: planId, period: 'q1', year: 2024 }).select('id').single();
    expect(error).toBeNull();
    expect((await interior.from('reports').update({ doc_number: '77/BC-UBND', signer_name: 'Nguyễn Văn An' }).eq('id', report!.id)).error).toBeNull();
    expect((await interior.rpc('submit_report', { p_report_id: report!.id })).error).toBeNull();

    // evidence added later does not reach the frozen report
    await b.sql(
      `insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary)
       values ($1, 'document', '789/QĐ-UBND', date '2024-03-25', 'UBND tỉnh', 'Quyết định bổ sung')`,
      task.id,
    );
    const { data, error: readError } = await interior.rpc('report_data', { p_report_id: report!.id });
    expect(readError).toBeNull();
    const snapshot = data as { tasks: { task_id: string; evidence: { kind: string; doc_number: string | null; doc_date: string }[] }[] };
    const row = snapshot.tasks.find((t) => t.task_id === task.id)!;
    expect(row.evidence).toEqual([{ kind: 'document', doc_number: '123/QĐ-UBND', doc_date: '2024-03-01', name: null }]);
  });
});

describe('a draft report', () => {
  it('keeps its year', async () => {
    const planId = await planOf2024();
    const { data: report } = await interior.from('reports').insert({ plan_id: planId, period: 'q1', year: 2024 }).select('id').single();
    const { error } = await interior.from('reports').update({ year: 2023 }).eq('id', report!.id);
    expect(error?.hint).toBe('report_fixed_columns');
    expect((await b.sql<{ year: number }>('select year from public.reports where id = $1', report!.id))[0]!.year).toBe(2024);
  });
});
