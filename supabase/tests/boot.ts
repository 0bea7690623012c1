// Boots the embedded backend (Supabase Lite) on a fresh database with the
// project's migrations applied.  Used by the database tests, the type
// generator and the benchmarks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from '@supabase/lite';
import { createPgliteConnection, type PgliteConnection } from '@supabase/lite/pglite';
import { applyPendingMigrations } from '@supabase/lite/cli';

process.env.DO_NOT_TRACK = '1';

export const PUBLISHABLE_KEY = 'sb_publishable_test_only_key_000000000';
export const SECRET_KEY = 'sb_secret_test_only_key_0000000000000000';
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The package's App generics differ between its entry points; the default
// shape is what the CLI helpers expect.
type LiteApp = Parameters<typeof applyPendingMigrations>[0];

export interface BootedDatabase {
  app: LiteApp;
  connection: PgliteConnection;
}

export async function bootDatabase(opts: { url?: string } = {}): Promise<BootedDatabase> {
  const connection = await createPgliteConnection({ url: opts.url ?? 'memory://' });
  const app = new App({
    connection,
    auth: {
      enabled: true,
      jwt_secret: 'test-jwt-secret-that-is-long-enough-0123456789',
      publishable_key: PUBLISHABLE_KEY,
      secret_key: SECRET_KEY,
      enable_signup: true,
      minimum_password_length: 8,
      email: { enable_confirmations: false },
    },
    options: { server: { admin: false } },
  } as ConstructorParameters<typeof App>[0]) as unknown as LiteApp;
  await app.init();
  await app.ensureSystemSchema();
  // applyPendingMigrations reads supabase/migrations relative to the cwd.
  const cwd = process.cwd();
  process.chdir(projectRoot);
  try {
    await applyPendingMigrations(app);
  } finally {
    process.chdir(cwd);
  }
  return { app, connection };
}
