// Refused statements by the thousand, over real HTTP, then the committee reads.
// Shared by supabase/tests/refusals.test.ts (a count above the old failure
// point) and scripts/refusals.ts (`npm run bench:refusals`, 20,000 by default).
//
// The embedded backend is served on 127.0.0.1 (a free port) with
// @hono/node-server, the way scripts/concurrency.ts serves it.  Four kinds of
// refusal, taken in turn:
//   - a freshly signed-up account with no role POSTs a task (RLS: 42501);
//   - a head of unit POSTs a plan (RLS: 42501);
//   - the administrator POSTs a unit whose code breaks a check constraint;
//   - the administrator DELETEs a unit that leads tasks (a trigger raises the
//     rule `unit_in_use` through private.raise_rule).
// Every one must come back as an error (never a success, never a dropped
// connection); afterwards nothing has changed, and the committee's reads
// (plans, every plan's figures) answer within a time limit.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../../app/lib/database.types';
import { DEMO_PASSWORD, PUBLISHABLE_KEY, startBackend, type Backend, type Client } from './harness';

export const REFUSAL_KINDS = ['roleless_insert', 'rls_insert', 'check_violation', 'trigger_rule'] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

export interface RefusalOptions {
  /** Refused requests to send in all. */
  total: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop sending after this long (the run then counts as failed if short of `total`). */
  timeLimitMs: number;
  /** Each of the committee's reads afterwards must answer within this. */
  readLimitMs: number;
  onProgress?: (sent: number, elapsedMs: number) => void;
  progressEvery?: number;
}

export interface RefusalReport {
  sent: number;
  refused: number;
  /** Requests that unexpectedly succeeded. */
  accepted: number;
  /** Requests with no HTTP answer (dropped, timed out). */
  failedRequests: number;
  byKind: Record<RefusalKind, Record<string, number>>;
  elapsedMs: number;
  perSecond: number;
  /** CPU time of this process (server and clients) per request, in ms: steadier than the rate on a busy machine. */
  cpuMsPerRequest: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** Time of each read afterwards (ms), by name. */
  reads: Record<string, number>;
  readErrors: string[];
  /** Row counts before and after (must be equal). */
  countsBefore: Record<string, number>;
  countsAfter: Record<string, number>;
  errorSamples: string[];
}

interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the backend on a free loopback port over real HTTP. */
export async function serveBackend(backend: Backend): Promise<Served> {
  const server = serve({
    hostname: '127.0.0.1',
    port: 0,
    fetch: (request, env) =>
      backend.app.fetch(request, {
        peerAddress: ('incoming' in env ? env.incoming.socket.remoteAddress : null) ?? null,
      }),
  }) as Server;
  server.keepAliveTimeout = 60_000;
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function httpClient(url: string): Client {
  return createClient<Database>(url, PUBLISHABLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as never },
  });
}

async function signIn(url: string, email: string): Promise<Client> {
  const client = httpClient(url);
  const { error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
  if (error) throw new Error(`sign-in failed for ${email}: ${error.message}`);
  return client;
}

const COUNTED_TABLES = ['units', 'plans', 'tasks', 'task_events', 'profiles'] as const;

async function rowCounts(backend: Backend): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const [row] = await backend.sql<{ n: number }>(`select count(*)::int as n from public.${table}`);
    counts[table] = row!.n;
  }
  return counts;
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);

/**
 * Counts the embedded server's log lines for refused requests instead of
 * printing them (it logs every one); returns a function that restores
 * console.error and tells how many were swallowed.
 */
export function quietRefusalLogs(): () => number {
  const original = console.error;
  let swallowed = 0;
  console.error = (...args: unknown[]) => {
    const first = args[0] as { code?: unknown; severity?: unknown } | undefined;
    if (args.length === 1 && first && typeof first === 'object' && first.severity === 'ERROR') {
      swallowed += 1;
      return;
    }
    original(...args);
  };
  return () => {
    console.error = original;
    return swallowed;
  };
}

/** Boots a seeded backend, serves it, runs the refusals and the reads. */
export async function runRefusals(opts: RefusalOptions): Promise<RefusalReport> {
  const backend = await startBackend({ seed: true });
  const served = await serveBackend(backend);
  try {
    return await refuseAndRead(backend, served.url, opts);
  } finally {
    await served.close();
    await Promise.race([backend.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
  }
}

async function refuseAndRead(backend: Backend, url: string, opts: RefusalOptions): Promise<RefusalReport> {
  const [{ id: stp } = { id: '' }] = await backend.sql<{ id: string }>("select id from public.units where code = 'STP'");
  const [{ id: planId } = { id: '' }] = await backend.sql<{ id: string }>('select id from public.plans order by year limit 1');

  const roleless = httpClient(url);
  const email = `chua.co.vai.tro.${Date.now()}@example.vn`;
  const signedUp = await roleless.auth.signUp({ email, password: DEMO_PASSWORD });
  if (signedUp.error) throw new Error(`sign-up failed: ${signedUp.error.message}`);
  const head = await signIn(url, 'tuphap@example.vn');
  const admin = await signIn(url, 'admin@example.vn');
  const committee = await signIn(url, 'committee@example.vn');

  const attempt: Record<RefusalKind, () => PromiseLike<{ error: { code?: string } | null; status: number }>> = {
    roleless_insert: () =>
      roleless.from('tasks').insert({
        plan_id: planId,
        area_id: 1,
        ordinal: '99',
        title: 'Nhiệm vụ không được phép',
        lead_unit_id: stp,
      } as never),
    rls_insert: () =>
      head.from('plans').insert({
        doc_number: '1/KH-UBND',
        title: 'Kế hoạch không được phép',
        year: 2025,
        issuer: 'UBND tỉnh',
      } as never),
    check_violation: () => admin.from('units').insert({ code: 'sai mã', name: 'Đơn vị sai mã', kind: 'agency' }),
    trigger_rule: () => admin.from('units').delete().eq('id', stp),
  };

  const countsBefore = await rowCounts(backend);
  const byKind = Object.fromEntries(REFUSAL_KINDS.map((k) => [k, {} as Record<string, number>])) as RefusalReport['byKind'];
  const errorSamples: string[] = [];
  let sent = 0;
  let refused = 0;
  let accepted = 0;
  let failedRequests = 0;
  const progressEvery = opts.progressEvery ?? 2_000;

  if (global.gc) global.gc();
  const rssBeforeMb = rssMb();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + opts.timeLimitMs;

  const worker = async () => {
    while (sent < opts.total && performance.now() < deadline) {
      const n = sent++;
      const kind = REFUSAL_KINDS[n % REFUSAL_KINDS.length]!;
      try {
        const { error, status } = await attempt[kind]();
        const key = `${status} ${error?.code ?? 'ok'}`;
        byKind[kind][key] = (byKind[kind][key] ?? 0) + 1;
        if (error && status > 0) refused += 1;
        else if (error) {
          failedRequests += 1;
          if (errorSamples.length < 5) errorSamples.push(`${kind}: ${JSON.stringify(error)}`);
        } else {
          accepted += 1;
          if (errorSamples.length < 5) errorSamples.push(`${kind}: accepted (HTTP ${status})`);
        }
      } catch (error) {
        failedRequests += 1;
        if (errorSamples.length < 5) errorSamples.push(`${kind}: ${String(error)}`);
      }
      if ((n + 1) % progressEvery === 0) opts.onProgress?.(n + 1, performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const rssAfterMb = rssMb();

  // The committee reads, each within the limit.
  const reads: Record<string, number> = {};
  const readErrors: string[] = [];
  const timed = async (name: string, run: (signal: AbortSignal) => PromiseLike<{ error: unknown; data: unknown }>) => {
    const start = performance.now();
    try {
      const { error, data } = await run(AbortSignal.timeout(opts.readLimitMs));
      if (error) readErrors.push(`${name}: ${JSON.stringify(error)}`);
      else if (Array.isArray(data) && data.length === 0) readErrors.push(`${name}: no rows`);
    } catch (error) {
      readErrors.push(`${name}: ${String(error)}`);
    }
    reads[name] = Math.round(performance.now() - start);
  };
  await timed('plans', (signal) => committee.from('plans').select('id, doc_number').abortSignal(signal));
  const plans = await backend.sql<{ id: string; doc_number: string }>('select id, doc_number from public.plans order by doc_number');
  for (const plan of plans) {
    await timed(`plan_figures ${plan.doc_number}`, (signal) =>
      committee.rpc('plan_figures', { p_plan_id: plan.id }).abortSignal(signal),
    );
  }
  await timed('tasks', (signal) => committee.from('tasks').select('id, status').limit(100).abortSignal(signal));

  return {
    sent,
    refused,
    accepted,
    failedRequests,
    byKind,
    elapsedMs,
    perSecond: Math.round((sent / elapsedMs) * 1000),
    cpuMsPerRequest: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(sent, 1)) * 100) / 100,
    rssBeforeMb,
    rssAfterMb,
    reads,
    readErrors,
    countsBefore,
    countsAfter: await rowCounts(backend),
    errorSamples,
  };
}

export function formatRefusalReport(r: RefusalReport): string {
  const kinds = REFUSAL_KINDS.map(
    (k) => `  ${k.padEnd(16)} ${Object.entries(r.byKind[k]).map(([s, n]) => `${s}: ${n}`).join(', ')}`,
  ).join('\n');
  const slowest = Math.max(...Object.values(r.reads));
  return [
    `${r.sent} requests in ${(r.elapsedMs / 1000).toFixed(1)} s (${r.perSecond}/s, ${r.cpuMsPerRequest} ms of CPU each): ${r.refused} refused, ` +
      `${r.accepted} accepted, ${r.failedRequests} without an answer`,
    'by kind (HTTP status, code):',
    kinds,
    `RSS ${r.rssBeforeMb} MB before, ${r.rssAfterMb} MB after (+${r.rssAfterMb - r.rssBeforeMb} MB)`,
    `committee reads afterwards: ${Object.keys(r.reads).length}, slowest ${slowest} ms` +
      (r.readErrors.length ? `; errors: ${r.readErrors.join('; ')}` : ', all answered'),
    `row counts before ${JSON.stringify(r.countsBefore)}, after ${JSON.stringify(r.countsAfter)}`,
  ].join('\n');
}
