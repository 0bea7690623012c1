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
  rows: { id: string; title: string; lead_unit_id?: string; lead_unit_name?: string }[];
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

// Every sort order of the list, ascending and descending, over every task
// the persona reads: the function picks its page from the tables (keys
// written as the indexes are) and must keep the view's order exactly.
const SORTS: { sort: string; desc: boolean; view: (q: Q) => Q }[] = [
  { sort: 'ordinal', desc: false, view: (q) => tail(q) },
  { sort: 'ordinal', desc: true, view: (q) => tail(q, false) },
  { sort: 'due', desc: false, view: (q) => tail(q.order('due_date', { ascending: true, nullsFirst: false })) },
  { sort: 'due', desc: true, view: (q) => tail(q.order('due_date', { ascending: false, nullsFirst: false })) },
  { sort: 'status', desc: false, view: (q) => tail(q.order('status_rank').order('due_date', { ascending: true, nullsFirst: false })) },
  {
    sort: 'status',
    desc: true,
    view: (q) => tail(q.order('status_rank', { ascending: false }).order('due_date', { ascending: true, nullsFirst: false })),
  },
  { sort: 'unit', desc: false, view: (q) => tail(q.order('lead_unit_sort').order('lead_unit_name')) },
  {
    sort: 'unit',
    desc: true,
    view: (q) => tail(q.order('lead_unit_sort', { ascending: false }).order('lead_unit_name', { ascending: false })),
  },
];

describe('task_list_page: every sort order, both directions, as the view', () => {
  it('the tasks cover every status, a missing due date and units sharing a place in the order', async () => {
    const [row] = await b.sql<{ statuses: number; no_due: number; shared: number }>(
      `select (select count(distinct status) from public.tasks)::int as statuses,
              (select count(*) from public.tasks where due_date is null)::int as no_due,
              (select count(*) from (select sort_order from public.units u
                                      where exists (select 1 from public.tasks t where t.lead_unit_id = u.id)
                                      group by sort_order having count(*) > 1) s)::int as shared`);
    expect(row).toMatchObject({ statuses: 6 });
    expect(row!.no_due).toBeGreaterThan(0);
    expect(row!.shared).toBeGreaterThan(0);
  });

  for (const persona of ['committee', 'dept_head'] as const) {
    for (const s of SORTS) {
      it(`${persona}: by ${s.sort}${s.desc ? ' descending' : ''}`, async () => {
        const c = clients[persona];
        const expected = await viewIds(c, s.view);
        expect(expected.length).toBeGreaterThan(50);
        expect(await allIds(c, { p_sort: s.sort, p_desc: s.desc })).toEqual(expected);
        const first = await page(c, { p_sort: s.sort, p_desc: s.desc, p_limit: 7, p_offset: 3 });
        expect(first.rows.map((r) => r.id)).toEqual(expected.slice(3, 10));
        expect(first.total).toBe(expected.length);
      });
    }
  }

  it('a unit renamed or moved in the order re-sorts the list at once', async () => {
    const stp = await unitId(b, 'STP');
    const [before] = await b.sql<{ name: string; sort_order: number }>('select name, sort_order from public.units where id = $1', stp);
    const unitOrder = SORTS.filter((s) => s.sort === 'unit');
    try {
      for (const change of [
        `update public.units set sort_order = -5 where id = $1`,
        `update public.units set sort_order = (select max(sort_order) + 1 from public.units), name = 'Ăn khớp cuối danh sách' where id = $1`,
      ]) {
        await b.sql(change, stp);
        for (const s of unitOrder) {
          const expected = await viewIds(clients.committee, s.view);
          const got = await allIds(clients.committee, { p_sort: 'unit', p_desc: s.desc });
          expect(got).toEqual(expected);
        }
      }
      const first = await page(clients.committee, { p_sort: 'unit', p_desc: true, p_limit: 1 });
      expect(first.rows[0]).toMatchObject({ lead_unit_id: stp, lead_unit_name: 'Ăn khớp cuối danh sách' });
    } finally {
      await b.sql('update public.units set name = $2, sort_order = $3 where id = $1', stp, before!.name, before!.sort_order);
    }
  });
});

// From 2,000 matches on, the function reads its page in the order of an
// index (sorting ruled out; by unit, unit after unit).  A plan of 2,400
// tasks in every status, over units that share a place in the order, with
// due dates that tie and some missing, held against the view the same way.
describe('task_list_page: many matches, every sort order, as the view', () => {
  let bigPlan: string;
  beforeAll(async () => {
    bigPlan = await makePlan(b, 'in_force');
    await b.sql(
      `with u as (select array_agg(id order by code) ids from public.units where code in ('STP', 'SNV', 'SNNPTNT', 'SNNMT', 'UBND-TP', 'VP-UBND'))
       insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, due_date, status, progress, submitted_at,
                                 completed_on, status_reason)
       select $1, 1 + g % 6, (g / 100 + 1) || '.' || (g % 100 + 1), 'Nhiệm vụ nhiều kết quả ' || g || case when g % 3 = 0 then ' cải cách' else '' end,
              u.ids[1 + (g * 7) % 6],
              case when g % 11 = 0 then null else date '2024-01-01' + (g * 13) % 400 end,
              s.status, case when s.status in ('submitted', 'done') then 100 else 0 end,
              case when s.status in ('submitted', 'done') then timestamptz '2024-06-01 03:00+00' + ((g % 300) || ' days')::interval end,
              case when s.status = 'done' then date '2024-01-15' + (g * 17) % 500 end,
              case when s.status in ('returned', 'cancelled') then 'Lý do thử nghiệm' end
         from generate_series(0, 2399) g, u,
              lateral (select (array['not_started', 'in_progress', 'returned', 'submitted', 'done', 'cancelled'])[1 + (g * 5) % 6]::public.task_status as status) s`,
      bigPlan);
  }, 120_000);

  const inPlan = (view: (q: Q) => Q) => (q: Q) => view(q.eq('plan_id', bigPlan));
  for (const s of SORTS) {
    it(`by ${s.sort}${s.desc ? ' descending' : ''}`, async () => {
      const expected = await viewIds(clients.committee, inPlan(s.view));
      expect(expected).toHaveLength(2400);
      expect(await allIds(clients.committee, { p_plan_id: bigPlan, p_sort: s.sort, p_desc: s.desc })).toEqual(expected);
      const p = await page(clients.committee, { p_plan_id: bigPlan, p_sort: s.sort, p_desc: s.desc, p_offset: 1190, p_limit: 20 });
      expect(p.rows.map((r) => r.id)).toEqual(expected.slice(1190, 1210));
      expect(p).toMatchObject({ total: 2400, capped: false });
    });
  }

  it('a head of unit, by unit, and a search, by status descending', async () => {
    const byUnit = SORTS.find((s) => s.sort === 'unit' && !s.desc)!;
    expect(await allIds(clients.dept_head, { p_plan_id: bigPlan, p_sort: 'unit' })).toEqual(
      await viewIds(clients.dept_head, inPlan(byUnit.view)));
    // "nhiem vu" matches all 2,400 (read in order), "cai cach" 800 (sorted).
    for (const words of [['nhiem vu'], ['cai cach']]) {
      const expected = await viewIds(clients.committee, (q) =>
        words[0]!.split(' ').reduce((acc, w) => acc.ilike('search_text', `%${w}%`), q.eq('plan_id', bigPlan))
          .order('status_rank', { ascending: false }).order('due_date', { ascending: true, nullsFirst: false })
          .order('plan_year', { ascending: false }).order('plan_doc_number').order('ordinal_path').order('id'));
      expect(expected.length).toBeGreaterThanOrEqual(800);
      expect(await allIds(clients.committee, { p_plan_id: bigPlan, p_search: words, p_sort: 'status', p_desc: true })).toEqual(expected);
    }
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
    // One unit's list of more than 10,000, by unit: read without walking the other units, same order.
    const byUnit = SORTS.find((s) => s.sort === 'unit' && s.desc)!;
    const expected = await viewIds(clients.committee, (q) => byUnit.view(q.eq('lead_unit_id', stp)));
    expect(expected.length).toBeGreaterThan(10000);
    const unitPage = await page(clients.committee, { p_unit_id: stp, p_sort: 'unit', p_desc: true, p_offset: 20, p_limit: 100 });
    expect(unitPage.rows.map((r) => r.id)).toEqual(expected.slice(20, 120));
    await b.sql(`update public.tasks set status = 'cancelled', status_reason = 'Thử' where plan_id = $1 and ordinal = '7.10.1'`, plan);
    const below = await page(clients.committee, { p_plan_id: plan, p_statuses: ['in_progress'], p_limit: 1 });
    expect(below).toMatchObject({ total: 10000, capped: false });
    expect((await page(clients.committee, { p_plan_id: plan, p_statuses: ['in_progress'], p_offset: 9999, p_limit: 5 })).rows).toHaveLength(1);
    expect((await page(clients.committee, { p_plan_id: plan, p_count: false, p_limit: 1 })).total).toBeNull();
  }, 120_000);
});
