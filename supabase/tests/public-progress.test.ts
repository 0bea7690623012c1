// The public progress page's data: Home Affairs publishes a plan; anyone,
// signed in or not, reads it through public_progress(), and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, unitId } from './fixtures';

let b: Backend;
let interior: Client;
let head: Client;
let plan250: string;

interface PublicPlan {
  plan: { doc_number: string; year: number; status: string };
  headline: { total: number; done: number; rate: number; done_on_time: number; done_late: number; open_not_due: number; open_overdue: number };
  areas: Array<{ area_id: number; total: number; done: number }>;
  units: Array<{ rank: number; name: string; total: number; done: number }>;
  tasks: Array<Record<string, unknown>>;
}

async function readPublic(c: Client): Promise<PublicPlan[]> {
  const { data, error } = await c.rpc('public_progress');
  expect(error).toBeNull();
  return (data ?? []).map((r) => r.plan as unknown as PublicPlan);
}

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
  const [row] = await b.sql<{ id: string }>(`select id from public.plans where doc_number = '250/KH-UBND'`);
  plan250 = row!.id;
});
afterAll(async () => b?.close());

describe('the demo data', () => {
  it('publishes the 2022 plan and the current year\'s plan, and nothing else', async () => {
    const rows = await b.sql<{ doc: string; year: number }>(
      `select doc_number as doc, year from public.plans where is_public and published_at is not null order by year`);
    expect(rows).toEqual([
      { doc: '250/KH-UBND', year: 2022 },
      { doc: '298/KH-UBND', year: new Date().getFullYear() },
    ]);
    // the rest of this file starts with nothing published (as the owner:
    // set_plan_public is tested below)
    await b.sql(`update public.plans set is_public = false, published_at = null, published_by = null where is_public`);
  });
});

describe('publishing a plan', () => {
  it('only Home Affairs publishes, only through set_plan_public, and never a draft', async () => {
    expect((await head.rpc('set_plan_public', { p_plan_id: plan250, p_public: true })).error?.hint).toBe('plan_public_interior_only');
    expect((await b.anon().rpc('set_plan_public', { p_plan_id: plan250, p_public: true })).error).not.toBeNull();
    const direct = await interior.from('plans').update({ is_public: true }).eq('id', plan250);
    expect(direct.error).not.toBeNull();
    const draft = await makePlan(b, 'draft');
    expect((await interior.rpc('set_plan_public', { p_plan_id: draft, p_public: true })).error?.hint).toBe('plan_public_draft');
    expect((await b.sql('select 1 from public.plans where is_public')).length).toBe(0);
  });

  it('a closed plan can be published; who and when are recorded', async () => {
    const { error } = await interior.rpc('set_plan_public', { p_plan_id: plan250, p_public: true });
    expect(error).toBeNull();
    const [row] = await b.sql<{ is_public: boolean; by: string; at: string | null }>(
      `select p.is_public, pr.email as by, p.published_at as at from public.plans p join public.profiles pr on pr.id = p.published_by where p.id = $1`, plan250);
    expect(row).toMatchObject({ is_public: true, by: 'noivu@example.vn' });
    expect(row!.at).not.toBeNull();
  });
});

describe('public_progress()', () => {
  it('gives a signed-out visitor the figures, areas, ranking and every task of the public plans only', async () => {
    const plans = await readPublic(b.anon());
    expect(plans.map((p) => p.plan.doc_number)).toEqual(['250/KH-UBND']);
    const [p] = plans;
    const expectedTasks = await b.sql<{ n: number }>(`select count(*)::int as n from public.tasks where plan_id = $1`, plan250);
    expect(p!.headline).toMatchObject({ total: expectedTasks[0]!.n, done: expectedTasks[0]!.n, rate: 100, open_overdue: 0 });
    expect(p!.headline.done_on_time + p!.headline.done_late).toBe(p!.headline.done);
    expect(p!.areas.map((a) => a.area_id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(p!.areas.reduce((n, a) => n + a.total, 0)).toBe(p!.headline.total);
    expect(p!.units[0]!.rank).toBe(1);
    expect(p!.units.reduce((n, u) => n + u.total, 0)).toBe(p!.headline.total);
    expect(p!.tasks.length).toBe(p!.headline.total);
    expect(Object.keys(p!.tasks[0]!).sort()).toEqual(
      ['area_id', 'completed_on', 'due_date', 'expected_output', 'lead_unit', 'ordinal', 'status', 'timeliness', 'title'].sort());
    // the same for a signed-in member
    expect(await readPublic(head)).toEqual(plans);
  });

  it('carries no evidence, comments, notes or people’s names', async () => {
    const text = JSON.stringify(await readPublic(b.anon()));
    const people = await b.sql<{ email: string; full_name: string | null }>('select email, full_name from public.profiles');
    for (const person of people) {
      expect(text).not.toContain(person.email);
      if (person.full_name) expect(text).not.toContain(person.full_name);
    }
    const evidence = await b.sql<{ doc_number: string | null }>(
      `select e.doc_number from public.evidence e join public.tasks t on t.id = e.task_id where t.plan_id = $1 and e.doc_number is not null`, plan250);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text).not.toContain(`"${e.doc_number}"`);
    for (const key of ['evidence', 'comments', 'progress_note', 'status_reason', 'email', 'full_name', 'actor', 'created_by']) {
      expect(text).not.toContain(`"${key}"`);
    }
  });

  it('a withdrawn plan disappears', async () => {
    await interior.rpc('set_plan_public', { p_plan_id: plan250, p_public: false });
    expect(await readPublic(b.anon())).toEqual([]);
    await interior.rpc('set_plan_public', { p_plan_id: plan250, p_public: true });
  });

  it('a plan of 1,500 tasks comes whole', async () => {
    const planId = await makePlan(b, 'in_force');
    const stp = await unitId(b, 'STP');
    await b.runScript(`
      select set_config('app.seeding', 'on', true);
      insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, due_date)
      select '${planId}', (g % 6) + 1, ((g % 6) + 1)::text || '.' || (g / 6 + 1)::text, 'Nhiệm vụ số ' || g, '${stp}', date '2099-06-30'
      from generate_series(0, 1499) g;
      insert into public.task_events (task_id, occurred_at, action, changes)
      select id, timestamptz '2026-01-02 08:00+07', 'created', '{"status":{"old":null,"new":"not_started"}}'
      from public.tasks where plan_id = '${planId}';`);
    expect((await interior.rpc('set_plan_public', { p_plan_id: planId, p_public: true })).error).toBeNull();
    const big = (await readPublic(b.anon())).find((p) => p.headline.total === 1500);
    expect(big?.tasks.length).toBe(1500);
    await interior.rpc('set_plan_public', { p_plan_id: planId, p_public: false });
  });
});

describe('anonymous callers read nothing else', () => {
  it('no table or view answers anonymous callers with a row', async () => {
    const relations = await b.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'v', 'm') order by 1`);
    expect(relations.length).toBeGreaterThan(15);
    const anon = b.anon();
    const leaks: string[] = [];
    for (const { relname } of relations) {
      const { data } = await anon.from(relname as 'units').select('*').limit(1);
      if ((data?.length ?? 0) > 0) leaks.push(relname);
    }
    expect(leaks).toEqual([]);
  });

  it('public_progress is the only function anonymous callers may execute', async () => {
    const callable = await b.sql<{ proname: string }>(
      `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'execute') order by 1`);
    expect(callable.map((f) => f.proname)).toEqual(['public_progress']);
    const { error } = await b.anon().rpc('plan_figures', { p_plan_id: plan250 });
    expect(error).not.toBeNull();
  });
});
