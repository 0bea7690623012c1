// Writes a data folder the way the project did before the PGlite upgrade
// (Supabase Lite on PGlite 0.4.5, PostgreSQL 17): migrations, the demo seed,
// then a few changes through the API (a sign-up, a task update, a comment).
// Prints one JSON line: every plan's figures, the row counts and the
// signed-up account, for the test to compare after the upgrade.
//   tsx --import ./supabase/tests/legacy/register.mjs supabase/tests/legacy/make-folder.ts <folder>
import { PGlite } from '@electric-sql/pglite';
import { DEMO_PASSWORD, startBackend } from '../harness';

process.env.DO_NOT_TRACK = '1';
const folder = process.argv[2];
if (!folder) throw new Error('usage: make-folder.ts <folder>');

const b = await startBackend({ seed: true, url: folder });
const [{ v } = { v: '' }] = await b.sql<{ v: string }>('select version() as v');

const email = `moi.${Date.now()}@example.vn`;
await b.signUp(email, DEMO_PASSWORD);
const head = await b.signIn('tuphap@example.vn');
// A task of a plan in force (closed plans are read-only).
const { data: inForce } = await head.from('plans').select('id').eq('status', 'in_force');
const { data: tasks } = await head
  .from('tasks')
  .select('id, version, status')
  .eq('status', 'in_progress')
  .in('plan_id', (inForce ?? []).map((p) => p.id))
  .limit(1);
const task = tasks?.[0];
if (!task) throw new Error('no task in progress for tuphap@example.vn');
const updated = await head
  .from('tasks')
  .update({ progress_note: 'Đã hoàn thành dự thảo, chờ góp ý.', progress: 60, version: task.version + 1 })
  .eq('id', task.id)
  .eq('version', task.version)
  .select('id');
if (updated.error || updated.data?.length !== 1) throw new Error(`task update failed: ${JSON.stringify(updated.error)}`);
const comment = await head.from('comments').insert({ task_id: task.id, body: 'Ghi chú trước khi nâng cấp.' });
if (comment.error) throw new Error(`comment failed: ${JSON.stringify(comment.error)}`);

const plans = await b.sql<{ id: string }>('select id from public.plans order by id');
const figures: Record<string, unknown> = {};
for (const plan of plans) {
  figures[plan.id] = await b.sql('select * from public.plan_figures($1) order by area_id', plan.id);
}
const counts: Record<string, number> = {};
for (const t of ['public.tasks', 'public.task_events', 'public.comments', 'public.profiles', 'auth.users']) {
  counts[t] = (await b.sql<{ n: number }>(`select count(*)::int as n from ${t}`))[0]!.n;
}
const events = await b.sql<{ id: number; action: string }>(
  'select id, action from public.task_events where task_id = $1 order by id',
  task.id,
);
await b.close();
console.log(JSON.stringify({ version: v, pgliteClass: PGlite.name, email, taskId: task.id, figures, counts, events }));
