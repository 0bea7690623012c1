// Boots a fresh embedded backend (Supabase Lite on in-memory PGlite, or on a
// fresh database of a real PostgreSQL when TEST_DATABASE_URL is set) with the
// project's real migrations and, optionally, the demo seed.  Clients talk to it
// through supabase-js exactly as the browser does, with API-key enforcement on
// and admin (keyless service-role) mode off.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../../app/lib/database.types';
import { createGateway, DEFAULT_GATEWAY_OPTIONS, type Gateway, type GatewayOptions } from '../../server/gateway';
import { bootDatabase, type BootedDatabase, JWT_SECRET, PUBLISHABLE_KEY, runSeedFiles, SECRET_KEY } from './boot';

export { PUBLISHABLE_KEY, SECRET_KEY };
export const DEMO_PASSWORD = 'Demo@12345';

export type Client = SupabaseClient<Database>;

export interface Backend {
  app: BootedDatabase['app'];
  /** The gateway every client's request goes through (as in the servers). */
  gateway: Gateway;
  /** Runs SQL as the database owner (bypasses RLS): for fixtures and checks only. */
  sql<T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T[]>;
  /** Runs the seed files of config.toml's `[db.seed] sql_paths`, in order (as the database owner). */
  runSeed(): Promise<void>;
  /** Runs a script of several statements as the database owner, on one connection. */
  runScript(sql: string): Promise<void>;
  anon(): Client;
  service(): Client;
  signIn(email: string, password?: string): Promise<Client>;
  signUp(email: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/**
 * The servers' gateway options for the tests: the same body limits, password
 * and name rules, but no rate limits (the suite signs in hundreds of times
 * from one address); the rate-limit test passes its own.
 */
export const TEST_GATEWAY_OPTIONS: GatewayOptions = { ...DEFAULT_GATEWAY_OPTIONS, rateLimits: null, jwtSecret: JWT_SECRET };

export async function startBackend(
  opts: { seed?: boolean; url?: string; gateway?: Partial<GatewayOptions>; clientAddress?: string } = {},
): Promise<Backend> {
  const db = await bootDatabase({ url: opts.url });
  const { app } = db;
  // Clients reach Lite through the gateway the servers use (server/gateway.ts).
  const gateway = createGateway(app, { ...TEST_GATEWAY_OPTIONS, ...opts.gateway });
  const clientAddress = opts.clientAddress ?? '127.0.0.1';

  // Parameters are bound, never spliced into the text (PGlite and PostgreSQL alike).
  const sql = <T,>(query: string, ...params: unknown[]): Promise<T[]> => db.query<T>(query, params);

  const runSeed = () => runSeedFiles(db.exec);
  if (opts.seed) await runSeed();

  const make = (key: string): Client =>
    createClient<Database>('http://127.0.0.1', key, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as never },
      global: {
        fetch: (input, init) => gateway(new Request(input as RequestInfo, init), clientAddress),
      },
    });

  return {
    app,
    gateway,
    sql,
    runSeed,
    runScript: (sql) => db.exec(sql),
    anon: () => make(PUBLISHABLE_KEY),
    service: () => make(SECRET_KEY),
    async signIn(email, password = DEMO_PASSWORD) {
      const client = make(PUBLISHABLE_KEY);
      const { error } = await client.auth.signInWithPassword({ email, password });
      if (error) throw new Error(`sign-in failed for ${email}: ${error.message}`);
      return client;
    },
    async signUp(email, password = DEMO_PASSWORD) {
      const client = make(PUBLISHABLE_KEY);
      const { error } = await client.auth.signUp({ email, password });
      if (error) throw new Error(`sign-up failed for ${email}: ${error.message}`);
      return client;
    },
    close: () => db.close(),
  };
}
