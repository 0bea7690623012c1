// Boots the embedded backend (Supabase Lite) on a fresh database with the
// project's migrations applied.  Used by the database tests, the type
// generator and the benchmarks.
//
// Two drivers, same migrations, same tests:
// - PGlite (default): a fresh in-memory Postgres (or a data folder, `url`).
// - PostgreSQL: when TEST_DATABASE_URL is set (scripts/with-postgres.sh sets
//   it), every boot creates a fresh database `rt_<random>` on that server,
//   connects Lite's `postgres` driver to it, and close() drops it again.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { parse as parseToml } from 'smol-toml';
import { App } from '@supabase/lite';
import { createPgliteConnection, type PgliteConnection } from '@supabase/lite/pglite';
import { PGLITE_EXTENSIONS } from '../../server/pglite-extensions';
import { applyRequestContext } from '../../server/request-context';
import { createPostgresConnection, type PostgresConnection } from '@supabase/lite/postgres';
import { applyPendingMigrations } from '@supabase/lite/cli';

process.env.DO_NOT_TRACK = '1';

export const PUBLISHABLE_KEY = 'sb_publishable_test_only_key_000000000';
export const SECRET_KEY = 'sb_secret_test_only_key_0000000000000000';
export const JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The package's App generics differ between its entry points; the default
// shape is what the CLI helpers expect.
type LiteApp = Parameters<typeof applyPendingMigrations>[0];

interface BootedCommon {
  app: LiteApp;
  /** Runs one statement as the database owner (bypasses RLS); parameters are bound, never spliced. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters) as the database owner. */
  exec(sql: string): Promise<void>;
  /** Closes the connection; on PostgreSQL also drops the database. */
  close(): Promise<void>;
}
export interface PgliteBootedDatabase extends BootedCommon {
  kind: 'pglite';
  connection: PgliteConnection;
}
export interface PostgresBootedDatabase extends BootedCommon {
  kind: 'postgres';
  connection: PostgresConnection;
  /** postgres://… of the database created for this boot. */
  databaseUrl: string;
}
export type BootedDatabase = PgliteBootedDatabase | PostgresBootedDatabase;

export interface BootOptions {
  /**
   * 'postgres' needs TEST_DATABASE_URL.  Default: 'postgres' when
   * TEST_DATABASE_URL is set and no PGlite `url` is given, else 'pglite'.
   */
  driver?: 'pglite' | 'postgres';
  /** PGlite only: data folder (default `memory://`). */
  url?: string;
}

export function bootDatabase(opts: BootOptions & { driver: 'pglite' }): Promise<PgliteBootedDatabase>;
export function bootDatabase(opts?: BootOptions): Promise<BootedDatabase>;
export async function bootDatabase(opts: BootOptions = {}): Promise<BootedDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const driver = opts.driver ?? (serverUrl && !opts.url ? 'postgres' : 'pglite');
  if (driver === 'pglite') {
    const connection = await createPgliteConnection({ url: opts.url ?? 'memory://', pgliteOptions: { extensions: PGLITE_EXTENSIONS } });
    const db: PgliteBootedDatabase = {
      kind: 'pglite',
      app: await migrate(connection),
      connection,
      query: async (sql, params = []) => (await connection.driver.query<never>(sql, params as unknown[])).rows,
      exec: async (sql) => {
        await connection.driver.exec(sql);
      },
      close: () => connection.close(),
    };
    return db;
  }
  if (!serverUrl) throw new Error("bootDatabase({ driver: 'postgres' }) needs TEST_DATABASE_URL");
  return bootPostgres(serverUrl);
}

async function migrate(connection: PgliteConnection | PostgresConnection): Promise<LiteApp> {
  // Each request's role, claims and RPC settings set as the server sets them
  // (server/request-context.ts), without its statement timeouts.
  applyRequestContext(connection, { statementTimeouts: false });
  const app = new App({
    connection,
    auth: {
      enabled: true,
      jwt_secret: JWT_SECRET,
      publishable_key: PUBLISHABLE_KEY,
      secret_key: SECRET_KEY,
      enable_signup: true,
      // As supabase/config.toml: at least 10 characters, letters and digits.
      minimum_password_length: 10,
      password_requirements: 'letters_digits',
      email: { enable_confirmations: false },
    },
    options: { server: { admin: false } },
  } as ConstructorParameters<typeof App>[0]) as unknown as LiteApp;
  await app.init();
  await app.ensureSystemSchema();
  // applyPendingMigrations reads supabase/migrations relative to the cwd.
  // RT_MIGRATIONS_ROOT points it at another copy of the folder (the mutation
  // runner, scripts/mutation/, boots the tests on deliberately broken copies).
  const cwd = process.cwd();
  process.chdir(process.env.RT_MIGRATIONS_ROOT || projectRoot);
  try {
    await applyPendingMigrations(app);
  } finally {
    process.chdir(cwd);
  }
  return app;
}

const quiet = { onnotice: () => {} };

/** A short-lived superuser connection to the server's maintenance database. */
async function withAdmin<T>(serverUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, ...quiet });
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function bootPostgres(serverUrl: string): Promise<PostgresBootedDatabase> {
  const name = `rt_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, async (admin) => {
    await admin.unsafe(`create database ${name}`);
    // The API roles are cluster-wide.  Test files boot in parallel, and two
    // migrations racing on `create role` would fail, so create them here,
    // one boot at a time, with the attributes the first migration gives them.
    // They are never superusers: RLS applies to them.
    await admin.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(72657365)`;
      await tx.unsafe(`do $$ begin
        if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
        if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
        if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
      end $$`);
    });
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const connection = createPostgresConnection({ url: databaseUrl, postgresOptions: quiet });
  const drop = () =>
    withAdmin(serverUrl, (admin) => admin.unsafe(`drop database if exists ${name} with (force)`).then(() => undefined));
  let app: LiteApp;
  try {
    app = await migrate(connection);
    // Lite's postgres driver grants the API roles their table privileges
    // lazily, on the first request made with a role, and marks that done
    // before the GRANTs have run.  Over a connection pool, requests that
    // arrive together at a fresh backend race those GRANTs and fail with
    // 42501 "permission denied for table …" (PGlite's single connection hides
    // it).  One request context first, alone, so the grants are in place.
    await connection.withContext({ auth: { role: 'anon' } }, async () => undefined);
  } catch (error) {
    await connection.close().catch(() => {});
    await drop().catch(() => {});
    throw error;
  }
  return {
    kind: 'postgres',
    app,
    connection,
    databaseUrl,
    // postgres.js binds parameters (extended protocol) when there are any and
    // uses the simple protocol (several statements allowed) when there are none.
    query: async (sql, params = []) => [...(await connection.driver.unsafe(sql, params as never[]))] as never[],
    exec: async (sql) => {
      await connection.driver.unsafe(sql);
    },
    async close() {
      await connection.close();
      await drop();
    },
  };
}

/**
 * The demo seed files, in the order `[db.seed] sql_paths` of
 * supabase/config.toml lists them (paths relative to supabase/, as the
 * Supabase CLI reads them).  The harness, `npm run db:reset` and the dev
 * server all load the same files in the same order.
 */
export function seedFiles(configPath = path.join(projectRoot, 'supabase', 'config.toml')): string[] {
  const config = parseToml(readFileSync(configPath, 'utf8')) as { db?: { seed?: { sql_paths?: unknown } } };
  const paths = config.db?.seed?.sql_paths ?? ['./seed.sql'];
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) {
    throw new Error(`${configPath}: [db.seed] sql_paths must be a list of file names`);
  }
  return paths.map((p) => path.resolve(projectRoot, 'supabase', p));
}

/** Runs every seed file, in order, through `exec`. */
export async function runSeedFiles(exec: (sql: string) => Promise<unknown>): Promise<void> {
  for (const file of seedFiles()) await exec(readFileSync(file, 'utf8'));
}
