// Many supabase-js clients updating the same tasks at once, through the real
// API, with the optimistic-concurrency rule (send version = current + 1 or be
// refused with RT409).  Shared by the benchmark (scripts/concurrency.ts, over
// real HTTP, clients in a worker thread) and the test
// (supabase/tests/concurrency.test.ts, in-process).
//
// Each client signs in as a real account allowed to update its task (a
// dept_head of the task's lead unit, or Home Affairs), then, update after
// update: reads the task, writes progress / progress_note with
// version = read.version + 1, and on RT409 re-reads and retries.  Afterwards
// the database is asked whether any successful update was lost.
import { performance } from 'node:perf_hooks';
import type { Client } from './harness';
import { DEMO_PASSWORD } from './harness';

/** Runs SQL as the database owner; parameters are bound (the harness's `sql`). */
export type Sql = <T = Record<string, unknown>>(query: string, ...params: unknown[]) => Promise<T[]>;

export interface ConcurrencyOptions {
  /** Concurrent clients (each its own supabase-js client and session). */
  clients: number;
  /** Successful updates each client tries to make. */
  updates: number;
  /** Tasks the clients share (client i works on task i mod tasks). */
  tasks: number;
  /** Every n-th client signs in as Home Affairs (noivu@example.vn); 0: none. */
  interiorEvery: number;
  /** Retries of one update after RT409 before the client gives it up. */
  maxRetries: number;
  /**
   * Random pause before a retry, up to base × 2^(conflicts so far on this
   * update) capped at backoffCapMs, where base is the larger of backoffMs and
   * the refused attempt's own round trip (read + write): under load the
   * pause grows with the server's queue, so losers step back instead of
   * piling on (0: retry at once).
   */
  backoffMs: number;
  backoffCapMs: number;
  /**
   * Stop the run when this many RT409 refusals have been counted.  Every
   * refusal is a failed statement, and PGlite 0.4.5/0.4.6 (0.4.5 is pinned
   * by @supabase/lite 0.10) stops working after about 12,500 of them in one
   * process (PANIC "ERRORDATA_STACK_SIZE exceeded", then every query fails
   * or hangs); PGlite 0.5.16 survives 30,000.  No limit is needed on PostgreSQL.
   */
  maxConflicts: number;
  /** Stop starting new attempts after this long (the run then fails). */
  timeLimitMs: number;
  /** Sign-ins in flight at once while preparing. */
  signInConcurrency: number;
  /** A request not answered within this long counts as a server error. */
  requestTimeoutMs: number;
  /** Stop the run after this many server errors (a dead backend would otherwise be hammered). */
  maxServerErrors: number;
  /** Called every `progressEveryMs` while running (0: never). */
  progressEveryMs: number;
  onProgress?: (p: { elapsedMs: number; successful: number; conflicts: number; serverErrors: number }) => void;
}

export const DEFAULT_OPTIONS: ConcurrencyOptions = {
  clients: 200,
  updates: 50,
  // 2 clients per task.  With 200 clients queueing on one embedded server,
  // that already refuses ~0.7 stale updates per success; 5 per task refuse
  // ~1.4, 10 per task more still, and 10,000 updates would then exceed what
  // in-memory PGlite survives (see maxConflicts).
  tasks: 100,
  interiorEvery: 10,
  maxRetries: 1000,
  backoffMs: 25,
  backoffCapMs: 10_000,
  maxConflicts: 11_000,
  timeLimitMs: 1_200_000,
  signInConcurrency: 20,
  requestTimeoutMs: 300_000,
  maxServerErrors: 20,
  progressEveryMs: 0,
};

export interface BenchTask {
  id: string;
  ordinal: string;
  unitId: string;
  startVersion: number;
}

export interface Fixture {
  planId: string;
  tasks: BenchTask[];
  /** Account each client signs in with. */
  accounts: string[];
  /** task_events rows of the plan's tasks before the run. */
  eventsBefore: number;
}

const INTERIOR_EMAIL = 'noivu@example.vn';

/**
 * Writes, as the database owner, one in-force plan with `tasks` in-progress
 * tasks led by different units, and one dept_head account per client (of its
 * task's lead unit) except the clients that act as Home Affairs.  Needs the
 * demo seed (units and noivu@example.vn).
 */
export async function prepareFixture(sql: Sql, opts: ConcurrencyOptions): Promise<Fixture> {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const units = await sql<{ id: string; code: string }>(
    `select id, code from public.units
      where is_active and kind in ('department', 'district') and code <> 'SNV'
      order by sort_order, code`,
  );
  if (units.length === 0) throw new Error('no units: run the demo seed first');
  const [plan] = await sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status)
     values ($1, $2, 2099, date '2098-12-20', 'in_force') returning id`,
    `${Math.floor(Math.random() * 900_000) + 100_000}/KH-BENCH`,
    `Kế hoạch thử tải đồng thời ${tag}`,
  );
  const planId = plan!.id;
  const specs = Array.from({ length: opts.tasks }, (_, t) => ({
    ordinal: `1.${t + 1}`,
    title: `Nhiệm vụ thử tải ${t + 1} (${tag})`,
    unit_id: units[t % units.length]!.id,
  }));
  const tasks = await sql<{ id: string; ordinal: string; lead_unit_id: string; version: number }>(
    `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status)
     select $1, 2, s.ordinal, s.title, s.unit_id, date '2099-01-01', date '2099-12-31', 'in_progress'
       from jsonb_to_recordset($2::text::jsonb) as s(ordinal text, title text, unit_id uuid)
     returning id, ordinal, lead_unit_id, version`,
    planId,
    JSON.stringify(specs),
  );
  const byOrdinal = new Map(tasks.map((t) => [t.ordinal, t]));
  const benchTasks: BenchTask[] = specs.map((s) => {
    const row = byOrdinal.get(s.ordinal)!;
    return { id: row.id, ordinal: row.ordinal, unitId: row.lead_unit_id, startVersion: row.version };
  });

  const accounts: string[] = [];
  const newAccounts: { email: string; unit_id: string }[] = [];
  for (let i = 0; i < opts.clients; i += 1) {
    if (opts.interiorEvery > 0 && i % opts.interiorEvery === opts.interiorEvery - 1) {
      accounts.push(INTERIOR_EMAIL);
    } else {
      const email = `bench-${tag}-${i}@example.vn`;
      accounts.push(email);
      newAccounts.push({ email, unit_id: benchTasks[i % benchTasks.length]!.unitId });
    }
  }
  if (newAccounts.length > 0) {
    // Stored the way the auth server stores them (as supabase/seed.sql does);
    // one bcrypt hash (cost 4: these accounts only live for the run) for all.
    const payload = JSON.stringify(newAccounts);
    await sql(
      `with pw as (select extensions.crypt($2, extensions.gen_salt('bf', 4)) as hash)
       insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at,
                               raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
                               confirmation_token, recovery_token, email_change_token_new, email_change)
       select gen_random_uuid(), 'authenticated', 'authenticated', a.email, pw.hash, now(),
              '{"provider":"email","providers":["email"]}'::jsonb,
              jsonb_build_object('full_name', 'Thủ trưởng thử tải'), now(), now(), '', '', '', ''
         from jsonb_to_recordset($1::text::jsonb) as a(email text, unit_id uuid), pw`,
      payload,
      DEMO_PASSWORD,
    );
    await sql(
      `insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
       select gen_random_uuid(), u.id::text, u.id,
              jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true), 'email', now(), now(), now()
         from auth.users u join jsonb_to_recordset($1::text::jsonb) as a(email text, unit_id uuid) on a.email = u.email`,
      payload,
    );
    await sql(
      `update public.profiles p set role = 'dept_head', unit_id = a.unit_id
         from jsonb_to_recordset($1::text::jsonb) as a(email text, unit_id uuid)
        where p.email = a.email`,
      payload,
    );
  }
  return { planId, tasks: benchTasks, accounts, eventsBefore: await countEvents(sql, planId) };
}

async function countEvents(sql: Sql, planId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from public.task_events e join public.tasks t on t.id = e.task_id where t.plan_id = $1`,
    planId,
  );
  return row!.n;
}

/** Signs every client in (a bounded number at a time). */
export async function signInAll(
  accounts: string[],
  signIn: (email: string) => Promise<Client>,
  concurrency: number,
): Promise<Client[]> {
  const clients: Client[] = new Array(accounts.length);
  let next = 0;
  const lane = async () => {
    while (next < accounts.length) {
      const i = next;
      next += 1;
      clients[i] = await signIn(accounts[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, accounts.length)) }, lane));
  return clients;
}

export interface Success {
  /** Index into fixture.tasks. */
  task: number;
  /** The version the update returned. */
  version: number;
  note: string;
}

/** What the clients saw: plain data (it may cross a worker-thread boundary). */
export interface ClientRun {
  clients: number;
  planned: number;
  requests: number;
  successes: Success[];
  latencies: number[];
  endToEnd: number[];
  conflicts: number;
  serverErrors: number;
  unfinished: number;
  /** Why the clients stopped before making every update, if they did. */
  stopReason: 'server errors' | 'conflict budget' | 'time limit' | null;
  wallMs: number;
  errorSamples: string[];
}

export interface ConcurrencyReport {
  clients: number;
  tasks: number;
  /** clients × updates: the updates the clients set out to make. */
  planned: number;
  /** Update requests sent (first tries and retries). */
  requests: number;
  successful: number;
  /** RT409 refusals, each followed by a re-read and a retry. */
  conflicts: number;
  /** HTTP 5xx, network failures and any refusal other than RT409. */
  serverErrors: number;
  /** Updates not made because the retry limit or the time limit was reached. */
  unfinished: number;
  stopReason: ClientRun['stopReason'];
  lostUpdates: number;
  historyRows: number;
  wallMs: number;
  throughput: number;
  /** Latency of the update request that succeeded. */
  p50Ms: number;
  p95Ms: number;
  /** From the first read to the successful write, retries included. */
  p50EndToEndMs: number;
  p95EndToEndMs: number;
  /** Human-readable invariant failures (empty when all hold). */
  failures: string[];
  errorSamples: string[];
}

/** One line for an error sample: code, message and, for network failures, the cause. */
function describe(error: { code?: string; message?: string; details?: string } | null): string {
  if (!error) return 'no row';
  const cause = /Caused by: ([^\n]*)/.exec(error.details ?? '')?.[1];
  return [error.code, error.message, cause && `(${cause})`].filter(Boolean).join(' ');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs the clients, then checks the database: nothing lost, one history row per update. */
export async function runConcurrency(
  sql: Sql,
  fixture: Fixture,
  clients: Client[],
  opts: ConcurrencyOptions,
): Promise<ConcurrencyReport> {
  return verifyRun(sql, fixture, await runClients(fixture.tasks, clients, opts), opts);
}

/**
 * Every client, at once: `opts.updates` times, read the task and write it
 * with version = read.version + 1; on RT409 pause (random, growing) and
 * start again from the read.
 */
export async function runClients(
  tasks: readonly BenchTask[],
  clients: Client[],
  opts: ConcurrencyOptions,
): Promise<ClientRun> {
  const successes: Success[] = [];
  const latencies: number[] = [];
  const endToEnd: number[] = [];
  const errorSamples: string[] = [];
  let requests = 0;
  let conflicts = 0;
  let serverErrors = 0;
  let unfinished = 0;
  let stopReason: ClientRun['stopReason'] = null;
  const stop = (why: NonNullable<ClientRun['stopReason']>) => {
    stopReason ??= why;
  };
  const fail = (what: string) => {
    serverErrors += 1;
    if (errorSamples.length < 10) errorSamples.push(what);
    if (serverErrors >= opts.maxServerErrors) stop('server errors');
  };

  const started = performance.now();
  const deadline = started + opts.timeLimitMs;
  const progress =
    opts.onProgress && opts.progressEveryMs > 0
      ? setInterval(
          () =>
            opts.onProgress!({ elapsedMs: performance.now() - started, successful: successes.length, conflicts, serverErrors }),
          opts.progressEveryMs,
        )
      : undefined;

  const worker = async (clientIndex: number) => {
    const client = clients[clientIndex]!;
    const taskIndex = clientIndex % tasks.length;
    const task = tasks[taskIndex]!;
    for (let u = 0; u < opts.updates; u += 1) {
      const began = performance.now();
      let done = false;
      let errored = false;
      for (let attempt = 0; attempt <= opts.maxRetries && !done; attempt += 1) {
        if (performance.now() > deadline) stop('time limit');
        if (stopReason) {
          unfinished += opts.updates - u;
          return;
        }
        try {
          const attemptStarted = performance.now();
          const read = await client
            .from('tasks')
            .select('version')
            .eq('id', task.id)
            .retry(false) // count every failure: no silent retry of reads
            .abortSignal(AbortSignal.timeout(opts.requestTimeoutMs))
            .single();
          if (read.error || !read.data) {
            fail(`read ${task.ordinal}: HTTP ${read.status} ${describe(read.error)}`);
            errored = true;
            break;
          }
          const note = `Thử tải: máy ${clientIndex}, lần ${u + 1}, thử ${attempt + 1}`;
          const t0 = performance.now();
          requests += 1;
          const res = await client
            .from('tasks')
            .update({ progress: (clientIndex * 7 + u) % 100, progress_note: note, version: read.data.version + 1 })
            .eq('id', task.id)
            .select('version')
            .abortSignal(AbortSignal.timeout(opts.requestTimeoutMs))
            .single();
          const t1 = performance.now();
          if (res.error?.code === 'RT409') {
            conflicts += 1;
            if (conflicts >= opts.maxConflicts) stop('conflict budget');
            if (opts.backoffMs > 0) {
              const base = Math.max(opts.backoffMs, t1 - attemptStarted);
              await sleep(Math.random() * Math.min(opts.backoffCapMs, base * 2 ** Math.min(attempt, 10)));
            }
            continue;
          }
          if (res.error || !res.data) {
            fail(`update ${task.ordinal}: HTTP ${res.status} ${describe(res.error)}`);
            errored = true;
            break;
          }
          successes.push({ task: taskIndex, version: res.data.version, note });
          latencies.push(t1 - t0);
          endToEnd.push(t1 - began);
          done = true;
        } catch (error) {
          fail(`exception: ${error instanceof Error ? error.message : String(error)}`);
          errored = true;
          break;
        }
      }
      if (!done && !errored) unfinished += 1; // retry limit reached
    }
  };

  await Promise.all(clients.map((_, i) => worker(i)));
  const wallMs = performance.now() - started;
  if (progress) clearInterval(progress);
  return {
    clients: clients.length,
    planned: clients.length * opts.updates,
    requests,
    successes,
    latencies,
    endToEnd,
    conflicts,
    serverErrors,
    unfinished,
    stopReason,
    wallMs,
    errorSamples,
  };
}

/** Checks the database after a run: no lost update, one history row per successful update. */
export async function verifyRun(
  sql: Sql,
  fixture: Fixture,
  run: ClientRun,
  opts: Pick<ConcurrencyOptions, 'requestTimeoutMs'>,
): Promise<ConcurrencyReport> {
  const { successes, serverErrors, unfinished, stopReason, errorSamples } = run;
  // ---- invariants, checked in the database as its owner (a dead backend
  // must not hang the run: give up after the request timeout)
  const failures: string[] = [];
  const check = <T,>(query: Promise<T>): Promise<T> =>
    Promise.race([
      query,
      new Promise<never>((_, reject) => {
        setTimeout(() => reject(new Error('the database did not answer the final checks')), opts.requestTimeoutMs).unref();
      }),
    ]);
  let lostUpdates = Number.NaN;
  let historyRows = Number.NaN;
  try {
    const finals = await check(
      sql<{ id: string; version: number; progress_note: string | null }>(
        'select id, version, progress_note from public.tasks where plan_id = $1',
        fixture.planId,
      ),
    );
    const finalById = new Map(finals.map((row) => [row.id, row]));
    lostUpdates = 0;
    fixture.tasks.forEach((task, t) => {
      const mine = successes.filter((s) => s.task === t).sort((a, b) => a.version - b.version);
      const final = finalById.get(task.id)!;
      const applied = final.version - task.startVersion;
      if (applied !== mine.length) {
        lostUpdates += Math.abs(mine.length - applied);
        failures.push(`task ${task.ordinal}: ${mine.length} successful updates but version moved by ${applied}`);
      }
      // Each success must have got its own version, start+1 … final, in order.
      const duplicates = mine.length - new Set(mine.map((s) => s.version)).size;
      if (duplicates > 0) {
        lostUpdates += duplicates;
        failures.push(`task ${task.ordinal}: ${duplicates} successful updates share a version`);
      } else if (mine.some((s, k) => s.version !== task.startVersion + k + 1)) {
        failures.push(`task ${task.ordinal}: successful updates' versions are not ${task.startVersion + 1}…${final.version}`);
      }
      // The row holds what the last successful writer wrote.
      const last = mine.at(-1);
      if (last && final.progress_note !== last.note) {
        lostUpdates += 1;
        failures.push(`task ${task.ordinal}: final note "${final.progress_note}" is not the last writer's "${last.note}"`);
      }
    });
    historyRows = (await check(countEvents(sql, fixture.planId))) - fixture.eventsBefore;
    if (historyRows !== successes.length) {
      failures.push(`${historyRows} history rows written for ${successes.length} successful updates`);
    }
  } catch (error) {
    failures.push(`final checks failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (serverErrors > 0) failures.push(`${serverErrors} server or unexpected errors (${errorSamples[0]})`);
  if (unfinished > 0) {
    const why =
      stopReason === 'server errors'
        ? `stopped after ${serverErrors} server errors`
        : stopReason === 'conflict budget'
          ? `stopped after ${run.conflicts} conflicts: in-memory PGlite fails after ~12,500 refused statements; use more --tasks`
          : stopReason === 'time limit'
            ? 'time limit reached'
            : 'retry limit reached';
    failures.push(`${unfinished} updates not made (${why})`);
  }

  const sortedLat = [...run.latencies].sort((a, b) => a - b);
  const sortedE2e = [...run.endToEnd].sort((a, b) => a - b);
  return {
    clients: run.clients,
    tasks: fixture.tasks.length,
    planned: run.planned,
    requests: run.requests,
    successful: successes.length,
    conflicts: run.conflicts,
    serverErrors,
    unfinished,
    stopReason,
    lostUpdates,
    historyRows,
    wallMs: run.wallMs,
    throughput: successes.length / (run.wallMs / 1000),
    p50Ms: percentile(sortedLat, 50),
    p95Ms: percentile(sortedLat, 95),
    p50EndToEndMs: percentile(sortedE2e, 50),
    p95EndToEndMs: percentile(sortedE2e, 95),
    failures,
    errorSamples,
  };
}

/** The report as a two-column table. */
export function formatReport(r: ConcurrencyReport): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rows: [string, string][] = [
    ['clients', `${r.clients} (over ${r.tasks} tasks)`],
    ['updates attempted', `${r.planned} (${r.requests} update requests incl. retries)`],
    ['successful', String(r.successful)],
    ['conflicts (RT409, retried)', String(r.conflicts)],
    ['server errors', String(r.serverErrors)],
    ['unfinished updates', `${r.unfinished}${r.stopReason ? ` (stopped: ${r.stopReason})` : ''}`],
    ['lost updates', String(r.lostUpdates)],
    ['history rows written', `${r.historyRows} (successful updates: ${r.successful})`],
    ['wall time', `${(r.wallMs / 1000).toFixed(2)} s`],
    ['throughput', `${r.throughput.toFixed(1)} successful updates/s`],
    ['latency p50 / p95 (successful update request)', `${ms(r.p50Ms)} / ${ms(r.p95Ms)}`],
    ['latency p50 / p95 (first read → success, retries incl.)', `${ms(r.p50EndToEndMs)} / ${ms(r.p95EndToEndMs)}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const line = `${'─'.repeat(width + 2)}┼${'─'.repeat(44)}`;
  return [line, ...rows.map(([k, v]) => ` ${k.padEnd(width)} │ ${v}`), line].join('\n');
}
