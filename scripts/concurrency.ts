// Optimistic concurrency under load, over real HTTP:
//   npm run bench:concurrency [-- --clients 200 --updates 50 --tasks 40]
//
// Boots the embedded backend on a fresh in-memory PGlite (migrations + demo
// seed; on the PostgreSQL of TEST_DATABASE_URL when that is set) and serves
// it on 127.0.0.1 (a free port) with @hono/node-server.  A worker thread
// (so that the clients do not take CPU from the server's thread) signs N
// supabase-js clients in as dept heads / Home Affairs over that HTTP server
// and has them update the same few tasks at once: read, write with
// version = read.version + 1, re-read and retry on RT409.  The main thread
// then checks the database, prints a table and exits non-zero if any update
// was lost, any request failed, or history rows do not match the successful
// updates.  Shared with supabase/tests/concurrency.test.ts through
// supabase/tests/concurrency-run.ts.
//
// Options (flag, or environment variable):
//   --clients N        BENCH_CLIENTS        concurrent clients (200)
//   --updates N        BENCH_UPDATES        successful updates per client (50)
//   --tasks N          BENCH_TASKS          tasks they share; client i works on task i mod N (100)
//   --interior-every N BENCH_INTERIOR_EVERY every N-th client is noivu@example.vn (10; 0 = none)
//   --max-retries N    BENCH_MAX_RETRIES    RT409 retries of one update before giving up (1000)
//   --backoff-ms N     BENCH_BACKOFF_MS     random pause before retry k: up to N·2^k ms (25) …
//   --backoff-cap-ms N BENCH_BACKOFF_CAP_MS …capped at N ms (4000)
//   --time-limit S     BENCH_TIME_LIMIT     seconds before the run stops starting attempts (1200)
//   --max-conflicts N  BENCH_MAX_CONFLICTS  stop (and fail) after N refusals (11000 on PGlite, none on PostgreSQL)
//
// PGlite 0.4.5 (pinned by @supabase/lite 0.10) stops working after about
// 12,500 failed statements in one process, and every RT409 refusal is one:
// hence --max-conflicts, and the default of 2 clients per task.  More
// contention (e.g. --tasks 20: 10 clients per task) runs to the end on
// PostgreSQL: bash scripts/with-postgres.sh npm run bench:concurrency -- --tasks 20
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../app/lib/database.types';
import { DEMO_PASSWORD, PUBLISHABLE_KEY, startBackend, type Client } from '../supabase/tests/harness';
import {
  DEFAULT_OPTIONS,
  formatReport,
  prepareFixture,
  runClients,
  signInAll,
  verifyRun,
  type BenchTask,
  type ClientRun,
  type ConcurrencyOptions,
} from '../supabase/tests/concurrency-run';

process.env.DO_NOT_TRACK = '1';

const PROGRESS_EVERY_MS = 15_000;

/** workerData of the client thread. */
interface ClientJob {
  url: string;
  accounts: string[];
  tasks: BenchTask[];
  opts: Omit<ConcurrencyOptions, 'onProgress'>;
}
type ClientMessage =
  | { type: 'signed-in'; ms: number }
  | { type: 'progress'; elapsedMs: number; successful: number; conflicts: number; serverErrors: number }
  | { type: 'done'; run: ClientRun }
  | { type: 'failed'; message: string };

if (isMainThread) {
  await main();
} else {
  await clientThread(workerData as ClientJob);
}

// ------------------------------------------------------------ client thread
async function clientThread(job: ClientJob) {
  const post = (message: ClientMessage) => parentPort!.postMessage(message);
  try {
    const signIn = async (email: string): Promise<Client> => {
      const client = createClient<Database>(job.url, PUBLISHABLE_KEY, {
        auth: { persistSession: false, autoRefreshToken: false },
        realtime: { transport: ws as never },
      });
      const { error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
      if (error) throw new Error(`sign-in failed for ${email}: ${error.message}`);
      return client;
    };
    const t0 = performance.now();
    const clients = await signInAll(job.accounts, signIn, job.opts.signInConcurrency);
    post({ type: 'signed-in', ms: performance.now() - t0 });
    const run = await runClients(job.tasks, clients, {
      ...job.opts,
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    post({ type: 'done', run });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// ------------------------------------------------------------ main thread
function readOptions(): ConcurrencyOptions {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string' },
      updates: { type: 'string' },
      tasks: { type: 'string' },
      'interior-every': { type: 'string' },
      'max-retries': { type: 'string' },
      'backoff-ms': { type: 'string' },
      'backoff-cap-ms': { type: 'string' },
      'time-limit': { type: 'string' },
      'max-conflicts': { type: 'string' },
    },
  });
  const option = (flag: keyof typeof values, env: string, fallback: number, min: number): number => {
    const raw = values[flag] ?? process.env[env];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) {
      console.error(`--${flag} (${env}) must be an integer ≥ ${min}, got "${raw}"`);
      process.exit(2);
    }
    return n;
  };
  return {
    ...DEFAULT_OPTIONS,
    clients: option('clients', 'BENCH_CLIENTS', DEFAULT_OPTIONS.clients, 1),
    updates: option('updates', 'BENCH_UPDATES', DEFAULT_OPTIONS.updates, 1),
    tasks: option('tasks', 'BENCH_TASKS', DEFAULT_OPTIONS.tasks, 1),
    interiorEvery: option('interior-every', 'BENCH_INTERIOR_EVERY', DEFAULT_OPTIONS.interiorEvery, 0),
    maxRetries: option('max-retries', 'BENCH_MAX_RETRIES', DEFAULT_OPTIONS.maxRetries, 0),
    backoffMs: option('backoff-ms', 'BENCH_BACKOFF_MS', DEFAULT_OPTIONS.backoffMs, 0),
    backoffCapMs: option('backoff-cap-ms', 'BENCH_BACKOFF_CAP_MS', DEFAULT_OPTIONS.backoffCapMs, 0),
    timeLimitMs: option('time-limit', 'BENCH_TIME_LIMIT', DEFAULT_OPTIONS.timeLimitMs / 1000, 1) * 1000,
    maxConflicts: option(
      'max-conflicts',
      'BENCH_MAX_CONFLICTS',
      process.env.TEST_DATABASE_URL ? Number.MAX_SAFE_INTEGER : DEFAULT_OPTIONS.maxConflicts,
      1,
    ),
    progressEveryMs: PROGRESS_EVERY_MS,
  };
}

/** Runs the clients in a worker thread; resolves with what they saw. */
function runClientThread(job: ClientJob, onSignedIn: () => void): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    // The thread runs this same TypeScript file, loaded through tsx (Node 20
    // does not pass the main thread's tsx loader on to workers).
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    let settled = false;
    worker.on('message', (message: ClientMessage) => {
      if (message.type === 'signed-in') {
        console.log(`Signed in ${job.accounts.length} clients in ${(message.ms / 1000).toFixed(1)} s; running…`);
        onSignedIn();
      } else if (message.type === 'progress') {
        console.log(
          `  ${(message.elapsedMs / 1000).toFixed(0).padStart(4)} s: ${message.successful} successful, ` +
            `${message.conflicts} conflicts, ${message.serverErrors} server errors`,
        );
      } else if (message.type === 'done') {
        settled = true;
        resolve(message.run);
      } else {
        settled = true;
        reject(new Error(`client thread failed: ${message.message}`));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`client thread exited (${code}) before finishing`));
    });
  });
}

async function main() {
  const opts = readOptions();

  // The embedded server logs every refused request.  A refusal by one of the
  // project's rules (SQLSTATE PGRST raised by private.raise_rule: here RT409)
  // is expected by the thousand; count those and print everything else.
  let ruleRefusalsLogged = 0;
  const logError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const first = args[0] as { code?: unknown; severity?: unknown } | undefined;
    if (args.length === 1 && first && typeof first === 'object' && first.code === 'PGRST' && first.severity === 'ERROR') {
      ruleRefusalsLogged += 1;
      return;
    }
    logError(...args);
  };

  const driver = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite, in memory';
  console.log(`Booting the embedded backend (${driver}) with migrations and demo seed…`);
  const backend = await startBackend({ seed: true });

  // Real HTTP on loopback only.  peerAddress comes from the socket, as the
  // Supabase Lite docs require (admin mode is off anyway).
  // Server-side time per request (from the handler's start to the response),
  // to tell the backend's own work from queueing on the way in.
  const serverTimes: number[] = [];
  const statuses = new Map<string, number>();
  let measuring = false;
  const server = serve({
    hostname: '127.0.0.1',
    port: 0,
    fetch: async (request, env) => {
      const t0 = performance.now();
      const response = await backend.app.fetch(request, {
        peerAddress: ('incoming' in env ? env.incoming.socket.remoteAddress : null) ?? null,
      });
      if (measuring) {
        serverTimes.push(performance.now() - t0);
        const key = `${response.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
      return response;
    },
  });
  // Idle keep-alive sockets live longer than a client's longest pause before
  // a retry, so a request never races the server closing its socket.
  (server as import('node:http').Server).keepAliveTimeout = 60_000;
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  let exitCode = 1;
  try {
    const fixture = await prepareFixture(backend.sql, opts);
    const interior = fixture.accounts.filter((a) => a === 'noivu@example.vn').length;
    console.log(
      `Serving ${url}; ${opts.clients} clients (${opts.clients - interior} dept heads, ${interior} as noivu@example.vn) × ` +
        `${opts.updates} updates on ${opts.tasks} tasks; time limit ${opts.timeLimitMs / 1000} s.`,
    );
    const { onProgress: _unused, ...plainOpts } = opts;
    const signedIn = () => {
      measuring = true;
    };
    const run = await runClientThread({ url, accounts: fixture.accounts, tasks: fixture.tasks, opts: plainOpts }, signedIn);
    measuring = false;
    const report = await verifyRun(backend.sql, fixture, run, opts);

    console.log();
    console.log(formatReport(report));
    const sorted = serverTimes.sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
    console.log(
      `server side: ${sorted.length} requests (HTTP ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')}), ` +
        `time in the handler p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms, max ${at(100).toFixed(0)} ms; ` +
        `${ruleRefusalsLogged} rule refusals logged by the server, not shown`,
    );
    if (report.errorSamples.length > 0) {
      console.log('\nerror samples:');
      for (const sample of report.errorSamples) console.log(`  ${sample}`);
    }
    if (report.failures.length > 0) {
      console.log('\nFAILED:');
      for (const failure of report.failures) console.log(`  - ${failure}`);
    } else {
      console.log('\nok: 0 server errors, 0 lost updates, one history row per successful update');
      exitCode = 0;
    }
  } catch (error) {
    logError(error);
  } finally {
    server.close();
    // A backend that died mid-run may never answer close().
    await Promise.race([backend.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
  }
  process.exit(exitCode);
}
