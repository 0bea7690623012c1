// The walking skeleton through the real backend: demo users sign in with
// supabase-js and read what their role allows; nobody else reads anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from './harness';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend({ seed: true });
});
afterAll(async () => {
  await backend?.close();
});

const DEMO = [
  { email: 'committee@example.vn', role: 'committee', unit: null },
  { email: 'noivu@example.vn', role: 'interior', unit: 'SNV' },
  { email: 'tuphap@example.vn', role: 'dept_head', unit: 'STP' },
  { email: 'tttt@example.vn', role: 'dept_head', unit: 'SKHCN' },
  { email: 'admin@example.vn', role: 'admin', unit: null },
] as const;

const PUBLIC_TABLES = ['units', 'profiles', 'reform_areas', 'plans', 'tasks', 'task_coordinators'] as const;

describe('demo accounts', () => {
  for (const account of DEMO) {
    it(`${account.email} signs in with the demo password and has role ${account.role}`, async () => {
      const client = await backend.signIn(account.email);
      const { data: user } = await client.auth.getUser();
      const { data, error } = await client
        .from('profiles')
        .select('role, unit:units!profiles_unit_id_fkey(code)')
        .eq('id', user.user!.id)
        .single();
      expect(error).toBeNull();
      expect(data?.role).toBe(account.role);
      expect(data?.unit?.code ?? null).toBe(account.unit);
    });
  }

  it('a wrong password is refused', async () => {
    await expect(backend.signIn('committee@example.vn', 'wrong-password')).rejects.toThrow(/sign-in failed/);
  });
});

describe('the 2022 plan', () => {
  it('a committee member reads all 52 tasks of 250/KH-UBND, all done', async () => {
    const client = await backend.signIn('committee@example.vn');
    const { data: plan } = await client.from('plans').select('id, year').eq('doc_number', '250/KH-UBND').eq('year', 2022).single();
    expect(plan).not.toBeNull();
    const { data: tasks, error } = await client.from('tasks').select('status').eq('plan_id', plan!.id);
    expect(error).toBeNull();
    expect(tasks).toHaveLength(52);
    expect(tasks!.every((task) => task.status === 'done')).toBe(true);
  });

  it('progress is counted in SQL: 52/52 for the plan, 8/10/7/8/6/13 per area', async () => {
    const client = await backend.signIn('tuphap@example.vn');
    const { data: plan } = await client.from('plans').select('id').eq('doc_number', '250/KH-UBND').single();
    const { data: overall } = await client.from('plan_progress').select('total, done, cancelled').eq('plan_id', plan!.id).single();
    expect(overall).toEqual({ total: 52, done: 52, cancelled: 0 });
    const { data: areas } = await client.from('plan_area_progress').select('area_id, total, done').eq('plan_id', plan!.id).order('area_id');
    expect(areas!.map((a) => [a.area_id, a.done, a.total])).toEqual([
      [1, 8, 8],
      [2, 10, 10],
      [3, 7, 7],
      [4, 8, 8],
      [5, 6, 6],
      [6, 13, 13],
    ]);
  });

  it('cancelled tasks stay out of the denominator', async () => {
    const rows = await backend.sql<{ total: number; done: number; cancelled: number; raw: number }>(
      `select pp.total, pp.done, pp.cancelled, (select count(*)::int from public.tasks t where t.plan_id = p.id) as raw
         from public.plans p join public.plan_progress pp on pp.plan_id = p.id
        where p.doc_number = '315/KH-UBND'`,
    );
    expect(rows[0]!.cancelled).toBeGreaterThan(0);
    expect(rows[0]!.total).toBe(rows[0]!.raw - rows[0]!.cancelled);
  });
});

describe('nobody without a role sees anything', () => {
  const relations = async () =>
    (await backend.sql<{ relname: string }>(
      `select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v') order by 1`,
    )).map((r) => r.relname);

  it('an anonymous client reads no row from any table or view', async () => {
    const anon = backend.anon();
    const all = await relations();
    expect(all).toEqual(expect.arrayContaining([...PUBLIC_TABLES, 'plan_progress', 'task_overview']));
    for (const table of all) {
      const { data } = await anon.from(table as 'units').select('*').limit(5);
      expect(data ?? [], table).toEqual([]);
    }
  });

  it('a newly signed-up account has no role and reads only its own profile', async () => {
    const client = await backend.signUp('moi.dangky@example.vn');
    for (const table of (await relations()).filter((name) => name !== 'profiles')) {
      const { data } = await client.from(table as 'units').select('*').limit(5);
      expect(data ?? [], table).toEqual([]);
    }
    const { data: profiles } = await client.from('profiles').select('email, role');
    expect(profiles).toEqual([{ email: 'moi.dangky@example.vn', role: null }]);
  });

  it('a request without an API key is refused', async () => {
    const response = await backend.app.fetch(new Request('http://127.0.0.1/rest/v1/tasks?select=id'));
    expect(response.status).toBe(401);
  });
});

describe('schema guarantees', () => {
  it('every table in public has row-level security enabled', async () => {
    const rows = await backend.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(rows.map((r) => r.relname)).toEqual([]);
  });

  it('every view in public runs with the caller\'s rights (security_invoker)', async () => {
    const rows = await backend.sql<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'v'
          and not coalesce(c.reloptions @> array['security_invoker=on'] or c.reloptions @> array['security_invoker=true'], false)`,
    );
    expect(rows.map((r) => r.relname)).toEqual([]);
  });

  it('search folds Vietnamese diacritics: "cai cach" matches "cải cách"', async () => {
    const rows = await backend.sql<{ folded: string }>(`select private.fold_vi('Cải cách THỦ TỤC hành chính, Đường') as folded`);
    expect(rows[0]!.folded).toBe('cai cach thu tuc hanh chinh, duong');
    const client = await backend.signIn('committee@example.vn');
    const { data } = await client.from('tasks').select('title').ilike('search_text', '%cai cach%').limit(3);
    expect(data!.length).toBeGreaterThan(0);
  });
});

describe('demo data', () => {
  it('running seed.sql again adds nothing and fails nothing', async () => {
    const counts = () =>
      backend.sql<{ n: string }>(
        `select concat_ws(',', (select count(*) from public.units), (select count(*) from auth.users),
                (select count(*) from public.plans), (select count(*) from public.tasks),
                (select count(*) from public.evidence), (select count(*) from public.task_events)) as n`,
      );
    const before = await counts();
    await backend.runSeed();
    expect(await counts()).toEqual(before);
  });

  it('every task reported done has evidence and a history that ends in its current status', async () => {
    const rows = await backend.sql<{ ordinal: string; status: string; last: string | null; evidence: number }>(
      `select t.ordinal, t.status::text,
              (select e.changes -> 'status' ->> 'new' from public.task_events e where e.task_id = t.id and e.changes ? 'status'
                order by e.occurred_at desc, e.id desc limit 1) as last,
              (select count(*)::int from public.evidence v where v.task_id = t.id) as evidence
         from public.tasks t`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.last, row.ordinal).toBe(row.status);
      if (['submitted', 'done', 'returned'].includes(row.status)) expect(row.evidence, row.ordinal).toBeGreaterThan(0);
    }
  });
});

describe('indexes for policies and foreign keys', () => {
  it('every foreign-key column in public is the leading column of an index', async () => {
    const rows = await backend.sql<{ fk: string }>(
      `select c.conrelid::regclass::text || '.' || a.attname as fk
         from pg_constraint c
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and not exists (
            select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
        order by 1`,
    );
    expect(rows.map((r) => r.fk)).toEqual([]);
  });
});
