// Data survives a restart of the embedded server: boot on a PGlite data folder,
// change things through the API, close, boot again on the same folder (the
// migrations are already applied and must not run again), sign in again and
// read the changes back through the API, history included.
//
// Always PGlite (a data folder is what `npm run dev` keeps across restarts),
// also in the PostgreSQL pass.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './boot';
import { startBackend, type Backend } from './harness';
import { unitId } from './fixtures';

const migrationFiles = readdirSync(path.join(projectRoot, 'supabase', 'migrations')).filter((f) => f.endsWith('.sql'));

let dir: string;
let backend: Backend | undefined;

interface Before {
  planId: string;
  taskId: string;
  evidenceId: string;
  version: number;
  history: { id: number; action: string }[];
  seedTasks: number;
  migrations: number;
}
let before: Before;

const DOC_NUMBER = '77/KH-RESTART';
const NOTE = 'Đã ban hành quyết định công bố thủ tục hành chính; gửi kèm văn bản.';

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rt-restart-'));
  const first = await startBackend({ seed: true, url: dir });
  backend = first;

  // Home Affairs builds a plan with one task for Sở Tư pháp and issues it.
  const interior = await first.signIn('noivu@example.vn');
  const plan = await interior
    .from('plans')
    .insert({ doc_number: DOC_NUMBER, title: 'Kế hoạch kiểm tra khởi động lại', year: 2099, issued_on: '2098-12-20' })
    .select('id, status')
    .single();
  expect(plan.error).toBeNull();
  const task = await interior
    .from('tasks')
    .insert({
      plan_id: plan.data!.id,
      area_id: 2,
      ordinal: '1.1',
      title: 'Rà soát, công bố thủ tục hành chính',
      lead_unit_id: await unitId(first, 'STP'),
      due_date: '2099-06-30',
    })
    .select('id, version')
    .single();
  expect(task.error).toBeNull();
  const issued = await interior.from('plans').update({ status: 'in_force' }).eq('id', plan.data!.id).select('status').single();
  expect(issued.error).toBeNull();

  // The head of Sở Tư pháp attaches evidence and reports the task done.
  const head = await first.signIn('tuphap@example.vn');
  const evidence = await head
    .from('evidence')
    .insert({ task_id: task.data!.id, kind: 'link', url: 'https://example.vn/qd-cong-bo.pdf', summary: 'Quyết định công bố' })
    .select('id')
    .single();
  expect(evidence.error).toBeNull();
  const submitted = await head
    .from('tasks')
    .update({ status: 'submitted', progress_note: NOTE, version: task.data!.version + 1 })
    .eq('id', task.data!.id)
    .select('version, status')
    .single();
  expect(submitted.error).toBeNull();
  expect(submitted.data!.status).toBe('submitted');

  const history = await head.from('task_events').select('id, action').eq('task_id', task.data!.id).order('id');
  expect(history.error).toBeNull();
  const [seedTasks] = await first.sql<{ n: number }>('select count(*)::int as n from public.tasks');
  const [migrations] = await first.sql<{ n: number }>('select count(*)::int as n from supabase_migrations.schema_migrations');
  before = {
    planId: plan.data!.id,
    taskId: task.data!.id,
    evidenceId: evidence.data!.id,
    version: submitted.data!.version,
    history: history.data!,
    seedTasks: seedTasks!.n,
    migrations: migrations!.n,
  };

  await first.close();
  backend = undefined;

  // Restart on the same folder: no seed this time.
  backend = await startBackend({ url: dir });
});

afterAll(async () => {
  await backend?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('after a restart on the same data folder', () => {
  it('the first boot made the expected changes', () => {
    expect(before.history.map((e) => e.action)).toEqual(['created', 'evidence_added', 'status_changed']);
    expect(before.version).toBe(2);
  });

  it('migrations are not applied again and nothing was rebuilt', async () => {
    expect(before.migrations).toBe(migrationFiles.length);
    const [migrations] = await backend!.sql<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct version)::int as distinct from supabase_migrations.schema_migrations',
    );
    expect(migrations).toEqual({ n: migrationFiles.length, distinct: migrationFiles.length });
    const [tasks] = await backend!.sql<{ n: number }>('select count(*)::int as n from public.tasks');
    expect(tasks!.n).toBe(before.seedTasks);
  });

  it('the demo accounts sign in again and the plan reads back through the API', async () => {
    const committee = await backend!.signIn('committee@example.vn');
    const { data: plan, error } = await committee
      .from('plans')
      .select('doc_number, status, tasks(id, status, progress, progress_note, version, evidence(id, url))')
      .eq('id', before.planId)
      .single();
    expect(error).toBeNull();
    expect(plan).toMatchObject({ doc_number: DOC_NUMBER, status: 'in_force' });
    expect(plan!.tasks).toEqual([
      {
        id: before.taskId,
        status: 'submitted',
        progress: 100,
        progress_note: NOTE,
        version: before.version,
        evidence: [{ id: before.evidenceId, url: 'https://example.vn/qd-cong-bo.pdf' }],
      },
    ]);
  });

  it('history rows survived, and the next change is recorded after them', async () => {
    const interior = await backend!.signIn('noivu@example.vn');
    const kept = await interior.from('task_events').select('id, action').eq('task_id', before.taskId).order('id');
    expect(kept.error).toBeNull();
    expect(kept.data).toEqual(before.history);

    // Versions carry on across the restart: a stale one is still refused…
    const stale = await interior.from('tasks').update({ status: 'done', version: before.version }).eq('id', before.taskId).select('id');
    expect(stale.error?.code).toBe('RT409');
    // …and Home Affairs confirms the task with the current one.
    const done = await interior
      .from('tasks')
      .update({ status: 'done', version: before.version + 1 })
      .eq('id', before.taskId)
      .select('status, version, completed_on')
      .single();
    expect(done.error).toBeNull();
    expect(done.data).toMatchObject({ status: 'done', version: before.version + 1 });
    expect(done.data!.completed_on).not.toBeNull();

    const after = await interior.from('task_events').select('id, action').eq('task_id', before.taskId).order('id');
    expect(after.data!.map((e) => e.action)).toEqual([...before.history.map((e) => e.action), 'status_changed']);
    expect(after.data!.at(-1)!.id).toBeGreaterThan(before.history.at(-1)!.id);
  });
});
