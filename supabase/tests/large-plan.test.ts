// Hosted Supabase and the embedded server answer at most 1,000 rows a request
// (max_rows).  A plan of 1,500 tasks led by 1,100 units must show whole on
// every page: the app's own data functions (app/data), run through the real
// API as a committee member and as Home Affairs, page past the cap.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';

// The app's data modules use the browser's client; here they use a signed-in test client.
const client = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../app/lib/supabase', () => ({
  get supabase() {
    return client.current;
  },
}));

const { getPlanTasks } = await import('../../app/data/tasks/get-plan-tasks');
const { getPlanRows, getPlanOrdinals } = await import('../../app/data/tasks/get-plan-rows');
const { getPlan } = await import('../../app/data/plans/get-plan');
const { getPlanPage } = await import('../../app/data/plans/get-plan-page');
const { getDashboardPage } = await import('../../app/data/figures/get-dashboard-page');
const { getTaskPage } = await import('../../app/data/tasks/get-task-page');
const { getAllTaskRows } = await import('../../app/data/tasks/export-tasks');
const { getDashboardDetails } = await import('../../app/data/figures/get-figures');
const { getUnits } = await import('../../app/data/units/get-units');
const { getReportData } = await import('../../app/data/reports/get-report-data');
const { DEFAULT_STATE } = await import('../../app/lib/task-filters');

const TASKS = 1500;
const UNITS = 1100;

let b: Backend;
let committee: Client;
let interior: Client;
let planId: string;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  interior = await b.signIn('noivu@example.vn');
  await b.runScript(`
    insert into public.units (code, name, kind, parent_id, sort_order)
    select 'XA-' || lpad(i::text, 4, '0'), 'Ủy ban nhân dân xã thử ' || i, 'commune',
           (select id from public.units where code = 'UBND'), 1000 + i
    from generate_series(1, ${UNITS}) i;
    insert into public.plans (doc_number, title, year, issuer, issued_on, status)
    values ('1500/KH-UBND', 'Kế hoạch lớn thử giới hạn số dòng', 2025, 'Ủy ban nhân dân tỉnh Bình An', date '2025-01-10', 'in_force');
    select set_config('app.seeding', 'on', false);
    with u as (select id, row_number() over (order by code) - 1 as n from public.units where code like 'XA-%')
    insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress)
    select (select id from public.plans where doc_number = '1500/KH-UBND'), 1 + (i % 6), ((i / 100) + 1) || '.' || ((i % 100) + 1),
           'Nhiệm vụ số ' || i, u.id, date '2025-01-15', date '2025-12-31', 'not_started', 0
    from generate_series(0, ${TASKS - 1}) i join u on u.n = i % ${UNITS};
    insert into public.task_events (task_id, occurred_at, action, changes)
    select t.id, '2025-01-15 08:00+07', 'created', '{"status":{"old":null,"new":"not_started"}}'
    from public.tasks t join public.plans p on p.id = t.plan_id where p.doc_number = '1500/KH-UBND';
    select set_config('app.seeding', '', false);
  `);
  planId = (await b.sql<{ id: string }>(`select id from public.plans where doc_number = '1500/KH-UBND'`))[0]!.id;
  client.current = committee;
});
afterAll(async () => b?.close());

describe('no read is cut at 1,000 rows', () => {
  it('the API itself cuts a plain read at 1,000 (what the paging is for)', async () => {
    const { data } = await committee.from('tasks').select('id').eq('plan_id', planId);
    expect(data!.length).toBe(1000);
  });

  it('the plan page shows all 1,500 tasks, and its figures count them', async () => {
    expect((await getPlanTasks(planId)).length).toBe(TASKS);
    expect((await getPlan(planId))!.total).toBe(TASKS);
  });

  it('the plan page in one request (plan_page) holds all 1,500 tasks, in order, as the table reads do', async () => {
    const page = await getPlanPage(planId);
    expect(page!.tasks.length).toBe(TASKS);
    expect(page!.detail.total).toBe(TASKS);
    expect(new Set(page!.tasks.map((t) => t.id)).size).toBe(TASKS);
    expect(page!.tasks.map((t) => t.id)).toEqual((await getPlanTasks(planId)).map((t) => t.id));
  });

  it('the dashboard in one request (dashboard_page) ranks all 1,100 units', async () => {
    const { details, figures } = await getDashboardPage(planId, '2025-09-14');
    expect(details.units.length).toBe(UNITS);
    expect(details.units.reduce((sum, u) => sum + u.total, 0)).toBe(TASKS);
    expect(figures.whole.total).toBe(TASKS);
  });

  it('bulk changes and the import see every task of the plan', async () => {
    client.current = interior;
    expect((await getPlanRows(planId)).length).toBe(TASKS);
    expect(new Set(await getPlanOrdinals(planId)).size).toBe(TASKS);
    client.current = committee;
  });

  it('the task list counts 1,500 and the export writes 1,500 rows', async () => {
    const state = { ...DEFAULT_STATE, plan: planId };
    expect((await getTaskPage(state)).total).toBe(TASKS);
    const rows = await getAllTaskRows(state);
    expect(rows.length).toBe(TASKS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(TASKS);
  });

  it('the unit ranking lists all 1,100 units and their 1,500 tasks', async () => {
    const { units } = await getDashboardDetails(planId, '2025-09-14');
    expect(units.length).toBe(UNITS);
    expect(units.reduce((sum, u) => sum + u.total, 0)).toBe(TASKS);
  });

  it('the units list holds every unit', async () => {
    const [{ n } = { n: -1 }] = await b.sql<{ n: number }>('select count(*)::int as n from public.units');
    expect((await getUnits()).length).toBe(n);
  });

  it('the report appendix lists all 1,500 tasks', async () => {
    const { data: report, error } = await interior.from('reports').insert({ plan_id: planId, period: 'q3', year: 2025 }).select('id').single();
    expect(error).toBeNull();
    const data = await getReportData(report!.id);
    expect(data!.tasks.length).toBe(TASKS);
    const whole = data!.figures.find((f) => f.area_id === null)!;
    expect(whole.total).toBe(TASKS);
  });
});
