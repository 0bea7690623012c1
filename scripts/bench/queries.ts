// What the app asks the database for at national scale, each asked twice in
// the same run: through the real API (supabase-js → the Supabase Lite API
// handler → PostgREST-style SQL, as the committee demo user, row-level
// security on)
// and as the equivalent raw SQL on the same database (the owner's
// connection, no API, no RLS).  The ratio API / SQL is what the API layer and
// the access rules cost on top of the query itself.
import type { Client } from '../../supabase/tests/harness';
import type { BenchBackend } from './backend';
import { paired, type Sample } from './stats';

export interface Measure {
  key: string;
  label: string;
  /** 'aggregate': API ≤ 1.5 × SQL; 'list': API p95 ≤ 100 ms; 'info': no budget. */
  kind: 'aggregate' | 'list' | 'info';
  /** How the API is asked: one REST read, one RPC, or several requests. */
  via: 'rest' | 'rpc' | 'several';
  api: () => Promise<number>;
  sql: () => Promise<number>;
}

export interface MeasureResult {
  key: string;
  label: string;
  kind: Measure['kind'];
  via: Measure['via'];
  api: Sample;
  sql: Sample;
  ratio: number;
  rows: number;
}

export interface Targets {
  /** A plan of the current year with ~1,100 tasks. */
  planId: string;
  planTasks: number;
  /** The task of that plan with the longest page (history, evidence, comments). */
  taskId: string;
  /** A past cut-off for the as-of figures. */
  asOf: string;
  search: string;
}

export async function findTargets(backend: BenchBackend): Promise<Targets> {
  const [row] = await backend.sql<{ id: string; n: number; as_of: string }>(
    `select p.id, count(t.id)::int as n,
            to_char((now() at time zone 'Asia/Ho_Chi_Minh')::date - 60, 'YYYY-MM-DD') as as_of
       from public.plans p join public.tasks t on t.plan_id = p.id
      where p.status = 'in_force'
      group by p.id, p.doc_number
      order by count(t.id) desc, p.doc_number
      limit 1`,
  );
  if (!row) throw new Error('no plan in force');
  const [task] = await backend.sql<{ id: string }>(
    `select t.id from public.tasks t
      where t.plan_id = $1
      order by (select count(*) from public.task_events e where e.task_id = t.id)
             + (select count(*) from public.evidence e where e.task_id = t.id) desc, t.id
      limit 1`,
    row.id,
  );
  return { planId: row.id, planTasks: row.n, taskId: task!.id, asOf: row.as_of, search: 'dat dai' };
}

const check = (what: string, res: { data: unknown; error: unknown }): unknown => {
  if (res.error) throw new Error(`${what}: ${JSON.stringify(res.error)}`);
  return res.data;
};
const len = (x: unknown) => (Array.isArray(x) ? x.length : x == null ? 0 : 1);

// The task list page's columns (app/features/task-list/api/get-task-page.ts).
const LIST_COLUMNS =
  'id, plan_id, plan_doc_number, plan_year, area_id, ordinal, title, expected_output, lead_unit_id, lead_unit_name, ' +
  'lead_unit_short_name, due_date, cadence, status, progress, timeliness, days_late';
const NO_PLAN = '00000000-0000-4000-8000-000000000000';
const OPEN = ['not_started', 'in_progress', 'returned', 'submitted'] as const;
// The list's sort orders, as public.task_list_page (and app/data/tasks/task-list-query.ts) apply them.
const ORDER_TAIL = 'plan_year desc, plan_doc_number, ordinal_path, id';
const ORDERS = {
  ordinal: `${ORDER_TAIL}`,
  due: `due_date nulls last, ${ORDER_TAIL}`,
  dueDesc: `due_date desc nulls last, ${ORDER_TAIL}`,
  status: `status_rank, due_date nulls last, ${ORDER_TAIL}`,
  unitDesc: `lead_unit_sort desc, lead_unit_name desc, ${ORDER_TAIL}`,
  ordinalDesc: 'plan_year desc, plan_doc_number, ordinal_path desc, id',
  statusDesc: `status_rank desc, due_date nulls last, ${ORDER_TAIL}`,
  unit: `lead_unit_sort, lead_unit_name, ${ORDER_TAIL}`,
};

interface ListCase {
  key: string;
  label: string;
  /** The function's arguments, as the app's list page sends them (page 1 of 50, with the count). */
  args: Record<string, unknown>;
  /** The same list as raw SQL on the view: condition and ORDER BY. */
  where: string;
  order: string;
  params: unknown[];
}

/**
 * The task list page as the app asks it (app/data/tasks/get-task-page.ts:
 * one call of task_list_page, 50 rows and the count), against the same rows
 * and count asked of the task_list view as raw SQL by the owner.
 */
function listMeasures(backend: BenchBackend, client: Client, t: Targets): Measure[] {
  const cases: ListCase[] = [
    {
      key: 'list_all',
      label: `task list, all plans: open + "${t.search}", by due date`,
      args: { p_statuses: [...OPEN], p_search: t.search.split(' '), p_sort: 'due' },
      where: `status = any($1::public.task_status[]) and search_text ilike '%dat%' and search_text ilike '%dai%'`,
      order: ORDERS.due,
      params: [`{${OPEN.join(',')}}`],
    },
    {
      key: 'list_plan',
      label: 'task list, one plan: area 2 + "thu tuc", by ordinal',
      args: { p_plan_id: t.planId, p_area_id: 2, p_search: ['thu', 'tuc'] },
      where: `plan_id = $1 and area_id = 2 and search_text ilike '%thu%' and search_text ilike '%tuc%'`,
      order: ORDERS.ordinal,
      params: [t.planId],
    },
    {
      key: 'list_everything',
      label: 'task list, all plans, no filter, by ordinal (count stops at 10,000)',
      args: {},
      where: 'true',
      order: ORDERS.ordinal,
      params: [],
    },
    {
      key: 'list_search',
      label: 'task list, all plans: "cai cach" only, by status',
      args: { p_search: ['cai', 'cach'], p_sort: 'status' },
      where: `search_text ilike '%cai%' and search_text ilike '%cach%'`,
      order: ORDERS.status,
      params: [],
    },
    {
      key: 'list_overdue',
      label: 'task list, all plans: overdue > 30 days, by unit descending',
      args: { p_timeliness: 'open_overdue', p_late_over: 30, p_sort: 'unit', p_desc: true },
      where: `timeliness = 'open_overdue' and days_late > 30`,
      order: ORDERS.unitDesc,
      params: [],
    },
    {
      key: 'list_due_range',
      label: 'task list, all plans: returned, due in 2024–2025, by due date descending',
      args: { p_statuses: ['returned'], p_due_from: '2024-01-01', p_due_to: '2025-12-31', p_sort: 'due', p_desc: true },
      where: `status = 'returned' and due_date >= '2024-01-01' and due_date <= '2025-12-31'`,
      order: ORDERS.dueDesc,
      params: [],
    },
    // The sort orders the cases above leave out, each on a broad list, and
    // the unit order on a narrow one.
    {
      key: 'list_status_desc',
      label: 'task list, all plans, no filter, by status descending',
      args: { p_sort: 'status', p_desc: true },
      where: 'true',
      order: ORDERS.statusDesc,
      params: [],
    },
    {
      key: 'list_unit_open',
      label: 'task list, all plans: not started or in progress, by unit',
      args: { p_statuses: ['not_started', 'in_progress'], p_sort: 'unit' },
      where: `status = any('{not_started,in_progress}'::public.task_status[])`,
      order: ORDERS.unit,
      params: [],
    },
    {
      key: 'list_unit_search',
      label: `task list, all plans: "${t.search}", by unit`,
      args: { p_search: t.search.split(' '), p_sort: 'unit' },
      where: `search_text ilike '%dat%' and search_text ilike '%dai%'`,
      order: ORDERS.unit,
      params: [],
    },
    {
      key: 'list_area_desc',
      label: 'task list, all plans: area 3, by ordinal descending',
      args: { p_area_id: 3, p_desc: true },
      where: 'area_id = 3',
      order: ORDERS.ordinalDesc,
      params: [],
    },
  ];
  return cases.map((c) => ({
    key: c.key,
    label: `${c.label}, 50 + count`,
    kind: 'list' as const,
    via: 'rpc' as const,
    api: async () => {
      const data = check(c.key, await client.rpc('task_list_page', { ...c.args, p_limit: 50, p_count: true } as never)) as {
        rows: unknown[];
      };
      return data.rows.length;
    },
    sql: async () => {
      const rows = await backend.sql(`select ${LIST_COLUMNS} from public.task_list where ${c.where} order by ${c.order} limit 50`, ...c.params);
      await backend.sql(`select count(*) from (select 1 from public.task_list where ${c.where} limit 10001) c`, ...c.params);
      return rows.length;
    },
  }));
}

export function measures(backend: BenchBackend, client: Client, t: Targets): Measure[] {
  const sql = (text: string, ...params: unknown[]) => async () => (await backend.sql(text, ...params)).length;
  const plan = { p_plan_id: t.planId };
  const past = { p_plan_id: t.planId, p_as_of: t.asOf };
  return [
    {
      key: 'plan_progress',
      label: 'plan_progress, every plan (plans page)',
      kind: 'aggregate',
      via: 'rest',
      api: async () => len(check('plan_progress', await client.from('plan_progress').select('*'))),
      sql: sql('select * from public.plan_progress'),
    },
    {
      key: 'plan_area_progress',
      label: 'plan_area_progress, one plan (plan page)',
      kind: 'aggregate',
      via: 'rest',
      api: async () =>
        len(check('plan_area_progress', await client.from('plan_area_progress').select('*').eq('plan_id', t.planId))),
      sql: sql('select * from public.plan_area_progress where plan_id = $1', t.planId),
    },
    {
      key: 'plan_figures',
      label: `plan_figures(plan of ${t.planTasks} tasks)`,
      kind: 'aggregate',
      via: 'rpc',
      api: async () => len(check('plan_figures', await client.rpc('plan_figures', plan))),
      sql: sql('select * from public.plan_figures($1)', t.planId),
    },
    {
      key: 'unit_figures',
      label: 'unit_figures(same plan): unit ranking',
      kind: 'aggregate',
      via: 'rpc',
      api: async () => len(check('unit_figures', await client.rpc('unit_figures', plan))),
      sql: sql('select * from public.unit_figures($1)', t.planId),
    },
    {
      key: 'plan_figures_as_of',
      label: `plan_figures(same plan, as of ${t.asOf})`,
      kind: 'aggregate',
      via: 'rpc',
      api: async () => len(check('plan_figures as of', await client.rpc('plan_figures', past))),
      sql: sql('select * from public.plan_figures($1, $2::date)', t.planId, t.asOf),
    },
    {
      key: 'dashboard',
      label: 'dashboard: plan_figures + unit_figures + plan_trend + areas',
      kind: 'aggregate',
      via: 'several',
      api: async () => {
        // As the dashboard page asks: four requests at once.
        const all = await Promise.all([
          client.rpc('plan_figures', plan),
          client.rpc('unit_figures', plan),
          client.rpc('plan_trend', plan),
          client.from('reform_areas').select('id, name_vi, name_en').order('id'),
        ]);
        return all.reduce((n, r) => n + len(check('dashboard', r)), 0);
      },
      sql: async () => {
        let n = 0;
        n += (await backend.sql('select * from public.plan_figures($1)', t.planId)).length;
        n += (await backend.sql('select * from public.unit_figures($1)', t.planId)).length;
        n += (await backend.sql('select * from public.plan_trend($1)', t.planId)).length;
        n += (await backend.sql('select id, name_vi, name_en from public.reform_areas order by id')).length;
        return n;
      },
    },
    {
      key: 'overdue',
      label: 'dashboard: 10 most overdue tasks (task_overview)',
      kind: 'aggregate',
      via: 'rest',
      api: async () =>
        len(
          check(
            'overdue',
            await client
              .from('task_overview')
              .select('id, ordinal, title, lead_unit_short_name, lead_unit_name, judged_due_date, days_late')
              .eq('plan_id', t.planId)
              .eq('timeliness', 'open_overdue')
              .order('days_late', { ascending: false })
              .limit(10),
          ),
        ),
      sql: sql(
        `select id, ordinal, title, lead_unit_short_name, lead_unit_name, judged_due_date, days_late
           from public.task_overview where plan_id = $1 and timeliness = 'open_overdue'
          order by days_late desc limit 10`,
        t.planId,
      ),
    },
    ...screenMeasures(backend, client, t),
    ...listMeasures(backend, client, t),
    {
      key: 'round_trip',
      label: 'round trip: reform_areas (6 rows, no work)',
      kind: 'info',
      via: 'rest',
      // What every request costs whatever it asks: HTTP, the session check,
      // the transaction and the request settings Supabase Lite runs.
      api: async () => len(check('reform_areas', await client.from('reform_areas').select('id, name_vi, name_en').order('id'))),
      sql: sql('select id, name_vi, name_en from public.reform_areas order by id'),
    },
    {
      key: 'round_trip_rpc',
      label: 'round trip: plan_figures of a plan with no tasks',
      kind: 'info',
      via: 'rpc',
      api: async () => len(check('empty plan_figures', await client.rpc('plan_figures', { p_plan_id: NO_PLAN }))),
      sql: sql('select * from public.plan_figures($1)', NO_PLAN),
    },
  ];
}

/** Every row of a REST read, 1,000 a request, as app/data/fetch-all.ts asks. */
async function pages(what: string, page: (from: number, to: number) => PromiseLike<{ data: unknown; error: unknown }>): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (let from = 0; from < 1_000_000; from += 1000) {
    const chunk = check(what, await page(from, from + 999)) as unknown[];
    rows.push(...chunk);
    if (chunk.length < 1000) break;
  }
  return rows;
}

const PERSON = 'id, full_name, email, role';

/**
 * Each screen's data as the screen asks it: one request (plan_page,
 * dashboard_page, task_page; budget API ≤ 1.5 × SQL), and, for comparison in
 * the same run, the requests the screen made before (no budget).  The SQL
 * side is the function itself, run by the owner; a row is a task of the plan
 * page, a figure/unit/month/task of the dashboard, an entry of the task page.
 */
function screenMeasures(backend: BenchBackend, client: Client, t: Targets): Measure[] {
  const planPageRows = (page: { tasks: unknown[] }) => page.tasks.length;
  const dashRows = (d: { figures: unknown[]; units: unknown[]; trend: unknown[]; overdue: unknown[] | null }) =>
    d.figures.length + d.units.length + d.trend.length + (d.overdue?.length ?? 0);
  const taskRows = (v: { evidence: unknown[]; comments: unknown[]; events: unknown[] }) => 1 + v.evidence.length + v.comments.length + v.events.length;
  const planSql = async () => {
    const [r] = await backend.sql<{ page: { tasks: unknown[] } }>('select public.plan_page($1) as page', t.planId);
    return planPageRows(r!.page);
  };
  const dashSql = async () => {
    const [r] = await backend.sql<{ page: Parameters<typeof dashRows>[0] }>('select public.dashboard_page($1) as page', t.planId);
    return dashRows(r!.page);
  };
  const taskSql = async () => {
    const [r] = await backend.sql<{ page: Parameters<typeof taskRows>[0] }>('select public.task_page($1) as page', t.taskId);
    return taskRows(r!.page);
  };
  return [
    {
      key: 'screen_plan',
      label: `plan page, one request: plan_page (plan, areas, ${t.planTasks} tasks)`,
      kind: 'aggregate',
      via: 'rpc',
      api: async () => planPageRows(check('plan_page', await client.rpc('plan_page', { p_plan_id: t.planId })) as { tasks: unknown[] }),
      sql: planSql,
    },
    {
      key: 'screen_plan_before',
      label: 'plan page as before: plan + areas + plan_area_progress + tasks by 1,000',
      kind: 'info',
      via: 'several',
      api: async () => {
        const [, , , tasks] = await Promise.all([
          client.from('plans').select('*').eq('id', t.planId).maybeSingle().then((r) => check('plan', r)),
          client.from('reform_areas').select('*').order('id').then((r) => check('areas', r)),
          client.from('plan_area_progress').select('*').eq('plan_id', t.planId).then((r) => check('progress', r)),
          pages('plan tasks', (from, to) =>
            client
              .from('tasks')
              .select('id, area_id, ordinal, title, expected_output, due_date, cadence, status, progress, completed_on, lead_unit:units!tasks_lead_unit_id_fkey(id, name, short_name)')
              .eq('plan_id', t.planId)
              .order('id')
              .range(from, to),
          ),
        ]);
        return tasks.length;
      },
      sql: planSql,
    },
    {
      key: 'screen_dashboard',
      label: 'dashboard, one request: dashboard_page (figures, areas, ranking, trend, overdue)',
      kind: 'aggregate',
      via: 'rpc',
      api: async () => dashRows(check('dashboard_page', await client.rpc('dashboard_page', { p_plan_id: t.planId })) as Parameters<typeof dashRows>[0]),
      sql: dashSql,
    },
    {
      key: 'screen_dashboard_before',
      label: 'dashboard as before: plan_figures + areas + unit_figures + plan_trend + overdue',
      kind: 'info',
      via: 'several',
      api: async () => {
        const [figures, , units, trend, overdue] = await Promise.all([
          client.rpc('plan_figures', { p_plan_id: t.planId }).then((r) => check('plan_figures', r) as unknown[]),
          client.from('reform_areas').select('id, name_vi, name_en').order('id').then((r) => check('areas', r)),
          pages('unit_figures', (from, to) => client.rpc('unit_figures', { p_plan_id: t.planId }).order('rank').order('unit_id').range(from, to)),
          client.rpc('plan_trend', { p_plan_id: t.planId }).then((r) => check('plan_trend', r) as unknown[]),
          client
            .from('task_overview')
            .select('id, ordinal, title, lead_unit_short_name, lead_unit_name, judged_due_date, days_late')
            .eq('plan_id', t.planId)
            .eq('timeliness', 'open_overdue')
            .order('days_late', { ascending: false })
            .order('id')
            .limit(10)
            .then((r) => check('overdue', r) as unknown[]),
        ]);
        return figures.length + units.length + trend.length + overdue.length;
      },
      sql: dashSql,
    },
    {
      key: 'screen_task',
      label: 'task page, one request: task_page (task, evidence, comments, history)',
      kind: 'aggregate',
      via: 'rpc',
      api: async () => taskRows(check('task_page', await client.rpc('task_page', { p_task_id: t.taskId })) as Parameters<typeof taskRows>[0]),
      sql: taskSql,
    },
    {
      key: 'screen_task_before',
      label: 'task page as before: task (embedded) + evidence + comments + history',
      kind: 'info',
      via: 'several',
      api: async () => {
        const [, evidence, comments, events] = await Promise.all([
          client
            .from('tasks')
            .select(
              `*, plan:plans!tasks_plan_id_fkey(id, doc_number, title, year, status), area:reform_areas!tasks_area_id_fkey(id, name_vi, name_en),
               lead_unit:units!tasks_lead_unit_id_fkey(id, name, short_name),
               coordinators:task_coordinators(unit:units!task_coordinators_unit_id_fkey(id, name, short_name)),
               extensions:deadline_extensions(id, previous_due_date, new_due_date, doc_number, doc_date, approved_on, reason)`,
            )
            .eq('id', t.taskId)
            .maybeSingle()
            .then((r) => check('task', r)),
          client.from('evidence').select(`*, author:profiles!evidence_created_by_fkey(${PERSON})`).eq('task_id', t.taskId).order('created_at').then((r) => check('evidence', r) as unknown[]),
          client.from('comments').select(`*, author:profiles!comments_author_id_fkey(${PERSON})`).eq('task_id', t.taskId).order('created_at').then((r) => check('comments', r) as unknown[]),
          client
            .from('task_events')
            .select(`*, actor:profiles!task_events_actor_id_fkey(${PERSON})`)
            .eq('task_id', t.taskId)
            .order('occurred_at', { ascending: false })
            .order('id', { ascending: false })
            .then((r) => check('events', r) as unknown[]),
        ]);
        return 1 + evidence.length + comments.length + events.length;
      },
      sql: taskSql,
    },
  ];
}

export async function runMeasures(list: Measure[], runs: number, log: (line: string) => void): Promise<MeasureResult[]> {
  const results: MeasureResult[] = [];
  for (const m of list) {
    const rowsApi = await m.api();
    const rowsSql = await m.sql();
    if (rowsApi !== rowsSql) throw new Error(`${m.key}: the API returned ${rowsApi} rows, the SQL ${rowsSql}`);
    const { a, b } = await paired(m.api, m.sql, runs);
    const r: MeasureResult = { key: m.key, label: m.label, kind: m.kind, via: m.via, api: a, sql: b, ratio: a.median / b.median, rows: rowsApi };
    log(`  ${m.label}: API ${a.median.toFixed(1)} ms, SQL ${b.median.toFixed(1)} ms (${rowsApi} rows)`);
    results.push(r);
  }
  return results;
}
