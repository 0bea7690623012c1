// public.task_list_page applies the read rule of tasks itself (it runs as the
// owner so that its filters can use indexes).  Here it is held against the
// table's own policies: for every persona of the access matrix, the tasks it
// returns are exactly those the task_list view returns under row-level
// security, and with every filter and sort of the list, the same rows in the
// same order as the view asked the way the app used to ask it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, unitId } from './fixtures';
import { PERSONAS, type Persona } from './access-matrix';

let b: Backend;
const clients = {} as Record<Persona, Client>;
const EMAILS: Partial<Record<Persona, string>> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};
let draftPlan: string;
let draftTask: string;

interface Page {
  total: number | null;
  capped: boolean;
  rows: { id: string; title: string }[];
}
type Args = Record<string, unknown>;

async function page(c: Client, args: Args): Promise<Page> {
  const { data, error } = await c.rpc('task_list_page', args as never);
  if (error) throw new Error(JSON.stringify(error));
  return data as unknown as Page;
}

/** Every id the function returns for these filters, page by page (1,000 at most a page). */
async function allIds(c: Client, args: Args = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < 100_000; offset += 1000) {
    const p = await page(c, { ...args, p_offset: offset, p_limit: 1000, p_count: false });
    ids.push(...p.rows.map((r) => r.id));
    if (p.rows.length < 1000) break;
  }
  return ids;
}

/** Every id of the task_list view under the caller's row-level security, page by page. */
async function viewIds(c: Client, build: (q: ReturnType<typeof viewQuery>) => ReturnType<typeof viewQuery> = (q) => q): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < 100_000; from += 1000) {
    const { data, error } = await build(viewQuery(c)).range(from, from + 999);
    if (error) throw new Error(JSON.stringify(error));
    ids.push(...(data ?? []).map((r) => r.id!));
    if ((data ?? []).length < 1000) break;
  }
  return ids;
}
const viewQuery = (c: Client) => c.from('task_list').select('id');

beforeAll(async () => {
  b = await startBackend({ seed: true });
  clients.anon = b.anon();
  clients.no_role = await b.signUp('chua.co.vai.tro@example.vn');
  for (const [persona, email] of Object.entries(EMAILS)) clients[persona as Persona] = await b.signIn(email);
  // A draft plan with a task led by Sở Tư pháp: its head must not get it.
  draftPlan = await makePlan(b, 'draft');
  draftTask = (await makeTask(b, { planId: draftPlan, lead: 'STP' })).id;
  // Words with LIKE wildcards and diacritics, for the search.
  const plan = await makePlan(b, 'in_force');
  await b.sql(
    `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, due_date)
     values ($1, 3, '1.1', 'Rà soát 100% thủ tục_hành chính', $2, '2099-03-01'),
            ($1, 3, '1.2', 'Rà soát 1000 thủ tục hành chính', $2, null),
            ($1, 3, '1.10', 'Số hóa hồ sơ đất đai', $2, '2099-02-01')`,
    plan, await unitId(b, 'STP'));
}, 120_000);
afterAll(async () => b?.close());

describe('task_list_page: the read rule, for every persona', () => {
  for (const persona of PERSONAS) {
    it(`${persona}: the same tasks as the view under the policies`, async () => {
      const c = clients[persona];
      const viaView = persona === 'anon' ? [] : await viewIds(c);
      if (persona === 'anon') {
        const { data, error } = await c.rpc('task_list_page', {});
        expect(error).not.toBeNull();
        expect(data).toBeNull();
        return;
      }
      const viaFunction = await allIds(c);
      expect([...viaFunction].sort()).toEqual([...viaView].sort());
      expect(new Set(viaFunction).size).toBe(viaFunction.length);
      const first = await page(c, { p_limit: 5 });
      expect(first.total).toBe(viaView.length);
      expect(first.capped).toBe(false);
      if (persona === 'no_role') expect(viaFunction).toEqual([]);
      else expect(viaFunction.length).toBeGreaterThan(50);
      // A head of unit does not get a draft plan's task; the others do.
      expect(viaFunction.includes(draftTask)).toBe(persona !== 'no_role' && persona !== 'dept_head' && persona !== 'other_dept_head');
    });
  }

  it('a head of unit asking for the draft plan by id gets nothing', async () => {
    const p = await page(clients.dept_head, { p_plan_id: draftPlan });
    expect(p).toEqual({ total: 0, capped: false, rows: [] });
    expect((await page(clients.interior, { p_plan_id: draftPlan })).total).toBe(1);
  });
});

// Each case: the function's arguments, and the same list asked of the view
// (filters and ORDER BY as app/data/tasks/task-list-query.ts builds them).
type Q = ReturnType<typeof viewQuery>;
const tail = (q: Q, ordinalAsc = true) =>
  q.order('plan_year', { ascending: false }).order('plan_doc_number').order('ordinal_path', { ascending: ordinalAsc }).order('id');
const CASES: { name: string; args: Args; view: (q: Q) => Q }[] = [
  { name: 'no filter, by ordinal', args: {}, view: (q) => tail(q) },
  { name: 'no filter, by ordinal descending', args: { p_desc: true }, view: (q) => tail(q, false) },
  {
    name: 'two statuses, by due date',
    args: { p_statuses: ['in_progress', 'returned'], p_sort: 'due' },
    view: (q) => tail(q.in('status', ['in_progress', 'returned']).order('due_date', { ascending: true, nullsFirst: false })),
  },
  {
    name: 'area, due date descending',
    args: { p_area_id: 2, p_sort: 'due', p_desc: true },
    view: (q) => tail(q.eq('area_id', 2).order('due_date', { ascending: false, nullsFirst: false })),
  },
  {
    name: 'overdue by more than 30 days, by status',
    args: { p_timeliness: 'open_overdue', p_late_over: 30, p_sort: 'status' },
    view: (q) =>
      tail(q.eq('timeliness', 'open_overdue').gt('days_late', 30).order('status_rank').order('due_date', { ascending: true, nullsFirst: false })),
  },
  ...(['done_on_time', 'done_late', 'open_not_due', 'open_overdue', 'cancelled'] as const).map((timeliness) => ({
    name: `${timeliness}, by due date`,
    args: { p_timeliness: timeliness, p_sort: 'due' },
    view: (q: Q) => tail(q.eq('timeliness', timeliness).order('due_date', { ascending: true, nullsFirst: false })),
  })),
  {
    name: 'more than 10 days late (overdue or done late), by ordinal',
    args: { p_late_over: 10 },
    view: (q) => tail(q.gt('days_late', 10)),
  },
  {
    name: 'due range, by unit descending',
    args: { p_due_from: '2024-01-01', p_due_to: '2025-12-31', p_sort: 'unit', p_desc: true },
    view: (q) =>
      tail(q.gte('due_date', '2024-01-01').lte('due_date', '2025-12-31').order('lead_unit_sort', { ascending: false }).order('lead_unit_name', { ascending: false })),
  },
  {
    name: 'search without diacritics, by status descending',
    args: { p_search: ['cai cach'], p_sort: 'status', p_desc: true },
    view: (q) =>
      tail(q.ilike('search_text', '%cai%').ilike('search_text', '%cach%').order('status_rank', { ascending: false }).order('due_date', { ascending: true, nullsFirst: false })),
  },
  {
    name: 'search with diacritics and capitals',
    args: { p_search: ['THỦ', 'tục'] },
    view: (q) => tail(q.ilike('search_text', '%thu%').ilike('search_text', '%tuc%')),
  },
];

describe('task_list_page: filters and sorts as the list', () => {
  for (const persona of ['committee', 'dept_head'] as const) {
    for (const k of CASES) {
      it(`${persona}: ${k.name}`, async () => {
        const c = clients[persona];
        const expected = await viewIds(c, k.view);
        if (persona === 'committee') expect(expected.length).toBeGreaterThan(0);
        expect(await allIds(c, k.args)).toEqual(expected);
        expect((await page(c, { ...k.args, p_limit: 3 })).total).toBe(expected.length);
      });
    }
  }

  it('the unit filter', async () => {
    const stp = await unitId(b, 'STP');
    const expected = await viewIds(clients.committee, (q) => tail(q.eq('lead_unit_id', stp)));
    expect(expected.length).toBeGreaterThan(0);
    expect(await allIds(clients.committee, { p_unit_id: stp })).toEqual(expected);
  });

  it('pages do not overlap and cover the list', async () => {
    const all = await allIds(clients.committee);
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 25) {
      pages.push(...(await page(clients.committee, { p_offset: offset, p_limit: 25, p_count: false })).rows.map((r) => r.id));
    }
    expect(pages).toEqual(all);
  });
});

describe('task_list_page: search and bad arguments', () => {
  const titles = async (args: Args) => (await page(clients.committee, args)).rows.map((r) => r.title).sort();

  it('LIKE wildcards in a word are searched for, not expanded', async () => {
    expect(await titles({ p_search: ['100%'] })).toEqual(['Rà soát 100% thủ tục_hành chính']);
    expect(await titles({ p_search: ['tuc_hanh'] })).toEqual(['Rà soát 100% thủ tục_hành chính']);
    expect(await titles({ p_search: ['dat dai'] })).toContain('Số hóa hồ sơ đất đai');
    expect(await titles({ p_search: ['   ', ''] })).toHaveLength(50);
  });

  it('a page is at most 1,000 rows; an unknown sort is the ordinal order', async () => {
    expect((await page(clients.committee, { p_limit: 5000, p_count: false })).rows.length).toBeLessThanOrEqual(1000);
    expect((await page(clients.committee, { p_limit: -3 })).rows).toEqual([]);
    const plain = await page(clients.committee, { p_limit: 10 });
    expect((await page(clients.committee, { p_limit: 10, p_sort: 'title; drop table public.tasks' })).rows).toEqual(plain.rows);
    expect((await b.sql<{ n: number }>('select count(*)::int as n from public.tasks'))[0]!.n).toBeGreaterThan(0);
  });
});

describe('task_list_page: the count stops at 10,000', () => {
  it('exact up to 10,000, then "more than 10,000"', async () => {
    const plan = await makePlan(b, 'in_force');
    const stp = await unitId(b, 'STP');
    await b.sql(
      `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, status)
       select $1, 4, '7.' || (g / 1000) || '.' || (g % 1000), 'Nhiệm vụ số lượng lớn ' || g, $2, 'in_progress' from generate_series(1, 10001) g`,
      plan, stp);
    const exactly = await page(clients.committee, { p_plan_id: plan, p_limit: 1, p_search: ['so luong lon'], p_due_from: null });
    expect(exactly).toMatchObject({ total: 10000, capped: true });
    await b.sql(`update public.tasks set status = 'cancelled', status_reason = 'Thử' where plan_id = $1 and ordinal = '7.10.1'`, plan);
    const below = await page(clients.committee, { p_plan_id: plan, p_statuses: ['in_progress'], p_limit: 1 });
    expect(below).toMatchObject({ total: 10000, capped: false });
    expect((await page(clients.committee, { p_plan_id: plan, p_statuses: ['in_progress'], p_offset: 9999, p_limit: 5 })).rows).toHaveLength(1);
    expect((await page(clients.committee, { p_plan_id: plan, p_count: false, p_limit: 1 })).total).toBeNull();
  }, 120_000);
});
