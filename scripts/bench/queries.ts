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
  return { planId: row.id, planTasks: row.n, asOf: row.as_of, search: 'dat dai' };
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

export function measures(backend: BenchBackend, client: Client, t: Targets): Measure[] {
  const sql = (text: string, ...params: unknown[]) => async () => (await backend.sql(text, ...params)).length;
  const plan = { p_plan_id: t.planId };
  const past = { p_plan_id: t.planId, p_as_of: t.asOf };
  const like = `%${t.search}%`;
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
    {
      key: 'list_all',
      label: `task list, all plans: open + "${t.search}", by due date, 50 + count`,
      kind: 'list',
      via: 'several',
      // As app/lib/task-list-query.ts builds it (sort=due, size=50).
      api: async () =>
        len(
          check(
            'task list',
            await client
              .from('task_list')
              .select(LIST_COLUMNS, { count: 'exact' })
              .in('status', OPEN)
              .ilike('search_text', like)
              .order('due_date', { ascending: true, nullsFirst: false })
              .order('plan_year', { ascending: false })
              .order('plan_doc_number')
              .order('ordinal_path')
              .order('id')
              .range(0, 49),
          ),
        ),
      sql: async () => {
        const rows = await backend.sql(
          `select ${LIST_COLUMNS} from public.task_list
            where status = any($1::public.task_status[]) and search_text ilike $2
            order by due_date nulls last, plan_year desc, plan_doc_number, ordinal_path, id limit 50`,
          `{${OPEN.join(',')}}`,
          like,
        );
        await backend.sql(
          `select count(*) from public.task_list where status = any($1::public.task_status[]) and search_text ilike $2`,
          `{${OPEN.join(',')}}`,
          like,
        );
        return rows.length;
      },
    },
    {
      key: 'list_plan',
      label: 'task list, one plan: area 2 + "thu tuc", by ordinal, 50 + count',
      kind: 'list',
      via: 'several',
      api: async () =>
        len(
          check(
            'task list (plan)',
            await client
              .from('task_list')
              .select(LIST_COLUMNS, { count: 'exact' })
              .eq('plan_id', t.planId)
              .eq('area_id', 2)
              .ilike('search_text', '%thu tuc%')
              .order('plan_year', { ascending: false })
              .order('plan_doc_number')
              .order('ordinal_path')
              .order('id')
              .range(0, 49),
          ),
        ),
      sql: async () => {
        const rows = await backend.sql(
          `select ${LIST_COLUMNS} from public.task_list
            where plan_id = $1 and area_id = 2 and search_text ilike '%thu tuc%'
            order by plan_year desc, plan_doc_number, ordinal_path, id limit 50`,
          t.planId,
        );
        await backend.sql(
          `select count(*) from public.task_list where plan_id = $1 and area_id = 2 and search_text ilike '%thu tuc%'`,
          t.planId,
        );
        return rows.length;
      },
    },
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
