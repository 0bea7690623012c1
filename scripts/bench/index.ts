// Performance at national scale, measured in ONE run on this machine:
//   npm run bench                         (100,000 tasks; ~6 min on an idle 2-core machine)
//   npm run bench -- --tasks 5000         (a quick run)
//
// 1. Builds the app (vite build into a temp folder) and weighs the initial
//    JavaScript of the sign-in and dashboard routes from the Vite manifest.
// 2. Boots a fresh embedded backend (PGlite) with the migrations and the demo
//    seed, and generates a national data set with set-based SQL.
// 3. Serves it over HTTP on 127.0.0.1 and measures each query the app makes
//    through the real API (signed in as committee@example.vn) and as raw SQL
//    on the same database: median, p95 and the ratio API / SQL.
// 4. Largest Contentful Paint of the dashboard in headless Chromium, built
//    files and API served from the same origin.
//    Then how long the plan page (1,100 tasks) and a task list page of 200
//    take to become usable once their data has arrived (interactive.ts).
// 5. 200 concurrent clients updating tasks (supabase/tests/concurrency-run.ts).
// 6. Step 3's measurements again on a real PostgreSQL
//    (scripts/with-postgres.sh), to show the migrations scale there too.
// Then prints every figure against its budget and writes the tables to
// test-results/bench/report.md.
//
// Options: --tasks N (100000)  --units N (1000)  --plans N (90)  --runs N (15)
//          --lcp-runs N (7)  --interactive-runs N (7)  --clients N (200)  --updates N (5)
//          --report-runs N (5)  --skip assets,lcp,interactive,reports,concurrency,postgres
//          --only assets   step 1 alone (build and weigh; no backend, ~1 min)
//          --baseline   the database functions as they were before the
//                       performance migration (before/after figures)
// (internal: --driver postgres --aggregates-only --json FILE, used for step 6)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../supabase/tests/boot';
import {
  DEFAULT_OPTIONS as CONCURRENCY_DEFAULTS,
  prepareFixture,
  runConcurrency,
  signInAll,
  type ConcurrencyReport,
} from '../../supabase/tests/concurrency-run';
import { buildAndWeigh, type AssetsReport } from './assets';
import { startBenchBackend, type BenchBackend } from './backend';
import { DEFAULT_GENERATE, type DatasetCounts } from './generate';
import { measureLcp, type LcpReport } from './lcp';
import { measureInteractive, type InteractiveReport } from './interactive';
import { findTargets, measures, runMeasures, type MeasureResult, type Targets } from './queries';
import { measureReports, type ReportRunReport } from './reports';
import { kb, ms, ratio, table } from './stats';

process.env.DO_NOT_TRACK = '1';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string' },
    units: { type: 'string' },
    plans: { type: 'string' },
    runs: { type: 'string' },
    'lcp-runs': { type: 'string' },
    'interactive-runs': { type: 'string' },
    'report-runs': { type: 'string' },
    clients: { type: 'string' },
    updates: { type: 'string' },
    skip: { type: 'string' },
    only: { type: 'string' },
    driver: { type: 'string' },
    'aggregates-only': { type: 'boolean' },
    baseline: { type: 'boolean' },
    json: { type: 'string' },
  },
});

const num = (raw: string | undefined, fallback: number, min = 1) => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    console.error(`expected an integer ≥ ${min}, got "${raw}"`);
    process.exit(2);
  }
  return n;
};

const gen = {
  tasks: num(values.tasks, DEFAULT_GENERATE.tasks),
  units: num(values.units, DEFAULT_GENERATE.units),
  plans: num(values.plans, DEFAULT_GENERATE.plans, 10),
};
const runs = num(values.runs, 15, 3);
const lcpRuns = num(values['lcp-runs'], 7, 1);
const interactiveRuns = num(values['interactive-runs'], 7, 1);
const reportRuns = num(values['report-runs'], 5, 1);
const clients = num(values.clients, 200);
const updates = num(values.updates, 5);
const skip = new Set((values.skip ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const driver = values.driver === 'postgres' ? 'postgres' : 'pglite';
const aggregatesOnly = values['aggregates-only'] === true;
const baseline = values.baseline === true;

// Rule refusals (RT409 during the concurrency run) are expected by the
// thousand; the server logs each one.  Count them instead of printing them.
let refusalsLogged = 0;
const logError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const first = args[0] as { code?: unknown; severity?: unknown } | undefined;
  if (args.length === 1 && first && typeof first === 'object' && first.code === 'PGRST' && first.severity === 'ERROR') {
    refusalsLogged += 1;
    return;
  }
  logError(...args);
};

const log = (line: string) => console.log(line);

const JS_LIMIT = 150 * 1024;
// A route is judged by everything a person needs to use it: what is loaded
// before its first paint and what it asks for at once without waiting (the
// sign-in form shows before the auth client arrives, but nobody signs in
// without it).
const usable = (r: AssetsReport['routes'][number]) => r.gzipBytes + r.after.gzipBytes;
const firstLoad = (r: AssetsReport['routes'][number]) =>
  r.after.gzipBytes > 0 ? `${kb(usable(r))} (${kb(r.gzipBytes)} before the first paint)` : kb(r.gzipBytes);
function assetsSection(assets: AssetsReport): string {
  return (
    `### Initial JavaScript (production build, gzip -9)\n\n` +
    table(
      ['route', 'files', 'raw', 'gzip', 'budget', 'result'],
      assets.routes.map((r) => [r.route, String(r.files.length), kb(r.rawBytes), firstLoad(r), '≤ 150 KB', usable(r) <= JS_LIMIT ? 'pass' : 'FAIL']),
    ) +
    '\n\n' +
    assets.routes
      .map(
        (r) =>
          `${r.route}: ${r.chunks.map((c) => `${c.file.replace(/^assets\//, '')} ${kb(c.gzip)}`).join(', ')}` +
          (r.after.files.length > 0
            ? `; asked for at once but not waited for: ${r.after.files.map((f) => f.replace(/^assets\//, '')).join(', ')} ` +
              `${kb(r.after.gzipBytes)} (with it: ${kb(r.gzipBytes + r.after.gzipBytes)})`
            : ''),
      )
      .join('\n\n') +
    `\n\nentry chunk ${assets.entryFile}: ${kb(assets.entryGzip)} gzip; recharts in initial chunks: ` +
    `${assets.rechartsInInitial.length === 0 ? 'no' : assets.rechartsInInitial.join(', ')}; recharts loads on demand from ` +
    `${assets.rechartsChunks.join(', ') || '—'}`
  );
}

interface BackendPhase {
  driver: string;
  generation: { bootMs: number; seedMs: number; generateMs: number; counts: DatasetCounts };
  targets: Targets;
  results: MeasureResult[];
}

async function measureBackend(backend: BenchBackend): Promise<BackendPhase> {
  const targets = await findTargets(backend);
  // In process: the API's own handler, without the socket, so the figure
  // is what the API layer and the access rules cost, not the kernel's
  // loopback under a shared machine's load.  (The browser and the
  // concurrent clients below go over real HTTP.)
  const committee = await backend.signIn('committee@example.vn', { inProcess: true });
  log(`Measuring API vs SQL (${runs} runs each, alternating; plan of ${targets.planTasks} tasks)…`);
  const results = await runMeasures(measures(backend, committee, targets), runs, log);
  return { driver: backend.db.kind, generation: backend.generation, targets, results };
}

// ---------------------------------------------------------------- child mode (PostgreSQL pass)
if (aggregatesOnly) {
  log(`Booting on ${driver} and generating ${gen.tasks} tasks…`);
  const backend = await startBenchBackend(driver, gen, log, { baseline });
  try {
    const phase = await measureBackend(backend);
    if (values.json) writeFileSync(values.json, JSON.stringify(phase));
  } finally {
    await backend.close();
  }
  process.exit(0);
}

// ---------------------------------------------------------------- full run
const started = performance.now();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
if (baseline) log('BASELINE: the database functions as they were before 20261109000000_performance.sql');
log(`Reform Tracker benchmark — ${gen.tasks.toLocaleString('en')} tasks, ${gen.units} units, ${gen.plans} plans; ${machine}`);

let assets: AssetsReport | null = null;
if (!skip.has('assets') || !skip.has('lcp') || !skip.has('interactive') || values.only === 'assets') {
  log('Building the app (vite build, temp folder)…');
  assets = await buildAndWeigh();
  log(`  built in ${(assets.buildMs / 1000).toFixed(1)} s into ${assets.outDir}`);
}
if (values.only !== undefined) {
  // The quick path: the same build and the same weighing as a full run,
  // printed without booting a backend.
  if (values.only !== 'assets' || !assets) {
    console.error(`--only takes "assets", got "${values.only}"`);
    process.exit(2);
  }
  console.log(`\n${assetsSection(assets)}\n`);
  for (const r of assets.routes) log(`initial JS ${r.route}: ${firstLoad(r)} gzip (≤ 150 KB: ${usable(r) <= JS_LIMIT ? 'pass' : 'FAIL'})`);
  rmSync(assets.outDir, { recursive: true, force: true });
  process.exit(0);
}

log(`Booting the embedded backend (PGlite) and generating the data set…`);
const backend = await startBenchBackend('pglite', gen, log, { baseline });
let pglite: BackendPhase;
let lcp: LcpReport | null = null;
let interactive: InteractiveReport[] | null = null;
let interactiveError: string | null = null;
let reports: ReportRunReport | string | null = null;
let concurrency: ConcurrencyReport | null = null;
let concurrencyError: string | null = null;
try {
  pglite = await measureBackend(backend);

  if (assets && !skip.has('lcp')) {
    log(`Largest Contentful Paint of /dashboard in headless Chromium (${lcpRuns} runs + 1 untimed)…`);
    backend.setStaticRoot(assets.outDir);
    const committee = await backend.signIn('committee@example.vn');
    const { data } = await committee.auth.getSession();
    lcp = await measureLcp(backend.url, data.session, pglite.targets.planId, lcpRuns, log);
    backend.setStaticRoot(null);
  }

  if (assets && !skip.has('interactive')) {
    log(`Plan page and task list interactive after their data, headless Chromium (${interactiveRuns} runs + 1 untimed each)…`);
    backend.setStaticRoot(assets.outDir);
    try {
      const committee = await backend.signIn('committee@example.vn');
      const { data } = await committee.auth.getSession();
      const t = pglite.targets;
      interactive = await measureInteractive(
        backend.url,
        data.session,
        [
          { label: `plan page, ${t.planTasks} tasks`, path: `/plans/${t.planId}`, request: '/rpc/plan_page', rowSelector: '.plan-task-table a.task-title' },
          { label: 'task list, 200 rows a page', path: '/tasks?size=200', request: '/rpc/task_list_page', rowSelector: '.task-list-table a.task-title' },
        ],
        interactiveRuns,
        [t.planTasks, 200],
        log,
      );
    } catch (error) {
      interactiveError = error instanceof Error ? error.message : String(error);
      log(`  failed: ${interactiveError}`);
    }
    backend.setStaticRoot(null);
  }

  if (!skip.has('reports')) {
    log(`Periodic report: compile, submit, export docx + xlsx (${reportRuns} runs + 1 untimed)…`);
    try {
      reports = await measureReports(backend, reportRuns, log);
      if (typeof reports === 'string') log(`  not measurable: ${reports}`);
    } catch (error) {
      reports = `failed: ${error instanceof Error ? error.message : String(error)}`;
      log(`  ${reports}`);
    }
  }

  if (!skip.has('concurrency')) {
    log(`${clients} concurrent clients × ${updates} updates, each on its own task…`);
    const opts = { ...CONCURRENCY_DEFAULTS, clients, updates, tasks: clients, timeLimitMs: 300_000 };
    try {
      const fixture = await prepareFixture(backend.sql, opts);
      const signedIn = await signInAll(fixture.accounts, (email) => backend.signIn(email), opts.signInConcurrency);
      concurrency = await runConcurrency(backend.sql, fixture, signedIn, opts);
      log(`  ${concurrency.successful} updates in ${(concurrency.wallMs / 1000).toFixed(1)} s; p95 ${ms(concurrency.p95Ms)}`);
    } catch (error) {
      concurrencyError = error instanceof Error ? error.message : String(error);
      log(`  failed: ${concurrencyError}`);
    }
  }
} finally {
  await backend.close();
}

let postgres: BackendPhase | null = null;
let postgresError: string | null = null;
if (!skip.has('postgres')) {
  log('Same measurements on a real PostgreSQL (scripts/with-postgres.sh)…');
  const jsonFile = path.join(os.tmpdir(), `reform-bench-pg-${process.pid}.json`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      'bash',
      [
        path.join(projectRoot, 'scripts', 'with-postgres.sh'),
        process.execPath,
        path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        path.join(projectRoot, 'scripts', 'bench', 'index.ts'),
        '--driver', 'postgres', '--aggregates-only', '--json', jsonFile, ...(baseline ? ['--baseline'] : []),
        '--tasks', String(gen.tasks), '--units', String(gen.units), '--plans', String(gen.plans), '--runs', String(runs),
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: process.env },
    );
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) out.write(`  [pg] ${line}\n`);
      });
    };
    relay(child.stdout!, process.stdout);
    relay(child.stderr!, process.stderr);
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code === 0 && existsSync(jsonFile)) {
    postgres = JSON.parse(readFileSync(jsonFile, 'utf8')) as BackendPhase;
    rmSync(jsonFile, { force: true });
  } else {
    postgresError = `exit code ${code}`;
  }
}

if (assets) rmSync(assets.outDir, { recursive: true, force: true });

// ---------------------------------------------------------------- report
const AGG_LIMIT = 1.5;
const LIST_P95 = 100;
const LCP_LIMIT = 1000;

interface Budget {
  what: string;
  budget: string;
  measured: string;
  pass: boolean | null;
}
const budgets: Budget[] = [];
const sections: string[] = [];

const c = pglite!.generation.counts;
sections.push(
  `### Data set (${pglite!.driver})\n\n` +
    table(
      ['units', 'plans', 'tasks', 'history rows', 'evidence', 'extensions', 'generated in', 'boot + migrations', 'demo seed'],
      [[
        String(c.units), String(c.plans), String(c.tasks), String(c.task_events), String(c.evidence),
        String(c.deadline_extensions), `${(pglite!.generation.generateMs / 1000).toFixed(1)} s`,
        `${(pglite!.generation.bootMs / 1000).toFixed(1)} s`, `${(pglite!.generation.seedMs / 1000).toFixed(1)} s`,
      ]],
    ),
);

const apiTable = (phase: BackendPhase, name: string) => {
  // What one request costs whatever it asks (the round-trip lines): taken
  // off the API time, the rest is the query under the access rules.
  const fixed = {
    rest: phase.results.find((r) => r.key === 'round_trip')?.api.median ?? Number.NaN,
    rpc: phase.results.find((r) => r.key === 'round_trip_rpc')?.api.median ?? Number.NaN,
  };
  const net = (r: MeasureResult) =>
    r.via === 'several' || r.key.startsWith('round_trip') ? Number.NaN : Math.max(0, r.api.median - fixed[r.via]) / r.sql.median;
  const rows = phase.results.map((r) => {
    let budget = '';
    let pass: boolean | null = null;
    if (r.kind === 'aggregate') {
      budget = `API ≤ ${AGG_LIMIT}× SQL`;
      pass = r.ratio <= AGG_LIMIT;
    } else if (r.kind === 'list') {
      budget = `API p95 ≤ ${LIST_P95} ms`;
      pass = r.api.p95 <= LIST_P95;
    }
    if (pass !== null) {
      budgets.push({
        what: `${name}: ${r.label}`,
        budget,
        measured: r.kind === 'aggregate' ? ratio(r.ratio) : ms(r.api.p95),
        pass,
      });
    }
    return [
      r.label, String(r.rows), ms(r.api.median), ms(r.api.p95), ms(r.sql.median), ms(r.sql.p95), ratio(r.ratio),
      ratio(net(r)), budget, pass === null ? '' : pass ? 'pass' : 'FAIL',
    ];
  });
  return (
    `### API vs raw SQL — ${name} (${runs} runs each)\n\n` +
    table(['query', 'rows', 'API median', 'API p95', 'SQL median', 'SQL p95', 'API/SQL', 'net of round trip', 'budget', 'result'], rows) +
    `\n\nOne API request costs ${ms(fixed.rest)} (REST read) / ${ms(fixed.rpc)} (RPC) whatever it asks; ` +
    '"net of round trip" is (API − that) / SQL.'
  );
};
sections.push(apiTable(pglite!, 'PGlite (embedded)'));
if (postgres) {
  const g = postgres.generation;
  sections.push(
    `${apiTable(postgres, 'PostgreSQL')}\n\n(PostgreSQL: data set of ${g.counts.tasks} tasks / ${g.counts.task_events} history rows generated in ` +
      `${(g.generateMs / 1000).toFixed(1)} s.)`,
  );
} else if (!skip.has('postgres')) {
  sections.push(`### API vs raw SQL — PostgreSQL\n\nnot measured: ${postgresError}`);
  budgets.push({ what: 'PostgreSQL pass', budget: 'runs', measured: postgresError ?? '', pass: false });
}

if (concurrency) {
  const r = concurrency;
  sections.push(
    `### ${r.clients} concurrent clients updating tasks (PGlite, over HTTP)\n\n` +
      table(
        ['updates', 'requests (incl. retries)', 'conflicts', 'errors', 'lost', 'wall time', 'throughput', 'p50', 'p95', 'p95 read→write'],
        [[
          String(r.successful), String(r.requests), String(r.conflicts), String(r.serverErrors), String(r.lostUpdates),
          `${(r.wallMs / 1000).toFixed(1)} s`, `${r.throughput.toFixed(1)} /s`, ms(r.p50Ms), ms(r.p95Ms), ms(r.p95EndToEndMs),
        ]],
      ),
  );
  budgets.push({
    what: `${r.clients} concurrent clients: nothing lost, no errors`,
    budget: '0 lost, 0 errors',
    measured: `${r.lostUpdates} lost, ${r.serverErrors} errors`,
    pass: r.failures.length === 0,
  });
} else if (concurrencyError) {
  budgets.push({ what: 'concurrent clients', budget: 'runs', measured: concurrencyError, pass: false });
}

const REPORT_LIMIT = 2000;
if (reports && typeof reports !== 'string') {
  const r = reports;
  sections.push(
    `### Periodic report on a plan of ${r.tasks} tasks (${r.runs} runs)\n\n` +
      table(
        ['step', 'median', 'p95', 'budget', 'result'],
        [
          ['create draft + fill + submit_report + load report_data (API)', ms(r.compile.median), ms(r.compile.p95), '', ''],
          [`build docx (${kb(r.docxBytes)}) + xlsx (${kb(r.xlsxBytes)})`, ms(r.exportDocs.median), ms(r.exportDocs.p95), '', ''],
          ['total', ms(r.total.median), ms(r.total.p95), '≤ 2 s', r.total.median <= REPORT_LIMIT ? 'pass' : 'FAIL'],
        ],
      ),
  );
  budgets.push({ what: 'report compile + export (median)', budget: '≤ 2 s', measured: ms(r.total.median), pass: r.total.median <= REPORT_LIMIT });
} else if (!skip.has('reports')) {
  budgets.push({ what: 'report compile + export', budget: '≤ 2 s', measured: `not measurable: ${reports ?? 'skipped'}`, pass: null });
}

if (assets) {
  sections.push(assetsSection(assets));
  for (const r of assets.routes) {
    budgets.push({ what: `initial JS, ${r.route}`, budget: '≤ 150 KB gzip', measured: firstLoad(r), pass: usable(r) <= JS_LIMIT });
  }
  budgets.push({
    what: 'recharts not in the first chunks',
    budget: 'absent',
    measured: assets.rechartsInInitial.length === 0 ? 'absent' : assets.rechartsInInitial.join(', '),
    pass: assets.rechartsInInitial.length === 0,
  });
}

if (lcp) {
  sections.push(
    `### Largest Contentful Paint, /dashboard (headless Chromium, ${lcp.cold.length} runs)\n\n` +
      table(
        ['visit', 'LCP median', 'LCP p95', 'figures on screen (median)', 'LCP element', 'budget', 'result'],
        [
          ['cold cache', ms(lcp.coldMedian), ms(lcp.coldP95), ms(lcp.figuresMedian), lcp.element, 'median ≤ 1.0 s', lcp.coldMedian <= LCP_LIMIT ? 'pass' : 'FAIL'],
          ['warm cache', ms(lcp.warmMedian), ms(lcp.warmP95), '', '', '', ''],
        ],
      ),
  );
  budgets.push({
    what: 'LCP /dashboard (cold cache, median)',
    budget: '≤ 1.0 s',
    measured: `${ms(lcp.coldMedian)} (p95 ${ms(lcp.coldP95)})`,
    pass: lcp.coldMedian <= LCP_LIMIT,
  });
}

const INTERACTIVE_LIMIT = 300;
if (interactive) {
  sections.push(
    `### Long screens interactive after their data arrived (headless Chromium, ${interactiveRuns} runs each)\n\n` +
      'From the screen\'s one response received to its first task rows painted and the main thread free ' +
      '(no long task for 500 ms after the last one): a click then starts being handled within 50 ms.\n\n' +
      table(
        ['screen', 'rows (in the DOM)', 'rows painted (median)', 'interactive median', 'interactive p95', 'budget', 'result'],
        interactive.map((r) => [
          r.label, `${r.rowsTotal} (${r.rowsInDom})`, ms(r.paintedMedian), ms(r.median), ms(r.p95), `median ≤ ${INTERACTIVE_LIMIT} ms`,
          r.median <= INTERACTIVE_LIMIT ? 'pass' : 'FAIL',
        ]),
      ),
  );
  for (const r of interactive) {
    budgets.push({
      what: `${r.label}: interactive after its data (median)`,
      budget: `≤ ${INTERACTIVE_LIMIT} ms`,
      measured: `${ms(r.median)} (p95 ${ms(r.p95)})`,
      pass: r.median <= INTERACTIVE_LIMIT,
    });
  }
} else if (interactiveError) {
  budgets.push({ what: 'long screens interactive after their data', budget: 'runs', measured: interactiveError, pass: false });
}

sections.push(
  `### Budgets\n\n` +
    table(
      ['what', 'budget', 'measured', 'result'],
      budgets.map((b) => [b.what, b.budget, b.measured, b.pass === null ? 'n/a' : b.pass ? 'pass' : 'FAIL']),
    ),
);

const header =
  (baseline ? 'BASELINE (functions as before 20261109000000_performance.sql). ' : '') +
  `Benchmark run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ` +
  `total ${((performance.now() - started) / 60000).toFixed(1)} min` +
  (refusalsLogged > 0 ? `; ${refusalsLogged} expected rule refusals (RT409) not shown` : '');
const report = `${header}\n\n${sections.join('\n\n')}\n`;
console.log(`\n${report}`);
const outDir = path.join(projectRoot, 'test-results', 'bench');
mkdirSync(outDir, { recursive: true });
const reportName = baseline ? 'report-baseline.md' : 'report.md';
writeFileSync(path.join(outDir, reportName), report);
console.log(`(written to test-results/bench/${reportName})`);
const failed = budgets.filter((b) => b.pass === false).length;
console.log(`budgets: ${budgets.filter((b) => b.pass === true).length} met, ${failed} missed`);
process.exit(0);
