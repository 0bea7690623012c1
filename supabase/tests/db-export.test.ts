// npm run db:export: a data-only dump of the embedded database that loads into
// a fresh database built with the same migrations.  The source is always the
// embedded PGlite (demo seed plus changes made through the API); the target is
// the suite's real PostgreSQL under scripts/with-postgres.sh, a fresh PGlite
// otherwise.  Every plan's figures, every row count and the history must match,
// and the accounts must sign in on the target.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, exportDatabase, HOSTED_INSTANCE_ID, type QueryFn } from '../../server/db-export';
import { DEMO_PASSWORD, startBackend, type Backend } from './harness';

let source: Backend;
let dump: Awaited<ReturnType<typeof exportDatabase>>;
let signedUp: string;
const targets: Backend[] = [];

const queryOf =
  (b: Backend): QueryFn =>
  (sql) =>
    b.sql<Record<string, unknown>>(sql);

/** Every plan's figures (as the owner), keyed by plan id. */
async function allFigures(b: Backend) {
  const plans = await b.sql<{ id: string }>('select id from public.plans order by id');
  const out: Record<string, unknown> = {};
  for (const p of plans) out[p.id] = await b.sql('select * from public.plan_figures($1) order by area_id', p.id);
  return out;
}

/** Every row of a table, whole, as text (sorted). */
const rowsOf = async (b: Backend, table: string) =>
  (await b.sql<{ r: string }>(`select to_jsonb(t)::text as r from public.${table} t`)).map((x) => x.r).sort();

beforeAll(async () => {
  source = await startBackend({ seed: true, url: 'memory://' });
  // Changes through the API after the seed: a sign-up and a task update.
  signedUp = `xuat.du.lieu.${Date.now()}@example.vn`;
  await source.signUp(signedUp);
  const head = await source.signIn('tuphap@example.vn');
  // A task of a plan still in force (closed plans are read-only).
  const inForce = await head.from('plans').select('id').eq('status', 'in_force');
  const { data } = await head
    .from('tasks')
    .select('id, version')
    .eq('status', 'in_progress')
    .in('plan_id', inForce.data!.map((p) => p.id))
    .limit(1)
    .single();
  const updated = await head
    .from('tasks')
    .update({ progress: 70, progress_note: 'Cập nhật trước khi xuất dữ liệu.', version: data!.version + 1 })
    .eq('id', data!.id)
    .select('id');
  expect(updated.error).toBeNull();
  dump = await exportDatabase(queryOf(source));
}, 600_000);
afterAll(async () => {
  await Promise.all(targets.map((t) => t.close()));
  await source?.close();
});

/**
 * Loads the dump as psql would.  postgres.js (the PostgreSQL driver here)
 * refuses an explicit BEGIN on its pool, so there the file's own BEGIN/COMMIT
 * are dropped: the script is sent as one multi-statement query, which
 * PostgreSQL runs as one implicit transaction (SET LOCAL holds there too).
 */
async function load(target: Backend, sql: string) {
  await target.runScript(process.env.TEST_DATABASE_URL ? sql.replace(/^begin;$/m, '').replace(/^commit;$/m, '') : sql);
}

async function freshTarget(): Promise<Backend> {
  const t = await startBackend();
  targets.push(t);
  return t;
}

describe('db:export', () => {
  it('writes every public table and the accounts in the auth server’s shape', async () => {
    const tables = (await source.sql<{ t: string }>(
      "select 'public.' || relname as t from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'",
    )).map((r) => r.t);
    expect(Object.keys(dump.counts)).toEqual(expect.arrayContaining([...tables, 'auth.users', 'auth.identities']));
    expect(dump.counts['public.task_events']).toBeGreaterThan(100);
    expect(dump.counts['auth.users']).toBe(6);
    expect(dump.counts['auth.identities']).toBeGreaterThanOrEqual(6);
    expect(dump.sql).toContain("set local session_replication_role = 'replica'");
    expect(dump.sql).toContain(HOSTED_INSTANCE_ID);
    expect(dump.sql).not.toMatch(/supabase_migrations/);
  });

  it('loads into a fresh database with the same migrations: figures, row counts and history equal', { timeout: 600_000 }, async () => {
    const target = await freshTarget();
    await load(target, dump.sql);
    expect(await countRows(queryOf(target), Object.keys(dump.counts))).toEqual(dump.counts);
    expect(await allFigures(target)).toEqual(await allFigures(source));
    // Every row as it was: history with its ids, actors and times, no row
    // added or stamped by a trigger on the way in.
    for (const table of Object.keys(dump.counts).filter((t) => t.startsWith('public.'))) {
      const name = table.slice('public.'.length);
      expect(await rowsOf(target, name), table).toEqual(await rowsOf(source, name));
    }

    // The accounts sign in on the target, demo and signed-up alike.
    await target.signIn('committee@example.vn');
    const user = await target.signIn(signedUp, DEMO_PASSWORD);
    const { data: profile } = await user.from('profiles').select('email, role').single();
    expect(profile).toEqual({ email: signedUp, role: null });

    // New rows after the load continue the history's ids.
    const head = await target.signIn('tuphap@example.vn');
    const [stp] = await target.sql<{ id: string }>("select id from public.units where code = 'STP'");
    const inForce = await head.from('plans').select('id').eq('status', 'in_force');
    const { data: task } = await head
      .from('tasks')
      .select('id, version, progress')
      .eq('lead_unit_id', stp!.id)
      .eq('status', 'in_progress')
      .in('plan_id', inForce.data!.map((p) => p.id))
      .order('id')
      .limit(1)
      .single();
    // A progress that differs from the task's own, so the change is real and written to history.
    const progress = task!.progress === 80 ? 81 : 80;
    const moved = await head.from('tasks').update({ progress, version: task!.version + 1 }).eq('id', task!.id).select('id');
    expect(moved.error).toBeNull();
    expect(moved.data).toHaveLength(1);
    const [{ n } = { n: 0 }] = await target.sql<{ n: number }>('select count(*)::int as n from public.task_events');
    expect(n).toBe(dump.counts['public.task_events']! + 1);
  });

  it('gives the accounts what hosted Supabase Auth reads, as far as the target has the columns', { timeout: 600_000 }, async () => {
    // A target with the hosted auth server's extra column (Lite's auth schema
    // has no instance_id): the loader fills it; token columns are '' not NULL.
    const target = await freshTarget();
    await target.runScript('alter table auth.users add column instance_id uuid');
    await load(target, dump.sql);
    const users = await target.sql<{ instance_id: string; aud: string; role: string; hash: boolean; tokens: string }>(
      `select instance_id::text, aud, role, encrypted_password like '$2%' as hash,
              concat_ws('|', confirmation_token, recovery_token, email_change_token_new, email_change) as tokens
         from auth.users`,
    );
    expect(users).toHaveLength(6);
    for (const u of users) {
      expect(u).toEqual({ instance_id: HOSTED_INSTANCE_ID, aud: 'authenticated', role: 'authenticated', hash: true, tokens: '|||' });
    }
    const identities = await target.sql<{ n: number }>(
      "select count(distinct user_id)::int as n from auth.identities where provider = 'email'",
    );
    expect(identities[0]!.n).toBe(6);
  });

  it('on an auth schema without auth.identities, loads everything else', { timeout: 600_000 }, async () => {
    const target = await freshTarget();
    await target.runScript('drop table auth.identities cascade');
    await load(target, dump.sql);
    const counts = await countRows(queryOf(target), Object.keys(dump.counts));
    expect(counts['auth.identities']).toBe(-1);
    expect({ ...counts, 'auth.identities': dump.counts['auth.identities'] }).toEqual(dump.counts);
    expect(await allFigures(target)).toEqual(await allFigures(source));
  });
});
