// tasks_as_of (behind every figure, ranking and report) must do work in
// proportion to the plan's tasks for every caller, not only as the owner.
// Under row-level security the planner once joined the lead-unit look-up
// inside the loop over the tasks, so a plan whose tasks all lead from one
// unit ran it tasks³ times (a 160-task draft report took six minutes).  Here
// the function's own query is explained as Home Affairs would run it, on a
// plan of 120 tasks imported as the app imports them, and no step may run
// more than a few times per task.  Every task also has a deadline extension,
// and the extensions' read rule must be checked once per query, not once per
// task (each task's deadline was once read by a query of its own, which as a
// signed-in user evaluated the policy's role look-ups again every time).
// (Counts of runs, not time: the machine's speed does not matter.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from './harness';

const TASKS = 120;
let backend: Backend;
let planId: string;

beforeAll(async () => {
  backend = await startBackend({ seed: true });
  const api = await backend.signIn('noivu@example.vn');
  const plan = await api.from('plans').insert({ doc_number: '120/KH-TAO', title: 'Kế hoạch một đơn vị chủ trì', year: 2026, issuer: 'Bộ thử nghiệm' }).select('id').single();
  expect(plan.error).toBeNull();
  planId = plan.data!.id;
  const rows = Array.from({ length: TASKS }, (_, i) => ({ ordinal: `1.${i + 1}`, area: '1', title: `Nhiệm vụ thử số ${i + 1}`, lead_unit: 'STP', due_date: '2026-06-30' }));
  const imported = await api.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
  expect(imported.error).toBeNull();
  const issued = await api.from('plans').update({ issued_on: '2026-01-02', status: 'in_force' }).eq('id', planId);
  expect(issued.error).toBeNull();
  const { data: tasks } = await api.from('tasks').select('id').eq('plan_id', planId);
  expect(tasks).toHaveLength(TASKS);
  const extended = await api.from('deadline_extensions').insert(
    tasks!.map((t) => ({ task_id: t.id, new_due_date: '2026-09-30', doc_number: '7/QĐ-UBND', doc_date: '2026-05-01', approved_on: '2026-05-02' })),
  );
  expect(extended.error).toBeNull();
}, 240_000);
afterAll(async () => backend?.close());

describe('tasks_as_of works in proportion to the tasks', () => {
  it('as Home Affairs, no step of its query runs more than a few times per task', async () => {
    const [src] = await backend.sql<{ prosrc: string }>(
      `select prosrc from pg_proc where proname = 'tasks_as_of' and pronamespace = 'public'::regnamespace`,
    );
    const body = src!.prosrc.replace(/\bp_plan_id\b/g, '$1::uuid').replace(/\bp_as_of\b/g, 'null::date');
    const [user] = await backend.sql<{ id: string }>(`select id from auth.users where email = 'noivu@example.vn'`);
    // A function of the test's own, dropped at the end: explains the body as
    // the caller (role and claims set for its transaction only).
    await backend.sql(`create function public.explain_as_test(p_claims text, p_plan uuid) returns setof text
      language plpgsql as $f$
      declare line text;
      begin
        perform set_config('request.jwt.claims', p_claims, true);
        perform set_config('request.jwt.claim.sub', p_claims::jsonb ->> 'sub', true);
        perform set_config('role', 'authenticated', true);
        perform set_config('search_path', '', true);
        for line in execute 'explain (analyze, costs off) ' || ${`$q$${body}$q$`} using p_plan loop
          return next line;
        end loop;
      end $f$`);
    try {
      const lines = await backend.sql<{ line: string }>(
        `select l as line from public.explain_as_test($1, $2) l`,
        JSON.stringify({ sub: user!.id, role: 'authenticated' }),
        planId,
      );
      const plan = lines.map((r) => r.line);
      const rows = plan.find((l) => /^CTE Scan on judged/.test(l)) ?? plan[0]!;
      expect(rows, plan.join('\n')).toMatch(new RegExp(`rows=${TASKS}(\\.00)?\\b`));
      const loops = plan.map((l) => Number(/loops=(\d+)/.exec(l)?.[1] ?? 0));
      // a step per task, or per task and its one event, is fine; tasks² is not
      expect(Math.max(...loops), plan.join('\n')).toBeLessThanOrEqual(4 * TASKS);
      // the history is read per task once (the status moves); the lead-unit
      // changes are read in one scan (20261210000520_lead_moves_in_one_scan.sql)
      const historyPerTask = plan.filter((l) => /Scan (?:using \S+ )?on task_events\s/.test(l) && Number(/loops=(\d+)/.exec(l)?.[1] ?? 0) > 1);
      expect(historyPerTask, plan.join('\n')).toHaveLength(1);
    } finally {
      await backend.sql(`drop function public.explain_as_test(text, uuid)`);
    }
  });

  it('as Home Affairs, the extensions\' read rule is checked per query, not per task', async () => {
    const [user] = await backend.sql<{ id: string }>(`select id from auth.users where email = 'noivu@example.vn'`);
    // Counts the calls of every SQL and PL/pgSQL function in one transaction
    // (track_functions, set by the owner before the role changes): the read
    // policies call private.has_role() once per statement that reads a table.
    await backend.sql(`create function public.calls_as_test(p_claims text, p_plan uuid)
      returns table (fn text, calls bigint, extended bigint)
      language plpgsql as $f$
      declare n bigint;
      begin
        perform set_config('track_functions', 'all', true);
        perform set_config('request.jwt.claims', p_claims, true);
        perform set_config('request.jwt.claim.sub', p_claims::jsonb ->> 'sub', true);
        perform set_config('role', 'authenticated', true);
        select count(*) into n from public.tasks_as_of(p_plan) s where s.deadline = date '2026-09-30';
        return query select f.schemaname || '.' || f.funcname, f.calls, n from pg_stat_xact_user_functions f;
      end $f$`);
    try {
      const rows = await backend.sql<{ fn: string; calls: number | string; extended: number | string }>(
        `select * from public.calls_as_test($1, $2)`,
        JSON.stringify({ sub: user!.id, role: 'authenticated' }),
        planId,
      );
      const calls = Object.fromEntries(rows.map((r) => [r.fn, Number(r.calls)]));
      // every task judged against its extended deadline
      expect(Number(rows[0]?.extended), JSON.stringify(calls)).toBe(TASKS);
      // a handful of statements read tables; one per task is TASKS or more
      expect(calls['private.has_role'] ?? 0, JSON.stringify(calls)).toBeGreaterThan(0);
      expect(calls['private.has_role'], JSON.stringify(calls)).toBeLessThanOrEqual(20);
    } finally {
      await backend.sql(`drop function public.calls_as_test(text, uuid)`);
    }
  });
});
