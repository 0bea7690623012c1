// Boots the embedded backend (Supabase Lite) the way both servers run it:
// reads supabase/config.toml (or REFORM_LITE_CONFIG), opens the data folder
// (REFORM_DATA_DIR, else the config's [db] url), applies pending migrations,
// seeds a fresh database with supabase/seed.sql, and returns the app with the
// gateway options derived from the same config.  Admin (keyless service-role)
// mode is always off.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from '@supabase/lite';
import { applyPendingMigrations, createApi, ensureSchema, listMigrationFiles } from '@supabase/lite/cli';
import { createPgliteConnection } from '@supabase/lite/pglite';
import { PGLITE_EXTENSIONS } from './pglite-extensions';
import { prepareDataFolder } from './data-folder';
import { applyRequestContext } from './request-context';
import { gatewayOptionsFromConfig, type GatewayOptions, type LiteConfig } from './gateway';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type LiteApp = Parameters<typeof applyPendingMigrations>[0];

export interface BackendOptions {
  /** Config file, relative to the project root or absolute. Default: REFORM_LITE_CONFIG or supabase/config.toml. */
  configPath?: string;
  /** PGlite data folder. Default: REFORM_DATA_DIR, else the config's [db] url. */
  dataDir?: string;
  /** Print what happens (migrations applied, seed). Default true. */
  log?: boolean;
}

export interface Backend {
  app: LiteApp;
  config: LiteConfig;
  /** Absolute path of the data folder (PGlite), or null for another driver. */
  dataDir: string | null;
  publishableKey: string;
  gatewayOptions: GatewayOptions;
  close(): Promise<void>;
}

/** The config file to read, relative to the project root. */
export function configFile(opts: BackendOptions = {}): string {
  return opts.configPath ?? process.env.REFORM_LITE_CONFIG ?? path.join('supabase', 'config.toml');
}

/** Reads the config (loading .env beside it) without opening the database. */
export async function readConfig(opts: BackendOptions = {}): Promise<LiteConfig> {
  process.env.DO_NOT_TRACK ??= '1';
  const api = await createApi({ withSupabaseClient: false });
  // readConfig is the loader `lite start` uses (TOML, env() values, .env files).
  const local = api.project.local as unknown as { readConfig(file: string): Promise<unknown> };
  return withCwd(projectRoot, async () => (await local.readConfig(configFile(opts))) as LiteConfig);
}

/** The data folder the config and environment name, as an absolute path. */
export function resolveDataDir(config: LiteConfig, opts: BackendOptions = {}): string {
  const dir = opts.dataDir ?? process.env.REFORM_DATA_DIR ?? config.db?.url ?? path.join('supabase', '.temp', 'data');
  return path.resolve(projectRoot, dir);
}

async function withCwd<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  if (cwd === dir) return fn();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
  }
}

export async function bootBackend(opts: BackendOptions = {}): Promise<Backend> {
  const log = opts.log ?? true;
  const config = await readConfig(opts);
  const driver = config.db?.driver ?? 'pglite';
  if (driver !== 'pglite') {
    throw new Error(`The embedded server runs on PGlite; [db] driver = "${driver}" is not supported here.`);
  }
  const dataDir = resolveDataDir(config, opts);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  await prepareDataFolder(dataDir);
  const connection = await createPgliteConnection({ url: dataDir, pgliteOptions: { extensions: PGLITE_EXTENSIONS } });
  applyRequestContext(connection, { statementTimeouts: true });
  // Lite's config schema has no [auth.rate_limit] (the Supabase CLI's table):
  // the gateway enforces it, Lite never sees it.
  const { rate_limit: _rateLimit, ...auth } = config.auth ?? {};
  const app = new App({
    ...(config as object),
    ...(config.auth ? { auth } : {}),
    connection,
    options: { ...config.options, server: { ...config.options?.server, admin: false } },
  } as ConstructorParameters<typeof App>[0]) as unknown as LiteApp;
  try {
    await app.init();
    // Migrations and seed paths are read relative to the working folder.
    await withCwd(projectRoot, async () => {
      if ((await listMigrationFiles(app)).length > 0) {
        const { applied } = await applyPendingMigrations(app);
        if (log) for (const m of applied) console.log(`  applied migration ${m.filename}`);
      } else {
        await app.ensureSystemSchema();
      }
      // Seeds a database whose seed has not run yet (Lite tracks seed files by hash).
      await ensureSchema(app, { force: false });
    });
  } catch (error) {
    await connection.close().catch(() => {});
    throw error;
  }
  const publishableKey = config.auth?.publishable_key;
  if (!publishableKey) throw new Error('No publishable key: run `node scripts/ensure-env.mjs` to create .env.');
  return {
    app,
    config,
    dataDir,
    publishableKey,
    gatewayOptions: gatewayOptionsFromConfig(config),
    close: () => connection.close(),
  };
}
