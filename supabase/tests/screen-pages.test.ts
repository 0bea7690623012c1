// One request per screen: the plan page (plan_page), the dashboard
// (dashboard_page) and the task page (task_page) each ask one function.  They
// run as the caller (security invoker), so the tables' own policies decide
// what they return; here each answer is held against the table reads it
// replaces (the app's own data functions, through the real API), for every
// persona of the access matrix, on plans and tasks of every kind: issued,
// closed, draft (which a head of unit may not read), and missing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, unitId, userId } from './fixtures';
import { PERSONAS, type Persona } from './access-matrix';

// The app's data modules use the browser's client; here they use each persona's client.
const client = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../app/lib/supabase', () => ({
  get supabase() {
    return client.current;
  },
}));

const { getPlan } = await import('../../app/data/plans/get-plan');
const { getPlanTasks } = await import('../../app/data/tasks/get-plan-tasks');
const { getPlanPage } = await import('../../app/data/plans/get-plan-page');
const { getTask } = await import('../../app/data/tasks/get-task');
const { getComments, getEvents, getEvidence } = await import('../../app/data/tasks/get-task-activity');
const { getTaskView } = await import('../../app/data/tasks/get-task-view');
const { getDashboardFigures, getDashboardDetails, getOverdue } = await import('../../app/data/figures/get-figures');
const { getDashboardPage } = await import('../../app/data/figures/get-dashboard-page');

let b: Backend;
const clients = {} as Record<Persona, Client>;
const EMAILS: Partial<Record<Persona, string>> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};
const MISSING = '00000000-0000-4000-8000-000000000000';
let plans: string[] = [];
let tasks: string[] = [];
let draftPlan: string;
let draftTask: string;

/**
 * The same values written the same way.  The embedded server writes a table
 * read's timestamps in Postgres' text form ('2026-12-01 21:06:44.636+00') and
 * numerics as strings ('100.00'); JSON built in SQL (the functions) has ISO
 * 8601 timestamps and numbers, as hosted PostgREST writes both.  The app reads
 * either (app/lib/datetime.ts).  Every timestamp becomes its instant in ISO
 * form, every rate a number; nothing else is touched.
 */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:\d{2})?|Z)$/;
function canon(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => canon(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canon(v, k)]));
  if (typeof value === 'string' && TIMESTAMP.test(value)) return new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).toISOString();
  if (typeof value === 'string' && (key === 'completion_rate' || key === 'on_time_rate')) return Number(value);
  return value;
}

/** Ids sorted, so embedded lists the API returns in no fixed order compare as sets. */
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));

beforeAll(async () => {
  b = await startBackend({ seed: true });
  clients.anon = b.anon();
  clients.no_role = await b.signUp('chua.co.vai.tro.man@example.vn');
  for (const [persona, email] of Object.entries(EMAILS)) clients[persona as Persona] = await b.signIn(email);

  // A draft plan whose task has everything a task page shows: a head of unit must get none of it.
  draftPlan = await makePlan(b, 'draft');
  draftTask = (await makeTask(b, { planId: draftPlan, lead: 'STP' })).id;
  const noivu = await userId(b, 'noivu@example.vn');
  await b.sql(`insert into public.task_coordinators (task_id, unit_id) values ($1, $2), ($1, $3)`, draftTask, await unitId(b, 'STC'), await unitId(b, 'STTTT'));
  await b.sql(`insert into public.evidence (task_id, kind, url, summary, created_by) values ($1, 'link', 'https://example.vn/a.pdf', 'Văn bản', $2)`, draftTask, noivu);
  await b.sql(`insert into public.comments (task_id, body, author_id) values ($1, 'Ý kiến thứ nhất', $2), ($1, 'Ý kiến thứ hai', $2)`, draftTask, noivu);

  plans = [...(await b.sql<{ id: string }>(`select id from public.plans order by year, doc_number`)).map((r) => r.id), MISSING];
  // Seed tasks with the most on their page (coordinators, extensions, evidence, comments, history), and a plain one.
  const rich = await b.sql<{ id: string }>(
    `select t.id from public.tasks t join public.plans p on p.id = t.plan_id
      where t.plan_id <> $1 and p.status <> 'draft'
      order by (select count(*) from public.task_coordinators c where c.task_id = t.id)
             + 3 * (select count(*) from public.deadline_extensions e where e.task_id = t.id)
             + (select count(*) from public.evidence e where e.task_id = t.id)
             + (select count(*) from public.comments c where c.task_id = t.id)
             + (select count(*) from public.task_events e where e.task_id = t.id) desc, t.id
      limit 6`, draftPlan);
  // (of an issued plan: the only task a head of unit may not read is draftTask's)
  const [plain] = await b.sql<{ id: string }>(
    `select t.id from public.tasks t join public.plans p on p.id = t.plan_id
      where t.status = 'not_started' and p.status <> 'draft' order by t.id limit 1`,
  );
  tasks = [...new Set([...rich.map((r) => r.id), plain!.id]), draftTask, MISSING];
}, 120_000);
afterAll(async () => b?.close());

describe('the screens through one function each: the same data as the table reads, for every persona', () => {
  for (const persona of PERSONAS) {
    describe(persona, () => {
      it(persona === 'anon' ? 'anon may not call any of them' : 'plan_page: the plan, its areas and all its tasks', async () => {
        client.current = clients[persona];
        if (persona === 'anon') {
          for (const [fn, args] of [['plan_page', { p_plan_id: plans[0] }], ['task_page', { p_task_id: tasks[0] }], ['dashboard_page', { p_plan_id: plans[0] }]] as const) {
            const { data, error } = await clients.anon.rpc(fn, args as never);
            expect(error, fn).not.toBeNull();
            expect(data, fn).toBeNull();
          }
          return;
        }
        let seen = 0;
        for (const planId of plans) {
          const detail = await getPlan(planId);
          const page = await getPlanPage(planId);
          if (!detail) {
            expect(page, planId).toBeNull();
            continue;
          }
          seen += 1;
          expect(canon(page), planId).toEqual(canon({ detail, tasks: await getPlanTasks(planId) }));
        }
        // Everyone with a role reads the issued plans; a head of unit not the draft one.
        const readable = plans.length - 1 - (persona === 'dept_head' || persona === 'other_dept_head' ? 1 : 0);
        expect(seen).toBe(persona === 'no_role' ? 0 : readable);
        if (persona === 'dept_head') expect(await getPlanPage(draftPlan)).toBeNull();
      });

      if (persona === 'anon') return;

      it('task_page: the task, its evidence, comments and history', async () => {
        client.current = clients[persona];
        let seen = 0;
        for (const taskId of tasks) {
          const task = await getTask(taskId);
          const view = await getTaskView(taskId);
          if (!task) {
            expect(view, taskId).toBeNull();
            continue;
          }
          seen += 1;
          expect(view, taskId).not.toBeNull();
          const { coordinators, extensions, timeliness, days_late, ...rest } = view!.task;
          const { coordinators: tableCoordinators, extensions: tableExtensions, ...tableRest } = task;
          expect(canon(rest), taskId).toEqual(canon(tableRest));
          // whether it is late: as the task list and the dashboard say (task_overview)
          const { data: overview } = await clients[persona].from('task_overview').select('timeliness, days_late').eq('id', taskId).single();
          expect({ timeliness, days_late }, taskId).toEqual(overview);
          expect(byId(coordinators.map((c) => c.unit))).toEqual(byId(tableCoordinators.map((c) => c.unit)));
          expect(byId(extensions)).toEqual(byId(tableExtensions));
          expect(canon(view!.evidence)).toEqual(canon(await getEvidence(taskId)));
          expect(canon(view!.comments)).toEqual(canon(await getComments(taskId)));
          expect(canon(view!.events)).toEqual(canon(await getEvents(taskId)));
        }
        const readable = tasks.length - 1 - (persona === 'dept_head' || persona === 'other_dept_head' ? 1 : 0);
        expect(seen).toBe(persona === 'no_role' ? 0 : readable);
        if (persona !== 'no_role') {
          // The fixtures really exercise the lists (not only empty ones).
          const view = persona === 'dept_head' || persona === 'other_dept_head' ? await getTaskView(tasks[0]!) : await getTaskView(draftTask);
          expect(view!.task.coordinators.length + view!.evidence.length + view!.comments.length + view!.events.length).toBeGreaterThan(2);
        }
      });

      it('dashboard_page: headline, split, areas, ranking, trend and overdue tasks, today and as of a past day', async () => {
        client.current = clients[persona];
        for (const planId of plans) {
          for (const asOf of [null, '2024-09-14']) {
            const page = await getDashboardPage(planId, asOf);
            expect(canon(page), `${planId} ${asOf}`).toEqual(canon({
              figures: await getDashboardFigures(planId, asOf),
              details: await getDashboardDetails(planId, asOf),
              overdue: asOf ? null : await getOverdue(planId),
            }));
          }
        }
        // The 2024 plan has figures, a ranking, a trend and overdue tasks for everyone with a role.
        const [p2024] = await b.sql<{ id: string }>(`select id from public.plans where year = 2024 order by doc_number limit 1`);
        const page = await getDashboardPage(p2024!.id, null);
        if (persona === 'no_role') expect(page.figures.whole.total).toBe(0);
        else {
          expect(page.figures.whole.total).toBeGreaterThan(0);
          expect(page.details.units.length).toBeGreaterThan(0);
          expect(page.details.trend.length).toBeGreaterThan(0);
        }
      });
    });
  }
});
