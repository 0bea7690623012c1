// The benchmark's backend: a fresh embedded backend (PGlite, or PostgreSQL
// when asked and TEST_DATABASE_URL is set) with the real migrations, the
// demo seed and the national data set, served over real HTTP on 127.0.0.1
// with @hono/node-server.  Optionally serves a built app (a folder of static
// files) from the same origin, as `vite preview` does.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../../app/lib/database.types';
import { bootDatabase, projectRoot, PUBLISHABLE_KEY, type BootedDatabase } from '../../supabase/tests/boot';
import { DEMO_PASSWORD, type Client } from '../../supabase/tests/harness';
import { baselineSql } from './baseline';
import { countSql, generationSql, type DatasetCounts, type GenerateOptions } from './generate';
import { timed } from './stats';

export interface BenchBackend {
  db: BootedDatabase;
  url: string;
  /** Runs SQL as the database owner (parameters bound). */
  sql<T = Record<string, unknown>>(query: string, ...params: unknown[]): Promise<T[]>;
  /**
   * A supabase-js client signed in with `email`: over HTTP to 127.0.0.1, or
   * (inProcess) handing each request straight to the API's fetch handler,
   * as the database tests do: the same API code without the socket.
   */
  signIn(email: string, opts?: { password?: string; inProcess?: boolean }): Promise<Client>;
  /** Serve this folder's files (a Vite build) for every path that is not the API. */
  setStaticRoot(dir: string | null): void;
  generation: { seedMs: number; generateMs: number; bootMs: number; counts: DatasetCounts };
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export async function startBenchBackend(
  driver: 'pglite' | 'postgres',
  gen: GenerateOptions,
  log: (line: string) => void,
  opts: { baseline?: boolean } = {},
): Promise<BenchBackend> {
  const [bootMs, db] = await timed(() => bootDatabase({ driver }));
  const sql = <T,>(query: string, ...params: unknown[]) => db.query<T>(query, params);
  log(`  booted (${driver}) with migrations in ${(bootMs / 1000).toFixed(1)} s`);
  if (opts.baseline) {
    await db.exec(baselineSql());
    log('  baseline: functions put back as they were before 20261109000000_performance.sql');
  }
  const [seedMs] = await timed(() => db.exec(readFileSync(path.join(projectRoot, 'supabase', 'seed.sql'), 'utf8')));
  log(`  demo seed in ${(seedMs / 1000).toFixed(1)} s`);
  // One script, one transaction, one connection: over PostgreSQL a pooled
  // connection refuses BEGIN/COMMIT, so the script gets its own connection.
  const [generateMs] = await timed(async () => {
    if (db.kind === 'pglite') return db.exec(generationSql(gen));
    const single = postgres(db.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await single.unsafe(generationSql(gen));
    } finally {
      await single.end();
    }
  });
  const [counts] = await sql<DatasetCounts>(countSql);
  log(
    `  national data set in ${(generateMs / 1000).toFixed(1)} s: ${counts!.units} units, ${counts!.plans} plans, ` +
      `${counts!.tasks} tasks, ${counts!.task_events} history rows, ${counts!.evidence} evidence, ` +
      `${counts!.deadline_extensions} extensions`,
  );

  let staticRoot: string | null = null;
  const serveStatic = (pathname: string): Response => {
    const root = staticRoot!;
    let file = path.join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) file = path.join(root, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return new Response(readFileSync(file), { headers: { 'content-type': type, 'cache-control': 'no-cache' } });
  };

  const server = serve({
    hostname: '127.0.0.1',
    port: 0,
    fetch: (request, env) => {
      const { pathname } = new URL(request.url);
      if (staticRoot && !/^\/(auth|rest|storage|realtime|functions)\/v1\//.test(pathname)) {
        return serveStatic(pathname);
      }
      return db.app.fetch(request, {
        peerAddress: ('incoming' in env ? env.incoming.socket.remoteAddress : null) ?? null,
      });
    },
  });
  if (!server.listening) await once(server, 'listening');
  // Clients keep connections open between measurements that may be seconds
  // apart; a longer keep-alive than Node's 5 s avoids reusing a socket the
  // server is closing at that moment (ECONNRESET).
  (server as import('node:http').Server).keepAliveTimeout = 120_000;
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    db,
    url,
    sql,
    async signIn(email, opts = {}) {
      const client = createClient<Database>(url, PUBLISHABLE_KEY, {
        auth: { persistSession: false, autoRefreshToken: false },
        realtime: { transport: ws as never },
        ...(opts.inProcess
          ? { global: { fetch: (input: RequestInfo | URL, init?: RequestInit) => db.app.fetch(new Request(input as RequestInfo, init)) } }
          : {}),
      });
      const { error } = await client.auth.signInWithPassword({ email, password: opts.password ?? DEMO_PASSWORD });
      if (error) throw new Error(`sign-in failed for ${email}: ${error.message}`);
      return client;
    },
    setStaticRoot(dir) {
      staticRoot = dir ? path.resolve(dir) : null;
    },
    generation: { bootMs, seedMs, generateMs, counts: counts! },
    async close() {
      server.close();
      await db.close();
    },
  };
}
