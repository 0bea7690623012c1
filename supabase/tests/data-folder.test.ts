// prepareDataFolder (server/data-folder.ts): a data folder written by the
// PGlite the project used before (0.4.5, PostgreSQL 17) is upgraded in place;
// anything it cannot upgrade is refused with the folder left as it was.
//
// The old folder is written by Supabase Lite running on PGlite 0.4.5 in a
// child process (supabase/tests/legacy: `@electric-sql/pglite` resolved to the
// `pglite-legacy` alias): migrations, demo seed, a sign-up, a task update and
// a comment made through the API.  PGlite only (the PostgreSQL run skips it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderError, prepareDataFolder } from '../../server/data-folder';
import { projectRoot } from './boot';
import { DEMO_PASSWORD, startBackend } from './harness';

interface LegacyRun {
  version: string;
  email: string;
  taskId: string;
  figures: Record<string, unknown>;
  counts: Record<string, number>;
  events: Array<{ id: number; action: string }>;
}

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let work: string;

/** Lists a folder's files with their sizes: enough to see it was not touched. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)} ${readFileSync(p).length}`);
    }
  };
  walk(dir);
  return out.sort();
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'reform-data-folder-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(onPostgres)('prepareDataFolder', () => {
  it('upgrades a PostgreSQL 17 folder: same figures, same history, accounts still sign in', { timeout: 900_000 }, async () => {
    const dir = path.join(work, 'data');
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--import', './supabase/tests/legacy/register.mjs', 'supabase/tests/legacy/make-folder.ts', dir],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, DO_NOT_TRACK: '1' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const old = JSON.parse(out.trim().split('\n').at(-1)!) as LegacyRun;
    expect(old.version).toMatch(/^PostgreSQL 17\./);
    expect(readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim()).toBe('17');

    const lines: string[] = [];
    await prepareDataFolder(dir, { log: (l) => lines.push(l), now: new Date(2026, 11, 1) });
    expect(lines.join('\n')).toMatch(/upgrading it to PostgreSQL 18/);
    expect(lines.join('\n')).toMatch(/every table has the same number of rows/);
    expect(readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim()).toBe('18');
    const backup = path.join(work, 'data.pg17-backup-20261201');
    expect(readFileSync(path.join(backup, 'PG_VERSION'), 'utf8').trim()).toBe('17');
    expect(readdirSync(work).sort()).toEqual(['data', 'data.pg17-backup-20261201']);

    // Already current: nothing to do, nothing printed.
    const again: string[] = [];
    await prepareDataFolder(dir, { log: (l) => again.push(l) });
    expect(again).toEqual([]);

    const b = await startBackend({ url: dir });
    try {
      const [{ v } = { v: '' }] = await b.sql<{ v: string }>('select version() as v');
      expect(v).toMatch(/^PostgreSQL 18\./);
      const plans = await b.sql<{ id: string }>('select id from public.plans order by id');
      expect(plans.map((p) => p.id)).toEqual(Object.keys(old.figures));
      for (const plan of plans) {
        expect(await b.sql('select * from public.plan_figures($1) order by area_id', plan.id)).toEqual(old.figures[plan.id]);
      }
      for (const [table, n] of Object.entries(old.counts)) {
        expect((await b.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n, table).toBe(n);
      }
      expect(
        await b.sql('select id, action from public.task_events where task_id = $1 order by id', old.taskId),
      ).toEqual(old.events);

      await b.signIn('committee@example.vn');
      const user = await b.signIn(old.email, DEMO_PASSWORD);
      const { data } = await user.from('profiles').select('email').single();
      expect(data?.email).toBe(old.email);
    } finally {
      await b.close();
    }
  });

  it('does nothing for a missing or empty folder', async () => {
    const missing = path.join(work, 'nothing-here');
    await prepareDataFolder(missing, { log: () => {} });
    expect(existsSync(missing)).toBe(false);
    const empty = path.join(work, 'empty');
    mkdirSync(empty);
    await prepareDataFolder(empty, { log: () => {} });
    expect(readdirSync(empty)).toEqual([]);
  });

  it('refuses a folder it cannot upgrade, with a clear message, and leaves it as it was', async () => {
    // Another major.
    const other = path.join(work, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'PG_VERSION'), '16\n');
    await expect(prepareDataFolder(other, { log: () => {} })).rejects.toThrow(/PostgreSQL 16.*Nothing was changed/s);

    // A PostgreSQL 17 folder the old PGlite cannot read.
    const broken = path.join(work, 'broken');
    mkdirSync(path.join(broken, 'base'), { recursive: true });
    writeFileSync(path.join(broken, 'PG_VERSION'), '17\n');
    writeFileSync(path.join(broken, 'base', 'junk'), 'not a database');
    const before = listing(broken);
    const error = await prepareDataFolder(broken, { log: () => {} }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataFolderError);
    expect(String((error as Error).message)).toMatch(/Could not upgrade the database folder .*broken/);
    expect(String((error as Error).message)).toMatch(/left exactly as it was/);
    expect(String((error as Error).message)).toMatch(/What to do:/);
    expect(listing(broken)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('broken'))).toEqual(['broken']);
  });
});
