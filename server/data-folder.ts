// Carries an embedded database folder across a PGlite major version.
//
// PGlite 0.4 (what @supabase/lite 0.10 pinned) stores PostgreSQL 17 files;
// the project now runs PGlite 0.5 (PostgreSQL 18), which cannot open them.
// prepareDataFolder(dir), called before anything opens the folder:
//   - no folder, an empty one, or one already written by PostgreSQL 18: does nothing;
//   - a PostgreSQL 17 folder: upgrades it —
//       1. copies it aside and dumps the copy with the old PGlite
//          (`pglite-legacy`, PGlite 0.4.5 installed side by side): every
//          public table and the accounts (server/db-export.ts);
//       2. builds a new folder with the new PGlite: the migrations the old
//          folder had, then the dump, then the migrations it did not have yet;
//       3. checks that every table has as many rows as before;
//       4. swaps the folders, keeping the old one beside it as
//          `<dir>.pg17-backup-YYYYMMDD`, and prints what happened;
//   - anything else, or any failure on the way: throws a DataFolderError that
//     says what happened and what to do, with the old folder untouched and
//     nothing else left behind.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from '@supabase/lite';
import { createPgliteConnection } from '@supabase/lite/pglite';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { applyPendingMigrations } from '@supabase/lite/cli';
import { countRows, exportDatabase, type QueryFn } from './db-export';

/** The PostgreSQL major the project's PGlite writes. */
export const CURRENT_PG_MAJOR = 18;
/** The one older major this module knows how to upgrade from. */
export const LEGACY_PG_MAJOR = 17;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

export interface PrepareOptions {
  /** Where messages go (default: console.log). */
  log?: (line: string) => void;
  /** The folder holding supabase/migrations (default: this project). */
  projectRoot?: string;
  /** Date used in the backup's name (default: today). */
  now?: Date;
}

/** The PostgreSQL major a data folder was written by, or null when there is none yet. */
export function dataFolderVersion(dir: string): number | null {
  if (!existsSync(dir)) return null;
  if (!statSync(dir).isDirectory()) {
    throw new DataFolderError(`${dir} is not a folder. Move it away so a database folder can be created there.`);
  }
  const file = path.join(dir, 'PG_VERSION');
  if (!existsSync(file)) {
    if (readdirSync(dir).length === 0) return null;
    throw new DataFolderError(
      `${dir} is not empty but holds no PostgreSQL database (no PG_VERSION file). ` +
        'Nothing was changed. Move the folder away (or point the server at another one) and start again.',
    );
  }
  return Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
}

const stamp = (d: Date) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;

function freeName(base: string): string {
  if (!existsSync(base)) return base;
  for (let i = 2; ; i += 1) if (!existsSync(`${base}-${i}`)) return `${base}-${i}`;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderSize(p) : statSync(p).size;
  }
  return total;
}

export async function prepareDataFolder(dir: string, opts: PrepareOptions = {}): Promise<void> {
  const version = dataFolderVersion(dir);
  if (version === null || version === CURRENT_PG_MAJOR) return;
  if (version !== LEGACY_PG_MAJOR) {
    throw new DataFolderError(
      `The database folder ${dir} was written by PostgreSQL ${version}; this version of Reform Tracker ` +
        `runs PostgreSQL ${CURRENT_PG_MAJOR} and can only upgrade folders from PostgreSQL ${LEGACY_PG_MAJOR}. ` +
        'Nothing was changed. Open it with the version of Reform Tracker that wrote it and run `npm run db:export` ' +
        'to keep its data.',
    );
  }
  await upgradeLegacyFolder(path.resolve(dir), opts);
}

async function upgradeLegacyFolder(dir: string, opts: PrepareOptions): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const root = opts.projectRoot ?? projectRoot;
  const t0 = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'reform-upgrade-'));
  const fresh = freeName(`${dir}.upgrading`);
  const backup = freeName(`${dir}.pg${LEGACY_PG_MAJOR}-backup-${stamp(opts.now ?? new Date())}`);
  log(
    `The database folder ${dir} (${mb(folderSize(dir))}) was written by an older PGlite (PostgreSQL ${LEGACY_PG_MAJOR}); ` +
      `upgrading it to PostgreSQL ${CURRENT_PG_MAJOR}…`,
  );
  let swapped = false;
  try {
    // 1. Dump a copy with the old PGlite; the folder itself is never opened.
    const copy = path.join(work, 'old');
    cpSync(dir, copy, { recursive: true });
    const { dump, applied } = await dumpWithLegacy(copy);
    log(`  read ${describeCounts(dump.counts)} with PGlite 0.4`);

    // 2. A new folder: the old folder's migrations, the data, then the rest.
    const available = readdirSync(path.join(root, 'supabase', 'migrations')).filter((f) => /^\d+_.*\.sql$/.test(f));
    const missing = applied.filter((v) => !available.some((f) => f.startsWith(`${v}_`)));
    if (missing.length) {
      throw new DataFolderError(`the folder has migrations this version does not know (${missing.join(', ')})`);
    }
    const before = path.join(work, 'project');
    mkdirSync(path.join(before, 'supabase', 'migrations'), { recursive: true });
    for (const f of available) {
      if (applied.some((v) => f.startsWith(`${v}_`))) {
        symlinkSync(path.join(root, 'supabase', 'migrations', f), path.join(before, 'supabase', 'migrations', f));
      }
    }
    const connection = await createPgliteConnection({ url: fresh, pgliteOptions: { extensions: PGLITE_EXTENSIONS } });
    try {
      const app = await liteApp(connection);
      await withCwd(before, () => applyPendingMigrations(app));
      await connection.driver.exec(dump.sql);
      const pending = available.length - applied.length;
      await withCwd(root, () => applyPendingMigrations(app));
      if (pending > 0) log(`  applied ${pending} migration(s) the old folder did not have yet`);

      // 3. Every table as many rows as before.
      const query: QueryFn = async (sql) => (await connection.driver.query<Record<string, unknown>>(sql)).rows;
      const after = await countRows(query, Object.keys(dump.counts));
      const differ = Object.keys(dump.counts).filter((t) => after[t] !== dump.counts[t]);
      if (differ.length) {
        throw new DataFolderError(
          `row counts differ after the restore: ${differ.map((t) => `${t} ${dump.counts[t]} → ${after[t]}`).join(', ')}`,
        );
      }
    } finally {
      await connection.close();
    }

    // 4. Swap, keeping the old folder as a dated backup.
    renameSync(dir, backup);
    try {
      renameSync(fresh, dir);
    } catch (error) {
      renameSync(backup, dir);
      throw error;
    }
    swapped = true;
    log(
      `  done in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${dir} is now PostgreSQL ${CURRENT_PG_MAJOR} ` +
        `(${mb(folderSize(dir))}); every table has the same number of rows.`,
    );
    log(`  The old folder is kept as ${backup}; delete it once you have checked the app.`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFolderError(
      `Could not upgrade the database folder ${dir} from PostgreSQL ${LEGACY_PG_MAJOR} to ${CURRENT_PG_MAJOR}: ${reason}.\n` +
        `The folder was left exactly as it was; nothing else was changed.\n` +
        'What to do: keep a copy of the folder, then either run the previous version of Reform Tracker on it and ' +
        '`npm run db:export` to save its data, or report this message.',
      { cause: error },
    );
  } finally {
    if (!swapped) rmSync(fresh, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

function describeCounts(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const pick = ['public.plans', 'public.tasks', 'public.task_events', 'auth.users']
    .filter((t) => t in counts)
    .map((t) => `${counts[t]} ${t.split('.')[1]}`);
  return `${total} rows in ${Object.keys(counts).length} tables (${pick.join(', ')})`;
}

async function dumpWithLegacy(folder: string) {
  const { PGlite } = await import('pglite-legacy');
  const { pgcrypto } = await import('pglite-legacy/contrib/pgcrypto');
  const { ltree } = await import('pglite-legacy/contrib/ltree');
  const { isn } = await import('pglite-legacy/contrib/isn');
  const db = new PGlite(folder, { extensions: { pgcrypto, ltree, isn } });
  try {
    await db.waitReady;
    const query: QueryFn = async (sql) => (await db.query<Record<string, unknown>>(sql)).rows;
    const hasLog = (await query(`select to_regclass('supabase_migrations.schema_migrations') is not null as ok`))[0]?.ok;
    const applied = hasLog
      ? (await query('select version from supabase_migrations.schema_migrations order by version')).map((r) => String(r.version))
      : [];
    const dump = await exportDatabase(query, { includeBookkeeping: true });
    return { dump, applied };
  } finally {
    await db.close();
  }
}

type LiteApp = Parameters<typeof applyPendingMigrations>[0];

/** Lite's App over a connection, with its auth schema in place (as supabase/tests/boot.ts does). */
async function liteApp(connection: Awaited<ReturnType<typeof createPgliteConnection>>): Promise<LiteApp> {
  const app = new App({
    connection,
    auth: {
      enabled: true,
      jwt_secret: 'data-folder-upgrade-only-not-served-0123456789',
      enable_signup: false,
      email: { enable_confirmations: false },
    },
    options: { server: { admin: false } },
  } as ConstructorParameters<typeof App>[0]) as unknown as LiteApp;
  await app.init();
  await app.ensureSystemSchema();
  return app;
}

async function withCwd<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}
